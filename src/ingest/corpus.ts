// Corpus-level furniture: a short line that recurs in several different articles of one batch is site
// furniture ("Sign up here.", "이 기사를 추천합니다", a desk's standing credit line) that the per-document
// signals missed. Only a batch shows it, so this runs after every document is ingested.
//
// Why the limits: copies and versions of one story share sentences, which are facts, not furniture — so a
// line counts only when it is short, found in that many different stories (documents sharing at least
// 30% of their lines are one story), and part of a run of such lines at the start or end of the body. The
// headline is never removed.
import type { NewsDocument } from '../types/index.js';
import { resolveOptions } from '../util/options.js';

export interface RepeatedLineOptions {
  /** A line is furniture when at least this many different stories of the batch contain it. */
  minDocuments: number;
  /** Longer lines are kept even when repeated: sentences shared by wire copies carry facts. */
  maxLineChars: number;
}

export const DEFAULT_REPEATED_LINE_OPTIONS: RepeatedLineOptions = { minDocuments: 3, maxLineChars: 120 };

export const REPEATED_LINE_REASON = 'repeated-across-documents';

// Case and spacing do not make two occurrences different. Digits do: sentences that differ only in their
// figures ("rose 3.2%" / "rose 1.5%") are facts.
const lineKey = (line: string): string => line.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Lines of the body (the headline, when the document has one, is line 0 and exempt). */
function bodyLines(doc: NewsDocument): { head: string[]; body: string[] } {
  const lines = doc.text.split('\n');
  return doc.meta.title !== undefined && lines[0] === doc.meta.title
    ? { head: lines.slice(0, 1), body: lines.slice(1) }
    : { head: [], body: lines };
}

/**
 * The documents with corpus-level furniture removed (listed in `removed` with reason
 * `repeated-across-documents`). Ids are kept: they derive from each document's own content, so a
 * document's id never depends on the batch it came in. A document is returned unchanged (same object)
 * when nothing is removed from it, and never loses its last body line.
 */
export function removeRepeatedLines(docs: NewsDocument[], options: Partial<RepeatedLineOptions> = {}): NewsDocument[] {
  const o = resolveOptions('ingest', DEFAULT_REPEATED_LINE_OPTIONS, options, (x) => [
    ...(Number.isInteger(x.minDocuments) && x.minDocuments >= 2 ? [] : [`minDocuments must be an integer ≥ 2 (got ${x.minDocuments})`]),
    ...(x.maxLineChars > 0 ? [] : [`maxLineChars must be positive (got ${x.maxLineChars})`]),
  ]);
  if (docs.length < o.minDocuments) return docs;

  const keys = docs.map((d) => new Set(bodyLines(d).body.map(lineKey)));
  // key → the documents containing it (each distinct content once)
  const seenIn = new Map<string, number[]>();
  const contents = new Set<string>();
  docs.forEach((doc, i) => {
    if (contents.has(doc.meta.hash)) return;
    contents.add(doc.meta.hash);
    for (const line of new Set(bodyLines(doc).body)) {
      if (line.length > o.maxLineChars) continue;
      const k = lineKey(line);
      const s = seenIn.get(k);
      if (s) s.push(i); else seenIn.set(k, [i]);
    }
  });
  const furniture = new Set<string>();
  for (const [k, holders] of seenIn) {
    if (holders.length >= o.minDocuments && inDistinctStories(holders, keys, o.minDocuments)) furniture.add(k);
  }
  if (!furniture.size) return docs;

  return docs.map((doc) => {
    const { head, body } = bodyLines(doc);
    const isFurniture = (l: string) => l.length <= o.maxLineChars && furniture.has(lineKey(l));
    // Only the runs at the start and the end of the body: a repeated line inside the article is more
    // likely a shared fact (a background sentence) than a box the site puts around every story.
    let from = 0;
    let to = body.length;
    while (from < to && isFurniture(body[from]!)) from++;
    while (to > from && isFurniture(body[to - 1]!)) to--;
    if ((from === 0 && to === body.length) || from === to) return doc;
    return {
      ...doc,
      text: [...head, ...body.slice(from, to)].join('\n'),
      removed: [...doc.removed, ...[...body.slice(0, from), ...body.slice(to)].map((text) => ({ text, reason: REPEATED_LINE_REASON }))],
    };
  });
}

/** Share of the smaller document's lines the two have in common. */
function overlap(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const k of small) if (large.has(k)) n++;
  return small.size ? n / small.size : 0;
}

/**
 * Whether the documents holding a line belong to at least `min` different stories. Versions of one story
 * (an update, a syndicated copy with a new headline) share most of their lines; articles that merely share
 * a site's furniture share few. Greedy clustering with an early exit keeps this linear in the holders.
 */
function inDistinctStories(holders: number[], keys: Set<string>[], min: number): boolean {
  const stories: number[] = [];
  for (const i of holders) {
    if (stories.some((j) => overlap(keys[i]!, keys[j]!) >= SAME_STORY_OVERLAP)) continue;
    stories.push(i);
    if (stories.length >= min) return true;
  }
  return false;
}

// Two documents sharing at least 30% of the smaller one’s lines are versions of one story (furniture alone
// rarely makes up that much of an article; the cost of a wrong "same story" is only a furniture line kept).
const SAME_STORY_OVERLAP = 0.3;
