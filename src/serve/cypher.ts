// The read-only Cypher endpoint's contract. The server does not talk to Neo4j itself: a runner is injected
// (the CLI wires one to Neo4j read sessions), so the page also works without a database.

export interface CypherLimits {
  timeoutMs: number;
  maxRows: number;
}

export interface CypherResult {
  columns: string[];
  rows: unknown[][];
  /** Entity ids found in the result. */
  nodes: string[];
  /** Edge keys found in the result (the relationship's `key` property, `s|REL|o|modality`). */
  edges: string[];
}

export type CypherRunner = (query: string, params: Record<string, unknown>, limits: CypherLimits) => Promise<CypherResult>;

/** A Neo4j status code found on the error or along its `cause` chain (runners may wrap driver errors). */
export function neo4jCodeOf(err: unknown): string | undefined {
  for (let e = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code) return code;
  }
  return undefined;
}

/** HTTP status for a failed query: the user's mistake (400), the database being away (503), or ours (500). */
export function statusForCypherError(err: unknown): number {
  const code = neo4jCodeOf(err) ?? '';
  const name = (err as Error)?.name ?? '';
  if (code.startsWith('Neo.ClientError.Security')) return 503;
  if (code.startsWith('Neo.ClientError') || name === 'CypherTimeoutError') return 400;
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || name === 'Neo4jConnectionError' || name === 'Neo4jAuthError') return 503;
  if (code.startsWith('Neo.TransientError') || code.startsWith('Neo.DatabaseError')) return 503;
  return 500;
}
