// Export throughput on a synthetic graph built through the real model (createGraph/addExtraction):
// time and size of each format's text. Figures are printed by `npm run bench`; progress goes to stderr.
import { performance } from 'node:perf_hooks';
import { addExtraction, createGraph, type NewsGraph } from '../src/graph/index.js';
import { toCSV, toGEXF, toGraphML, toJSONString } from '../src/export/index.js';
import type { DocumentExtraction, EntityRef, EntityType, Triple } from '../src/types/index.js';

const DOCS = 300;
const TRIPLES_PER_DOC = 30;
const ENTITIES = 3000;
const RELATIONS = ['RESTRICTS', 'BANS', 'SUPPLIES', 'INVESTS_IN', 'SANCTIONS', 'RELATED_TO'];
const TYPES: EntityType[] = ['Country', 'Company', 'Agency', 'Person', 'Technology'];

// Deterministic pseudo-random numbers so every run exports the same graph.
function rng(seed: number): () => number {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

export function syntheticGraph(): NewsGraph {
  const rand = rng(42);
  const entity = (i: number): EntityRef => ({ id: `e${i}`, label: `Entity ${i} & "Co" <${i % 7}>`, labelKo: `개체 ${i}`, type: TYPES[i % TYPES.length]! });
  const g = createGraph();
  for (let d = 0; d < DOCS; d++) {
    const docId = `doc${d}`;
    const triples: Triple[] = [];
    for (let t = 0; t < TRIPLES_PER_DOC; t++) {
      const s = entity(Math.floor(rand() * ENTITIES));
      const o = entity(Math.floor(rand() * ENTITIES));
      const sentence = `${s.label} acts on ${o.label} in sentence ${t}.`;
      triples.push({
        id: `${docId}-t${t}`, subject: s, object: o, relation: RELATIONS[t % RELATIONS.length]!, predicate: 'act',
        modality: 'asserted', confidence: Math.round(rand() * 100) / 100, lang: 'en', doc: docId, sentence,
        evidence: { docId, sentenceId: `${docId}:${t}`, sentenceIndex: t, start: t * 80, end: t * 80 + sentence.length },
      });
    }
    const ex: DocumentExtraction = {
      document: { id: docId, path: `${docId}.txt`, text: '', removed: [], meta: { lang: 'en', encoding: 'UTF-8', format: 'txt', hash: docId, bytes: 0, published: '2025-01-01' } },
      sentences: [], triples, mentions: [],
    };
    addExtraction(g, ex);
  }
  return g;
}

export async function run(): Promise<Record<string, string | number>> {
  process.stderr.write('export bench: building synthetic graph…\n');
  const g = syntheticGraph();
  const out: Record<string, string | number> = { nodes: g.order, edges: g.size };
  const formats: Array<[string, () => string]> = [
    ['graphml', () => toGraphML(g)],
    ['gexf', () => toGEXF(g)],
    ['json', () => toJSONString(g)],
    ['csv', () => { const c = toCSV(g); return c.nodes + c.relationships; }],
  ];
  for (const [name, write] of formats) {
    process.stderr.write(`export bench: ${name}\n`);
    write(); // warm-up
    const t0 = performance.now();
    const text = write();
    out[`${name} ms`] = Math.round(performance.now() - t0);
    out[`${name} MB`] = Math.round(Buffer.byteLength(text) / 1e5) / 10;
  }
  return out;
}

// Runnable alone: npx tsx bench/export.ts
if (import.meta.url === `file://${process.argv[1]}`) void run().then((r) => console.log(r));
