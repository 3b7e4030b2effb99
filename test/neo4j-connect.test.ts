// Connecting to Neo4j: typed errors for the two ways it fails, and one driver per process.
import { describe, expect, it } from '@jest/globals';
import { createServer } from 'node:net';
import path from 'node:path';
import { connectNeo4j, startLocalNeo4j } from '../src/neo4j/index.js';
import { Neo4jAuthError, Neo4jConnectionError, OptionsError } from '../src/errors.js';
import { PROJECT_ROOT } from '../src/util/paths.js';

async function testUri(): Promise<string> {
  return process.env.NEO4J_TEST_URI
    ?? (await startLocalNeo4j({ port: 7688, homeDir: path.join(PROJECT_ROOT, '.neo4j', 'test') })).uri;
}

/** A port nothing listens on: bind one, then free it. */
async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((ok) => srv.listen(0, '127.0.0.1', ok));
  const { port } = srv.address() as { port: number };
  await new Promise<void>((ok) => srv.close(() => ok()));
  return port;
}

const password = () => process.env.NEO4J_TEST_PASSWORD ?? 'newsgraph-local';

describe('connectNeo4j', () => {
  it('maps a wrong password to Neo4jAuthError telling the user what to set', async () => {
    const err = await connectNeo4j({ uri: await testUri(), user: 'neo4j', password: 'not-the-password' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Neo4jAuthError);
    expect((err as Error).message).toMatch(/^neo4j: .*NEO4J_PASSWORD/);
    expect((err as Neo4jAuthError).exitCode).toBe(5);
  });

  it('maps an unreachable server to Neo4jConnectionError telling the user how to start one', async () => {
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    const err = await connectNeo4j({ uri, connectionTimeoutMs: 5000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Neo4jConnectionError);
    expect((err as Error).message).toContain('scripts/neo4j.sh start');
    expect((err as Neo4jConnectionError).exitCode).toBe(4);
  });

  it('shares one driver per server and account within a process', async () => {
    const uri = await testUri();
    const a = await connectNeo4j({ uri, password: password() });
    const b = await connectNeo4j({ uri, password: password() });
    expect(b.driver).toBe(a.driver);
    await a.close();
    // Still usable through the other handle.
    await expect(b.driver.getServerInfo()).resolves.toMatchObject({ agent: expect.stringMatching(/^Neo4j\/5\./) });
    await b.close();
  });

  it.each([
    [{ uri: 'http://localhost:7474' }, /uri/],
    [{ batchSize: 0 }, /batchSize/],
    [{ nope: 1 } as Record<string, unknown>, /unknown option "nope"/],
  ])('rejects bad options %j with OptionsError', async (opts, msg) => {
    await expect(connectNeo4j(opts)).rejects.toThrow(OptionsError);
    await expect(connectNeo4j(opts)).rejects.toThrow(msg);
  });
});
