// The extraction pipeline: NewsDocument → Sentences → per-language SentenceExtractor → DocumentExtraction.
// Language modules are created lazily: a run over English text never pays for the Korean analyser.
import { EntityLinker, type GazetteerOptions, type LinkerOptions, type Mention } from '../entities/index.js';
import type { SentenceExtractor } from '../extract/index.js';
import { ExtractError } from '../errors.js';
import { createEnglishExtractor } from '../lang/en/index.js';
import { createKoreanExtractor } from '../lang/ko/index.js';
import { DEFAULT_RELATIONS_FILE, RelationMap } from '../relations/index.js';
import { segmentSentences } from '../segment/index.js';
import type { DocumentExtraction, Lang, NewsDocument, Triple } from '../types/index.js';
import { resolveOptions } from '../util/options.js';

/** A document left out of a batch, and why (an ingest reason such as 'decode-failed', or 'extraction-failed'). */
export interface SkippedDocument { path: string; reason: string; message: string }

/** Say on stderr that a document was skipped, in the one format build and extract share; returns it. */
export function reportSkipped(s: SkippedDocument): SkippedDocument {
  process.stderr.write(`newsgraph: skipped ${s.path}: ${s.message}\n`);
  return s;
}

export interface PipelineOptions {
  /** Extra gazetteer files (after data/gazetteer.yaml and ./newsgraph.gazetteer.yaml). */
  gazetteerFiles: string[];
  /** Relation map files; the built-in one first unless replaced. */
  relationFiles: string[];
  /** Triples below this confidence are dropped. */
  minConfidence: number;
  linker: Partial<LinkerOptions>;
}

export const DEFAULT_PIPELINE_OPTIONS: PipelineOptions = {
  gazetteerFiles: [],
  relationFiles: [DEFAULT_RELATIONS_FILE],
  minConfidence: 0,
  linker: {},
};

export class Pipeline {
  readonly options: PipelineOptions;
  readonly linker: EntityLinker;
  readonly relations: RelationMap;
  private readonly extractors = new Map<Lang, SentenceExtractor>();

  constructor(options: Partial<PipelineOptions> = {}) {
    this.options = resolveOptions('pipeline', DEFAULT_PIPELINE_OPTIONS, options, (o) => [
      ...(o.minConfidence < 0 || o.minConfidence > 1 ? [`minConfidence must be within 0..1, got ${o.minConfidence}`] : []),
      ...(o.relationFiles.length ? [] : ['relationFiles must name at least one file']),
    ]);
    const gazetteer: Partial<GazetteerOptions> = { extraFiles: this.options.gazetteerFiles };
    this.linker = EntityLinker.load(gazetteer, this.options.linker);
    this.relations = RelationMap.load(this.options.relationFiles);
  }

  private extractorFor(lang: Lang): SentenceExtractor | undefined {
    if (lang !== 'ko' && lang !== 'en') return undefined;
    let x = this.extractors.get(lang);
    if (!x) {
      const deps = { linker: this.linker, relations: this.relations };
      x = lang === 'ko' ? createKoreanExtractor(deps) : createEnglishExtractor(deps);
      this.extractors.set(lang, x);
    }
    return x;
  }

  /**
   * extractDocument, or — when the extractor fails on the document — the reason it is skipped, already reported
   * on stderr: one bad document never stops a batch (build and extract alike).
   */
  tryExtractDocument(document: NewsDocument): { ok: true; extraction: DocumentExtraction } | { ok: false; skipped: SkippedDocument } {
    try {
      return { ok: true, extraction: this.extractDocument(document) };
    } catch (err) {
      return { ok: false, skipped: reportSkipped({ path: document.path, reason: 'extraction-failed', message: (err as Error).message }) };
    }
  }

  /** Extract one document. Sentences in a language with no extractor are kept but yield no triples. */
  extractDocument(document: NewsDocument): DocumentExtraction {
    const sentences = segmentSentences(document);
    const entities = this.linker.forDocument();
    const triples: Triple[] = [];
    const mentions: Array<Mention & { sentenceId: string }> = [];
    const seen = new Set<string>();
    for (const sentence of sentences) {
      const extractor = this.extractorFor(sentence.lang === 'und' ? document.meta.lang : sentence.lang);
      if (!extractor) continue;
      let result;
      try {
        result = extractor.extract(sentence, document, entities);
      } catch (err) {
        throw new ExtractError(`failed on sentence ${sentence.index} of ${document.path}: ${(err as Error).message}`, { cause: err });
      }
      for (const m of result.mentions) mentions.push({ ...m, sentenceId: sentence.id });
      for (const t of result.triples) {
        if (t.confidence < this.options.minConfidence || seen.has(t.id)) continue;
        seen.add(t.id);
        triples.push(t);
      }
    }
    return { document, sentences, triples, mentions };
  }
}
