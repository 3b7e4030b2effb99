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
  /** Milestones of the first load, in ms since navigation start (performance.now()): mainStart (the bundle runs),
   *  sigmaReady (sigma set up, empty), fetched, parsed (the payload's entities line), built (the full graph), firstRender /
   *  firstFrame (sigma's first render done; on screen — the second animation frame after it, by which the browser
   *  has composited it: the entities alone on a large graph), complete / completeFrame (every statement drawn,
   *  on screen; the same as the first on a small graph). */
  timings: Record<string, number>;
  /** Resolves when the evidence panel has finished loading what was last asked for. */
  evidenceSettled: () => Promise<void>;
}

declare global {
  interface Window {
    __newsgraph: DebugHandle;
  }
}
