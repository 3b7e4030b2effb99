// The test Neo4j: a dedicated local server (port 7688, home .neo4j/test) or NEO4J_TEST_URI. Never the user's.
import path from 'node:path';
import { connectNeo4j, runQuery, startLocalNeo4j, type Neo4jClient } from '../../src/neo4j/index.js';
import { PROJECT_ROOT } from '../../src/util/paths.js';

export const TEST_NEO4J_MARKER = 'NewsgraphTestDatabase';

export async function testNeo4jUri(): Promise<string> {
  return process.env.NEO4J_TEST_URI
    ?? (await startLocalNeo4j({ port: 7688, homeDir: path.join(PROJECT_ROOT, '.neo4j', 'test') })).uri;
}

export const testNeo4jCredentials = () => ({
  user: process.env.NEO4J_TEST_USER ?? 'neo4j',
  password: process.env.NEO4J_TEST_PASSWORD ?? 'newsgraph-local',
});

export async function testNeo4jClient(): Promise<Neo4jClient> {
  return connectNeo4j({ uri: await testNeo4jUri(), ...testNeo4jCredentials() });
}

/** Environment that points the CLI (a child process) at the test server. */
export async function testNeo4jEnv(): Promise<Record<string, string>> {
  const { user, password } = testNeo4jCredentials();
  return { NEO4J_URI: await testNeo4jUri(), NEO4J_USER: user, NEO4J_PASSWORD: password };
}

/** Wipe the test database; refuse if it holds data and is not marked as a test database. */
export async function wipeTestNeo4j(client: Neo4jClient): Promise<void> {
  const M = TEST_NEO4J_MARKER;
  const { rows } = await runQuery(client, `RETURN COUNT { MATCH (m:${M}) } AS marked, COUNT { MATCH (n) WHERE NOT n:${M} } AS nodes`);
  if (!rows[0]!.marked && rows[0]!.nodes) {
    throw new Error(`refusing to wipe ${client.options.uri}: it holds ${rows[0]!.nodes} nodes and no :${M} node; point NEO4J_TEST_URI at a disposable server`);
  }
  await runQuery(client, `MERGE (:${M})`, {}, { write: true });
  await runQuery(client, `MATCH (n) WHERE NOT n:${M} DETACH DELETE n`, {}, { write: true });
}
