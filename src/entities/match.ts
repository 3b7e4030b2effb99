// Longest-match gazetteer lookup over raw sentence text, in both languages.
// Korean aliases match across optional spaces (중국 업체 = 중국업체) and must start an eojeol; short Hangul
// aliases (one or two syllables, e.g. 중국, 방중) must be followed by nothing but particles so that they do
// not fire inside longer words (중동 ≠ 중국, 대중문화). Bound forms (대중 "toward China") count only before a
// noun of lexicon.bound_next_ko. Hanja abbreviations (美, 中) stand alone or next to another abbreviation
// (美中). Latin aliases need word boundaries; acronyms (US, MS, AI) match case-sensitively, capitalised
// names need a capital first letter (China ≠ china, Treasury ≠ treasury), lower-case terms match any case.
// Compounds of country abbreviations (미중, 한미일) yield one match per syllable.
import type { Gazetteer, GazetteerEntry, Surface } from './gazetteer.js';

/** [A-Za-z0-9] by char code. */
const isLatinWordCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

export interface GazetteerMatch {
  start: number;
  end: number;
  text: string;
  entry: GazetteerEntry;
}

const HANGUL = /[\uac00-\ud7a3]/;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
/** Letters that continue a Latin word: Hangul right after an acronym (WSJ은, AI업체) is a particle or a compound, not more word. */
const LATIN_OR_DIGIT = /[A-Za-z0-9\u00c0-\u024f]/;
const isHangul = (c: string | undefined) => !!c && HANGUL.test(c);
const isHan = (c: string | undefined) => !!c && HAN.test(c);

/** Korean particles and suffixes that may follow a noun inside one eojeol. Closed class. */
const PARTICLES = [
  '이', '가', '은', '는', '을', '를', '의', '에', '에서', '에게', '께', '한테', '와', '과', '도', '만', '로', '으로',
  '이나', '나', '이며', '며', '이고', '고', '이라', '라', '이다', '다', '측', '산', '들', '까지', '부터', '보다', '처럼', '서',
  'ㄴ', '엔', '선', '이란', '란', '에선', '랑', '이랑', '조차', '마저', '뿐', '께서', '인', '과의', '와의', '에의', '으로서',
  '로서', '으로써', '로써', '이자', '에도', '에는', '에서도', '에서는', '한테서', '로부터', '으로부터', '만큼', '대로', '간',
];
const PARTICLE_SET = new Set(PARTICLES);

/** True when `tail` (the rest of an eojeol) is a sequence of particles. */
export function isParticleTail(tail: string): boolean {
  if (!tail) return true;
  const ok: boolean[] = new Array(tail.length + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < tail.length; i++) {
    if (!ok[i]) continue;
    for (let j = i + 1; j <= Math.min(tail.length, i + 4); j++) if (PARTICLE_SET.has(tail.slice(i, j))) ok[j] = true;
  }
  return ok[tail.length]!;
}

type CaseMode = 'exact' | 'capital' | 'any';
interface Pattern {
  /** Comparison key: Hangul aliases without spaces; Latin lower-cased unless exact. */
  key: string;
  script: 'ko' | 'en' | 'han';
  caseMode: CaseMode;
  kind: Surface['kind'] | 'compound';
  entry: GazetteerEntry;
  /** For compounds: one entry per character of the key. */
  parts?: GazetteerEntry[];
  /** Higher wins among patterns of equal length. */
  rank: number;
}

/** All-capital tokens such as US, MS, AI, U.S., R&D: exact case, or they would match "us", "ms". */
export const isAcronym = (s: string): boolean => /^[A-Z0-9][A-Z0-9.&-]*$/.test(s) && /[A-Z]/.test(s) && s.replace(/[^A-Z]/g, '').length <= 6;

/**
 * Rank of a surface among entries that share it: the entry whose canonical name it is first, then
 * declared over generated phrases, then anything over a Country metonym, then the later file (so a user
 * file can take an alias over from the built-in gazetteer).
 */
export function surfaceRank(entry: GazetteerEntry, surface: string, kind: Surface['kind'] | 'compound', order: number): number {
  const canonical = surface === entry.name || surface === entry.nameKo ? 4 : 0;
  const declared = kind === 'generated' ? 0 : 2;
  const specific = entry.type === 'Country' ? 0 : 1;
  return (canonical + declared + specific) * 100000 + order;
}

/** A node of the lower-cased trie over Latin patterns: patterns whose lower-cased key ends here, highest rank first. */
interface TrieNode { next: Map<string, TrieNode>; pats: Pattern[] }

export class GazetteerMatcher {
  /** Patterns indexed by their first comparison character, longest (then highest rank) first. */
  private readonly index = new Map<string, Pattern[]>();
  /**
   * The Latin ('en') patterns again, in a trie over their lower-cased keys: at a position whose buckets hold only
   * Latin patterns, the trie yields the only candidates whose key can equal the text there, in the buckets' order
   * (longest first, then rank), so the first one matchAt accepts is the one the bucket scan would find.
   */
  private readonly trie: TrieNode = { next: new Map(), pats: [] };
  /** Number of non-Latin patterns per bucket character (a bucket with some is scanned the old way). */
  private readonly otherCount = new Map<string, number>();
  private readonly seen = new Set<string>();
  private readonly dirty = new Set<string>();
  private readonly boundNext: string[];
  private order = 0;

  /** `populate: false` gives an empty matcher for names defined later (a document's short forms). */
  constructor(readonly gazetteer: Gazetteer, populate = true) {
    this.boundNext = [...gazetteer.lexicon.boundNextKo].sort((a, b) => b.length - a.length);
    if (!populate) return;
    for (const entry of gazetteer.entries.values()) {
      for (const s of gazetteer.matchSurfaces(entry)) this.add(s.text, entry, s.kind);
    }
    for (const [compound, ids] of gazetteer.lexicon.compoundsKo) {
      const parts = ids.map((id) => gazetteer.entries.get(id)!);
      this.insert({ key: compound, script: 'ko', caseMode: 'exact', kind: 'compound', entry: parts[0]!, parts, rank: 0 });
    }
  }

  /** Add one surface form for `entry` (used for the gazetteer and for a document's own short forms). */
  add(alias: string, entry: GazetteerEntry, kind: Surface['kind'] = 'declared'): void {
    const pattern = this.patternFor(alias, entry, kind);
    if (pattern) this.insert(pattern);
  }

  private insert(p: Pattern): void {
    const sig = `${p.key}\u0000${p.caseMode}\u0000${p.kind === 'bound'}`;
    const list = this.index.get(p.key[0]!) ?? [];
    if (this.seen.has(sig)) {
      // Same surface for two entries: keep the higher-ranked one only, so ties never depend on chance.
      const i = list.findIndex((q) => q.key === p.key && q.caseMode === p.caseMode && (q.kind === 'bound') === (p.kind === 'bound'));
      if (i >= 0 && list[i]!.rank < p.rank) {
        if (list[i]!.script === 'en') this.trieRemove(list[i]!);
        if (list[i]!.script !== 'en') this.otherCount.set(p.key[0]!, (this.otherCount.get(p.key[0]!) ?? 0) - 1);
        list[i] = p;
        if (p.script === 'en') this.trieAdd(p); else this.otherCount.set(p.key[0]!, (this.otherCount.get(p.key[0]!) ?? 0) + 1);
      }
      return;
    }
    this.seen.add(sig);
    list.push(p);
    if (p.script === 'en') this.trieAdd(p); else this.otherCount.set(p.key[0]!, (this.otherCount.get(p.key[0]!) ?? 0) + 1);
    this.index.set(p.key[0]!, list);
    this.dirty.add(p.key[0]!);
  }

  private trieNode(key: string, create: boolean): TrieNode | undefined {
    let node = this.trie;
    for (const ch of key.toLowerCase()) {
      let nx = node.next.get(ch);
      if (!nx) {
        if (!create) return undefined;
        nx = { next: new Map(), pats: [] };
        node.next.set(ch, nx);
      }
      node = nx;
    }
    return node;
  }

  private trieAdd(p: Pattern): void {
    const node = this.trieNode(p.key, true)!;
    node.pats.push(p);
    node.pats.sort((a, b) => b.rank - a.rank);
  }

  private trieRemove(p: Pattern): void {
    const node = this.trieNode(p.key, false);
    if (node) node.pats = node.pats.filter((q) => q !== p);
  }

  /** Lists are sorted lazily: sorting on every insert made loading quadratic. */
  private bucket(c: string): Pattern[] | undefined {
    const list = this.index.get(c);
    if (list && this.dirty.delete(c)) list.sort((a, b) => b.key.length - a.key.length || b.rank - a.rank);
    return list;
  }

  private patternFor(alias: string, entry: GazetteerEntry, kind: Surface['kind']): Pattern | undefined {
    const a = alias.normalize('NFKC').trim();
    if (!a) return undefined;
    const rank = surfaceRank(entry, alias, kind, this.order++);
    if (HANGUL.test(a)) return { key: a.replace(/\s+/g, ''), script: 'ko', caseMode: 'exact', kind, entry, rank };
    if ([...a].every((c) => isHan(c))) return { key: a, script: 'han', caseMode: 'exact', kind, entry, rank };
    const caseMode: CaseMode = isAcronym(a) ? 'exact' : /^\p{Lu}/u.test(a) ? 'capital' : 'any';
    return { key: caseMode === 'exact' ? a : a.toLowerCase(), script: 'en', caseMode, kind, entry, rank };
  }

  /** All non-overlapping longest matches in `text`, left to right. Offsets are into `text`. */
  find(text: string): GazetteerMatch[] {
    const t = text.normalize('NFKC');
    // NFKC can change length for exotic characters; fall back to the raw text then.
    const src = t.length === text.length ? t : text;
    // The lower-cased text for the trie, when lower-casing keeps every offset (no final sigma, no İ …).
    const low = src.toLowerCase();
    const lower = low.length === src.length && !src.includes('\u03a3') ? low : undefined;
    const out: GazetteerMatch[] = [];
    let i = 0;
    while (i < src.length) {
      // Inside a Latin word no alias can start (they all need a word boundary): skip ahead cheaply.
      if (i > 0 && isLatinWordCode(src.charCodeAt(i)) && isLatinWordCode(src.charCodeAt(i - 1))) { i++; continue; }
      const m = this.longestAt(src, i, lower);
      if (!m) { i++; continue; }
      const { p, end } = m;
      if (p.parts) {
        p.parts.forEach((entry, k) => out.push({ start: i + k, end: i + k + 1, text: text.slice(i + k, i + k + 1), entry }));
      } else {
        out.push({ start: i, end, text: text.slice(i, end), entry: p.entry });
      }
      i = end;
    }
    return out;
  }

  private longestAt(src: string, i: number, lowSrc?: string): { p: Pattern; end: number } | undefined {
    const c = src[i]!;
    const lower = c.toLowerCase();
    if (lowSrc !== undefined) {
      // Latin patterns: walk the trie along the lower-cased text, longest keys first.
      const hits: Pattern[][] = [];
      let node: TrieNode | undefined = this.trie;
      for (let j = i; j < lowSrc.length; j++) {
        node = node.next.get(lowSrc[j]!);
        if (!node) break;
        if (node.pats.length) hits.push(node.pats);
      }
      let cands: Pattern[] = [];
      for (let h = hits.length - 1; h >= 0; h--) {
        for (const p of hits[h]!) if (p.key[0] === c || p.key[0] === lower) cands.push(p); // only this position's buckets
      }
      // Other scripts' patterns starting with this character (SK하이닉스) join them in the buckets' order.
      if (this.otherCount.get(c) || (lower !== c && this.otherCount.get(lower))) {
        const others = [...(this.bucket(c) ?? []), ...(lower !== c ? this.bucket(lower) ?? [] : [])].filter((p) => p.script !== 'en');
        cands = [...cands, ...others].sort((x, y) => y.key.length - x.key.length || y.rank - x.rank);
      }
      for (const p of cands) {
        const end = this.matchAt(src, i, p);
        if (end !== undefined) return { p, end };
      }
      return undefined;
    }
    const a = this.bucket(c), b = lower !== c ? this.bucket(lower) : undefined;
    const candidates = a && b ? [...a, ...b].sort((x, y) => y.key.length - x.key.length || y.rank - x.rank) : a ?? b;
    if (!candidates) return undefined;
    for (const p of candidates) {
      const end = this.matchAt(src, i, p);
      if (end !== undefined) return { p, end };
    }
    return undefined;
  }

  /** End offset when pattern `p` matches at `i` under its script's boundary rules. */
  private matchAt(src: string, i: number, p: Pattern): number | undefined {
    if (p.script === 'ko') {
      if (isHangul(src[i - 1])) return undefined; // must start an eojeol
      let j = i;
      for (const ch of p.key) {
        while (j < src.length && j > i && /[ \t]/.test(src[j]!)) j++;
        if (src[j] !== ch) return undefined;
        j++;
      }
      let k = j;
      while (k < src.length && isHangul(src[k])) k++;
      const tail = src.slice(j, k);
      if (p.kind === 'bound') return this.boundOk(src, j, tail) ? j : undefined;
      if (p.kind === 'compound') return j;
      // 산업 부활 is no 산업부 + 활: a name read across a space the text put inside it must end its word.
      if (j - i > p.key.length && tail && !isParticleTail(tail)) return undefined;
      // 하다-verbs made of a verbal noun (방중했다 "visited China") keep the noun: the rest is the verb ending.
      if (p.key.length <= 2 && isHangul(p.key.at(-1)) && !isParticleTail(tail) && !/^[하했한할해함]/.test(tail)) return undefined;
      return j;
    }
    if (p.script === 'han') {
      if (src.slice(i, i + p.key.length) !== p.key) return undefined;
      const end = i + p.key.length;
      if (isHan(src[i - 1]) && !this.startsHanPattern(src, i - 1)) return undefined;
      if (isHan(src[end]) && !this.startsHanPattern(src, end)) return undefined;
      return end;
    }
    const seg = src.slice(i, i + p.key.length);
    if (p.caseMode === 'exact' ? seg !== p.key : seg.toLowerCase() !== p.key) return undefined;
    if (p.caseMode === 'capital' && !/^\p{Lu}/u.test(seg)) return undefined;
    if (LATIN_OR_DIGIT.test(src[i - 1] ?? '') || LATIN_OR_DIGIT.test(src[i + p.key.length] ?? '')) return undefined;
    return i + p.key.length;
  }

  private startsHanPattern(src: string, i: number): boolean {
    return (this.bucket(src[i]!) ?? []).some((p) => p.script === 'han' && src.startsWith(p.key, i));
  }

  /** A bound form needs one of the lexicon's nouns next: attached (대중수출) or as the next word (대중 수출). */
  private boundOk(src: string, j: number, tail: string): boolean {
    let rest: string;
    if (tail) rest = tail;
    else {
      const m = /^[ \t]+([\uac00-\ud7a3]+)/.exec(src.slice(j));
      if (!m) return false;
      rest = m[1]!;
    }
    return this.boundNext.some((n) => rest.startsWith(n));
  }
}
