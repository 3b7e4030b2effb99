// Layout positions for the page, computed by the server once per graph file version, so the page draws a
// laid-out graph at once instead of animating ForceAtlas2 over thousands of nodes in the browser.
import fa2 from 'graphology-layout-forceatlas2';
import graphology from 'graphology';
import type { UndirectedGraph as UndirectedGraphType } from 'graphology';
import type { NewsGraph } from '../graph/index.js';
import type { Positions } from './page-graph.js';
import { mulberry32 } from '../util/random.js';

const { UndirectedGraph } = graphology as unknown as { UndirectedGraph: typeof UndirectedGraphType };
// A CommonJS module: under NodeNext its default import is module.exports, the layout function itself.
const forceAtlas2 = fa2 as unknown as typeof fa2.default;

/**
 * ForceAtlas2 iterations for a graph: a fixed count (so the result is deterministic) that keeps the work
 * near a few seconds whatever the size — about 45 iterations at 10k entities / 50k statements, more on
 * smaller graphs, where FA2 also needs them to settle.
 */
export function layoutIterations(order: number, size: number): number {
  return Math.max(40, Math.min(300, Math.floor(2_500_000 / Math.max(1, order + size))));
}

/**
 * Positions for every node. Node attributes `x`/`y`, when the graph file carries them for every node,
 * are used as they are. Otherwise nodes known from `previous` (the last version of the same file) keep
 * their place and new ones start next to their placed neighbours, so a graph that grew by a few documents
 * needs a short run only; a fresh graph starts from a seeded disc.
 */
export function layoutPositions(graph: NewsGraph, previous?: Positions): Positions {
  const out: Positions = new Map();
  if (!graph.order) return out;
  const given = graph.everyNode((_n, a) => Number.isFinite(a.x) && Number.isFinite(a.y));
  if (given) {
    graph.forEachNode((n, a) => out.set(n, { x: a.x as number, y: a.y as number }));
    return out;
  }
  // A simple weighted undirected copy: FA2 attracts along links whatever their direction or relation.
  const g = new UndirectedGraph<{ x: number; y: number }, { weight: number }>();
  const rand = mulberry32(7);
  const radius = Math.sqrt(graph.order) * 10;
  const disc = () => {
    const t = rand() * 2 * Math.PI;
    const d = radius * Math.sqrt(rand());
    return { x: d * Math.cos(t), y: d * Math.sin(t) };
  };
  let known = 0;
  graph.forEachNode((n) => {
    const p = previous?.get(n);
    if (p) known++;
    g.addNode(n, p ? { ...p } : { x: NaN, y: NaN });
  });
  graph.forEachEdge((_e, a, s, t) => {
    if (s === t) return;
    g.updateEdge(s, t, (old: { weight?: number }) => ({ weight: (old.weight ?? 0) + (a.weight || 1) }));
  });
  g.forEachNode((n, a) => {
    if (Number.isFinite(a.x)) return;
    const placed = g.filterNeighbors(n, (_m, b) => Number.isFinite(b.x));
    if (!placed.length) { Object.assign(a, disc()); return; }
    const sx = placed.reduce((acc, m) => acc + g.getNodeAttribute(m, 'x'), 0) / placed.length;
    const sy = placed.reduce((acc, m) => acc + g.getNodeAttribute(m, 'y'), 0) / placed.length;
    a.x = sx + (rand() - 0.5) * 10;
    a.y = sy + (rand() - 0.5) * 10;
  });
  const full = layoutIterations(g.order, g.size);
  // Mostly known positions: a short run settles the newcomers without reshuffling the rest.
  const iterations = previous && known >= 0.9 * graph.order ? Math.ceil(full / 4) : full;
  forceAtlas2.assign(g, {
    iterations,
    settings: { ...forceAtlas2.inferSettings(g), barnesHutOptimize: g.order > 500 },
    getEdgeWeight: 'weight',
  });
  g.forEachNode((n, a) => out.set(n, { x: a.x, y: a.y }));
  return out;
}
