// Colours, sizes and communities: derived once per graph into Maps that the reducers read.
import graphology from 'graphology';
import type { UndirectedGraph as UndirectedGraphType } from 'graphology';
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import type { PageGraph } from '../serve/page-graph.js';
import { isLarge } from './settings.js';
import { mulberry32 } from '../util/random.js';

const { UndirectedGraph } = graphology as unknown as { UndirectedGraph: typeof UndirectedGraphType };

export const TYPE_COLORS: Record<string, string> = {
  Country: '#1f77b4', Government: '#2ca02c', Agency: '#17becf', Company: '#ff7f0e', Organization: '#9467bd',
  Person: '#d62728', Product: '#8c564b', Technology: '#e377c2', Material: '#bcbd22', Media: '#7f7f7f',
  Policy: '#393b79', Location: '#637939', Concept: '#aaaaaa',
};
export const UNKNOWN_TYPE_COLOR = '#555555';

/** sigma has no dashed edges: modality is told by colour, explained in the legend. */
export const MODALITY_COLORS: Record<string, string> = {
  asserted: '#8a94a6', reported: '#3b82f6', planned: '#16a34a', possible: '#f59e0b', considered: '#a855f7', negated: '#dc2626',
};

const COMMUNITY_PALETTE = [
  '#e6194b', '#3cb44b', '#4363d8', '#f58231', '#911eb4', '#46f0f0', '#f032e6', '#bcf60c', '#008080', '#9a6324',
  '#800000', '#808000', '#000075', '#fabebe', '#aaffc3', '#ffd8b1', '#e6beff', '#fffac8',
];

export const FADED_NODE = '#e4e6eb';
export const FADED_EDGE = '#eef0f3';

export type SizeBy = 'degree' | 'pagerank' | 'mentions';

export function nodeSizes(graph: PageGraph, by: SizeBy): Map<string, number> {
  const raw = new Map<string, number>();
  if (by === 'pagerank') {
    const pr = graph.size ? pagerank(graph, { getEdgeWeight: 'weight' }) : {};
    graph.forEachNode((n) => raw.set(n, pr[n] ?? 0));
  } else if (by === 'mentions') {
    graph.forEachNode((n, a) => raw.set(n, a.mentions ?? 0));
  } else {
    graph.forEachNode((n) => raw.set(n, graph.degree(n)));
  }
  return scaleSizes(raw, isLarge(graph.order, graph.size));
}

/** Display radii from a measure per node (degree, PageRank, mentions). */
export function scaleSizes(raw: Map<string, number>, large: boolean): Map<string, number> {
  let max = 1e-9;
  for (const v of raw.values()) if (v > max) max = v;
  const out = new Map<string, number>();
  // Thousands of entities overlap at full size, and on a CPU rasteriser every overlapping pixel costs:
  // smaller discs on large graphs (they grow as the user zooms in).
  const [base, span] = large ? [2, 10] : [3, 14];
  // sqrt: area, not radius, grows with the measure.
  for (const [n, v] of raw) out.set(n, base + span * Math.sqrt(v / max));
  return out;
}

/** Louvain on an undirected, simple, weighted copy: modularity of who is linked to whom, whatever the relation. */
export function communities(graph: PageGraph): Map<string, number> {
  const simple = new UndirectedGraph();
  graph.forEachNode((n) => simple.addNode(n));
  graph.forEachEdge((_e, a, s, t) => {
    if (s === t) return;
    simple.updateEdge(s, t, (old: { weight?: number }) => ({ weight: (old.weight ?? 0) + (a.weight || 1) }));
  });
  const parts = louvain(simple, { getEdgeWeight: 'weight', rng: mulberry32(42) });
  return new Map(Object.entries(parts));
}

export const communityColor = (c: number): string => COMMUNITY_PALETTE[c % COMMUNITY_PALETTE.length]!;

/** Curvature for parallel edges (both directions and several relations between one pair), so none hide another. */
export function parallelCurvatures(graph: PageGraph): Map<string, number> {
  const groups = new Map<string, string[]>();
  graph.forEachEdge((e, _a, s, t) => {
    const k = s < t ? `${s}\u0000${t}` : `${t}\u0000${s}`;
    const g = groups.get(k);
    if (g) g.push(e); else groups.set(k, [e]);
  });
  const out = new Map<string, number>();
  for (const edges of groups.values()) {
    if (edges.length < 2) continue;
    edges.forEach((e, i) => out.set(e, 0.12 + 0.18 * i));
  }
  return out;
}
