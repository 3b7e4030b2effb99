// Longest-match gazetteer lookup over raw sentence text, in both languages.
// Korean aliases match across optional spaces (중국 업체 = 중국업체) and must start an eojeol; short Hangul
// aliases (one or two syllables, e.g. 대중) must be followed by nothing but particles so that they do not
// fire inside longer words (대중문화). Latin aliases need word boundaries; acronyms match case-sensitively.
import type { Gazetteer, GazetteerEntry } from './gazetteer.js';

export interface GazetteerMatch {
  start: number;
  end: number;
  text: string;
  entry: GazetteerEntry;
}

const HANGUL = /[\uac00-\ud7a3]/;
const LATIN_OR_DIGIT = /[A-Za-z0-9]/;
const isHangul = (c: string | undefined) => !!c && HANGUL.test(c);

/** Korean particles and suffixes that may follow a noun inside one eojeol. Data-like, closed class. */
const PARTICLES = [
  '이', '가', '은', '는', '을', '를', '의', '에', '에서', '에게', '께', '한테', '와', '과', '도', '만', '로', '으로',
  '이나', '나', '이며', '며', '이고', '고', '이라', '라', '이다', '다', '측', '산', '들', '까지', '부터', '보다', '처럼', '서',
  'ㄴ', '엔', '선', '이란', '란', '에선', '랑', '이랑', '조차', '마저', '뿐', '께서', '인',
];
const PARTICLE_SET = new Set(PARTICLES);

/** True when `tail` (the rest of an eojeol) is a sequence of particles. */
export function isParticleTail(tail: string): boolean {
  if (!tail) return true;
  const ok: boolean[] = new Array(tail.length + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < tail.length; i++) {
    if (!ok[i]) continue;
    for (let j = i + 1; j <= Math.min(tail.length, i + 3); j++) if (PARTICLE_SET.has(tail.slice(i, j))) ok[j] = true;
  }
  return ok[tail.length]!;
}

interface Pattern {
  /** Comparison key: Hangul aliases without spaces; Latin lower-cased unless an acronym. */
  key: string;
  script: 'ko' | 'en' | 'han';
  caseSensitive: boolean;
  entry: GazetteerEntry;
}

const isAcronym = (s: string) => /^[A-Z0-9][A-Z0-9.&-]*$/.test(s) && s.replace(/[^A-Z]/g, '').length <= 5;

export class GazetteerMatcher {
  /** Patterns indexed by their first comparison character, longest first. */
  private readonly index = new Map<string, Pattern[]>();

  constructor(readonly gazetteer: Gazetteer) {
    const seen = new Set<string>();
    for (const entry of gazetteer.entries.values()) {
      const { en, ko } = (gazetteer.constructor as typeof Gazetteer).surfaces(entry);
      for (const alias of [...en, ...ko]) {
        const pattern = this.patternFor(alias, entry);
        if (!pattern) continue;
        const sig = `${pattern.key}\u0000${pattern.caseSensitive}\u0000${entry.id}`;
        if (seen.has(sig)) continue;
        seen.add(sig);
        const first = pattern.key[0]!;
        const list = this.index.get(first) ?? [];
        list.push(pattern);
        this.index.set(first, list);
      }
    }
    for (const list of this.index.values()) list.sort((a, b) => b.key.length - a.key.length);
  }

  private patternFor(alias: string, entry: GazetteerEntry): Pattern | undefined {
    const a = alias.normalize('NFKC').trim();
    if (!a) return undefined;
    if (HANGUL.test(a)) return { key: a.replace(/\s+/g, ''), script: 'ko', caseSensitive: true, entry };
    if (/^[\u4e00-\u9fff]+$/.test(a)) return { key: a, script: 'han', caseSensitive: true, entry };
    const caseSensitive = isAcronym(a);
    return { key: caseSensitive ? a : a.toLowerCase(), script: 'en', caseSensitive, entry };
  }

  /** All non-overlapping longest matches in `text`, left to right. Offsets are into `text`. */
  find(text: string): GazetteerMatch[] {
    const t = text.normalize('NFKC');
    // NFKC can change length for exotic characters; fall back to the raw text then.
    const src = t.length === text.length ? t : text;
    const out: GazetteerMatch[] = [];
    let i = 0;
    while (i < src.length) {
      const m = this.longestAt(src, i);
      if (m) { out.push({ ...m, text: text.slice(m.start, m.end) }); i = m.end; } else i++;
    }
    return out;
  }

  private longestAt(src: string, i: number): Omit<GazetteerMatch, 'text'> | undefined {
    const c = src[i]!;
    const candidates = [...(this.index.get(c) ?? []), ...(c.toLowerCase() !== c ? this.index.get(c.toLowerCase()) ?? [] : [])]
      .sort((a, b) => b.key.length - a.key.length);
    for (const p of candidates) {
      const end = this.matchAt(src, i, p);
      if (end !== undefined) return { start: i, end, entry: p.entry };
    }
    return undefined;
  }

  /** End offset when pattern `p` matches at `i` under its script's boundary rules. */
  private matchAt(src: string, i: number, p: Pattern): number | undefined {
    if (p.script === 'ko') {
      if (isHangul(src[i - 1])) return undefined; // must start an eojeol
      let j = i;
      for (const ch of p.key) {
        while (j < src.length && /\s/.test(src[j]!) ) j++;
        if (src[j] !== ch) return undefined;
        j++;
      }
      if (p.key.length <= 2) {
        let k = j;
        while (k < src.length && isHangul(src[k])) k++;
        if (!isParticleTail(src.slice(j, k))) return undefined;
      }
      return j;
    }
    const seg = src.slice(i, i + p.key.length);
    if ((p.caseSensitive ? seg : seg.toLowerCase()) !== p.key) return undefined;
    if (p.script === 'han') return i + p.key.length;
    if (LATIN_OR_DIGIT.test(src[i - 1] ?? '') || LATIN_OR_DIGIT.test(src[i + p.key.length] ?? '')) return undefined;
    // "U.S." at a sentence end keeps its dot; "US." should not swallow the full stop as part of the alias — fine either way.
    return i + p.key.length;
  }
}
