// Test suites that write to the shared test Neo4j take turns: neo4j.test.ts wipes the database between its
// tests, so another suite's data must not be there at the same time. A directory lock (atomic mkdir) with
// the holder's pid; a lock left by a dead process is taken over.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PROJECT_ROOT } from '../../src/util/paths.js';

const LOCK = path.join(PROJECT_ROOT, '.neo4j', 'test-suites.lock');
/** Long enough for the slowest Neo4j suite (the page tests) to finish on a loaded machine. */
export const NEO4J_LOCK_TIMEOUT_MS = 15 * 60_000;

const alive = (pid: number) => { try { process.kill(pid, 0); return true; } catch { return false; } };

export async function lockTestNeo4j(): Promise<() => void> {
  mkdirSync(path.dirname(LOCK), { recursive: true });
  const t0 = Date.now();
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(path.join(LOCK, 'pid'), String(process.pid));
      return () => rmSync(LOCK, { recursive: true, force: true });
    } catch {
      let holder = NaN;
      try { holder = Number(readFileSync(path.join(LOCK, 'pid'), 'utf8')); } catch { /* being written */ }
      if (Number.isInteger(holder) && !alive(holder)) rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() - t0 > NEO4J_LOCK_TIMEOUT_MS) throw new Error(`test Neo4j lock ${LOCK} held too long by pid ${holder}`);
      await sleep(250);
    }
  }
}
