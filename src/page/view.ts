// What the user chose to see: filters, an optional Cypher subgraph, and the visible node/edge sets they give.
// Kept outside the graph: the graph stays the data as served; sigma's reducers read these sets.
import type { DocumentRecord } from '../graph/model.js';
import type { EvidenceSummary, PageGraph } from '../serve/page-graph.js';

export interface Filters {
  hiddenTypes: Set<string>;
  hiddenRelations: Set<string>;
  hiddenModalities: Set<string>;
  /** Document id, or '' for all. */
  doc: string;
  /** Evidence sentence language, or '' for all. */
  lang: string;
  /** ISO dates (YYYY-MM-DD), '' when open. */
  dateFrom: string;
  dateTo: string;
  minConfidence: number;
}

export interface CypherView {
  nodes: Set<string>;
  /** null: show the edges among the result's nodes (the query returned no relationships). */
  edges: Set<string> | null;
}

export const emptyFilters = (): Filters => ({
  hiddenTypes: new Set(), hiddenRelations: new Set(), hiddenModalities: new Set(),
  doc: '', lang: '', dateFrom: '', dateTo: '', minConfidence: 0,
});

export interface Visible {
  nodes: Set<string>;
  edges: Set<string>;
}

const evidenceFiltersActive = (f: Filters) => !!(f.doc || f.lang || f.dateFrom || f.dateTo || f.minConfidence > 0);

/** Full evidence records pass the same test: they carry these fields too. */
export function evidencePasses(ev: EvidenceSummary, f: Filters, documents: Record<string, DocumentRecord>): boolean {
  if (f.doc && ev.docId !== f.doc) return false;
  if (f.lang && ev.lang !== f.lang) return false;
  if (ev.confidence < f.minConfidence) return false;
  if (f.dateFrom || f.dateTo) {
    const d = (ev.date ?? documents[ev.docId]?.published ?? '').slice(0, 10);
    if (!d) return false;
    if (f.dateFrom && d < f.dateFrom) return false;
    if (f.dateTo && d > f.dateTo) return false;
  }
  return true;
}

export function computeVisible(graph: PageGraph, f: Filters, cypher: CypherView | null): Visible {
  const documents = graph.getAttribute('documents') ?? {};
  const nodes = new Set<string>();
  graph.forEachNode((n, a) => {
    if (f.hiddenTypes.has(a.type)) return;
    if (cypher && !cypher.nodes.has(n)) return;
    nodes.add(n);
  });
  const evActive = evidenceFiltersActive(f);
  const edges = new Set<string>();
  graph.forEachEdge((e, a, s, t) => {
    if (!nodes.has(s) || !nodes.has(t)) return;
    if (f.hiddenRelations.has(a.relation) || f.hiddenModalities.has(a.modality)) return;
    if (cypher?.edges && !cypher.edges.has(e)) return;
    if (evActive && !a.evidence.some((ev) => evidencePasses(ev, f, documents))) return;
    edges.add(e);
  });
  // Once statements are filtered, an entity none of the remaining statements touches is noise —
  // except entities the chosen document mentions, and entities a Cypher query returned explicitly.
  const edgeFiltered = evActive || f.hiddenRelations.size > 0 || f.hiddenModalities.size > 0;
  if (edgeFiltered) {
    const touched = new Set<string>();
    for (const e of edges) { touched.add(graph.source(e)); touched.add(graph.target(e)); }
    for (const n of [...nodes]) {
      if (touched.has(n) || cypher?.nodes.has(n)) continue;
      if (f.doc && graph.getNodeAttribute(n, 'docs').includes(f.doc) && !f.lang && !f.dateFrom && !f.dateTo && !f.minConfidence) continue;
      nodes.delete(n);
    }
  }
  return { nodes, edges };
}

/** Cypher results name nodes and edges; edges bring their endpoints along. Unknown ids are counted, not shown. */
export function cypherView(graph: PageGraph, nodeIds: string[], edgeKeys: string[]): { view: CypherView; missing: number } {
  const nodes = new Set<string>();
  let missing = 0;
  for (const n of nodeIds) { if (graph.hasNode(n)) nodes.add(n); else missing++; }
  const edges = new Set<string>();
  for (const e of edgeKeys) {
    if (!graph.hasEdge(e)) { missing++; continue; }
    edges.add(e);
    nodes.add(graph.source(e));
    nodes.add(graph.target(e));
  }
  return { view: { nodes, edges: edgeKeys.length ? edges : null }, missing };
}
