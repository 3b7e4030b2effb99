// `build` end to end into a real Neo4j (the test server), as the README runs it: counts match the graph
// files, a second run changes nothing, an edited document replaces only its own contributions.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runQuery, type Neo4jClient } from '../src/neo4j/index.js';
import { PROJECT_ROOT } from '../src/util/paths.js';
import { kg } from './helpers/cli.js';
import { lockTestNeo4j, NEO4J_LOCK_TIMEOUT_MS } from './helpers/neo4j-lock.js';
import { testNeo4jClient, testNeo4jEnv, wipeTestNeo4j } from './helpers/test-neo4j.js';

const SAMPLE = path.join(PROJECT_ROOT, 'seeds', '000_5cf3792e60afef19.txt');
const ENGLISH = `Nvidia is exporting the A800 to China.
The Commerce Department restricted exports of advanced chips to China last year, Reuters reported.
China banned purchases of Micron products in May.
`;

let client: Neo4jClient;
let env: Record<string, string>;
let unlock: (() => void) | undefined;
const corpus = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-build-'));
const out = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-build-out-'));

beforeAll(async () => {
  unlock = await lockTestNeo4j();
  client = await testNeo4jClient();
  await wipeTestNeo4j(client);
  env = await testNeo4jEnv();
  cpSync(SAMPLE, path.join(corpus, 'korean.txt'));
  writeFileSync(path.join(corpus, 'english.txt'), ENGLISH);
}, NEO4J_LOCK_TIMEOUT_MS);

afterAll(async () => {
  await client?.close();
  unlock?.();
});

async function neo4jCounts() {
  const { rows } = await runQuery(client, `RETURN
    COUNT { MATCH (:Entity) } AS entities,
    COUNT { MATCH (:Entity)-[]->(:Entity) } AS relationships,
    COUNT { MATCH (:Document) } AS documents`);
  return rows[0]!;
}

function graphFileCounts() {
  const g = JSON.parse(readFileSync(path.join(out, 'newsgraph.json'), 'utf8'));
  return { entities: g.nodes.length, relationships: g.edges.length, documents: Object.keys(g.attributes.documents).length };
}

describe('newsgraph build into Neo4j', () => {
  it('loads exactly the graph it wrote to graph/', async () => {
    const run = kg(['build', corpus, '--out', out], { env });
    expect(run.stderr).not.toMatch(/newsgraph: skipped/);
    expect(run.status).toBe(0);
    expect(await neo4jCounts()).toEqual(graphFileCounts());
    expect(graphFileCounts().documents).toBe(2);
  });

  it('leaves the same nodes and relationships when run again', async () => {
    const before = await neo4jCounts();
    expect(kg(['build', corpus, '--out', out], { env }).status).toBe(0);
    expect(await neo4jCounts()).toEqual(before);
  });

  it('replaces only the edited document\'s contributions', async () => {
    const { rows: koreanBefore } = await runQuery(client,
      'MATCH (d:Document {path: $p})<-[:STATED_IN|PART_OF*1..2]-(c:Claim) RETURN count(DISTINCT c) AS claims',
      { p: path.join(corpus, 'korean.txt') });
    writeFileSync(path.join(corpus, 'english.txt'), ENGLISH.replace('China banned purchases of Micron products in May.\n', 'Japan restricted exports of gallium to China.\n'));
    const run = kg(['build', corpus, '--out', out], { env });
    expect(run.status).toBe(0);
    expect(JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')).documents).toMatchObject({ replaced: 1, unchanged: 1 });
    expect(await neo4jCounts()).toEqual(graphFileCounts());
    const edge = (s: string, r: string, o: string) => runQuery(client,
      `MATCH (:Entity {id: $s})-[r]->(:Entity {id: $o}) WHERE type(r) = $r RETURN count(r) AS n`, { s, r, o });
    expect((await edge('china', 'BANS', 'micron')).rows[0]!.n).toBe(1); // still stated by the Korean article
    expect((await edge('japan', 'RESTRICTS', 'gallium')).rows[0]!.n).toBe(1);
    const { rows: micron } = await runQuery(client,
      `MATCH (:Entity {id: 'china'})-[r:BANS]->(:Entity {id: 'micron'}) RETURN r.docs AS docs`);
    expect(micron[0]!.docs).toHaveLength(1);
    const { rows: koreanAfter } = await runQuery(client,
      'MATCH (d:Document {path: $p})<-[:STATED_IN|PART_OF*1..2]-(c:Claim) RETURN count(DISTINCT c) AS claims',
      { p: path.join(corpus, 'korean.txt') });
    expect(koreanAfter).toEqual(koreanBefore);
  });

  it('answers Cypher from the query command', () => {
    const run = kg(['query', 'MATCH (a:Entity)-[r]->(b:Entity) RETURN a.name AS subject, type(r) AS relation, b.name AS object ORDER BY subject, relation, object LIMIT 5', '--format', 'json'], { env });
    expect(run.status).toBe(0);
    const rows = JSON.parse(run.stdout);
    expect(rows).toHaveLength(5);
    expect(Object.keys(rows[0])).toEqual(['subject', 'relation', 'object']);
  });

  it('refuses a write without --write, with a read-session error and exit code 3', () => {
    const run = kg(['query', 'CREATE (:Scratch)'], { env });
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/neo4j:/);
  });

  it('says clearly when the password is wrong', () => {
    const run = kg(['query', 'RETURN 1'], { env: { ...env, NEO4J_PASSWORD: 'not-the-password' } });
    expect(run.status).toBe(5);
    expect(run.stderr).toMatch(/NEO4J_PASSWORD/);
  });
});
