// A fingerprint of everything that decides what extraction produces (rules in code and data files).
// A build whose fingerprint differs from the one stored in the graph re-extracts its documents instead
// of skipping them as unchanged, so improved rules reach an existing graph.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { sha256 } from '../util/hash.js';
import { PROJECT_ROOT } from '../util/paths.js';

const INPUTS = ['data', 'src/ingest', 'src/segment', 'src/dates', 'src/entities', 'src/relations', 'src/extract', 'src/lang', 'src/pipeline/extract.ts'];

function files(p: string): string[] {
  const st = statSync(p, { throwIfNoEntry: false });
  if (!st) return [];
  if (st.isFile()) return [p];
  return readdirSync(p).sort().flatMap((f) => files(path.join(p, f)));
}

let cached: string | undefined;

export function extractorFingerprint(extraFiles: string[] = []): string {
  if (!extraFiles.length && cached) return cached;
  const all = [...INPUTS.map((p) => path.join(PROJECT_ROOT, p)), ...extraFiles].flatMap(files);
  const h = sha256(all.map((f) => `${path.relative(PROJECT_ROOT, f)}\u0000${sha256(readFileSync(f))}`).join('\n')).slice(0, 16);
  if (!extraFiles.length) cached = h;
  return h;
}
