import path from 'node:path';
import { PROJECT_ROOT } from '../util/paths.js';

export interface ServeOptions {
  port: number;
  /** Interface to bind. Loopback by default: the Cypher box must not be reachable from the network. */
  host: string;
  /** graphology JSON as written by toJSON (src/graph/serialize.ts); re-read whenever it changes. */
  graphFile: string;
  /** Cap on one /api/cypher query, passed to the runner and enforced here as a backstop. */
  cypherTimeoutMs: number;
  /** Rows returned by /api/cypher at most. */
  maxRows: number;
  /** Folder holding the built page (index.html, app.js, style.css) from `npm run build:page`. */
  pageDir: string;
}

export const DEFAULT_SERVE_OPTIONS: ServeOptions = {
  port: 7300,
  host: '127.0.0.1',
  graphFile: 'graph/newsgraph.json',
  cypherTimeoutMs: 10_000,
  maxRows: 1000,
  pageDir: path.join(PROJECT_ROOT, 'dist', 'page'),
};

export function validateServeOptions(o: ServeOptions): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(o.port) || o.port < 0 || o.port > 65535) problems.push(`port must be an integer 0..65535 (got ${o.port})`);
  if (typeof o.host !== 'string' || !o.host) problems.push('host must be a non-empty string');
  if (typeof o.graphFile !== 'string' || !o.graphFile) problems.push('graphFile must be a path');
  if (!(o.cypherTimeoutMs > 0)) problems.push(`cypherTimeoutMs must be > 0 (got ${o.cypherTimeoutMs})`);
  if (!Number.isInteger(o.maxRows) || o.maxRows < 1) problems.push(`maxRows must be a positive integer (got ${o.maxRows})`);
  return problems;
}
