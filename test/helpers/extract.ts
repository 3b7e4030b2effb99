// Run one language's sentence extractor the way the pipeline does, on composed lines, for table-driven tests.
import { EntityLinker } from '../../src/entities/index.js';
import { createEnglishExtractor, type EnOptions } from '../../src/lang/en/index.js';
import { RelationMap } from '../../src/relations/index.js';
import type { SentenceExtractor } from '../../src/extract/index.js';
import type { Lang, NewsDocument, Sentence, Triple } from '../../src/types/index.js';

export interface DocumentOptions {
  /** Text before the lines (a placeholder headline with its separator); it is not extracted. */
  prefix?: string;
  /** The first line's sentence index (default 1 after a prefix, else 0: index 0 is the headline). */
  firstIndex?: number;
}

/**
 * The lines as one document (joined by newlines after `prefix`), extracted in order with shared document state,
 * so earlier lines set the context of later ones (short forms, anaphora). One triple list per line.
 */
export function extractLines(extractor: SentenceExtractor, linker: EntityLinker, lang: Lang, lines: string[], opts: DocumentOptions = {}): Triple[][] {
  const prefix = opts.prefix ?? '';
  const first = opts.firstIndex ?? (prefix ? 1 : 0);
  const text = prefix + lines.join('\n');
  const doc: NewsDocument = { id: 'doc', path: 'doc.txt', text, removed: [], meta: { lang, encoding: 'UTF-8', format: 'txt', hash: 'doc', bytes: text.length } };
  const entities = linker.forDocument();
  let off = prefix.length;
  return lines.map((line, i) => {
    const s: Sentence = { id: `doc:${first + i}`, docId: 'doc', index: first + i, start: off, end: off + line.length, text: line, lang };
    off += line.length + 1;
    return extractor.extract(s, doc, entities).triples;
  });
}

/** A document's first line, a headline (sentence index 0). */
export const extractHeadline = (extractor: SentenceExtractor, linker: EntityLinker, lang: Lang, line: string): Triple[] =>
  extractLines(extractor, linker, lang, [line])[0]!;

/**
 * An English extractor (default options, or those given) and the two ways the construction tables run it: `one`
 * line after a placeholder headline, or a `headline`.
 */
export function englishCases(opts: Partial<Omit<EnOptions, 'linker' | 'relations'>> = {}) {
  const linker = EntityLinker.load();
  const relations = RelationMap.load();
  const extractor = createEnglishExtractor({ linker, relations, ...opts });
  return {
    linker, relations, extractor,
    one: (line: string): Triple[] => extractLines(extractor, linker, 'en', [line], { prefix: 'Headline placeholder.\n' })[0]!,
    headline: (line: string): Triple[] => extractHeadline(extractor, linker, 'en', line),
  };
}
