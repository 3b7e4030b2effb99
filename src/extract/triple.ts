// Building triples: one place computes ids and evidence so every language module emits the same shape.
import type { EntityRef, Modality, NewsDocument, Sentence, Span, Triple } from '../types/index.js';
import { shortHash } from '../util/hash.js';

export interface TripleParts {
  subject: EntityRef;
  relation: string;
  predicate: string;
  object: EntityRef;
  modality: Modality;
  confidence: number;
  attribution?: EntityRef;
  predicateSpan?: Span;
  date?: string;
}

/** A triple with a deterministic id (same sentence + same statement → same id on every run). */
export function makeTriple(doc: NewsDocument, sentence: Sentence, p: TripleParts): Triple {
  const id = shortHash([sentence.id, p.subject.id, p.relation, p.object.id, p.modality, p.predicate].join('\u0000'));
  return {
    id,
    subject: p.subject,
    relation: p.relation,
    predicate: p.predicate,
    object: p.object,
    modality: p.modality,
    ...(p.attribution ? { attribution: stripSpan(p.attribution) } : {}),
    confidence: Math.round(p.confidence * 1000) / 1000,
    lang: sentence.lang,
    doc: doc.id,
    sentence: sentence.text,
    evidence: {
      docId: doc.id, sentenceId: sentence.id, sentenceIndex: sentence.index, start: sentence.start, end: sentence.end,
      ...(p.subject.span ? { subjectSpan: p.subject.span } : {}),
      ...(p.object.span ? { objectSpan: p.object.span } : {}),
      ...(p.predicateSpan ? { predicateSpan: p.predicateSpan } : {}),
    },
    ...(p.date ? { date: p.date } : {}),
  };
}

function stripSpan(r: EntityRef): EntityRef {
  const { span: _span, ...rest } = r;
  return rest;
}
