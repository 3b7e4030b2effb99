// Wires the page's Cypher box to Neo4j read sessions: rows for the table, entity ids and edge keys
// for the subgraph the page displays.
import { runQuery, type Neo4jClient } from '../neo4j/index.js';
import type { CypherRunner } from '../serve/index.js';

/** Walk plain query values, collecting Entity node ids and relationship `key` properties. */
function collectGraphIds(v: unknown, nodes: Set<string>, edges: Set<string>): void {
  if (Array.isArray(v)) { for (const x of v) collectGraphIds(x, nodes, edges); return; }
  if (!v || typeof v !== 'object') return;
  const o = v as Record<string, unknown>;
  const props = o.properties as Record<string, unknown> | undefined;
  if (Array.isArray(o.labels) && props && typeof props.id === 'string' && (o.labels as string[]).includes('Entity')) nodes.add(props.id);
  if (typeof o.type === 'string' && props && typeof props.key === 'string') edges.add(props.key);
  for (const x of Object.values(o)) collectGraphIds(x, nodes, edges);
}

export function cypherRunner(client: Neo4jClient): CypherRunner {
  return async (query, params, limits) => {
    const res = await runQuery(client, query, params, { write: false, timeoutMs: limits.timeoutMs, maxRows: limits.maxRows });
    const rows = res.rows.map((r) => res.columns.map((c) => r[c]));
    const nodes = new Set<string>(), edges = new Set<string>();
    collectGraphIds(rows, nodes, edges);
    return { columns: res.columns, rows, nodes: [...nodes], edges: [...edges] };
  };
}
