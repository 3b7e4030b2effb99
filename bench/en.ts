// English extractor benchmark: sentences per second on one core over a few thousand news-style sentences
// (the composed fixture articles, repeated with varied offsets so every call does real work).
// Also: `npx tsx bench/en.ts --predict FILE…` prints predictions (JSON Lines, one triple per line) for
// files holding one sentence per line, to be scored with /work/shared/eval/score.mjs.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EntityLinker } from '../src/entities/index.js';
import { RelationMap } from '../src/relations/index.js';
import { createEnglishExtractor } from '../src/lang/en/index.js';
import type { NewsDocument, Sentence, Triple } from '../src/types/index.js';
import { PROJECT_ROOT } from '../src/util/paths.js';

const FIXTURES = path.join(PROJECT_ROOT, 'test', 'fixtures', 'en');

/** A document whose sentences are the file's non-empty lines. */
export function lineDocument(id: string, text: string): { doc: NewsDocument; sentences: Sentence[] } {
  const doc: NewsDocument = { id, path: id, text, removed: [], meta: { lang: 'en', encoding: 'UTF-8', format: 'txt', hash: id, bytes: text.length } };
  const sentences: Sentence[] = [];
  let off = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) sentences.push({ id: `${id}:${sentences.length}`, docId: id, index: sentences.length, start: off, end: off + line.length, text: line, lang: 'en' });
    off += line.length + 1;
  }
  return { doc, sentences };
}

function fixtureTexts(): Array<[string, string]> {
  return readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort().map((f) => [f, readFileSync(path.join(FIXTURES, f), 'utf8')]);
}

export async function run(): Promise<Record<string, string | number>> {
  const t0 = performance.now();
  const linker = EntityLinker.load();
  const extractor = createEnglishExtractor({ linker, relations: RelationMap.load() });
  const setupMs = performance.now() - t0;
  const docs = fixtureTexts().map(([f, text]) => lineDocument(f, text));
  // warm-up (JIT, compromise's lazy caches)
  for (const { doc, sentences } of docs) { const ents = linker.forDocument(); for (const s of sentences) extractor.extract(s, doc, ents); }
  const target = 3000;
  let n = 0, triples = 0;
  const t1 = performance.now();
  const cpu0 = process.cpuUsage();
  for (let round = 0; n < target; round++) {
    for (const { doc, sentences } of docs) {
      const ents = linker.forDocument();
      const d = { ...doc, id: `${doc.id}#${round}` };
      for (const s of sentences) { triples += extractor.extract(s, d, ents).triples.length; n++; }
    }
    if (round % 10 === 0) process.stderr.write(`bench/en: ${n} sentences\r`);
  }
  const secs = (performance.now() - t1) / 1000;
  const cpu = process.cpuUsage(cpu0);
  // On a shared machine wall time includes waiting for a core; process CPU time (which also counts the
  // garbage collector's helper threads) is the steadier figure for comparing changes.
  const cpuSecs = (cpu.user + cpu.system) / 1e6;
  process.stderr.write('\n');
  return {
    'en sentences': n,
    'en sentences/s (1 core)': Math.round(n / secs),
    'en sentences per CPU second': Math.round(n / cpuSecs),
    'en triples/sentence': Math.round((triples / n) * 100) / 100,
    'en setup ms (gazetteer + lexicon)': Math.round(setupMs),
  };
}

/** Predictions for line-per-sentence files, in the scorer's input shape. */
export function predict(files: string[]): Triple[] {
  const linker = EntityLinker.load();
  const extractor = createEnglishExtractor({ linker, relations: RelationMap.load() });
  const out: Triple[] = [];
  for (const f of files) {
    const { doc, sentences } = lineDocument(path.basename(f), readFileSync(f, 'utf8'));
    const ents = linker.forDocument();
    for (const s of sentences) out.push(...extractor.extract(s, doc, ents).triples);
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args[0] === '--predict') {
    const files = args.length > 1 ? args.slice(1) : fixtureTexts().map(([f]) => path.join(FIXTURES, f));
    for (const t of predict(files)) process.stdout.write(JSON.stringify(t) + '\n');
  } else {
    const r = await run();
    for (const [k, v] of Object.entries(r)) process.stdout.write(`${k}: ${v}\n`);
  }
}
