// Sentence segmentation: Intl.Segmenter per line (a line is a paragraph; sentences never cross one),
// then three repairs of known segmenter errors, then removal of sentences repeated inside the document.
import { loadFurniture, type Furniture } from '../ingest/furniture.js';
import type { Lang, NewsDocument, Sentence } from '../types/index.js';

interface Piece { start: number; end: number }

const CLOSING_QUOTE = /[.!?…]?["'”’」』]$/;
const ELLIPSIS_END = /(?:…|\.{3})["'”’」』)\]]?$/;

/**
 * Repair 1 — Korean quotation: the segmenter breaks after a quote that ends in punctuation, cutting the
 * quoting particle off (“…합법적이다.”|라며 …). A piece that follows with no space and starts in Hangul
 * belongs to the previous sentence.
 */
export function isQuoteParticleSplit(prev: string, next: string, gap: string): boolean {
  return gap === '' && CLOSING_QUOTE.test(prev) && /^\p{Script=Hangul}/u.test(next);
}

/**
 * Repair 2 — ellipsis: headlines join clauses with '…' or '...' and no space (또 맞불?|…바이든, 공개..."|발 밑이);
 * ICU breaks there. A break touching an ellipsis with no whitespace is not a sentence end.
 */
export function isEllipsisSplit(prev: string, next: string, gap: string): boolean {
  return gap === '' && (/^(?:…|\.{3})/.test(next) || ELLIPSIS_END.test(prev));
}

/**
 * Repair 3 — abbreviations: "Mr." / "Jan." (from the vocabulary) and letter-dot chains ("U.S.", "p.m.")
 * do not end a sentence, unless the next word is a typical sentence opener ("... in the U.S. The ...").
 */
export function isAbbreviationSplit(prev: string, next: string, f: Furniture): boolean {
  const last = prev.match(/(?:^|[\s(“"‘'])([\p{L}.]+)\.$/u)?.[1];
  if (!last) return false;
  const firstWord = next.match(/^[\p{L}]+/u)?.[0] ?? '';
  const chain = /^(?:\p{L}\.)+\p{L}$/u.test(last); // U.S / p.m / e.g
  if (f.titleAbbreviations.includes(last)) return true;
  if (chain || f.abbreviations.includes(last)) return !f.sentenceStarters.includes(firstWord);
  return false;
}

/**
 * Repair 4 — tickers: a stock code in parentheses ("Co's (2330.TW) U.S. unit", "(GFS.O)") holds a dot the segmenter
 * takes for a sentence end. A break inside a short parenthesis with no space in it is not one.
 */
export function isParenthesisSplit(prev: string, next: string, gap: string): boolean {
  const open = prev.lastIndexOf('(');
  return gap === '' && open > prev.lastIndexOf(')') && /^\([^\s()]{1,12}$/.test(prev.slice(open)) && /^[^\s()]{0,12}\)/.test(next);
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: Lang): Intl.Segmenter {
  const key = lang === 'und' ? 'en' : lang;
  let s = segmenters.get(key);
  if (!s) segmenters.set(key, (s = new Intl.Segmenter(key, { granularity: 'sentence' })));
  return s;
}

/** Sentence spans of one line of text, with offsets relative to the line. */
export function splitLine(line: string, lang: Lang, f: Furniture = loadFurniture()): Piece[] {
  const raw: Piece[] = [];
  for (const s of segmenter(lang).segment(line)) {
    const text = s.segment;
    const lead = text.length - text.trimStart().length;
    const trimmed = text.trim();
    if (!trimmed) continue;
    raw.push({ start: s.index + lead, end: s.index + lead + trimmed.length });
  }
  const out: Piece[] = [];
  for (const p of raw) {
    const prev = out[out.length - 1];
    if (prev) {
      const a = line.slice(prev.start, prev.end);
      const b = line.slice(p.start, p.end);
      const gap = line.slice(prev.end, p.start);
      if (isQuoteParticleSplit(a, b, gap) || isEllipsisSplit(a, b, gap) || isAbbreviationSplit(a, b, f) || isParenthesisSplit(a, b, gap)) {
        prev.end = p.end;
        continue;
      }
    }
    out.push({ ...p });
  }
  return out;
}

/** Comparison key for repeated sentences: quote styles and spacing do not make a sentence new. */
export function sentenceKey(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[“”„‟″"«»]/g, '"')
    .replace(/[‘’‚‛′']/g, "'")
    .replace(/\s+/g, '')
    .toLowerCase();
}

/**
 * The document's sentences, in order, with offsets into `doc.text`.
 * A sentence repeated inside the document (a teaser above the body, a pull quote) is kept once: at its
 * LAST occurrence, because portals put teasers/summaries before the body, so the later copy is the one in
 * the article's own paragraph, next to the sentences its anaphora ("이는", "this") refer to. The headline
 * (first line) is the exception: it is always kept, and later copies of it are dropped.
 */
export function segmentSentences(doc: NewsDocument): Sentence[] {
  const lang = doc.meta.lang;
  const f = loadFurniture();
  const spans: Array<Piece & { headline: boolean }> = [];
  let offset = 0;
  const lines = doc.text.split('\n');
  lines.forEach((line, li) => {
    const pieces = li === 0 && doc.meta.title !== undefined
      ? (line.trim() ? [{ start: line.length - line.trimStart().length, end: line.trimEnd().length }] : []) // the headline is one unit
      : splitLine(line, lang, f);
    for (const p of pieces) spans.push({ start: offset + p.start, end: offset + p.end, headline: li === 0 && doc.meta.title !== undefined });
    offset += line.length + 1;
  });

  const lastIndex = new Map<string, number>();
  spans.forEach((s, i) => lastIndex.set(sentenceKey(doc.text.slice(s.start, s.end)), i));
  const headlineKey = spans[0]?.headline ? sentenceKey(doc.text.slice(spans[0].start, spans[0].end)) : undefined;

  const out: Sentence[] = [];
  spans.forEach((s, i) => {
    const text = doc.text.slice(s.start, s.end);
    const key = sentenceKey(text);
    if (!s.headline) {
      if (key === headlineKey) return;
      if (lastIndex.get(key) !== i) return;
    }
    const index = out.length;
    out.push({ id: `${doc.id}:${index}`, docId: doc.id, index, start: s.start, end: s.end, text, lang });
  });
  return out;
}
