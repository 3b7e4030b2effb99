import { describe, expect, it } from '@jest/globals';
import { addExtraction, createGraph, removeDocument } from '../src/graph/index.js';
import type { DocumentExtraction, EntityRef, Triple } from '../src/types/index.js';

const us: EntityRef = { id: 'united-states', label: 'United States', type: 'Country', labelKo: '미국' };
const cn: EntityRef = { id: 'china', label: 'China', type: 'Country', labelKo: '중국' };

function extraction(docId: string, sentence: string, triples: Array<[EntityRef, string, EntityRef]>): DocumentExtraction {
  const ts: Triple[] = triples.map(([s, r, o], i) => ({
    id: `${docId}-t${i}`, subject: s, relation: r, predicate: r.toLowerCase(), object: o, modality: 'asserted',
    confidence: 0.8, lang: 'en', doc: docId, sentence,
    evidence: { docId, sentenceId: `${docId}:0`, sentenceIndex: 0, start: 0, end: sentence.length },
  }));
  return {
    document: { id: docId, path: `${docId}.txt`, text: sentence, removed: [],
      meta: { lang: 'en', encoding: 'UTF-8', format: 'txt', hash: docId, bytes: sentence.length } },
    sentences: [{ id: `${docId}:0`, docId, index: 0, start: 0, end: sentence.length, text: sentence, lang: 'en' }],
    triples: ts,
    mentions: [],
  };
}

describe('graph building', () => {
  it('merges the same statement from two documents into one edge with two pieces of evidence', () => {
    const g = createGraph();
    addExtraction(g, extraction('d1', 'The US restricts China.', [[us, 'RESTRICTS', cn]]));
    addExtraction(g, extraction('d2', 'Washington restricts Beijing.', [[us, 'RESTRICTS', cn]]));
    expect(g.order).toBe(2);
    expect(g.size).toBe(1);
    const e = g.getEdgeAttributes(g.edges()[0]!);
    expect(e.weight).toBe(2);
    expect(e.docs).toEqual(['d1', 'd2']);
  });

  it('is idempotent: adding the same document twice changes nothing', () => {
    const g = createGraph();
    const ex = extraction('d1', 'The US restricts China.', [[us, 'RESTRICTS', cn]]);
    addExtraction(g, ex);
    const before = JSON.stringify(g.export());
    addExtraction(g, ex);
    expect(JSON.stringify(g.export())).toBe(before);
  });

  it('withdraws only the removed document and drops what it alone supported', () => {
    const g = createGraph();
    const eu: EntityRef = { id: 'european-union', label: 'European Union', type: 'Organization' };
    addExtraction(g, extraction('d1', 'The US restricts China.', [[us, 'RESTRICTS', cn]]));
    addExtraction(g, extraction('d2', 'The EU restricts China.', [[eu, 'RESTRICTS', cn]]));
    removeDocument(g, 'd2');
    expect(g.nodes().sort()).toEqual(['china', 'united-states']);
    expect(g.size).toBe(1);
    expect(Object.keys(g.getAttribute('documents'))).toEqual(['d1']);
  });
});
