// `build --watch` picks up new and changed files and updates graph/ incrementally.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '../src/util/paths.js';

const report = (out: string) => JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));

async function until<T>(what: string, probe: () => T | undefined, ms = 90_000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    try { const v = probe(); if (v !== undefined) return v; } catch { /* file mid-write */ }
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

describe('newsgraph build --watch', () => {
  it('rebuilds when a file is added and when one changes', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-watch-'));
    const out = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-watch-out-'));
    writeFileSync(path.join(dir, 'a.txt'), 'Nvidia is exporting the A800 to China.\nThe chips are slower than the A100.\n');
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      path.join(PROJECT_ROOT, 'src', 'cli', 'main.ts'), 'build', dir, '--out', out, '--no-neo4j', '--watch'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    try {
      await until('the first build', () => (stderr.includes('watching') ? true : undefined));
      expect(report(out).graph.documents).toBe(1);

      writeFileSync(path.join(dir, 'b.txt'), 'China banned purchases of Micron products.\nThe ban took effect at once.\n');
      await until('the new file', () => (existsSync(path.join(out, 'report.json')) && report(out).graph.documents === 2 ? true : undefined));

      writeFileSync(path.join(dir, 'b.txt'), 'Japan restricted exports of gallium to China.\nThe rule takes effect next month.\n');
      const r = await until('the changed file', () => (report(out).documents.replaced === 1 ? report(out) : undefined));
      expect(r.graph.documents).toBe(2);
      const g = JSON.parse(readFileSync(path.join(out, 'newsgraph.json'), 'utf8'));
      expect(g.nodes.map((n: { key: string }) => n.key)).toEqual(expect.arrayContaining(['japan', 'gallium']));
      expect(g.nodes.map((n: { key: string }) => n.key)).not.toContain('micron');
    } finally {
      // Wait for the watcher to exit: a child left running keeps the jest worker alive.
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      const late = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(late);
    }
  });
});
