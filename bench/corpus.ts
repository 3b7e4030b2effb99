// A benchmark corpus made by repeating and varying the sample: paragraphs rotated and known company
// names swapped, so each document has its own content hash and the extractor sees varied input.
import { readFileSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/util/paths.js';

const SAMPLE = path.join(PROJECT_ROOT, 'seeds', '000_5cf3792e60afef19.txt');
const SWAPS: Array<[string, string[]]> = [
  ['마이크론', ['인텔', '퀄컴', '삼성전자', 'SK하이닉스', '화웨이']],
  ['엔비디아', ['AMD', '인텔', '퀄컴', '엔비디아']],
  ['아마존', ['구글', '오라클', '아마존']],
  ['텐센트', ['바이두', '화웨이', '텐센트']],
  ['갈륨', ['희토류', '흑연', '갈륨']],
];

export function sampleText(): string {
  return readFileSync(SAMPLE, 'utf8');
}

export function variedDocuments(n: number): string[] {
  const lines = sampleText().split('\n');
  const docs: string[] = [];
  for (let i = 0; i < n; i++) {
    const head = lines[0]!;
    const body = lines.slice(1);
    const k = i % body.length;
    let text = [head, ...body.slice(k), ...body.slice(0, k)].join('\n');
    for (const [from, tos] of SWAPS) text = text.split(from).join(tos[i % tos.length]!);
    docs.push(`${text}\n(${i})\n`);
  }
  return docs;
}

/** Write the corpus to a folder and return it. */
export function writeCorpus(dir: string, n: number): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  variedDocuments(n).forEach((t, i) => writeFileSync(path.join(dir, `doc-${String(i).padStart(5, '0')}.txt`), t));
  return dir;
}
