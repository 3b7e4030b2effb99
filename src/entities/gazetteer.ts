// The gazetteer: known entities with canonical English names, types and aliases in English and Korean.
// Sources, later ones overriding earlier by id: i18n-iso-countries (country names in both languages),
// data/gazetteer.yaml, then newsgraph.gazetteer.yaml in the working directory, then --gazetteer files.
// Policy (docs/gazetteer.md): an entity id repeated in a LATER file replaces the earlier entry whole; an id
// repeated inside ONE file is an error (almost always a copy-paste slip). Country entries (`iso`) are
// additions to the dataset, so their aliases accumulate across files and their scalar fields are overridden.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import countries from 'i18n-iso-countries';
import YAML from 'yaml';
import { DataFileError } from '../errors.js';
import type { EntityRef, EntityType } from '../types/index.js';
import { slugify } from '../util/hash.js';
import { DATA_DIR } from '../util/paths.js';
import { validateDataFile } from '../util/schema.js';

export interface GazetteerEntry {
  id: string;
  name: string;
  type: EntityType;
  nameKo?: string;
  qid?: string;
  parent?: string;
  aliasesEn: string[];
  aliasesKo: string[];
  /** Korean forms used only right before a noun of `lexicon.bound_next_ko` (대중 수출 "exports to China"). */
  boundKo?: string[];
  /** Country demonyms (Chinese, Dutch): they name the country only in front of a state noun (Chinese government). */
  demonymsEn?: string[];
  demonymsKo?: string[];
  /** Surfaces that are also common words (수단 "means", Chad): matched only inside longer aliases. */
  ambiguous?: string[];
  /** Whether near-miss spellings may resolve here. */
  fuzzy: boolean;
  /** File the entry came from (for error messages and provenance). */
  source: string;
}

interface RawAliases { en?: string[]; ko?: string[] }
interface RawEntity {
  id?: string; name: string; type: EntityType; name_ko?: string; qid?: string;
  aliases?: RawAliases; bound_ko?: string[]; ambiguous?: RawAliases; parent?: string; fuzzy?: boolean;
}
interface RawCountry {
  iso: string; name?: string; name_ko?: string; qid?: string; aliases?: RawAliases;
  demonyms?: RawAliases; bound_ko?: string[]; ambiguous?: RawAliases;
}
interface RawLexicon {
  state_nouns?: RawAliases;
  group_heads?: RawAliases;
  titles?: RawAliases;
  not_names?: RawAliases;
  not_alone?: RawAliases;
  bound_next_ko?: string[];
  compounds_ko?: Record<string, string[]>;
  heads?: Partial<Record<EntityType, RawAliases>>;
}
interface RawGazetteer { countries?: RawCountry[]; entities?: RawEntity[]; lexicon?: RawLexicon }

/** Word lists the entity layer uses besides names; merged (union) across gazetteer files. */
export interface EntityLexicon {
  /** Nouns that turn a country name or demonym into the state (Chinese government, 중국 당국). */
  stateNouns: { en: string[]; ko: string[] };
  /**
   * Generic nouns for a class of actors (업체, 기업, companies, firms): a name made of a country and one of these
   * (중국 업체, Chinese companies) is a group, not one body, and gets no bare short form (업체 alone is any company).
   */
  groupHeads: { en: string[]; ko: string[] };
  /** Titles stripped from discovered person names (Mr., Dr., 연구원, 장관). */
  titles: { en: string[]; ko: string[] };
  /** Words that are never entity names on their own (page furniture: Copyright, 무단전재). */
  notNames: { en: string[]; ko: string[] };
  /** Words that are no name when they stand alone, though names may contain them (Court, Ministry). */
  notAlone: { en: string[]; ko: string[] };
  /** Nouns a bound form (대중, 대미) must be followed by. */
  boundNextKo: string[];
  /** Hangul compounds of one-syllable country abbreviations (미중 → US + China), one entity id per syllable. */
  compoundsKo: Map<string, string[]>;
  /** Head words that reveal a discovered name's type (…Association → Organization, …일보 → Media). */
  heads: Array<{ type: EntityType; en: string[]; ko: string[] }>;
}

export const DEFAULT_GAZETTEER_FILE = path.join(DATA_DIR, 'gazetteer.yaml');
/** Picked up automatically from the working directory, so analysts can extend without flags. */
export const USER_GAZETTEER_FILE = 'newsgraph.gazetteer.yaml';

const require = createRequire(import.meta.url);
function validate(data: unknown, file: string): RawGazetteer {
  return validateDataFile<RawGazetteer>('gazetteer.schema.json', data, file, (e) => entryName(data, e.instancePath));
}

/** "Nvidia" / "iso US" / "entity #3" for an error at a JSON pointer. */
function entryName(data: unknown, pointer: string): string | undefined {
  const m = /^\/(entities|countries)\/(\d+)/.exec(pointer);
  if (!m) return undefined;
  const e = (data as Record<string, Array<Record<string, unknown>>>)[m[1]!]?.[Number(m[2])];
  const label = (e?.name ?? e?.id ?? (e?.iso ? `iso ${String(e.iso)}` : undefined)) as string | undefined;
  return label ? `"${label}"` : `${m[1] === 'entities' ? 'entity' : 'country'} #${Number(m[2]) + 1} (no name)`;
}

function readGazetteerFile(file: string): RawGazetteer {
  if (!existsSync(file)) throw new DataFileError(`gazetteer file ${file} does not exist; check the --gazetteer path.`, file);
  let data: unknown;
  try {
    const text = readFileSync(file, 'utf8');
    data = file.endsWith('.json') ? JSON.parse(text) : YAML.parse(text);
  } catch (err) {
    throw new DataFileError(`cannot parse ${file}: ${(err as Error).message}`, file, { cause: err });
  }
  return validate(data ?? {}, file);
}

let countryNames: { en: Record<string, string[]>; ko: Record<string, string[]> } | undefined;
function countryDataset() {
  if (!countryNames) {
    countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
    countries.registerLocale(require('i18n-iso-countries/langs/ko.json'));
    countryNames = {
      en: countries.getNames('en', { select: 'all' }) as unknown as Record<string, string[]>,
      ko: countries.getNames('ko', { select: 'all' }) as unknown as Record<string, string[]>,
    };
  }
  return countryNames;
}

/** A readable short name from the dataset's list: skip "X, Province of Y" / "(Kingdom of …)" forms and long officials. */
function commonName(names: string[]): string {
  const plain = names.filter((n) => !/[,(]/.test(n) && !/^(?:[A-Z]\.?){2,3}$/.test(n));
  return (plain.length ? plain : names).slice().sort((a, b) => a.length - b.length)[0]!;
}

const uniq = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];

/** Merge country additions from all files: scalars from the last file that sets them, lists accumulate. */
function mergeCountries(all: RawCountry[]): Map<string, RawCountry> {
  const out = new Map<string, RawCountry>();
  const cat = (a?: RawAliases, b?: RawAliases): RawAliases => ({ en: uniq([...(a?.en ?? []), ...(b?.en ?? [])]), ko: uniq([...(a?.ko ?? []), ...(b?.ko ?? [])]) });
  for (const c of all) {
    const prev = out.get(c.iso);
    out.set(c.iso, prev ? {
      ...prev, ...c,
      aliases: cat(prev.aliases, c.aliases), demonyms: cat(prev.demonyms, c.demonyms), ambiguous: cat(prev.ambiguous, c.ambiguous),
      bound_ko: uniq([...(prev.bound_ko ?? []), ...(c.bound_ko ?? [])]),
    } : c);
  }
  return out;
}

function countryEntries(overrides: Map<string, RawCountry>, source: string): GazetteerEntry[] {
  const { en, ko } = countryDataset();
  for (const iso of overrides.keys()) {
    if (!en[iso]) throw new DataFileError(`${source}: country entry "iso ${iso}" is not an ISO 3166-1 alpha-2 code known to i18n-iso-countries; fix the code.`, source);
  }
  return Object.keys(en).sort().map((iso) => {
    const o = overrides.get(iso);
    const name = o?.name ?? commonName(en[iso]!);
    const nameKo = o?.name_ko ?? ko[iso]?.[0];
    const ambiguous = [...(o?.ambiguous?.en ?? []), ...(o?.ambiguous?.ko ?? [])];
    return {
      id: slugify(name), name, type: 'Country' as const,
      ...(nameKo ? { nameKo } : {}), ...(o?.qid ? { qid: o.qid } : {}),
      aliasesEn: uniq([...en[iso]!, ...(o?.aliases?.en ?? [])]).filter((a) => a !== name),
      aliasesKo: uniq([...(ko[iso] ?? []), ...(o?.aliases?.ko ?? [])]).filter((a) => a !== nameKo),
      ...(o?.bound_ko?.length ? { boundKo: o.bound_ko } : {}),
      ...(o?.demonyms?.en?.length ? { demonymsEn: o.demonyms.en } : {}),
      ...(o?.demonyms?.ko?.length ? { demonymsKo: o.demonyms.ko } : {}),
      ...(ambiguous.length ? { ambiguous } : {}),
      fuzzy: true, source: o ? 'i18n-iso-countries + gazetteer' : 'i18n-iso-countries',
    };
  });
}

/** Names of things are typo-tolerant by default; common nouns (반도체, gallium) are not: their near neighbours are other words. */
const FUZZY_BY_DEFAULT = new Set<EntityType>(['Country', 'Government', 'Agency', 'Company', 'Organization', 'Person', 'Product', 'Media', 'Location']);

function toEntry(e: RawEntity, source: string): GazetteerEntry {
  return {
    id: e.id ?? slugify(e.name), name: e.name, type: e.type,
    ...(e.name_ko ? { nameKo: e.name_ko } : {}), ...(e.qid ? { qid: e.qid } : {}), ...(e.parent ? { parent: e.parent } : {}),
    aliasesEn: uniq(e.aliases?.en ?? []), aliasesKo: uniq(e.aliases?.ko ?? []),
    ...(e.bound_ko?.length ? { boundKo: e.bound_ko } : {}),
    ...(e.ambiguous ? { ambiguous: [...(e.ambiguous.en ?? []), ...(e.ambiguous.ko ?? [])] } : {}),
    fuzzy: e.fuzzy ?? FUZZY_BY_DEFAULT.has(e.type), source,
  };
}

function emptyLexicon(): EntityLexicon {
  return {
    stateNouns: { en: [], ko: [] }, groupHeads: { en: [], ko: [] }, titles: { en: [], ko: [] }, notNames: { en: [], ko: [] }, notAlone: { en: [], ko: [] },
    boundNextKo: [], compoundsKo: new Map(), heads: [],
  };
}

function mergeLexicon(into: EntityLexicon, raw: RawLexicon | undefined): void {
  if (!raw) return;
  const add = (t: { en: string[]; ko: string[] }, r?: RawAliases) => {
    t.en = uniq([...t.en, ...(r?.en ?? [])]);
    t.ko = uniq([...t.ko, ...(r?.ko ?? [])]);
  };
  add(into.stateNouns, raw.state_nouns);
  add(into.groupHeads, raw.group_heads);
  add(into.titles, raw.titles);
  add(into.notNames, raw.not_names);
  add(into.notAlone, raw.not_alone);
  into.boundNextKo = uniq([...into.boundNextKo, ...(raw.bound_next_ko ?? [])]);
  for (const [k, v] of Object.entries(raw.compounds_ko ?? {})) into.compoundsKo.set(k, v);
  for (const [type, words] of Object.entries(raw.heads ?? {}) as Array<[EntityType, RawAliases]>) {
    const h = into.heads.find((x) => x.type === type) ?? (into.heads.push({ type, en: [], ko: [] }), into.heads.at(-1)!);
    add(h, words);
  }
}

export interface GazetteerOptions {
  /** The built-in gazetteer; set to null to start from countries only. */
  baseFile: string | null;
  /** Extra files merged in order; entries with the same id replace earlier ones. */
  extraFiles: string[];
  /** Also read newsgraph.gazetteer.yaml from the working directory when it exists. */
  useWorkingDirFile: boolean;
}

export const DEFAULT_GAZETTEER_OPTIONS: GazetteerOptions = {
  baseFile: DEFAULT_GAZETTEER_FILE,
  extraFiles: [],
  useWorkingDirFile: true,
};

/** A surface form the matcher and the alias table know, with how it may be used. */
export interface Surface {
  text: string;
  lang: 'en' | 'ko';
  /** declared: a name or alias as written; generated: demonym/name + state noun; bound: see boundKo. */
  kind: 'declared' | 'generated' | 'bound';
}

export class Gazetteer {
  readonly entries = new Map<string, GazetteerEntry>();
  readonly lexicon: EntityLexicon;
  /** Files read, in order. */
  readonly files: string[];

  constructor(entries: Iterable<GazetteerEntry>, lexicon: EntityLexicon = emptyLexicon(), files: string[] = []) {
    for (const e of entries) this.entries.set(e.id, e);
    this.lexicon = lexicon;
    this.files = files;
  }

  static load(opts: Partial<GazetteerOptions> = {}): Gazetteer {
    const o = { ...DEFAULT_GAZETTEER_OPTIONS, ...opts };
    const files = uniq([
      ...(o.baseFile ? [path.resolve(o.baseFile)] : []),
      ...(o.useWorkingDirFile && existsSync(USER_GAZETTEER_FILE) ? [path.resolve(USER_GAZETTEER_FILE)] : []),
      ...o.extraFiles.map((f) => path.resolve(f)),
    ]);
    const raws = files.map((f) => ({ file: f, raw: readGazetteerFile(f) }));
    const lexicon = emptyLexicon();
    for (const { raw } of raws) mergeLexicon(lexicon, raw.lexicon);
    const all = countryEntries(mergeCountries(raws.flatMap((r) => r.raw.countries ?? [])), files.join(', ') || 'countries');
    for (const { file, raw } of raws) {
      const seen = new Map<string, string>();
      for (const r of raw.entities ?? []) {
        const e = toEntry(r, file);
        const dup = seen.get(e.id);
        if (dup !== undefined) {
          throw new DataFileError(`${file}: entry "${e.name}" has id "${e.id}", already used by "${dup}" in the same file; give one an explicit distinct \`id\` or merge them.`, file);
        }
        seen.set(e.id, e.name);
        all.push(e);
      }
    }
    const g = new Gazetteer(all, lexicon, files);
    g.check();
    return g;
  }

  /** Cross-entry checks the schema cannot express; each error names the file, the entry and the fix. */
  private check(): void {
    const byQid = new Map<string, GazetteerEntry>();
    for (const e of this.entries.values()) {
      if (e.parent !== undefined) {
        if (!this.entries.has(e.parent)) {
          throw new DataFileError(`${e.source}: entry "${e.name}" names parent "${e.parent}", which is not in the gazetteer; add it or fix the id.`, e.source);
        }
        // A parent chain must end: a cycle would make "belongs to" meaningless.
        const seen = new Set([e.id]);
        for (let p = this.entries.get(e.parent); p?.parent; p = this.entries.get(p.parent)) {
          if (seen.has(p.id)) throw new DataFileError(`${e.source}: entry "${e.name}" is its own ancestor through "${p.name}"; fix the parent ids.`, e.source);
          seen.add(p.id);
        }
      }
      if (e.qid) {
        const other = byQid.get(e.qid);
        if (other) {
          throw new DataFileError(`${e.source}: entry "${e.name}" has Wikidata id ${e.qid}, like "${other.name}" (${other.source}); one real thing must be one entry — merge them or reuse id "${other.id}" to override.`, e.source);
        }
        byQid.set(e.qid, e);
      }
    }
    for (const [compound, ids] of this.lexicon.compoundsKo) {
      if ([...compound].length !== ids.length) {
        throw new DataFileError(`gazetteer lexicon: compounds_ko "${compound}" has ${[...compound].length} syllables but ${ids.length} ids; give one id per syllable.`, this.files.join(', '));
      }
      const missing = ids.find((id) => !this.entries.has(id));
      if (missing) throw new DataFileError(`gazetteer lexicon: compounds_ko "${compound}" names "${missing}", which is not in the gazetteer; fix the id.`, this.files.join(', '));
    }
  }

  get(id: string): GazetteerEntry | undefined {
    return this.entries.get(id);
  }

  /** Every declared surface form of an entry, both languages (ambiguous common-word forms excluded). */
  static surfaces(e: GazetteerEntry): { en: string[]; ko: string[] } {
    const amb = new Set(e.ambiguous ?? []);
    return {
      en: uniq([e.name, ...e.aliasesEn]).filter((s) => !amb.has(s)),
      ko: uniq([...(e.nameKo ? [e.nameKo] : []), ...e.aliasesKo]).filter((s) => !amb.has(s)),
    };
  }

  /**
   * Everything the matcher should look for: declared surfaces, bound forms, and for countries the
   * state phrases built from names/demonyms and the lexicon's state nouns (Chinese government, 중국 당국).
   */
  matchSurfaces(e: GazetteerEntry): Surface[] {
    const { en, ko } = Gazetteer.surfaces(e);
    const out: Surface[] = [
      ...en.map((text) => ({ text, lang: 'en' as const, kind: 'declared' as const })),
      ...ko.map((text) => ({ text, lang: 'ko' as const, kind: 'declared' as const })),
      ...(e.boundKo ?? []).map((text) => ({ text, lang: 'ko' as const, kind: 'bound' as const })),
    ];
    if (e.type === 'Country') {
      const { stateNouns } = this.lexicon;
      // Ambiguous names (수단) still name the state inside a state phrase (수단 정부).
      const namesEn = uniq([e.name, ...e.aliasesEn, ...(e.demonymsEn ?? [])]);
      const namesKo = uniq([...(e.nameKo ? [e.nameKo] : []), ...e.aliasesKo.filter((a) => /^[\uac00-\ud7a3]{2,}$/.test(a)), ...(e.demonymsKo ?? [])]);
      for (const n of namesEn) for (const s of stateNouns.en) out.push({ text: `${n} ${s}`, lang: 'en', kind: 'generated' });
      for (const n of namesKo) for (const s of stateNouns.ko) out.push({ text: `${n} ${s}`, lang: 'ko', kind: 'generated' });
    }
    return out;
  }

  ref(id: string): EntityRef {
    const e = this.entries.get(id);
    if (!e) throw new DataFileError(`no gazetteer entry with id "${id}"`, 'gazetteer');
    return { id: e.id, label: e.name, type: e.type, ...(e.nameKo ? { labelKo: e.nameKo } : {}) };
  }
}
