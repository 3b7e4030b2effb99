// Jest global setup: the Neo4j tests run against a DEDICATED local test server (port NEO4J_TEST_PORT,
// default 7688, home .neo4j/test), never the user's database (NEO4J_URI is ignored by the tests). It is
// started only when the run includes a Neo4j test file. NEO4J_TEST_URI (+ NEO4J_TEST_USER/PASSWORD) points
// the tests at another disposable server instead; the tests wipe it only if it is empty or marked as a
// test database (see test/neo4j.test.ts).
// Self-contained on purpose: global setup is loaded without the tests' module mapping.
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCRIPT = path.join(ROOT, 'scripts', 'neo4j.sh');

export const TEST_PORT = Number(process.env.NEO4J_TEST_PORT ?? 7688);
export const TEST_HOME = path.join(ROOT, '.neo4j', 'test');
const TEST_PASSWORD = 'newsgraph-local';

/** True unless the run's path patterns rule out every test/neo4j*.test.ts file. */
function runIncludesNeo4jTests(config: unknown): boolean {
  const c = config as { testPathPatterns?: { patterns?: string[] } | string[]; testPathPattern?: string };
  const raw = c.testPathPatterns;
  const patterns = Array.isArray(raw) ? raw : raw?.patterns ?? (c.testPathPattern ? [c.testPathPattern] : []);
  if (!patterns.length) return true;
  const files = readdirSync(path.join(ROOT, 'test')).filter((f) => /^neo4j.*\.test\.ts$/.test(f)).map((f) => path.join(ROOT, 'test', f));
  return patterns.some((p) => {
    try {
      const re = new RegExp(p, 'i');
      return files.some((f) => re.test(f));
    } catch {
      return true;
    }
  });
}

async function script(cmd: string): Promise<number> {
  const env = { ...process.env, NEO4J_PORT: String(TEST_PORT), NEO4J_HOME_DIR: TEST_HOME, NEO4J_PASSWORD: TEST_PASSWORD };
  try {
    const { stderr } = await run(SCRIPT, [cmd], { env, timeout: 15 * 60_000 });
    if (stderr.trim()) process.stderr.write(stderr);
    return 0;
  } catch (err) {
    const e = err as { code?: number; stderr?: string };
    if (cmd !== 'status') process.stderr.write(e.stderr ?? String(err));
    return typeof e.code === 'number' ? e.code : 1;
  }
}

export default async function globalSetup(globalConfig: unknown): Promise<void> {
  if (process.env.NEO4J_TEST_URI?.trim()) return;
  if (!runIncludesNeo4jTests(globalConfig)) return;
  const wasRunning = (await script('status')) === 0;
  if ((await script('start')) !== 0 || (await script('wait')) !== 0) {
    throw new Error(`test setup: the Neo4j test server did not start (scripts/neo4j.sh, home ${TEST_HOME}); see the log above`);
  }
  // Workers inherit this environment.
  process.env.NEO4J_TEST_URI = `bolt://127.0.0.1:${TEST_PORT}`;
  process.env.NEO4J_TEST_USER = 'neo4j';
  process.env.NEO4J_TEST_PASSWORD = TEST_PASSWORD;
  (globalThis as Record<string, unknown>).__newsgraphNeo4jStarted = !wasRunning;
}
