// Entity layer speed: gazetteer + linker load, and mentions() per sentence over the sample article.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EntityLinker } from '../src/entities/index.js';
import { PROJECT_ROOT } from '../src/util/paths.js';

export async function run(): Promise<Record<string, string | number>> {
  let t = performance.now();
  const linker = EntityLinker.load({ useWorkingDirFile: false });
  const loadMs = performance.now() - t;
  const lines = readFileSync(path.join(PROJECT_ROOT, 'seeds', '000_5cf3792e60afef19.txt'), 'utf8').split('\n').filter((l) => l.trim());
  const rounds = 50;
  let mentions = 0;
  t = performance.now();
  for (let r = 0; r < rounds; r++) {
    const doc = linker.forDocument();
    for (const l of lines) mentions += doc.mentions(l).length;
  }
  const perSentenceUs = ((performance.now() - t) * 1000) / (rounds * lines.length);
  process.stderr.write(`entities: ${rounds}×${lines.length} lines\n`);
  return {
    'entities: gazetteer entries': linker.gazetteer.entries.size,
    'entities: load (ms)': Math.round(loadMs),
    'entities: mentions() per line (µs)': Math.round(perSentenceUs),
    'entities: mentions per sample pass': mentions / rounds,
  };
}
