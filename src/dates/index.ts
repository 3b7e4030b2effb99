// Dates a sentence refers to ("4일(현지시간)", "지난해 10월", "전날", "last month", "on Tuesday", "June 4"),
// resolved against the article's published date. Absolute dates resolve without one; relative ones need it.
import type { Lang } from '../types/index.js';

interface Ymd { y: number; m: number; d: number }

const pad = (n: number): string => String(n).padStart(2, '0');
const isoDay = (t: Ymd): string => `${t.y}-${pad(t.m)}-${pad(t.d)}`;
const isoMonth = (y: number, m: number): string => {
  const k = y * 12 + (m - 1);
  return `${Math.floor(k / 12)}-${pad((k % 12) + 1)}`;
};
const fromUtc = (ms: number): Ymd => {
  const d = new Date(ms);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
};
const utc = (t: Ymd): number => Date.UTC(t.y, t.m - 1, t.d);
const addDays = (t: Ymd, n: number): Ymd => fromUtc(utc(t) + n * 86_400_000);
const valid = (y: number, m: number, d: number): boolean => {
  const t = fromUtc(Date.UTC(y, m - 1, d));
  return m >= 1 && m <= 12 && t.d === d && t.m === m;
};
const dayOrUndef = (y: number, m: number, d: number): string | undefined => (valid(y, m, d) ? isoDay({ y, m, d }) : undefined);

/** The calendar date of the published timestamp as written (no time-zone shift: the outlet's own date). */
function parsePublished(p: string | undefined): Ymd | undefined {
  const m = p?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!m) return undefined;
  return { y: +m[1]!, m: +m[2]!, d: +m[3]! };
}

/** Year for a month/day without one: the occurrence nearest the publication date, leaning to the past. */
function nearestYear(pub: Ymd, m: number, d: number, future: boolean): number {
  const same = Date.UTC(pub.y, m - 1, d);
  const days = (same - utc(pub)) / 86_400_000;
  if (future) return days < 0 ? pub.y + 1 : pub.y;
  return days > 60 ? pub.y - 1 : pub.y;
}

/** Day of month without a month: this month unless that lies in the future (then the previous month). */
function dayInMonth(pub: Ymd, d: number, future: boolean): string | undefined {
  let { y, m } = pub;
  if (future ? d < pub.d : d > pub.d + 1) {
    m += future ? 1 : -1;
    if (m === 0) { m = 12; y--; }
    if (m === 13) { m = 1; y++; }
  }
  return dayOrUndef(y, m, d);
}

/** Weekday 0 (Sunday)…6: the most recent one on/before publication, or the next one after it. */
function weekday(pub: Ymd, wd: number, future: boolean): string {
  const cur = new Date(utc(pub)).getUTCDay();
  const diff = future ? ((wd - cur + 7) % 7 || 7) : -((cur - wd + 7) % 7);
  return isoDay(addDays(pub, diff));
}

type Resolver = (m: RegExpExecArray, pub: Ymd | undefined) => string | undefined;
interface Rule { re: RegExp; resolve: Resolver }

const KO_WEEKDAYS = '일월화수목금토';
const KO_REL_DAYS: Record<string, number> = { 그저께: -2, 그제: -2, 어제: -1, 전날: -1, 전일: -1, 오늘: 0, 이날: 0, 당일: 0, 내일: 1, 다음날: 1, 이튿날: 1, 익일: 1, 모레: 2 };
const KO_REL_YEARS: Record<string, number> = { 재작년: -2, 지난해: -1, 작년: -1, 올해: 0, 금년: 0, 내년: 1 };
const KO_REL_MONTHS: Record<string, number> = { 지난달: -1, 전달: -1, 이달: 0, 이번달: 0, 다음달: 1, 내달: 1 };

const KO_RULES: Rule[] = [
  { re: /(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일/g, resolve: (m) => dayOrUndef(+m[1]!, +m[2]!, +m[3]!) },
  { re: /(\d{4})\s*년\s*(\d{1,2})\s*월/g, resolve: (m) => (+m[2]! >= 1 && +m[2]! <= 12 ? isoMonth(+m[1]!, +m[2]!) : undefined) },
  {
    re: /(재작년|지난해|작년|올해|금년|내년)\s*(\d{1,2})\s*월(?:\s*(\d{1,2})\s*일)?/g,
    resolve: (m, pub) => {
      if (!pub) return undefined;
      const y = pub.y + KO_REL_YEARS[m[1]!]!;
      return m[3] ? dayOrUndef(y, +m[2]!, +m[3]) : +m[2]! <= 12 && +m[2]! >= 1 ? isoMonth(y, +m[2]!) : undefined;
    },
  },
  {
    re: /(?:(지난|오는)\s*)?(?<!\d)(\d{1,2})\s*월\s*(\d{1,2})\s*일/g,
    resolve: (m, pub) => (pub ? dayOrUndef(nearestYear(pub, +m[2]!, +m[3]!, m[1] === '오는'), +m[2]!, +m[3]!) : undefined),
  },
  { re: /(?<![\d.])(\d{1,3})\s*일\s*(전|후|뒤)/g, resolve: (m, pub) => (pub ? isoDay(addDays(pub, (m[2] === '전' ? -1 : 1) * +m[1]!)) : undefined) },
  {
    // 4일(현지시간), 지난 3일, 오는 10일 — not 3일간, 10일째, 1일부터… counted durations.
    re: /(?:(지난|오는)\s*)?(?<![\d.,월])(\d{1,2})\s*일(?!\s*(?:간|째|동안|치|분|전|후|뒤))/g,
    resolve: (m, pub) => (pub ? dayInMonth(pub, +m[2]!, m[1] === '오는') : undefined),
  },
  { re: /(그저께|그제|어제|전날|전일|오늘(?!날)|이날|당일|내일|다음날|이튿날|익일|모레)/g, resolve: (m, pub) => (pub ? isoDay(addDays(pub, KO_REL_DAYS[m[1]!]!)) : undefined) },
  { re: /(지난\s?달|전달|이달|이번\s?달|다음\s?달|내달)/g, resolve: (m, pub) => (pub ? isoMonth(pub.y, pub.m + KO_REL_MONTHS[m[1]!.replace(/\s+/g, '')]!) : undefined) },
  {
    re: /(?:(지난|오는|다음)\s*)?(?<![가-힣])([월화수목금토일])요일/g,
    resolve: (m, pub) => (pub ? weekday(pub, KO_WEEKDAYS.indexOf(m[2]!), m[1] === '오는' || m[1] === '다음') : undefined),
  },
  {
    re: /(?:(지난|오는)\s*)?(?<![\d.년])(\d{1,2})\s*월(?!\s*\d{1,2}\s*일)/g,
    resolve: (m, pub) => {
      const mo = +m[2]!;
      if (!pub || mo < 1 || mo > 12) return undefined;
      if (m[1] === '지난') return isoMonth(mo >= pub.m ? pub.y - 1 : pub.y, mo);
      if (m[1] === '오는') return isoMonth(mo < pub.m ? pub.y + 1 : pub.y, mo);
      return isoMonth(pub.y, mo);
    },
  },
  { re: /(재작년|지난해|작년|올해|금년|내년)(?!\s*\d{1,2}\s*월)/g, resolve: (m, pub) => (pub ? String(pub.y + KO_REL_YEARS[m[1]!]!) : undefined) },
];

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const monthNo = (s: string): number => ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(s.slice(0, 3).toLowerCase()) + 1;
const EN_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const EN_REL_DAYS: Record<string, number> = { 'the day before yesterday': -2, yesterday: -1, 'the previous day': -1, 'the day before': -1, today: 0, tonight: 0, tomorrow: 1, 'the next day': 1, 'the following day': 1 };
const rel = (w: string | undefined): number => (w?.toLowerCase() === 'last' ? -1 : w?.toLowerCase() === 'next' ? 1 : 0);

const EN_RULES: Rule[] = [
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'g'), resolve: (m) => dayOrUndef(+m[3]!, monthNo(m[1]!), +m[2]!) },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'g'), resolve: (m) => dayOrUndef(+m[3]!, monthNo(m[2]!), +m[1]!) },
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, 'g'), resolve: (m) => isoMonth(+m[2]!, monthNo(m[1]!)) },
  {
    re: new RegExp(`\\b(?:(next|this|last)\\s+)?${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4})(?!\\s*(?:percent|%|million|billion))`, 'g'),
    resolve: (m, pub) => (pub ? dayOrUndef(nearestYear(pub, monthNo(m[2]!), +m[3]!, m[1]?.toLowerCase() === 'next'), monthNo(m[2]!), +m[3]!) : undefined),
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b(?!,?\\s*\\d{4})`, 'g'),
    resolve: (m, pub) => (pub ? dayOrUndef(nearestYear(pub, monthNo(m[2]!), +m[1]!, false), monthNo(m[2]!), +m[1]!) : undefined),
  },
  {
    re: /\b(the day before yesterday|yesterday|the previous day|the day before|today|tonight|tomorrow|the next day|the following day)\b/gi,
    resolve: (m, pub) => (pub ? isoDay(addDays(pub, EN_REL_DAYS[m[1]!.toLowerCase()]!)) : undefined),
  },
  { re: /\b(\d{1,3})\s+days?\s+(ago|later)\b/gi, resolve: (m, pub) => (pub ? isoDay(addDays(pub, (m[2]!.toLowerCase() === 'ago' ? -1 : 1) * +m[1]!)) : undefined) },
  {
    re: /\b(?:(last|next|this)\s+|on\s+)(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g,
    resolve: (m, pub) => (pub ? weekday(pub, EN_WEEKDAYS.indexOf(m[2]!.toLowerCase()), m[1]?.toLowerCase() === 'next') : undefined),
  },
  { re: /\b(last|this|next)\s+month\b/gi, resolve: (m, pub) => (pub ? isoMonth(pub.y, pub.m + rel(m[1])) : undefined) },
  { re: /\b(last|this|next)\s+year\b/gi, resolve: (m, pub) => (pub ? String(pub.y + rel(m[1])) : undefined) },
  {
    // A bare month needs a preposition, so the modal "may" and names like "June Smith" stay out.
    re: new RegExp(`\\b(in|since|until|by|from|during|last|next|this|early|late|mid-)\\s*${MONTH}(?!\\s*\\d)`, 'g'),
    resolve: (m, pub) => {
      if (!pub) return undefined;
      const mo = monthNo(m[2]!);
      const w = m[1]!.toLowerCase();
      if (w === 'last') return isoMonth(mo >= pub.m ? pub.y - 1 : pub.y, mo);
      if (w === 'next') return isoMonth(mo <= pub.m ? pub.y + 1 : pub.y, mo);
      return isoMonth(pub.y, mo);
    },
  },
];

const ISO_RULE: Rule = { re: /(?<!\d)(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)/g, resolve: (m) => dayOrUndef(+m[1]!, +m[2]!, +m[3]!) };

/**
 * The date the sentence refers to: the leftmost date expression that resolves, as YYYY-MM-DD, YYYY-MM
 * (a month) or YYYY (a year). `published` is the article's ISO date; relative expressions need it.
 * Undefined when the sentence names no resolvable date.
 */
export function resolveDates(sentenceText: string, lang: Lang, published?: string): string | undefined {
  const pub = parsePublished(published);
  const rules = [ISO_RULE, ...(lang === 'ko' ? KO_RULES : lang === 'en' ? EN_RULES : [...KO_RULES, ...EN_RULES])];
  let best: { index: number; length: number; value: string } | undefined;
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(sentenceText); m; m = rule.re.exec(sentenceText)) {
      const value = rule.resolve(m, pub);
      if (value && (!best || m.index < best.index || (m.index === best.index && m[0].length > best.length))) {
        best = { index: m.index, length: m[0].length, value };
      }
    }
  }
  return best?.value;
}
