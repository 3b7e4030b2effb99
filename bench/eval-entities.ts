// Entity resolution against a mention gold: the share of gold mentions that newsgraph finds and resolves
// to the right canonical entity.
//   npx tsx bench/eval-entities.ts --gold entities.gold.jsonl DIR_OR_FILE…
// Gold lines: {"doc": "<file name>", "surface": "<text>", "canonical": "<English name>", "type": "…"}.
// A gold mention is matched to an unused mention of ours in the same document whose text equals, contains or
// lies inside the surface. It is right when the gazetteer resolves the canonical name to our entity id, or
// our label (English or Korean) equals the canonical name up to case, spaces and punctuation.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ingestText } from '../src/ingest/index.js';
import { Pipeline } from '../src/pipeline/index.js';

interface GoldMention { doc: string; surface: string; canonical: string; type?: string }

const args = process.argv.slice(2);
const gi = args.indexOf('--gold');
if (gi < 0 || !args[gi + 1]) {
  process.stderr.write('usage: npx tsx bench/eval-entities.ts --gold entities.gold.jsonl DIR_OR_FILE…\n');
  process.exit(2);
}
const gold: GoldMention[] = readFileSync(args[gi + 1]!, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const inputs = args.filter((a, i) => i !== gi && i !== gi + 1 && !a.startsWith('--'));
const files = inputs.flatMap((p) => (statSync(p).isDirectory() ? readdirSync(p).filter((f) => f.endsWith('.txt')).map((f) => path.join(p, f)) : [p]));

const squash = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
const pipeline = new Pipeline({});
let right = 0;
let wrong = 0;
let missed = 0;
const errors: string[] = [];
for (const file of files) {
  const name = path.basename(file);
  const want = gold.filter((g) => g.doc === name);
  if (!want.length) continue;
  const ex = pipeline.extractDocument(ingestText(readFileSync(file, 'utf8'), { path: file }));
  const ours = ex.mentions.map((m) => ({ text: m.span?.text ?? '', ref: m, used: false }));
  for (const g of want) {
    const s = squash(g.surface);
    const hit = ours.find((o) => !o.used && o.text && (squash(o.text) === s || squash(o.text).includes(s) || (s.includes(squash(o.text)) && squash(o.text).length * 2 >= s.length)));
    if (!hit) { missed++; errors.push(`MISSED ${name}: ${g.surface} (${g.canonical})`); continue; }
    hit.used = true;
    const known = pipeline.linker.exact(g.canonical);
    const ok = known?.id === hit.ref.id || [hit.ref.label, hit.ref.labelKo ?? ''].some((l) => squash(l) === squash(g.canonical));
    if (ok) right++;
    else { wrong++; errors.push(`WRONG  ${name}: ${g.surface} → ${hit.ref.id} (${hit.ref.label}); want ${g.canonical}`); }
  }
}
const total = right + wrong + missed;
if (args.includes('--verbose')) for (const e of errors) process.stdout.write(`${e}\n`);
process.stdout.write(`${JSON.stringify({ mentions: total, right, wrong, missed })}\nresolved right ${(right / Math.max(1, total)).toFixed(3)} (of found: ${(right / Math.max(1, right + wrong)).toFixed(3)})\n`);
