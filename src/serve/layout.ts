// Layout positions for the page, computed by the server once per graph file version, so the page draws a
// laid-out graph at once instead of animating ForceAtlas2 over thousands of nodes in the browser.
// ForceAtlas2 runs in a worker thread: the server keeps answering (evidence, Cypher) during a layout of
// several seconds, and the hot loop runs in a plain Node realm (inside a vm context, as under jest, its
// global lookups make it ~15× slower).
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import graphology from 'graphology';
import type { UndirectedGraph as UndirectedGraphType } from 'graphology';
import type { NewsGraph } from '../graph/index.js';
import type { Positions } from './page-graph.js';
import { mulberry32 } from '../util/random.js';

const { UndirectedGraph } = graphology as unknown as { UndirectedGraph: typeof UndirectedGraphType };
const require = createRequire(import.meta.url);

/**
 * ForceAtlas2 iterations for a graph: a fixed count (so the result is deterministic) that keeps the work
 * near two seconds whatever the size — about 45 iterations at 10k entities / 50k statements, at most 120
 * on smaller graphs, where FA2 also needs more to settle. A Barnes–Hut iteration costs about n·log n for
 * the repulsion plus the edges for the attraction.
 */
export function layoutIterations(order: number, size: number): number {
  const work = order * Math.log2(Math.max(2, order)) + size;
  return Math.max(40, Math.min(120, Math.floor(8_000_000 / Math.max(1, work))));
}

/**
 * Positions for every node. Node attributes `x`/`y`, when the graph file carries them for every node,
 * are used as they are. Otherwise nodes known from `previous` (the last version of the same file) keep
 * their place and new ones start next to their placed neighbours, so a graph that grew by a few documents
 * needs a short run only; a fresh graph starts from a seeded disc.
 */
export async function layoutPositions(graph: NewsGraph, previous?: Positions): Promise<Positions> {
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
  const nodes = g.nodes();
  const xy = new Float64Array(nodes.length * 2);
  nodes.forEach((n, i) => { xy[2 * i] = g.getNodeAttribute(n, 'x'); xy[2 * i + 1] = g.getNodeAttribute(n, 'y'); });
  const index = new Map(nodes.map((n, i) => [n, i]));
  const ends = new Uint32Array(g.size * 2);
  const weights = new Float64Array(g.size);
  let k = 0;
  g.forEachEdge((_e, a, s, t) => { ends[2 * k] = index.get(s)!; ends[2 * k + 1] = index.get(t)!; weights[k++] = a.weight; });
  const laid = await runForceAtlas2({ xy, ends, weights, iterations });
  nodes.forEach((n, i) => out.set(n, { x: laid[2 * i]!, y: laid[2 * i + 1]! }));
  return out;
}

interface LayoutJob { xy: Float64Array; ends: Uint32Array; weights: Float64Array; iterations: number }

// Plain CommonJS for the worker (evaluated, so no TypeScript loader is needed there): rebuild the weighted
// graph from typed arrays, run the fixed number of iterations, send the coordinates back.
const WORKER_SOURCE = `
const { parentPort, workerData: w } = require('node:worker_threads');
const { UndirectedGraph } = require(w.graphology);
const forceAtlas2 = require(w.forceAtlas2);
const g = new UndirectedGraph();
const n = w.xy.length / 2;
for (let i = 0; i < n; i++) g.addNode(i, { x: w.xy[2 * i], y: w.xy[2 * i + 1] });
for (let k = 0; k < w.weights.length; k++) g.addEdge(w.ends[2 * k], w.ends[2 * k + 1], { weight: w.weights[k] });
forceAtlas2.assign(g, {
  iterations: w.iterations,
  settings: { ...forceAtlas2.inferSettings(g), barnesHutOptimize: n > 500 },
  getEdgeWeight: 'weight',
});
const out = new Float64Array(n * 2);
g.forEachNode((i, a) => { out[2 * i] = a.x; out[2 * i + 1] = a.y; });
parentPort.postMessage(out, [out.buffer]);
`;

function runForceAtlas2(job: LayoutJob): Promise<Float64Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { ...job, graphology: require.resolve('graphology'), forceAtlas2: require.resolve('graphology-layout-forceatlas2') },
    });
    worker.once('message', (xy: Float64Array) => { resolve(xy); void worker.terminate(); });
    worker.once('error', reject);
    worker.once('exit', (code) => { if (code !== 0) reject(new Error(`serve: the layout worker exited with code ${code}`)); });
  });
}
