// Merge extraction results into the graph, and withdraw a document's contributions.
// Both are idempotent: adding the same extraction twice equals adding it once.
import type { DocumentExtraction, EntityRef, Triple } from '../types/index.js';
import { edgeKey, type EntityNodeAttributes, type EvidenceRecord, type NewsGraph } from './model.js';
import { sha256 } from '../util/hash.js';

const uniqSorted = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();

function mergeNode(graph: NewsGraph, ref: EntityRef, docId: string, count: number): void {
  const surface = ref.span?.text;
  if (!graph.hasNode(ref.id)) {
    graph.addNode(ref.id, {
      name: ref.label, type: ref.type, ...(ref.labelKo ? { nameKo: ref.labelKo } : {}), ...(ref.qid ? { qid: ref.qid } : {}),
      aliases: [], mentionsByDoc: {}, mentions: 0, docs: [],
    });
  }
  graph.updateNodeAttributes(ref.id, (a) => {
    const mentionsByDoc = { ...a.mentionsByDoc, [docId]: (a.mentionsByDoc[docId] ?? 0) + count };
    const aliases = surface && surface !== a.name ? uniqSorted([...a.aliases, surface]) : a.aliases;
    return withTotals({ ...a, nameKo: a.nameKo ?? ref.labelKo, qid: a.qid ?? ref.qid, aliases, mentionsByDoc });
  });
}

function withTotals(a: EntityNodeAttributes): EntityNodeAttributes {
  const docs = Object.keys(a.mentionsByDoc).sort();
  const mentions = docs.reduce((n, d) => n + a.mentionsByDoc[d]!, 0);
  const out = { ...a, docs, mentions };
  if (out.nameKo === undefined) delete out.nameKo;
  if (out.qid === undefined) delete out.qid;
  return out;
}

function evidenceOf(t: Triple): EvidenceRecord {
  return {
    ...t.evidence, tripleId: t.id, sentence: t.sentence, lang: t.lang, predicate: t.predicate,
    confidence: t.confidence,
    ...(t.attribution ? { attribution: t.attribution.label, attributionId: t.attribution.id } : {}),
    ...(t.date ? { date: t.date } : {}),
  };
}

function dateBounds(dates: (string | undefined)[]): { firstSeen?: string; lastSeen?: string } {
  const ds = dates.filter((d): d is string => !!d).sort();
  return ds.length ? { firstSeen: ds[0], lastSeen: ds[ds.length - 1] } : {};
}

function recomputeEdge(graph: NewsGraph, key: string): void {
  const docs = graph.getAttribute('documents');
  graph.updateEdgeAttributes(key, (a) => {
    const ev = a.evidence;
    const { firstSeen, lastSeen } = dateBounds(ev.map((e) => e.date ?? docs[e.docId]?.published));
    const out = {
      ...a,
      confidence: Math.max(...ev.map((e) => e.confidence)),
      weight: ev.length,
      predicates: uniqSorted(ev.map((e) => e.predicate)),
      attribution: uniqSorted(ev.flatMap((e) => (e.attribution ? [e.attribution] : []))),
      docs: uniqSorted(ev.map((e) => e.docId)),
      firstSeen, lastSeen,
    };
    if (!firstSeen) { delete out.firstSeen; delete out.lastSeen; }
    return out;
  });
}

/** Add one document's extraction. If the document is already in the graph it is replaced. */
export function addExtraction(graph: NewsGraph, ex: DocumentExtraction): void {
  const { document: doc } = ex;
  if (graph.getAttribute('documents')[doc.id]) removeDocument(graph, doc.id);
  graph.updateAttribute('documents', (d) => ({
    ...d,
    [doc.id]: {
      id: doc.id, path: doc.path, lang: doc.meta.lang, encoding: doc.meta.encoding, format: doc.meta.format,
      hash: doc.meta.hash, textHash: sha256(doc.text), sentences: ex.sentences.length,
      ...pick(doc.meta, ['title', 'url', 'source', 'author', 'published']),
    },
  }));

  // Mentions count once each; triple endpoints add the concept nodes mentions do not cover.
  const counts = new Map<string, { ref: EntityRef; n: number }>();
  const bump = (ref: EntityRef) => {
    const c = counts.get(ref.id);
    if (c) c.n++; else counts.set(ref.id, { ref, n: 1 });
  };
  ex.mentions.forEach(bump);
  for (const t of ex.triples) for (const ref of [t.subject, t.object]) if (!counts.has(ref.id)) bump(ref);
  for (const { ref, n } of counts.values()) mergeNode(graph, ref, doc.id, n);

  // Group the document's evidence by edge, then touch each edge once: adding evidence one triple at a time
  // re-sorted and re-aggregated an edge's whole evidence list per triple (quadratic on popular edges).
  const byEdge = new Map<string, Triple[]>();
  for (const t of ex.triples) {
    const key = edgeKey(t.subject.id, t.relation, t.object.id, t.modality);
    const list = byEdge.get(key);
    if (list) list.push(t); else byEdge.set(key, [t]);
  }
  for (const [key, ts] of byEdge) {
    const first = ts[0]!;
    if (!graph.hasEdge(key)) {
      graph.addDirectedEdgeWithKey(key, first.subject.id, first.object.id, {
        relation: first.relation, modality: first.modality, confidence: first.confidence, weight: 0,
        predicates: [], attribution: [], docs: [], evidence: [],
      });
    }
    // The document's earlier version was withdrawn above, so all of this evidence is new: merge it into the
    // sorted list and fold it into the aggregates without rescanning the edge's older evidence.
    const seen = new Set<string>();
    const added = ts.filter((t) => !seen.has(t.id) && seen.add(t.id)).map(evidenceOf).sort(byEvidenceOrder);
    const published = graph.getAttribute('documents')[doc.id]?.published;
    graph.updateEdgeAttributes(key, (a) => {
      const dates = [a.firstSeen, a.lastSeen, ...added.map((e) => e.date ?? published)];
      const { firstSeen, lastSeen } = dateBounds(dates);
      const out = {
        ...a,
        evidence: mergeSorted(a.evidence, added),
        confidence: Math.max(a.weight ? a.confidence : 0, ...added.map((e) => e.confidence)),
        weight: a.weight + added.length,
        predicates: uniqSorted([...a.predicates, ...added.map((e) => e.predicate)]),
        attribution: uniqSorted([...a.attribution, ...added.flatMap((e) => (e.attribution ? [e.attribution] : []))]),
        docs: uniqSorted([...a.docs, doc.id]),
        firstSeen, lastSeen,
      };
      if (!firstSeen) { delete out.firstSeen; delete out.lastSeen; }
      return out;
    });
  }
}

function mergeSorted(a: EvidenceRecord[], b: EvidenceRecord[]): EvidenceRecord[] {
  const out: EvidenceRecord[] = [];
  let i = 0, j = 0;
  while (i < a.length && j < b.length) out.push(byEvidenceOrder(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

const byEvidenceOrder = (a: EvidenceRecord, b: EvidenceRecord) =>
  a.docId.localeCompare(b.docId) || a.sentenceIndex - b.sentenceIndex || a.tripleId.localeCompare(b.tripleId);

/** Withdraw everything one document contributed; nodes and edges left without support are dropped. */
export function removeDocument(graph: NewsGraph, docId: string): void {
  for (const key of graph.edges()) {
    const a = graph.getEdgeAttributes(key);
    if (!a.docs.includes(docId)) continue;
    const evidence = a.evidence.filter((e) => e.docId !== docId);
    if (!evidence.length) graph.dropEdge(key);
    else { graph.setEdgeAttribute(key, 'evidence', evidence); recomputeEdge(graph, key); }
  }
  for (const node of graph.nodes()) {
    const a = graph.getNodeAttributes(node);
    if (!(docId in a.mentionsByDoc)) continue;
    const { [docId]: _gone, ...rest } = a.mentionsByDoc;
    if (!Object.keys(rest).length && graph.degree(node) === 0) graph.dropNode(node);
    else graph.replaceNodeAttributes(node, withTotals({ ...a, mentionsByDoc: rest }));
  }
  graph.updateAttribute('documents', (d) => {
    const { [docId]: _gone, ...rest } = d!;
    return rest;
  });
}

function pick<T extends object, K extends keyof T>(o: T, keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}
