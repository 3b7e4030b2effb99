// Entity resolution: surface forms → canonical nodes. The linker is process-wide (gazetteer, matcher,
// alias table, near-miss pool); DocumentEntities carries one document's state: short forms it introduced
// (월스트리트저널(WSJ), Center for … (CSET), Emily Weinstein … Weinstein) and names it discovered.
import type { EntityRef, EntityType, Lang, Span } from '../types/index.js';
import { slugify } from '../util/hash.js';
import { resolveOptions } from '../util/options.js';
import { Gazetteer, type GazetteerEntry, type GazetteerOptions } from './gazetteer.js';
import { GazetteerMatcher, isAcronym, isParticleTail, surfaceRank, type GazetteerMatch } from './match.js';
import { isMorphVariant, keySimilarity, nameSimilarity, similarityKey } from './similarity.js';

export { nameSimilarity };

export interface LinkerOptions {
  /**
   * Minimum similarity (1 − edit distance / length, over jamo for Hangul) for a near-miss spelling to
   * resolve to a known name. 0.8 = one edit per five symbols; chosen from the table in
   * test/entities.similarity.test.ts (엔비이다→엔비디아 0.89 in, 알리바이→알리바바 0.75 out).
   */
  fuzzyThreshold: number;
  /** Hangul names shorter than this many syllables never resolve fuzzily (미국/미군 differ by one jamo). */
  fuzzyMinLength: number;
  /** Latin names shorter than this many characters never resolve fuzzily (Iran/Iraq). */
  fuzzyMinLatinLength: number;
  /** A near miss must beat the best candidate of any other entity by this much, or it stays unresolved. */
  fuzzyMargin: number;
  /** Look for near-miss spellings of known names among the Korean words mentions() did not match. */
  fuzzyMentions: boolean;
}

export const DEFAULT_LINKER_OPTIONS: LinkerOptions = {
  fuzzyThreshold: 0.8, fuzzyMinLength: 3, fuzzyMinLatinLength: 4, fuzzyMargin: 0.02, fuzzyMentions: true,
};

/** Lookup key: acronyms exactly; anything else case-folded with spaces and dots squeezed out. */
export const aliasKey = (s: string): string => {
  const n = s.normalize('NFKC').trim();
  return isAcronym(n) ? `=${n}` : n.toLowerCase().replace(/[\s.·]+/g, '');
};

export type Mention = EntityRef & { span: Span };

const HANGUL = /[\uac00-\ud7a3]/;
/** One-syllable case particles (and the first syllable of 에서, 에게, 으로): a word ending in one reads as noun + particle. */
const CASE_PARTICLE_SYLLABLES = new Set(['이', '가', '은', '는', '을', '를', '의', '에', '도', '로', '와', '과', '만', '서']);

/** Which types may stand for one another when a near-miss spelling is resolved (Micron ≠ Macron). */
const TYPE_GROUPS: EntityType[][] = [
  ['Person'],
  ['Company', 'Organization', 'Agency', 'Government', 'Media', 'Product'],
  ['Country', 'Location', 'Government'],
  ['Product', 'Technology', 'Material', 'Policy'],
];
export function typesCompatible(a: EntityType, b: EntityType): boolean {
  return a === b || a === 'Concept' || b === 'Concept' || TYPE_GROUPS.some((g) => g.includes(a) && g.includes(b));
}

interface PoolItem { key: string; surface: string; entry: GazetteerEntry; hangul: boolean }

/** Types whose bare name (상무부, Ministry of Commerce) depends on the country named with it. */
const BODY_TYPES = new Set<EntityType>(['Agency', 'Government', 'Organization']);

export class EntityLinker {
  readonly matcher: GazetteerMatcher;
  readonly options: LinkerOptions;
  private readonly byAlias = new Map<string, { entry: GazetteerEntry; rank: number }>();
  /** Near-miss candidates bucketed by similarity-key length. */
  private readonly fuzzyPool = new Map<number, PoolItem[]>();
  /** The same, by length and first character: scanning running text only considers names that start alike. */
  private readonly fuzzyByStart = new Map<string, PoolItem[]>();
  /** One-syllable country abbreviations of lexicon.compounds_ko (한 → south-korea, 미 → united-states). */
  readonly compoundSyllables = new Map<string, string>();
  /** Per parent id: names of its children relative to it (아마존 웹서비스 − 아마존 = 웹서비스). */
  private readonly childNames = new Map<string, Array<{ surface: string; entry: GazetteerEntry }>>();

  constructor(readonly gazetteer: Gazetteer, options: Partial<LinkerOptions> = {}) {
    this.options = resolveOptions('entities', DEFAULT_LINKER_OPTIONS, options, (o) => [
      ...(o.fuzzyThreshold > 0 && o.fuzzyThreshold <= 1 ? [] : [`fuzzyThreshold must be in (0, 1], got ${o.fuzzyThreshold}`]),
      ...(o.fuzzyMinLength >= 1 ? [] : [`fuzzyMinLength must be at least 1, got ${o.fuzzyMinLength}`]),
      ...(o.fuzzyMargin >= 0 ? [] : [`fuzzyMargin must be ≥ 0, got ${o.fuzzyMargin}`]),
    ]);
    this.matcher = new GazetteerMatcher(gazetteer);
    let order = 0;
    for (const e of gazetteer.entries.values()) {
      for (const s of gazetteer.matchSurfaces(e)) {
        if (s.kind === 'bound') continue; // 대중 alone is "the public"; only the matcher, with its context rule, may read it
        const k = aliasKey(s.text);
        const rank = surfaceRank(e, s.text, s.kind, order++);
        const prev = this.byAlias.get(k);
        if (!prev || prev.rank < rank) this.byAlias.set(k, { entry: e, rank });
        if (e.fuzzy && s.kind === 'declared' && !isAcronym(s.text)) {
          const key = similarityKey(s.text);
          const bucket = this.fuzzyPool.get(key.length) ?? [];
          bucket.push({ key, surface: s.text, entry: e, hangul: HANGUL.test(s.text) });
          this.fuzzyPool.set(key.length, bucket);
          const sk = `${key.length}\u0000${s.text.normalize('NFC')[0]}`;
          this.fuzzyByStart.set(sk, [...(this.fuzzyByStart.get(sk) ?? []), bucket.at(-1)!]);
        }
      }
    }
    for (const [compound, ids] of gazetteer.lexicon.compoundsKo) [...compound].forEach((c, k) => { if (ids[k] && !this.compoundSyllables.has(c)) this.compoundSyllables.set(c, ids[k]!); });
    for (const child of gazetteer.entries.values()) {
      const parent = child.parent ? gazetteer.get(child.parent) : undefined;
      if (!parent) continue;
      const list = this.childNames.get(parent.id) ?? [];
      const own = Gazetteer.surfaces(child), ps = Gazetteer.surfaces(parent);
      // Only names relative to the parent: the child's own names are found without this rule.
      for (const s of [...own.en, ...own.ko]) {
        for (const p of [...ps.en, ...ps.ko]) {
          const rest = s.startsWith(p) ? s.slice(p.length).trim() : '';
          if (rest && rest !== s && !own.en.includes(rest) && !own.ko.includes(rest)) list.push({ surface: rest, entry: child });
        }
      }
      list.sort((a, b) => b.surface.length - a.surface.length);
      this.childNames.set(parent.id, list);
    }
  }

  static load(gazetteer: Partial<GazetteerOptions> = {}, options: Partial<LinkerOptions> = {}): EntityLinker {
    return new EntityLinker(Gazetteer.load(gazetteer), options);
  }

  /** Exact alias lookup (case- and space-insensitive except for acronyms). */
  exact(surface: string): GazetteerEntry | undefined {
    return this.byAlias.get(aliasKey(surface))?.entry;
  }

  /**
   * The closest known name above the threshold, if any: same script, long enough, not a morphological
   * variant (Korean/Korea, 마이크/마이크론), type-compatible when `type` is given, and clearly ahead of the
   * best candidate of any other entity.
   */
  fuzzy(surface: string, type?: EntityType, opts: { sameStart?: boolean } = {}): { entry: GazetteerEntry; score: number } | undefined {
    // The gazetteer does not change after load, so answers are memoised (news repeats its names).
    const memo = `${surface}\u0000${type ?? ''}\u0000${opts.sameStart ? 1 : 0}`;
    if (this.fuzzyMemo.has(memo)) return this.fuzzyMemo.get(memo);
    const found = this.fuzzyUncached(surface, type, opts);
    if (this.fuzzyMemo.size > 100_000) this.fuzzyMemo.clear();
    this.fuzzyMemo.set(memo, found);
    return found;
  }

  private readonly fuzzyMemo = new Map<string, { entry: GazetteerEntry; score: number } | undefined>();

  private fuzzyUncached(surface: string, type: EntityType | undefined, opts: { sameStart?: boolean }): { entry: GazetteerEntry; score: number } | undefined {
    const s = surface.normalize('NFC').trim();
    if (!s || isAcronym(s)) return undefined;
    const hangul = HANGUL.test(s);
    const len = hangul ? s.replace(/[^\uac00-\ud7a3]/g, '').length : s.replace(/[^\p{L}\p{N}]/gu, '').length;
    if (len < (hangul ? this.options.fuzzyMinLength : this.options.fuzzyMinLatinLength)) return undefined;
    const key = similarityKey(s);
    const slack = Math.floor(key.length * (1 - this.options.fuzzyThreshold)) + 1;
    const bestBy = new Map<string, { entry: GazetteerEntry; score: number }>();
    for (let n = key.length - slack; n <= key.length + slack; n++) {
      for (const c of (opts.sameStart ? this.fuzzyByStart.get(`${n}\u0000${s[0]}`) : this.fuzzyPool.get(n)) ?? []) {
        if (c.hangul !== hangul) continue;
        if (type && !typesCompatible(type, c.entry.type)) continue;
        const score = keySimilarity(key, c.key);
        if (score < this.options.fuzzyThreshold || isMorphVariant(s, c.surface)) continue;
        const prev = bestBy.get(c.entry.id);
        if (!prev || prev.score < score) bestBy.set(c.entry.id, { entry: c.entry, score });
      }
    }
    const ranked = [...bestBy.values()].sort((a, b) => b.score - a.score || a.entry.id.localeCompare(b.entry.id));
    if (!ranked.length) return undefined;
    if (ranked[1] && ranked[0]!.score - ranked[1].score < this.options.fuzzyMargin) return undefined;
    return ranked[0];
  }

  /** A child of `parent` named by `rest` (아마존의 웹서비스 → Amazon Web Services; MS의 애저 → Microsoft Azure). */
  child(parent: GazetteerEntry, rest: string): GazetteerEntry | undefined {
    const own = this.exact(rest);
    if (own?.parent === parent.id) return own;
    const k = aliasKey(rest);
    return this.childNames.get(parent.id)?.find((c) => aliasKey(c.surface) === k)?.entry;
  }

  /** Children names of `parent`, longest first (for matching "X's <child>" in running text). */
  childSurfaces(parentId: string): ReadonlyArray<{ surface: string; entry: GazetteerEntry }> {
    return this.childNames.get(parentId) ?? [];
  }

  ref(e: GazetteerEntry, span?: Span): EntityRef {
    return {
      id: e.id, label: e.name, type: e.type,
      ...(e.nameKo ? { labelKo: e.nameKo } : {}), ...(e.qid ? { qid: e.qid } : {}), ...(span ? { span } : {}),
    };
  }

  forDocument(): DocumentEntities {
    return new DocumentEntities(this);
  }

  /** The type a name's head word reveals (…Association → Organization, …일보 → Media), if any. */
  headType(name: string, lang: Lang): EntityType | undefined {
    const words = name.split(/\s+/);
    for (const h of this.gazetteer.lexicon.heads) {
      if (lang !== 'ko' && h.en.some((w) => words.at(-1) === w || (w.endsWith('.') && words.at(-1)?.toLowerCase() === w.toLowerCase()))) return h.type;
      if (lang !== 'en' && h.ko.some((w) => name.endsWith(w) && name.length > w.length)) return h.type;
    }
    return undefined;
  }

  /** Whether the surface starts (English) or ends (either language) with a person's title. */
  hasTitle(surface: string): boolean {
    const s = surface.normalize('NFKC').trim().replace(/\s+/g, ' ');
    const { titles } = this.gazetteer.lexicon;
    return titles.en.some((t) => s.startsWith(`${t} `)) || [...titles.ko, ...titles.en].some((t) => s.endsWith(` ${t}`));
  }

  /** Trim titles, quotes, a leading "the" and a possessive from a name someone proposes to discover. */
  normaliseName(surface: string, lang: Lang): string {
    const { titles } = this.gazetteer.lexicon;
    let s = surface.normalize('NFKC').replace(/[“”"‘’'`「」『』<>《》〈〉]+$|^[“”"‘’'`「」『』<>《》〈〉]+/g, '').trim().replace(/\s+/g, ' ');
    s = s.replace(/['’]s$/, '').replace(/^the\s+/i, '');
    for (let changed = true; changed;) {
      changed = false;
      for (const t of titles.en) {
        if (s.startsWith(`${t} `)) { s = s.slice(t.length + 1).trim(); changed = true; }
      }
      for (const t of [...titles.ko, ...titles.en]) {
        if (s.endsWith(` ${t}`)) { s = s.slice(0, -t.length - 1).trim(); changed = true; }
      }
    }
    void lang;
    return s;
  }

  /**
   * Obvious non-names: e-mail, URLs, copyright lines, numbers, lexicon.not_names, lower-case English, and a
   * lone word from lexicon.not_alone or a lone type head ("Ministry", "Corp", "Court").
   */
  isNotName(name: string, lang: Lang): boolean {
    if (!name || name.length > 60) return true;
    if (/[@©]|:\/\/|www\.|\.(com|net|kr|org)\b/i.test(name)) return true;
    if (!/[\p{L}]/u.test(name)) return true;
    const { notNames } = this.gazetteer.lexicon;
    const words = name.split(/\s+/);
    if (words.some((w) => notNames.en.some((n) => n.toLowerCase() === w.toLowerCase()) || notNames.ko.some((n) => w === n || w.startsWith(n)))) return true;
    if (HANGUL.test(name) && name.replace(/\s/g, '').length < 2) return true;
    const bare = (w: string) => w.replace(/[.,]+$/, '').replace(/[’`]/g, "'").toLowerCase();
    if (words.length === 1) {
      const { notAlone } = this.gazetteer.lexicon;
      if ([...notAlone.en, ...notAlone.ko].some((n) => n.toLowerCase() === bare(words[0]!))) return true;
    }
    // Only type heads or legal forms ("Ministry", "Holding NV", "Corp."): the rest of a name, not a name.
    const heads = this.gazetteer.lexicon.heads;
    if (lang !== 'ko' && words.every((w) => heads.some((h) => h.en.some((x) => bare(x) === bare(w))))) return true;
    if (lang === 'en' && !HANGUL.test(name) && !/\p{Lu}/u.test(name)) return true;
    return false;
  }
}

interface Candidate extends Mention { local: boolean }

export class DocumentEntities {
  /** Short forms and discovered names introduced in this document, by alias key. */
  private readonly local = new Map<string, EntityRef>();
  private readonly localMatcher: GazetteerMatcher;
  /** Pseudo gazetteer entries for the local matcher, by id, and the refs they stand for. */
  private readonly localEntries = new Map<string, { entry: GazetteerEntry; ref: EntityRef }>();

  constructor(readonly linker: EntityLinker) {
    this.localMatcher = new GazetteerMatcher(linker.gazetteer, false);
  }

  /**
   * Mentions in `text` (which starts at document offset `offset`): gazetteer names, this document's short
   * forms and discovered names, definitions in parentheses, "X의 <product>", and near-miss Korean spellings.
   * Call it on the sentences in document order: what one sentence defines, the next one knows.
   */
  mentions(text: string, offset = 0): Mention[] {
    let found = this.scan(text, offset);
    found = found.concat(this.dottedCompounds(text, offset, found));
    if (this.definitions(text, offset, found)) found = this.scan(text, offset, found.filter((m) => m.local));
    found = this.possessives(text, offset, found);
    if (this.linker.options.fuzzyMentions) found = found.concat(this.nearMisses(text, offset, found));
    found.sort((a, b) => a.span.start - b.span.start);
    for (const m of found) if (m.type === 'Person') this.defineSurname(m.span.text, m);
    for (const m of found) if (!m.local && BODY_TYPES.has(m.type)) this.defineBareBody(m.span.text, m);
    // 인도 정부 … 인도는: once a document names a country unambiguously with a form that is also a common word (인도 =
    // India or a sidewalk), the form alone is that country for the rest of the document (one sense per discourse).
    for (const m of found) {
      if (m.local || m.type !== 'Country') continue;
      for (const a of this.linker.gazetteer.get(m.id)?.ambiguous ?? []) if (m.span.text.startsWith(a) && m.span.text !== a && !this.local.has(aliasKey(a))) this.define(a, m);
    }
    return found.map(({ local: _l, ...m }) => m);
  }

  /** Gazetteer names and this document's own names in `text` (leftmost-longest), without defining anything. */
  spans(text: string, offset = 0): Mention[] {
    return this.scan(text, offset).map(({ local: _l, ...m }) => m);
  }

  /**
   * A body named with its country (중국 상무부, China's Ministry of Commerce) is what the bare name (상무부,
   * Ministry of Commerce) means for the rest of the document, even where the gazetteer's default for the bare
   * name is another country's body — one sense per discourse, the latest mention winning.
   */
  private defineBareBody(surface: string, ref: EntityRef): void {
    const m = surface.normalize('NFKC').trim().match(/^(.+?)(?:['’]s\s+|\s+)(.+)$/);
    if (!m) return;
    const [, prefix, rest] = m as unknown as [string, string, string];
    if (this.linker.exact(prefix)?.type !== 'Country') return;
    const bare = rest.replace(/^the\s+/i, '');
    if ((HANGUL.test(bare) ? bare.length < 2 : !/\s/.test(bare)) || this.linker.exact(bare)?.type === 'Country') return;
    // 중국 업체, 중국 반도체 기업, Chinese AI companies: a group named by a generic noun is no one body; bare 업체/기업
    // later in the text (클라우드 서비스 업체들) means other companies.
    if (this.isGroupName(bare) || this.isGroupName(ref.label)) return;
    if (this.local.get(aliasKey(bare))?.id === ref.id) return;
    this.define(bare, ref);
  }

  /**
   * 한·미, 미·중·일: one-syllable country abbreviations joined by middle dots, one mention per syllable (the syllables
   * and their countries are those of lexicon.compounds_ko: 한미 → 한 = South Korea, 미 = United States).
   */
  private dottedCompounds(text: string, offset: number, found: Candidate[]): Candidate[] {
    const out: Candidate[] = [];
    if (!/[\uac00-\ud7a3][·ㆍ・][\uac00-\ud7a3]/.test(text)) return out;
    const syl = this.linker.compoundSyllables;
    for (const m of text.matchAll(/(?<![\uac00-\ud7a3])[\uac00-\ud7a3](?:[·ㆍ・][\uac00-\ud7a3])+/g)) {
      const chars = m[0].split(/[·ㆍ・]/);
      if (!chars.every((c) => syl.has(c))) continue;
      // Only particles may follow the last syllable (미·중의, 한·미는), not the rest of a word.
      const end = m.index! + m[0].length;
      const tail = /^[\uac00-\ud7a3]*/.exec(text.slice(end))![0];
      if (tail && !isParticleTail(tail)) continue;
      const at = offset + m.index!;
      chars.forEach((c, k) => {
        const e = this.linker.gazetteer.get(syl.get(c)!);
        const st = at + 2 * k;
        if (e && !found.some((f) => f.span.start < st + 1 && st < f.span.end)) out.push({ ...this.linker.ref(e), span: { start: st, end: st + 1, text: c }, local: false });
      });
    }
    return out;
  }

  /** Whether a name ends in a generic noun for a class of actors (반도체 기업, AI업체들, Chinese companies). */
  isGroupName(name: string): boolean {
    const { groupHeads } = this.linker.gazetteer.lexicon;
    const n = name.normalize('NFKC').trim();
    if (HANGUL.test(n)) return groupHeads.ko.some((h) => n === h || n.endsWith(h));
    const last = n.split(/\s+/).at(-1)!.toLowerCase();
    return groupHeads.en.some((h) => h.toLowerCase() === last);
  }

  /** Gazetteer and local matches, leftmost-longest, local winning ties (the document's own definition). */
  private scan(text: string, offset: number, extra: Candidate[] = []): Candidate[] {
    const span = (m: GazetteerMatch) => ({ start: offset + m.start, end: offset + m.end, text: m.text });
    const all: Candidate[] = [
      ...this.linker.matcher.find(text).map((m) => ({ ...this.linker.ref(m.entry), span: span(m), local: false })),
      ...this.localMatcher.find(text).map((m) => ({ ...this.localEntries.get(m.entry.id)!.ref, span: span(m), local: true })),
      ...extra,
    ];
    return pickLongest(all);
  }

  /**
   * "Long form (SHORT)" and "Name (gloss · other name)": names in parentheses right after a mention
   * become names of it for the rest of the document. An acronym after an unknown English name whose
   * initials it spells (Schwartz & Hearst 2003) makes that name a discovered entity; the same after a
   * Korean word with an organisation head (…협회(SIA)). Returns whether anything was defined.
   */
  private definitions(text: string, offset: number, found: Candidate[]): boolean {
    let defined = false;
    for (const m of text.matchAll(/[(（]([^()（）\n]{1,60})[)）]/g)) {
      const open = m.index!, innerStart = open + 1;
      const prev = found.filter((f) => f.span.end - offset === open || (f.span.end - offset === open - 1 && text[open - 1] === ' ')).pop();
      const parts = [...m[1]!.matchAll(/[^·,;、/]+/g)]
        .map((p) => ({ text: p[0].trim(), start: innerStart + p.index! + (p[0].length - p[0].trimStart().length) }))
        .filter((p) => p.text);
      if (prev) {
        for (const p of parts) {
          if (!looksLikeName(p.text)) continue;
          const known = this.local.get(aliasKey(p.text)) ?? (() => { const e = this.linker.exact(p.text); return e ? this.linker.ref(e) : undefined; })();
          if (known?.id === prev.id) continue;
          if (known && !isAcronym(p.text)) continue; // a different known name in parentheses is a gloss, not a definition
          this.define(p.text, prev);
          defined = true;
        }
        continue;
      }
      if (parts.length !== 1 || !isAcronym(parts[0]!.text) || parts[0]!.text.length < 2) continue;
      const short = parts[0]!.text;
      const long = HANGUL.test(text[open - 1] ?? '') ? this.koreanLongForm(text, open) : englishLongForm(short, text.slice(0, open));
      if (!long) continue;
      const lang: Lang = HANGUL.test(long.text) ? 'ko' : 'en';
      const type = this.linker.headType(long.text, lang) ?? (lang === 'en' ? 'Organization' : undefined);
      if (!type) continue;
      const ref = this.tryDiscover(long.text, type, lang);
      if (!ref) continue;
      this.define(short, ref);
      found.push({ ...ref, span: { start: offset + long.start, end: offset + long.start + long.text.length, text: long.text }, local: true });
      defined = true;
    }
    return defined;
  }

  /** The Hangul word glued to "(" when it ends in an organisation head (미국반도체산업협회(SIA)). */
  private koreanLongForm(text: string, open: number): { text: string; start: number } | undefined {
    let i = open;
    while (i > 0 && /[\uac00-\ud7a3·]/.test(text[i - 1]!)) i--;
    const word = text.slice(i, open);
    return word.length >= 3 && this.linker.headType(word, 'ko') ? { text: word, start: i } : undefined;
  }

  /** "아마존의 웹서비스", "Microsoft's Azure": a company followed by a possessive and one of its products' names. */
  private possessives(text: string, offset: number, found: Candidate[]): Candidate[] {
    const out = found.slice();
    for (const m of found) {
      const kids = this.linker.childSurfaces(m.id);
      if (!kids.length) continue;
      const at = m.span.end - offset;
      const conn = /^(?:의[ \t]*|['’]s[ \t]+)/.exec(text.slice(at));
      if (!conn) continue;
      const from = at + conn[0].length;
      for (const k of kids) {
        const end = matchLoose(text, from, k.surface);
        if (end === undefined) continue;
        const merged: Candidate = { ...this.linker.ref(k.entry), span: { start: m.span.start, end: offset + end, text: text.slice(m.span.start - offset, end) }, local: false };
        const keep = out.filter((o) => o.span.end <= m.span.start || o.span.start >= merged.span.end);
        out.length = 0;
        out.push(...keep, merged);
        break;
      }
    }
    return out.sort((a, b) => a.span.start - b.span.start);
  }

  /** Korean words no name matched that are a near-miss spelling of a known name (엔비이다는 → Nvidia). */
  private nearMisses(text: string, offset: number, found: Candidate[]): Candidate[] {
    const out: Candidate[] = [];
    for (const w of text.matchAll(/[\uac00-\ud7a3]{3,}/g)) {
      const start = offset + w.index!, end = start + w[0].length;
      if (found.some((f) => f.span.start < end && start < f.span.end)) continue;
      for (let cut = w[0].length; cut >= this.linker.options.fuzzyMinLength; cut--) {
        if (!isParticleTail(w[0].slice(cut))) continue;
        const stem = w[0].slice(0, cut);
        // 공정에서 is 공정 + 에서 (not a slip of 공정위 + 서), 대통령이 is 대통령 + 이 (not 대통령실): a stem ending in a case
        // particle after two or more syllables is a noun and its particle, no name.
        if (cut - 1 >= 2 && CASE_PARTICLE_SYLLABLES.has(stem.at(-1)!)) continue;
        // 경제산업상 (a minister) is no slip of 경제산업성 (the ministry): a title is never a name.
        if (this.linker.gazetteer.lexicon.titles.ko.some((t) => t.length >= 2 && stem.endsWith(t))) continue;
        // Same first syllable: a slip rarely hits the first one, and it keeps this pass cheap.
        const near = this.linker.fuzzy(stem, undefined, { sameStart: true });
        if (!near) continue;
        out.push({ ...this.linker.ref(near.entry), span: { start, end: start + cut, text: stem }, local: false });
        break;
      }
    }
    return out;
  }

  /** Register `short` as a name for `ref` within this document. */
  define(short: string, ref: EntityRef): void {
    const { span: _span, ...plain } = ref;
    const s = short.normalize('NFKC').trim();
    if (!s) return;
    this.local.set(aliasKey(s), plain);
    // Too-short forms stay resolvable but are not searched for in running text.
    if ((HANGUL.test(s) ? s.replace(/\s/g, '').length : s.length) < 2) return;
    let slot = this.localEntries.get(plain.id);
    if (!slot) {
      slot = {
        ref: plain,
        entry: {
          id: plain.id, name: plain.label, type: plain.type, ...(plain.labelKo ? { nameKo: plain.labelKo } : {}),
          aliasesEn: [], aliasesKo: [], fuzzy: false, source: 'document',
        },
      };
      this.localEntries.set(plain.id, slot);
    }
    this.localMatcher.add(s, slot.entry);
  }

  /** A person named in full is then named by the last word (Emily Weinstein … Weinstein; 에밀리 와인스타인 … 와인스타인). */
  private defineSurname(surface: string, ref: EntityRef): void {
    const words = surface.trim().split(/\s+/);
    if (words.length < 2) return;
    const last = words.at(-1)!.replace(/['’]s$/, '');
    const min = HANGUL.test(last) ? 2 : 3;
    if (last.length < min || this.local.has(aliasKey(last))) return;
    const known = this.linker.exact(last);
    if (known && known.id !== ref.id) return;
    if (this.linker.gazetteer.lexicon.titles.en.includes(last) || this.linker.gazetteer.lexicon.titles.ko.includes(last)) return;
    this.define(last, ref);
  }

  /**
   * Resolve a surface form: this document's short forms, the gazetteer (exact; "X의 Y" / "X's Y" to X's
   * child; with Korean particles stripped), then near-miss spellings, type-compatible with `type` when
   * given. Undefined when unknown.
   */
  resolve(surface: string, span?: Span, type?: EntityType): EntityRef | undefined {
    const withSpan = (r: EntityRef): EntityRef => (span ? { ...r, span } : r);
    const s = surface.normalize('NFKC').trim().replace(/^[“”"‘’'「」『』]+|[“”"‘’'「」『』]+$/g, '').trim();
    if (!s) return undefined;
    const variants = [...new Set([s, s.replace(/^the\s+/i, ''), s.replace(/['’]s$/, '')])];
    for (const v of variants) {
      const local = this.local.get(aliasKey(v));
      if (local) return withSpan(local);
      const exact = this.linker.exact(v);
      if (exact) return withSpan(this.linker.ref(exact));
    }
    const poss = /^(.+?)(?:의|['’]s)\s*(\S.*)$/.exec(s);
    if (poss) {
      const parent = this.linker.exact(poss[1]!) ?? this.localGazetteerEntry(poss[1]!);
      const child = parent ? this.linker.child(parent, poss[2]!) : undefined;
      if (child) return withSpan(this.linker.ref(child));
    }
    const stripped = this.stripParticles(s);
    if (stripped) return withSpan(stripped);
    // Near misses: the whole surface, then (Korean) without its particles, longest stem first.
    const stems = [s];
    if (HANGUL.test(s.at(-1) ?? '')) for (let cut = s.length - 1; cut >= 1; cut--) if (isParticleTail(s.slice(cut))) stems.push(s.slice(0, cut));
    for (const stem of stems) {
      // A title (경제산업상, a minister) is no slip of a name (경제산업성, the ministry).
      if (HANGUL.test(stem) && this.linker.gazetteer.lexicon.titles.ko.some((t) => t.length >= 2 && stem.endsWith(t))) continue;
      const near = this.linker.fuzzy(stem, type);
      if (near) return withSpan(this.linker.ref(near.entry));
    }
    return undefined;
  }

  private localGazetteerEntry(s: string): GazetteerEntry | undefined {
    const r = this.local.get(aliasKey(s));
    return r ? this.linker.gazetteer.get(r.id) : undefined;
  }

  private stripParticles(s: string): EntityRef | undefined {
    if (!HANGUL.test(s.at(-1) ?? '')) return undefined;
    for (let cut = s.length - 1; cut >= 1; cut--) {
      if (!isParticleTail(s.slice(cut))) continue;
      const head = s.slice(0, cut);
      const local = this.local.get(aliasKey(head));
      if (local) return local;
      const e = this.linker.exact(head);
      if (e) return this.linker.ref(e);
    }
    return undefined;
  }

  /**
   * A proper name not in the gazetteer becomes an entity with an id derived from its normalised name
   * (titles, quotes, "the", possessive trimmed), so every document that names it meets on one node.
   * A known name (or a near miss of one with a compatible type) resolves instead. Person names also
   * introduce their last word (Weinstein, 와인스타인) as a short form for the rest of the document.
   * Returns undefined for obvious non-names (e-mail, URLs, copyright lines, lexicon.not_names).
   */
  tryDiscover(surface: string, type: EntityType, lang: Lang, span?: Span): EntityRef | undefined {
    const name = this.linker.normaliseName(surface, lang);
    if (this.linker.isNotName(name, lang)) return undefined;
    const known = this.resolve(name, span, type);
    if (known) return known;
    // A person's title ("Representative …", "… 대변인") settles the type whatever the tagger guessed.
    const titled = name !== surface.trim() && this.linker.hasTitle(surface);
    const finalType = this.linker.headType(name, lang) ?? (titled && type !== 'Person' ? 'Person' : type);
    const ref: EntityRef = { id: slugify(name), label: name, type: finalType, ...(HANGUL.test(name) ? { labelKo: name } : {}) };
    this.define(name, ref);
    if (finalType === 'Person') this.defineSurname(name, ref);
    return span ? { ...ref, span } : ref;
  }

  /**
   * As tryDiscover, but always returns a ref: an obvious non-name becomes a Concept rather than a
   * bogus Person or Organization. Prefer tryDiscover and drop the undefined case.
   */
  discover(surface: string, type: EntityType, lang: Lang, span?: Span): EntityRef {
    const ref = this.tryDiscover(surface, type, lang, span);
    if (ref) return ref;
    const label = surface.trim().replace(/\s+/g, ' ');
    return { id: slugify(label), label, type: 'Concept', ...(lang === 'ko' ? { labelKo: label } : {}), ...(span ? { span } : {}) };
  }

  /**
   * A phrase node (e.g. 중국 업체의 클라우드 컴퓨팅 접근 / "Chinese companies' cloud computing access").
   * Its id comes from the English gloss when there is one, so Korean and English phrasings meet;
   * a phrase that is exactly a known name becomes that entity.
   */
  concept(labels: { ko?: string; en?: string }, span?: Span): EntityRef {
    for (const l of [labels.en, labels.ko]) {
      const e = l ? this.resolveExactly(l) : undefined;
      if (e) return span ? { ...e, span } : e;
    }
    const label = labels.en ?? labels.ko ?? '';
    return {
      id: slugify(label), label, type: 'Concept',
      ...(labels.ko ? { labelKo: labels.ko } : {}), ...(span ? { span } : {}),
    };
  }

  /** resolve() without near misses: a phrase is a name only if it is spelled as one. */
  private resolveExactly(s: string): EntityRef | undefined {
    const local = this.local.get(aliasKey(s));
    if (local) return local;
    const e = this.linker.exact(s);
    return e ? this.linker.ref(e) : undefined;
  }
}

/** Leftmost-longest non-overlapping selection; local candidates win ties. */
function pickLongest(all: Candidate[]): Candidate[] {
  const sorted = all.slice().sort((a, b) =>
    a.span.start - b.span.start || (b.span.end - b.span.start) - (a.span.end - a.span.start) || Number(b.local) - Number(a.local));
  const out: Candidate[] = [];
  let reach = -1;
  for (const c of sorted) {
    if (c.span.start < reach) continue;
    out.push(c);
    reach = c.span.end;
  }
  return out;
}

/** Whether `surface` occurs at `from` in `text` (Hangul ignoring spaces, Latin case-insensitively, on word boundaries); its end. */
function matchLoose(text: string, from: number, surface: string): number | undefined {
  if (HANGUL.test(surface)) {
    let j = from;
    for (const ch of surface.replace(/\s+/g, '')) {
      while (j > from && text[j] === ' ') j++;
      if (text[j] !== ch) return undefined;
      j++;
    }
    return j;
  }
  const seg = text.slice(from, from + surface.length);
  if (seg.toLowerCase() !== surface.toLowerCase()) return undefined;
  return /[\p{L}\p{N}]/u.test(text[from + surface.length] ?? '') ? undefined : from + surface.length;
}

/** Parenthesised text that can be a name: an acronym, a short Hangul name, or a capitalised phrase. */
function looksLikeName(s: string): boolean {
  if (isAcronym(s)) return true;
  if (/^[\uac00-\ud7a3][\uac00-\ud7a3 ]{1,14}$/.test(s)) return !/^\d/.test(s);
  return /^\p{Lu}[\p{L}\p{N}&.'’-]*(?: [\p{L}\p{N}&.'’-]+){0,5}$/u.test(s);
}

const FUNCTION_WORDS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'to', 'at', 'de', 'du', '&']);

/**
 * Schwartz & Hearst (2003): the shortest run of words before "(SHORT)" whose letters contain SHORT's
 * letters in order, the first at a word start. Accepted only when it reads as a proper name: at least two
 * words, every content word capitalised.
 */
export function englishLongForm(short: string, before: string): { text: string; start: number } | undefined {
  const trimmed = before.replace(/\s+$/, '');
  const letters = short.replace(/[^A-Za-z0-9]/g, '');
  const maxWords = Math.min(letters.length + 5, letters.length * 2);
  const words = [...trimmed.matchAll(/\S+/g)].slice(-maxWords);
  if (!words.length) return undefined;
  const startAt = words[0]!.index!;
  const cand = trimmed.slice(startAt);
  let s = letters.length - 1, l = cand.length - 1;
  const alnum = (c: string | undefined) => !!c && /[A-Za-z0-9]/.test(c);
  while (s >= 0) {
    const c = letters[s]!.toLowerCase();
    while (l >= 0 && (cand[l]!.toLowerCase() !== c || (s === 0 && alnum(cand[l - 1])))) l--;
    if (l < 0) return undefined;
    l--; s--;
  }
  const from = cand.lastIndexOf(' ', l + 1) + 1;
  const text = cand.slice(from).replace(/[,;:]$/, '');
  const ws = text.split(/\s+/);
  if (ws.length < 2 || text.includes(short)) return undefined;
  if (!ws.every((w) => FUNCTION_WORDS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w))) return undefined;
  if (FUNCTION_WORDS.has(ws[0]!.toLowerCase())) return undefined;
  return { text, start: startAt + from };
}
