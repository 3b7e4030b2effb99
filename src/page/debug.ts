// The page's debug handle (window.__newsgraph), read by test/page.test.ts and bench/page.ts.
import type Sigma from 'sigma';
import type { PageGraph } from '../serve/page-graph.js';

export interface DebugHandle {
  ready: boolean;
  error?: string;
  graph?: PageGraph;
  sigma?: Sigma;
  layoutRunning: () => boolean;
  stopLayout: () => void;
  visibleNodes: () => string[];
  visibleEdges: () => string[];
  selectedNode: () => string | null;
  /** Where a node is drawn, in page (client) coordinates, for real mouse clicks. */
  nodeClientPosition: (node: string) => { x: number; y: number };
  /** Milestones of the first load, in ms since navigation start (performance.now()): payload fetched,
   *  parsed, graph built, sigma's first render done (its constructor renders synchronously), first frame shown. */
  timings: Record<string, number>;
  /** Resolves when the evidence panel has finished loading what was last asked for. */
  evidenceSettled: () => Promise<void>;
}

declare global {
  interface Window {
    __newsgraph: DebugHandle;
  }
}
