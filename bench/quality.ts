// Extraction quality (not speed): precision / recall of each article set, scored by the shared scorer
// (../shared/eval/score.mjs, or NEWSGRAPH_SCORER), and entity resolution on the sets with a mention gold.
// The sets, from most to least tuned-on: the sample, the composed sets and the wire set (rules were written
// while reading them), blind6 (odd articles read while tuning, even ones only scored), blind9 (the same split),
// heldout7 (never read), blind10 (the same split as blind9; first scored unread in stop 12), blind11 (never read),
// blind12 (the same split as blind9; first scored unread after round 11).
// The never-read English articles are also scored as one pool: the figure the English acceptance is judged by.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/util/paths.js';

const SCORER = process.env.NEWSGRAPH_SCORER ?? path.resolve(PROJECT_ROOT, '..', 'shared', 'eval', 'score.mjs');
const ENTITIES = path.join(path.dirname(SCORER), 'entities.json');
const F = (p: string) => path.join(PROJECT_ROOT, p);
/** Odd / even article numbers (en_01_… odd): a set's halves, one tuned on, one only scored. */
const half = (parity: 0 | 1) => (file: string) => Number(/_(\d+)_/.exec(path.basename(file))?.[1] ?? NaN) % 2 === parity;
/** [name, articles, gold, only the articles (and their gold) this picks, in the never-read English pool]. */
const SETS: Array<[string, string, string, ((file: string) => boolean)?, 'never-read'?]> = [
  ['sample (dev gold)', F('seeds'), path.join(path.dirname(SCORER), 'dev', 'seed.gold.jsonl')],
  ['Korean composed set', F('test/fixtures/ko/heldout'), F('test/fixtures/ko/heldout.gold.jsonl')],
  ['English composed set', F('test/fixtures/en'), F('test/fixtures/en/gold.jsonl')],
  ['Korean wire set', F('test/fixtures/wire/ko'), F('test/fixtures/wire/ko/gold.jsonl')],
  ['English wire set', F('test/fixtures/wire/en'), F('test/fixtures/wire/en/gold.jsonl')],
  ['Korean blind6 set', F('test/fixtures/blind6/ko'), F('test/fixtures/blind6/ko/gold.jsonl')],
  ['English blind6 set', F('test/fixtures/blind6/en'), F('test/fixtures/blind6/en/gold.jsonl')],
  ['Korean heldout7 set', F('test/fixtures/heldout7/ko'), F('test/fixtures/heldout7/ko/gold.jsonl')],
  ['English heldout7 set', F('test/fixtures/heldout7/en'), F('test/fixtures/heldout7/en/gold.jsonl'), undefined, 'never-read'],
  ['English blind9 set, odd articles (tuned on in round 5)', F('test/fixtures/blind9/en'), F('test/fixtures/blind9/en/gold.jsonl'), half(1)],
  ['English blind9 set, even articles (never read)', F('test/fixtures/blind9/en'), F('test/fixtures/blind9/en/gold.jsonl'), half(0), 'never-read'],
  ['English blind10 set, odd articles (tuned on from stop 12)', F('test/fixtures/blind10/en'), F('test/fixtures/blind10/en/gold.jsonl'), half(1)],
  ['English blind10 set, even articles (never read)', F('test/fixtures/blind10/en'), F('test/fixtures/blind10/en/gold.jsonl'), half(0), 'never-read'],
  ['English blind11 set (never read)', F('test/fixtures/blind11/en'), F('test/fixtures/blind11/en/gold.jsonl'), undefined, 'never-read'],
  ['English blind12 set, odd articles (tuned on from round 12)', F('test/fixtures/blind12/en'), F('test/fixtures/blind12/en/gold.jsonl'), half(1)],
  ['English blind12 set, even articles (never read)', F('test/fixtures/blind12/en'), F('test/fixtures/blind12/en/gold.jsonl'), half(0), 'never-read'],
];
/** Mention gold per set: [name, articles, entities.gold.jsonl, only the lines of docs starting with]. */
const ENTITY_SETS: Array<[string, string, string, string?]> = [
  ['ko wire', F('test/fixtures/wire/ko'), F('test/fixtures/wire/entities.gold.jsonl'), 'ko_'],
  ['en wire', F('test/fixtures/wire/en'), F('test/fixtures/wire/entities.gold.jsonl'), 'en_'],
  ['ko blind6', F('test/fixtures/blind6/ko'), F('test/fixtures/blind6/ko/entities.gold.jsonl')],
  ['en blind6', F('test/fixtures/blind6/en'), F('test/fixtures/blind6/en/entities.gold.jsonl')],
  ['ko heldout7', F('test/fixtures/heldout7/ko'), F('test/fixtures/heldout7/ko/entities.gold.jsonl')],
  ['en heldout7', F('test/fixtures/heldout7/en'), F('test/fixtures/heldout7/en/entities.gold.jsonl')],
  ['en blind9', F('test/fixtures/blind9/en'), F('test/fixtures/blind9/en/entities.gold.jsonl')],
  ['en blind10', F('test/fixtures/blind10/en'), F('test/fixtures/blind10/en/entities.gold.jsonl')],
  ['en blind11', F('test/fixtures/blind11/en'), F('test/fixtures/blind11/en/entities.gold.jsonl')],
  ['en blind12', F('test/fixtures/blind12/en'), F('test/fixtures/blind12/en/entities.gold.jsonl')],
];

const tsx = (args: string[]) => execFileSync(process.execPath, [F('node_modules/tsx/dist/cli.mjs'), ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 << 20 });

export async function run(): Promise<Record<string, string | number>> {
  const out: Record<string, string | number> = {};
  if (!existsSync(SCORER)) return { skipped: `no scorer at ${SCORER} (set NEWSGRAPH_SCORER)` };
  const score = (pred: string, gold: string) => {
    const line = execFileSync(process.execPath, [SCORER, '--gold', gold, '--entities', ENTITIES], { input: pred, encoding: 'utf8' }).trim().split('\n').pop() ?? '';
    return line.replace(/^precision /, 'P ').replace(' recall ', ' / R ').replace(/ F1 .*/, '');
  };
  const pool = { pred: [] as string[], gold: [] as string[] };
  for (const [name, input, goldFile, pick, neverRead] of SETS) {
    if (!existsSync(goldFile)) { out[name] = 'no gold'; continue; }
    // The articles only: the gold files beside them are JSON Lines, which extract would read as input.
    const inputs = readdirSync(input).filter((f) => f.endsWith('.txt') && (!pick || pick(f))).map((f) => path.join(input, f));
    let gold = goldFile;
    if (pick) {
      gold = path.join(mkdtempSync(path.join(tmpdir(), 'newsgraph-quality-')), 'gold.jsonl');
      const lines = readFileSync(goldFile, 'utf8').split('\n').filter((l) => l.trim() && pick((JSON.parse(l) as { doc: string }).doc));
      writeFileSync(gold, `${lines.join('\n')}\n`);
    }
    const pred = tsx([F('src/cli/main.ts'), 'extract', ...inputs, '--format', 'jsonl']);
    out[name] = score(pred, gold);
    if (neverRead) { pool.pred.push(pred.trimEnd()); pool.gold.push(readFileSync(gold, 'utf8').trimEnd()); }
  }
  if (pool.gold.length) {
    const gold = path.join(mkdtempSync(path.join(tmpdir(), 'newsgraph-quality-')), 'gold.jsonl');
    writeFileSync(gold, `${pool.gold.join('\n')}\n`);
    out['English never-read pool (all never-read sets above)'] = score(`${pool.pred.join('\n')}\n`, gold);
  }
  for (const [name, dir, goldFile, prefix] of ENTITY_SETS) {
    if (!existsSync(goldFile)) continue;
    let gold = goldFile;
    if (prefix) {
      gold = path.join(mkdtempSync(path.join(tmpdir(), 'newsgraph-quality-')), 'entities.gold.jsonl');
      writeFileSync(gold, execFileSync('grep', [`"doc": "${prefix}`, goldFile], { encoding: 'utf8' }));
    }
    const res = tsx([F('bench/eval-entities.ts'), '--gold', gold, dir]);
    out[`entity mentions resolved right (${name})`] = res.trim().split('\n').pop()!.replace('resolved right ', '');
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await run());
