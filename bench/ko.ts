// Korean analysis + extraction throughput on one core: Korean news sentences, varied by swapping
// names (so the fuzzy-name cache does not make repeats free) and repeated to a few thousand sentences.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EntityLinker } from '../src/entities/index.js';
import { createKoreanExtractor, warmUp } from '../src/lang/ko/index.js';
import { RelationMap } from '../src/relations/index.js';
import type { NewsDocument, Sentence } from '../src/types/index.js';
import { PROJECT_ROOT } from '../src/util/paths.js';

const SWAPS: Array<[string, string]> = [['미국', '일본'], ['중국', '대만'], ['엔비디아', '인텔'], ['아마존', '구글'], ['마이크론', '퀄컴'], ['갈륨', '흑연'], ['SMIC', 'YMTC']];

export async function run(): Promise<Record<string, string | number>> {
  // The sample article plus the held-out Korean articles (test/fixtures/ko/heldout): wire-style sentences with
  // passives, 에 대한 phrases, phrasal predicates and headlines, so that every rule is exercised.
  const heldout = path.join(PROJECT_ROOT, 'test', 'fixtures', 'ko', 'heldout');
  const texts = [readFileSync(path.join(PROJECT_ROOT, 'seeds', '000_5cf3792e60afef19.txt'), 'utf8'),
    ...readdirSync(heldout).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(heldout, f), 'utf8'))];
  const seg = new Intl.Segmenter('ko', { granularity: 'sentence' });
  const base = texts.join('\n').split('\n').flatMap((l) => [...seg.segment(l)].map((s) => s.segment.trim())).filter((s) => /[가-힣]/.test(s));
  const sentences: string[] = [];
  for (let round = 0; sentences.length < 3000; round++) {
    for (const s of base) {
      let v = s;
      SWAPS.forEach(([a, b], k) => { if ((round >> k) & 1) v = v.split(a).join(b); });
      sentences.push(round % 2 ? v : `${v} `);
    }
  }
  process.stderr.write(`bench ko: ${sentences.length} sentences (${base.length} distinct in the sample, varied)\n`);
  const t0 = performance.now();
  warmUp();
  const initMs = performance.now() - t0;
  const linker = EntityLinker.load();
  const ko = createKoreanExtractor({ linker, relations: RelationMap.load() });
  const text = sentences.join('\n');
  const doc: NewsDocument = { id: 'bench', path: 'bench', text, removed: [], meta: { lang: 'ko', encoding: 'UTF-8', format: 'txt', hash: 'bench', bytes: text.length } };
  const entities = linker.forDocument();
  let offset = 0, triples = 0;
  const t1 = performance.now();
  sentences.forEach((s, index) => {
    const sentence: Sentence = { id: `bench:${index}`, docId: 'bench', index, lang: 'ko', start: offset, end: offset + s.length, text: s };
    triples += ko.extract(sentence, doc, entities).triples.length;
    offset += s.length + 1;
    if (index % 1000 === 999) process.stderr.write(`bench ko: ${index + 1}\n`);
  });
  const secs = (performance.now() - t1) / 1000;
  return {
    'ko sentences': sentences.length,
    'ko sentences/s': Math.round(sentences.length / secs),
    'ko triples': triples,
    'ko analyser init ms': Math.round(initMs),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) run().then((r) => console.log(r));
