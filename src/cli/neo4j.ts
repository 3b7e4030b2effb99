// One Neo4j driver per process: the CLI asks here. Without NEO4J_URI the project's local server is started.
import { connectNeo4j, ensureLocalNeo4j, type Neo4jClient } from '../neo4j/index.js';

let client: Promise<Neo4jClient> | undefined;

export function neo4jClient(): Promise<Neo4jClient> {
  client ??= (async () => {
    if (!process.env.NEO4J_URI) {
      await ensureLocalNeo4j(() => process.stderr.write('newsgraph: NEO4J_URI is not set; starting the local Neo4j (scripts/neo4j.sh)…\n'));
    }
    return connectNeo4j();
  })();
  return client;
}

export async function closeNeo4j(): Promise<void> {
  if (!client) return;
  const c = await client.catch(() => undefined);
  client = undefined;
  await c?.close();
}
