// Stop the Neo4j test server only if this run's global setup started it (set NEWSGRAPH_KEEP_NEO4J=1 to keep
// it running for the next run, which then skips the start). Self-contained like global-setup.ts.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export default async function globalTeardown(): Promise<void> {
  if (!(globalThis as Record<string, unknown>).__newsgraphNeo4jStarted) return;
  if (process.env.NEWSGRAPH_KEEP_NEO4J === '1') return;
  const env = {
    ...process.env,
    NEO4J_PORT: String(process.env.NEO4J_TEST_PORT ?? 7688),
    NEO4J_HOME_DIR: path.join(ROOT, '.neo4j', 'test'),
  };
  try {
    await promisify(execFile)(path.join(ROOT, 'scripts', 'neo4j.sh'), ['stop'], { env, timeout: 120_000 });
  } catch (err) {
    process.stderr.write(`test teardown: could not stop the Neo4j test server: ${(err as { stderr?: string }).stderr ?? err}\n`);
  }
}
