// Entity resolution: surface forms → canonical nodes. The linker is process-wide (gazetteer, matcher,
// alias table); DocumentEntities carries one document's state: short forms it introduced
// (월스트리트저널(WSJ), Emily Weinstein … Weinstein) and names it discovered.
import type { EntityRef, EntityType, Lang, Span } from '../types/index.js';
import { slugify } from '../util/hash.js';
import { resolveOptions } from '../util/options.js';
import { Gazetteer, type GazetteerEntry, type GazetteerOptions } from './gazetteer.js';
import { GazetteerMatcher, isParticleTail, type GazetteerMatch } from './match.js';
import { nameSimilarity } from './similarity.js';

export interface LinkerOptions {
  /** Minimum jamo/character similarity for a near-miss spelling to resolve to a known name. */
  fuzzyThreshold: number;
  /** Names shorter than this (in characters) never resolve fuzzily. */
  fuzzyMinLength: number;
}

export const DEFAULT_LINKER_OPTIONS: LinkerOptions = { fuzzyThreshold: 0.75, fuzzyMinLength: 3 };

const isAcronym = (s: string) => /^[A-Z0-9][A-Z0-9.&-]*$/.test(s);
/** Lookup key: acronyms exactly; anything else case-folded with spaces and dots squeezed out. */
export const aliasKey = (s: string): string => {
  const n = s.normalize('NFKC').trim();
  return isAcronym(n) ? `=${n}` : n.toLowerCase().replace(/[\s.·]+/g, '');
};

export type Mention = EntityRef & { span: Span };

export class EntityLinker {
  readonly matcher: GazetteerMatcher;
  readonly options: LinkerOptions;
  private readonly byAlias = new Map<string, GazetteerEntry>();
  private readonly fuzzyPool: Array<{ surface: string; entry: GazetteerEntry }> = [];

  constructor(readonly gazetteer: Gazetteer, options: Partial<LinkerOptions> = {}) {
    this.options = resolveOptions('entities', DEFAULT_LINKER_OPTIONS, options, (o) =>
      o.fuzzyThreshold > 0 && o.fuzzyThreshold <= 1 ? [] : [`fuzzyThreshold must be in (0, 1], got ${o.fuzzyThreshold}`]);
    this.matcher = new GazetteerMatcher(gazetteer);
    for (const e of gazetteer.entries.values()) {
      const { en, ko } = Gazetteer.surfaces(e);
      for (const s of [...en, ...ko]) {
        const k = aliasKey(s);
        // First writer wins for shared aliases, except that a more specific type never loses to a Country metonym.
        if (!this.byAlias.has(k)) this.byAlias.set(k, e);
        if (e.fuzzy && s.replace(/\s/g, '').length >= this.options.fuzzyMinLength) this.fuzzyPool.push({ surface: s, entry: e });
      }
    }
  }

  static load(gazetteer: Partial<GazetteerOptions> = {}, options: Partial<LinkerOptions> = {}): EntityLinker {
    return new EntityLinker(Gazetteer.load(gazetteer), options);
  }

  /** Exact alias lookup (case- and space-insensitive except for acronyms). */
  exact(surface: string): GazetteerEntry | undefined {
    return this.byAlias.get(aliasKey(surface));
  }

  /** The closest known name above the threshold, if any. */
  fuzzy(surface: string): { entry: GazetteerEntry; score: number } | undefined {
    const s = surface.replace(/\s/g, '');
    if (s.length < this.options.fuzzyMinLength) return undefined;
    let best: { entry: GazetteerEntry; score: number } | undefined;
    for (const cand of this.fuzzyPool) {
      if (Math.abs(cand.surface.replace(/\s/g, '').length - s.length) > 2) continue;
      const score = nameSimilarity(s, cand.surface);
      if (score >= this.options.fuzzyThreshold && (!best || score > best.score)) best = { entry: cand.entry, score };
    }
    return best;
  }

  ref(e: GazetteerEntry, span?: Span): EntityRef {
    return { id: e.id, label: e.name, type: e.type, ...(e.nameKo ? { labelKo: e.nameKo } : {}), ...(span ? { span } : {}) };
  }

  forDocument(): DocumentEntities {
    return new DocumentEntities(this);
  }
}

export class DocumentEntities {
  /** Short forms and discovered names introduced in this document. */
  private readonly local = new Map<string, EntityRef>();

  constructor(readonly linker: EntityLinker) {}

  /** Gazetteer mentions in `text` (which starts at document offset `offset`), plus this document's short forms. */
  mentions(text: string, offset = 0): Mention[] {
    const found: Mention[] = this.linker.matcher.find(text).map((m: GazetteerMatch) =>
      ({ ...this.linker.ref(m.entry), span: { start: offset + m.start, end: offset + m.end, text: m.text } }));
    // "Long form (SHORT)" introduces SHORT for the rest of the document.
    for (const m of text.matchAll(/\(([A-Z][A-Za-z0-9&.]{1,9}|[\uac00-\ud7a3]{2,6})\)/g)) {
      const before = found.filter((f) => f.span.end === offset + m.index!).pop();
      if (before && !this.linker.exact(m[1]!)) this.define(m[1]!, before);
    }
    for (const [key, ref] of this.local) {
      const surface = key.startsWith('=') ? key.slice(1) : undefined;
      if (!surface) continue;
      for (const m of text.matchAll(new RegExp(`(?<![A-Za-z0-9])${surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9])`, 'g'))) {
        const start = offset + m.index!, end = start + surface.length;
        if (!found.some((f) => f.span.start < end && start < f.span.end)) found.push({ ...ref, span: { start, end, text: surface } });
      }
    }
    return found.sort((a, b) => a.span.start - b.span.start);
  }

  /** Register `short` as a name for `ref` within this document. */
  define(short: string, ref: EntityRef): void {
    const { span: _span, ...plain } = ref;
    this.local.set(aliasKey(short), plain);
  }

  /**
   * Resolve a surface form: this document's short forms, the gazetteer (exact, then with Korean particles
   * stripped), then near-miss spellings. Undefined when unknown.
   */
  resolve(surface: string, span?: Span): EntityRef | undefined {
    const s = surface.trim();
    const withSpan = (r: EntityRef): EntityRef => (span ? { ...r, span } : r);
    const local = this.local.get(aliasKey(s));
    if (local) return withSpan(local);
    const exact = this.linker.exact(s) ?? this.stripParticles(s);
    if (exact) return withSpan(this.linker.ref(exact));
    const near = this.linker.fuzzy(s);
    if (near) return withSpan(this.linker.ref(near.entry));
    return undefined;
  }

  private stripParticles(s: string): GazetteerEntry | undefined {
    for (let cut = s.length - 1; cut >= 1; cut--) {
      if (!isParticleTail(s.slice(cut))) continue;
      const e = this.linker.exact(s.slice(0, cut));
      if (e) return e;
    }
    return undefined;
  }

  /**
   * A proper name not in the gazetteer becomes an entity with an id derived from its normalised name.
   * Person names also introduce their last word (Weinstein) as a short form.
   */
  discover(surface: string, type: EntityType, lang: Lang, span?: Span): EntityRef {
    const known = this.resolve(surface, span);
    if (known) return known;
    const name = surface.trim().replace(/\s+/g, ' ');
    const ref: EntityRef = { id: slugify(name), label: name, type, ...(lang === 'ko' ? { labelKo: name } : {}) };
    this.define(name, ref);
    if (type === 'Person' && lang === 'en' && name.includes(' ')) this.define(name.split(' ').pop()!, ref);
    if (type === 'Person' && lang === 'ko' && name.includes(' ')) this.define(name.split(' ').pop()!, ref);
    return span ? { ...ref, span } : ref;
  }

  /**
   * A phrase node (e.g. 중국 업체의 클라우드 컴퓨팅 접근 / "Chinese companies' cloud computing access").
   * Its id comes from the English gloss when there is one, so Korean and English phrasings meet;
   * a phrase that is exactly a known name becomes that entity.
   */
  concept(labels: { ko?: string; en?: string }, span?: Span): EntityRef {
    for (const l of [labels.en, labels.ko]) {
      const e = l ? this.resolve(l) : undefined;
      if (e) return span ? { ...e, span } : e;
    }
    const label = labels.en ?? labels.ko ?? '';
    return {
      id: slugify(label), label, type: 'Concept',
      ...(labels.ko ? { labelKo: labels.ko } : {}), ...(span ? { span } : {}),
    };
  }
}
