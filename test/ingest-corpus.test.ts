// Batch-level furniture: short lines repeated across different articles are removed; facts are not.
import { describe, expect, it } from '@jest/globals';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { OptionsError } from '../src/errors.js';
import { ingestText, removeRepeatedLines, REPEATED_LINE_REASON } from '../src/ingest/index.js';
import { buildGraph } from '../src/pipeline/index.js';
import type { NewsDocument } from '../src/types/index.js';

const PROMO = 'Readers can send tips to the newsroom around the clock.';
const WIRE = 'The commerce ministry said on Monday that licences for memory chip exports would be reviewed case by case from next year onwards, citing national security.';

const COUNTRIES = ['Japan', 'Germany', 'Canada', 'Brazil'];
function article(i: number, extra: string[] = [PROMO], middle: string[] = []): string {
  const c = COUNTRIES[i]!;
  return [
    `${c} tightens rules on chip exports`,
    `The government of ${c} announced new limits on exports of advanced chips to China on Tuesday.`,
    `Companies in ${c} will need a licence for each shipment, the trade ministry said.`,
    ...middle,
    `Officials in ${c} expect the measure to take effect next month after a public review.`,
    ...extra,
  ].join('\n');
}
const docs = (n: number, extra?: string[], middle?: string[]): NewsDocument[] =>
  COUNTRIES.slice(0, n).map((_, i) => ingestText(article(i, extra, middle)));
const lines = (d: NewsDocument) => d.text.split('\n');

describe('removeRepeatedLines', () => {
  it('removes a short line found in three different articles, and records why', () => {
    const out = removeRepeatedLines(docs(3));
    for (const d of out) {
      expect(lines(d)).not.toContain(PROMO);
      expect(d.removed).toContainEqual({ text: PROMO, reason: REPEATED_LINE_REASON });
      expect(lines(d)).toHaveLength(4);
    }
  });

  it('keeps a repeated line inside the article body', () => {
    expect(removeRepeatedLines(docs(3, [], [PROMO])).every((d) => lines(d).includes(PROMO))).toBe(true);
  });

  it('counts versions of one story (most lines shared) as one story', () => {
    const versions = [0, 1, 2].map((v) => ingestText(`${article(0)}\nUpdated at ${v + 9} a.m. with comment from the ministry.`));
    expect(removeRepeatedLines(versions).every((d) => lines(d).includes(PROMO))).toBe(true);
  });

  it('keeps a line found in only two articles', () => {
    expect(removeRepeatedLines(docs(2)).map(lines).every((l) => l.includes(PROMO))).toBe(true);
  });

  it('keeps a long repeated sentence: wire copies share facts', () => {
    expect(removeRepeatedLines(docs(4, [WIRE])).every((d) => lines(d).includes(WIRE))).toBe(true);
  });

  it('keeps sentences that differ only in their figures', () => {
    const out = removeRepeatedLines(COUNTRIES.slice(0, 3).map((_, i) => ingestText(article(i, [`Exports fell ${i + 3}% in the first quarter.`, PROMO]))));
    expect(out.map((d) => lines(d).some((l) => /^Exports fell \d% /.test(l)))).toEqual([true, true, true]);
  });

  it('counts identical copies of one article once', () => {
    const one = ingestText(article(0));
    const copies = [one, { ...one, path: 'a.txt' }, { ...one, path: 'b.txt' }];
    expect(removeRepeatedLines(copies).every((d) => lines(d).includes(PROMO))).toBe(true);
  });

  it('never removes the headline', () => {
    const same = COUNTRIES.slice(0, 3).map((_, i) => ingestText(article(i).replace(/^.*\n/, 'Chip export rules tighten\n')));
    expect(removeRepeatedLines(same).map((d) => lines(d)[0])).toEqual(Array(3).fill('Chip export rules tighten'));
  });

  it('keeps each document’s id: ids never depend on the batch', () => {
    const before = docs(3);
    expect(removeRepeatedLines(before).map((d) => d.id)).toEqual(before.map((d) => d.id));
  });

  it('rejects invalid options with an OptionsError', () => {
    expect(() => removeRepeatedLines(docs(3), { minDocuments: 1 })).toThrow(OptionsError);
    expect(() => removeRepeatedLines(docs(3), { minDocuments: 1 })).toThrow(/^ingest: minDocuments must be an integer ≥ 2/);
  });
});

describe('build with batch-level furniture', () => {
  const textHashes = (graph: Awaited<ReturnType<typeof buildGraph>>['graph']) =>
    Object.values(graph.getAttribute('documents')).map((d) => d.textHash);

  it('re-extracts earlier articles when a new one makes their line furniture, and is stable after', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-corpus-'));
    const out = path.join(dir, 'graph');
    for (const i of [0, 1]) await writeFile(path.join(dir, `a${i}.txt`), article(i));
    const first = await buildGraph({ paths: [dir], outDir: out, formats: ['json'], progress: false });
    expect(first.report.documents).toMatchObject({ added: 2, reextracted: 0 });
    const hashesBefore = textHashes(first.graph);

    await writeFile(path.join(dir, 'a2.txt'), article(2));
    const second = await buildGraph({ paths: [dir], outDir: out, formats: ['json'], progress: false });
    expect(second.report.documents).toMatchObject({ added: 1, reextracted: 2, unchanged: 0 });
    expect(textHashes(second.graph).filter((h) => hashesBefore.includes(h))).toEqual([]);

    const third = await buildGraph({ paths: [dir], outDir: out, formats: ['json'], progress: false });
    expect(third.report.documents).toMatchObject({ added: 0, reextracted: 0, unchanged: 3 });
    expect(third.graph.size).toBe(second.graph.size);
    expect(third.graph.order).toBe(second.graph.order);
  });

  it('does not read its own output folder when it sits inside the input folder', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-corpus-'));
    await writeFile(path.join(dir, 'a0.txt'), article(0));
    const opts = { paths: [dir], outDir: path.join(dir, 'graph'), formats: ['json' as const], progress: false };
    await buildGraph(opts);
    const again = await buildGraph(opts);
    expect(again.report.documents).toMatchObject({ seen: 1, unchanged: 1, skipped: 0 });
    expect(again.report.skipped).toEqual([]);
  });
});
