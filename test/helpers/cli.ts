// Run the real CLI as a user would (`npm run --silent kg -- …` is `tsx src/cli/main.ts …`).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/util/paths.js';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function kg(args: string[], opts: { cwd?: string; input?: string; env?: Record<string, string> } = {}): CliResult {
  const r = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(PROJECT_ROOT, 'src', 'cli', 'main.ts'), ...args], {
    cwd: opts.cwd ?? PROJECT_ROOT,
    input: opts.input,
    encoding: 'utf8',
    env: { ...process.env, ...opts.env },
    timeout: 240_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const jsonLines = (s: string): Array<Record<string, any>> =>
  s.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

/** Debian's python, which has python3-networkx (the python3 on PATH may be another install). */
export const SYSTEM_PYTHON = '/usr/bin/python3';
