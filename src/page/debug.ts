// The page's debug handle (window.__newsgraph), read by test/page.test.ts and bench/page.ts.
import type Sigma from 'sigma';
import type { NewsGraph } from '../graph/model.js';

export interface DebugHandle {
  ready: boolean;
  error?: string;
  graph?: NewsGraph;
  sigma?: Sigma;
  layoutRunning: () => boolean;
  stopLayout: () => void;
  visibleNodes: () => string[];
  visibleEdges: () => string[];
  selectedNode: () => string | null;
  /** Where a node is drawn, in page (client) coordinates, for real mouse clicks. */
  nodeClientPosition: (node: string) => { x: number; y: number };
  /** performance.now() when sigma drew its first frame. */
  firstRenderMs?: number;
}

declare global {
  interface Window {
    __newsgraph: DebugHandle;
  }
}
