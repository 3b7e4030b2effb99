// Page furniture removal: decides, line by line, what is article and what is page (UI text, promos,
// bylines, datelines, legal footers, related-headline lists). Judged by general signals — position,
// length, list markers, the presence of a sentence-final predicate, register — plus the vocabulary in
// data/furniture.yaml. Every dropped line is returned with its reason.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { DataFileError } from '../errors.js';
import type { RemovedLine } from '../types/index.js';
import { DATA_DIR } from '../util/paths.js';
import { validateDataFile } from '../util/schema.js';

export const DEFAULT_FURNITURE_FILE = path.join(DATA_DIR, 'furniture.yaml');

export interface Furniture {
  uiPhrases: string[];
  uiLinePrefixes: string[];
  maxUiLineChars: number;
  endMarkers: string[];
  reporterRoles: string[];
  datelineLabels: string[];
  listMarkers: string[];
  /** Headings of link boxes (Related coverage, 많이 본 뉴스): the headline-shaped lines after one are the box. */
  boxHeadings?: string[];
  politeEndings: string[];
  titleAbbreviations: string[];
  abbreviations: string[];
  sentenceStarters: string[];
}

const cache = new Map<string, Furniture>();

/** Load and validate a furniture vocabulary file (cached per path). */
export function loadFurniture(file: string = DEFAULT_FURNITURE_FILE): Furniture {
  const hit = cache.get(file);
  if (hit) return hit;
  if (!existsSync(file)) throw new DataFileError(`furniture vocabulary ${file} does not exist; restore data/furniture.yaml or pass another file`, file);
  let data: unknown;
  try {
    data = YAML.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new DataFileError(`cannot parse ${file}: ${(err as Error).message}`, file, { cause: err });
  }
  const f = validateDataFile<Furniture>('furniture.schema.json', data, file);
  cache.set(file, f);
  return f;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (words: string[]): string => [...words].sort((a, b) => b.length - a.length).map(escapeRe).join('|');

/** NFC, unusual spaces → ' ', invisible characters removed, runs of spaces collapsed, trimmed. */
export function normalizeLine(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

const CLOSERS = `"'”’»」』)\\]】〕`;
const TERMINAL = new RegExp(`[.!?。！？][${CLOSERS}]*$`);
/** A line that ends a sentence (terminal punctuation, optionally inside closing quotes/brackets). */
export const endsLikeSentence = (line: string): boolean => TERMINAL.test(line);
/** Headline shape: short and without sentence-final punctuation (no finished predicate). */
export const headlineShaped = (line: string): boolean => line.length <= 160 && !endsLikeSentence(line);

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const HANGUL = /\p{Script=Hangul}/gu;
const LATIN = /\p{Script=Latin}/gu;

const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Parse a date in common news notations to ISO (YYYY-MM-DD, or the full timestamp when it is ISO already). */
export function normalizeDate(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const s = String(raw).trim();
  if (/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(s)) return s.replace(' ', 'T');
  let m = s.match(/(\d{4})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})/);
  if (m) return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  m = s.match(/\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/) ?? null;
  if (m) {
    const mi = MONTHS_EN.findIndex((x) => x.startsWith(m![1]!.toLowerCase().slice(0, 3)));
    if (mi >= 0) return `${m[3]}-${String(mi + 1).padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
  }
  m = s.match(/\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/);
  if (m) {
    const mi = MONTHS_EN.findIndex((x) => x.startsWith(m![2]!.toLowerCase().slice(0, 3)));
    if (mi >= 0) return `${m[3]}-${String(mi + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  }
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

export interface CleanInput {
  lines: string[];
  /** Headline from the container (HTML, front matter, JSON); otherwise the first line is taken as the headline. */
  title?: string;
}

export interface CleanOutput {
  lines: string[];
  title?: string;
  removed: RemovedLine[];
  source?: string;
  author?: string;
  published?: string;
}

interface Matchers {
  byBracket: RegExp;
  byParen: RegExp;
  byName: RegExp;
  signature: RegExp;
  dateline: RegExp;
  listItem: RegExp;
  polite: RegExp;
  plain: RegExp;
}

const matcherCache = new WeakMap<Furniture, Matchers>();
function matchers(f: Furniture): Matchers {
  const hit = matcherCache.get(f);
  if (hit) return hit;
  const roles = alt(f.reporterRoles);
  const names = '[가-힣]{2,4}(?:\\s*[·,]\\s*[가-힣]{2,4})*';
  const m: Matchers = {
    // [헤럴드경제=김우영 기자] / 【베이징=홍길동 특파원】
    byBracket: new RegExp(`^[\\[【〔(]\\s*([^\\]】〕)=]{1,30}?)\\s*=\\s*(${names})\\s*(?:${roles})\\s*[\\]】〕)]\\s*`),
    // (서울=연합뉴스) 홍길동 기자 = …
    byParen: new RegExp(`^\\(([^=)]{1,20})=([^)]{1,20})\\)\\s*(?:(${names})\\s*(?:${roles})\\s*=?\\s*)?`),
    // [홍길동 기자]
    byName: new RegExp(`^[\\[【〔]\\s*(${names})\\s*(?:${roles})\\s*[\\]】〕]\\s*`),
    // 홍길동 기자 hong@x.com
    signature: new RegExp(`^(${names})\\s*(?:${roles})\\s*\\(?\\s*${EMAIL.source}\\s*\\)?$`),
    dateline: new RegExp(`^(?:\\[|\\()?\\s*(?:${alt(f.datelineLabels)})\\s*(?:[:：]|\\s)`, 'i'),
    listItem: new RegExp(`^(?:${alt(f.listMarkers)})\\s+\\S`),
    polite: new RegExp(`(?:${alt(f.politeEndings)})[.!?~…]*[${CLOSERS}]*$`),
    plain: /[가-힣]다[.!?]*[”"’')\]]*$/,
  };
  matcherCache.set(f, m);
  return m;
}

/** Korean sentence-ish fragments of a line, split after terminal punctuation. */
const fragments = (line: string): string[] => line.split(/(?<=[.!?。])\s+/).filter(Boolean);

function uiReason(line: string, f: Furniture): string | undefined {
  for (const p of f.uiLinePrefixes) if (line.startsWith(p)) return `ui-prefix: ${p.trim()}`;
  if (line.length <= f.maxUiLineChars) {
    for (const p of f.uiPhrases) {
      // Latin phrases must stand as words ("Subscribe", not "subscribers").
      const re = /^[A-Za-z]/.test(p) ? new RegExp(`(?<![A-Za-z])${escapeRe(p)}(?![a-z])`) : undefined;
      if (re ? re.test(line) : line.includes(p)) return `ui-vocabulary: ${p}`;
    }
  }
  return undefined;
}

/** The whole cleaning pass over one article's lines. */
export function cleanLines(input: CleanInput, f: Furniture): CleanOutput {
  const mt = matchers(f);
  const removed: RemovedLine[] = [];
  const out: CleanOutput = { lines: [], removed };
  const drop = (text: string, reason: string): void => { removed.push({ text, reason }); };
  let lines = input.lines.map(normalizeLine).filter((l) => l.length > 0);

  const hangul = lines.join(' ').match(HANGUL)?.length ?? 0;
  const latin = lines.join(' ').match(LATIN)?.length ?? 0;
  const korean = hangul > latin;

  // Datelines, e-mail lines and UI lines anywhere (including above the headline).
  const firstPass: string[] = [];
  const boxKey = (s: string): string => s.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
  const boxKeys = new Set((f.boxHeadings ?? []).map(boxKey));
  let inBox = false;
  for (const line of lines) {
    if (line.length <= 100 && mt.dateline.test(line)) {
      const d = normalizeDate(line);
      if (d) {
        out.published ??= d;
        drop(line, 'dateline');
        continue;
      }
    }
    const sig = line.match(mt.signature);
    if (sig) {
      out.author ??= sig[1];
      drop(line, 'reporter-signature');
      continue;
    }
    if (line.length <= f.maxUiLineChars && EMAIL.test(line) && line.replace(new RegExp(EMAIL.source, 'g'), '').replace(/[\s()<>[\]:|/,·-]|e-?mail|메일|이메일/gi, '').length <= 12) {
      drop(line, 'e-mail');
      continue;
    }
    // A link box inside the text: its heading, then headline-shaped lines (no sentence ending) or list items
    // until the prose resumes.
    if (inBox && (headlineShaped(line) || mt.listItem.test(line))) { drop(line, 'link-box (related headlines)'); continue; }
    inBox = false;
    // The heading alone, or followed by a short "from <site>" tail (Most Read from Bloomberg).
    const key = boxKey(line);
    if (headlineShaped(line) && [...boxKeys].some((h) => key === h || (key.startsWith(h) && line.length <= h.length + 30 && /\bfrom\b|에서/i.test(line)))) {
      drop(line, 'link-box heading'); inBox = true; continue;
    }
    const ui = uiReason(line, f);
    if (ui) { drop(line, ui); continue; }
    firstPass.push(line);
  }
  lines = firstPass;

  // Headline: the container's title, else the first line when it is short enough to be one.
  let title = input.title ? normalizeLine(input.title) : undefined;
  if (title) {
    const key = (s: string): string => s.replace(/\s+/g, '');
    if (lines.length && (key(lines[0]!) === key(title) || (key(title).startsWith(key(lines[0]!)) && headlineShaped(lines[0]!)))) lines.shift();
  } else if (lines.length && lines[0]!.length <= 200 && (headlineShaped(lines[0]!) || lines.length > 1)) {
    title = lines.shift();
  }
  out.title = title;

  // Register: in plain-style (-다) Korean news, lines made only of reader-addressing polite sentences are UI/promo.
  let plainCount = 0;
  if (korean) for (const l of lines) if (fragments(l).some((s) => mt.plain.test(s) && !/니다[.!?]*$/.test(s))) plainCount++;

  const body: string[] = [];
  const total = lines.reduce((n, l) => n + l.length, 0);
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    const pos = seen / Math.max(1, total);
    seen += line.length;

    // Byline at the start of a paragraph: record it, cut it, keep the rest of the paragraph.
    let m = line.match(mt.byBracket);
    if (m) {
      out.source ??= m[1]!.trim();
      out.author ??= m[2]!.trim();
    } else if ((m = line.match(mt.byParen)) && (m[3] || /=\s*$/.test(m[0]) || i < 2)) {
      out.source ??= m[2]!.trim();
      if (m[3]) out.author ??= m[3].trim();
    } else if ((m = line.match(mt.byName))) {
      out.author ??= m[1]!.trim();
    } else if ((m = line.match(/^By\s+((?:[A-Z][\p{L}.'’-]*\s*){1,4}(?:(?:,|and|&)\s+(?:[A-Z][\p{L}.'’-]*\s*){1,4})*)(?:\s*[|—–,-]\s*(.{1,60}))?$/u)) && line.length <= 100) {
      out.author ??= m[1]!.trim().replace(/,$/, '');
      drop(line, 'byline');
      continue;
    }
    if (m && m[0].length) {
      drop(m[0].trim(), 'byline');
      line = line.slice(m[0].length).trim();
      if (!line) continue;
    }

    if (korean && plainCount >= 2) {
      const frs = fragments(line);
      if (frs.length && frs.every((s) => mt.polite.test(s)) && !/^["“'‘]/.test(line)) {
        drop(line, 'register: reader-addressing polite text in a plain-style article');
        continue;
      }
    }

    const end = f.endMarkers.find((w) => line.includes(w));
    if (end && line.length <= 160) {
      if (pos >= 0.5) {
        drop(line, `end-marker: ${end}`);
        for (const rest of lines.slice(i + 1)) drop(rest, 'after-article-end');
        break;
      }
      drop(line, `end-marker: ${end}`);
      continue;
    }
    body.push(line);
  }

  // Trailing block: list items and headline-shaped lines after the last sentence are related-article boxes,
  // photo credits and the like. Stop before taking the whole body.
  let cut = body.length;
  let listed = 0;
  while (cut > 1) {
    const l = body[cut - 1]!;
    const isList = mt.listItem.test(l);
    if (isList && (headlineShaped(l.replace(mt.listItem, '')) || listed > 0 || !endsLikeSentence(l))) { listed++; cut--; continue; }
    if (!isList && headlineShaped(l)) { cut--; continue; }
    break;
  }
  // A single trailing list item ending in a full sentence is an article's own bullet; keep it.
  for (const l of body.slice(cut)) drop(l, mt.listItem.test(l) ? 'trailing-list (related headlines)' : 'trailing-headline-shaped');
  out.lines = body.slice(0, cut);
  return out;
}
