// The project's local Neo4j server, driven through scripts/neo4j.sh (see its header for the environment).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { Neo4jConnectionError } from '../errors.js';
import { PROJECT_ROOT } from '../util/paths.js';
import { LOCAL_NEO4J_PORT } from './client.js';

const run = promisify(execFile);
export const NEO4J_SCRIPT = path.join(PROJECT_ROOT, 'scripts', 'neo4j.sh');

export interface LocalServer {
  uri: string;
  port: number;
  homeDir: string;
  /** True when this call started it (it was not running before). */
  started: boolean;
}

async function script(cmd: 'start' | 'wait' | 'stop' | 'status', env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(NEO4J_SCRIPT, [cmd], { env, maxBuffer: 1 << 20, timeout: 15 * 60_000 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number | string; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? String(err) };
  }
}

/**
 * Start (if needed) and wait for a local server on `port` with its home in `homeDir`; `password` is set for
 * user neo4j on the first start of a fresh home (default NEO4J_PASSWORD, else newsgraph-local).
 */
export async function startLocalNeo4j(opts: { port?: number; homeDir?: string; password?: string; onStart?: () => void } = {}): Promise<LocalServer> {
  const port = opts.port ?? Number(process.env.NEO4J_PORT ?? LOCAL_NEO4J_PORT);
  const homeDir = opts.homeDir ?? process.env.NEO4J_HOME_DIR ?? path.join(PROJECT_ROOT, '.neo4j', 'local');
  const env = {
    ...process.env, NEO4J_PORT: String(port), NEO4J_HOME_DIR: homeDir,
    ...(opts.password ? { NEO4J_PASSWORD: opts.password } : {}),
  };
  const before = await script('status', env);
  if (before.code !== 0) opts.onStart?.(); // starting takes a while (minutes on the first run): say so
  const start = await script('start', env);
  if (start.code !== 0) throw new Neo4jConnectionError(`could not start the local server (scripts/neo4j.sh start):\n${start.stderr.trim()}`);
  const wait = await script('wait', env);
  if (wait.code !== 0) throw new Neo4jConnectionError(`the local server did not come up (scripts/neo4j.sh wait):\n${wait.stderr.trim()}`);
  return { uri: `bolt://127.0.0.1:${port}`, port, homeDir, started: before.code !== 0 };
}

export async function stopLocalNeo4j(opts: { port?: number; homeDir?: string } = {}): Promise<void> {
  const port = opts.port ?? Number(process.env.NEO4J_PORT ?? LOCAL_NEO4J_PORT);
  const homeDir = opts.homeDir ?? process.env.NEO4J_HOME_DIR ?? path.join(PROJECT_ROOT, '.neo4j', 'local');
  const res = await script('stop', { ...process.env, NEO4J_PORT: String(port), NEO4J_HOME_DIR: homeDir });
  if (res.code !== 0) throw new Neo4jConnectionError(`could not stop the local server:\n${res.stderr.trim()}`);
}

/** The server to use: NEO4J_URI when set, else the project's local server, started and waited for. */
export async function ensureLocalNeo4j(onStart?: () => void): Promise<string> {
  const uri = process.env.NEO4J_URI?.trim();
  if (uri) return uri;
  return (await startLocalNeo4j({ onStart })).uri;
}
