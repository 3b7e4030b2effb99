// The gazetteer: known entities with canonical English names, types and aliases in English and Korean.
// Sources, later ones overriding earlier by id: i18n-iso-countries (country names in both languages),
// data/gazetteer.yaml, then any user files (--gazetteer FILE, or newsgraph.gazetteer.yaml in the working dir).
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
  /** Whether near-miss spellings may resolve here. */
  fuzzy: boolean;
  /** File the entry came from (for error messages and provenance). */
  source: string;
}

interface RawAliases { en?: string[]; ko?: string[] }
interface RawEntity {
  id?: string; name: string; type: EntityType; name_ko?: string; qid?: string;
  aliases?: RawAliases; parent?: string; fuzzy?: boolean;
}
interface RawCountry { iso: string; name?: string; name_ko?: string; qid?: string; aliases?: RawAliases }
interface RawGazetteer { countries?: RawCountry[]; entities?: RawEntity[] }

export const DEFAULT_GAZETTEER_FILE = path.join(DATA_DIR, 'gazetteer.yaml');
/** Picked up automatically from the working directory, so analysts can extend without flags. */
export const USER_GAZETTEER_FILE = 'newsgraph.gazetteer.yaml';

const require = createRequire(import.meta.url);
function validate(data: unknown, file: string): RawGazetteer {
  return validateDataFile<RawGazetteer>('gazetteer.schema.json', data, file, (e) => entryName(data, e.instancePath));
}

function entryName(data: unknown, pointer: string): string | undefined {
  const m = /^\/(entities|countries)\/(\d+)/.exec(pointer);
  if (!m) return undefined;
  const e = (data as Record<string, Array<Record<string, unknown>>>)[m[1]!]?.[Number(m[2])];
  return (e?.name ?? e?.iso) as string | undefined;
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

function countryEntries(overrides: RawCountry[]): GazetteerEntry[] {
  const { en, ko } = countryDataset();
  const byIso = new Map(overrides.map((c) => [c.iso, c]));
  return Object.keys(en).sort().map((iso) => {
    const o = byIso.get(iso);
    const name = o?.name ?? commonName(en[iso]!);
    const nameKo = o?.name_ko ?? ko[iso]?.[0];
    return {
      id: slugify(name), name, type: 'Country' as const,
      ...(nameKo ? { nameKo } : {}), ...(o?.qid ? { qid: o.qid } : {}),
      aliasesEn: uniq([...en[iso]!, ...(o?.aliases?.en ?? [])]).filter((a) => a !== name),
      aliasesKo: uniq([...(ko[iso] ?? []), ...(o?.aliases?.ko ?? [])]).filter((a) => a !== nameKo),
      fuzzy: true, source: o ? 'i18n-iso-countries + gazetteer' : 'i18n-iso-countries',
    };
  });
}

const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];

function toEntry(e: RawEntity, source: string): GazetteerEntry {
  return {
    id: e.id ?? slugify(e.name), name: e.name, type: e.type,
    ...(e.name_ko ? { nameKo: e.name_ko } : {}), ...(e.qid ? { qid: e.qid } : {}), ...(e.parent ? { parent: e.parent } : {}),
    aliasesEn: uniq(e.aliases?.en ?? []), aliasesKo: uniq(e.aliases?.ko ?? []),
    fuzzy: e.fuzzy ?? true, source,
  };
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

export class Gazetteer {
  readonly entries = new Map<string, GazetteerEntry>();

  constructor(entries: Iterable<GazetteerEntry>) {
    for (const e of entries) this.entries.set(e.id, e);
  }

  static load(opts: Partial<GazetteerOptions> = {}): Gazetteer {
    const o = { ...DEFAULT_GAZETTEER_OPTIONS, ...opts };
    const files = [
      ...(o.baseFile ? [o.baseFile] : []),
      ...(o.useWorkingDirFile && existsSync(USER_GAZETTEER_FILE) ? [path.resolve(USER_GAZETTEER_FILE)] : []),
      ...o.extraFiles,
    ];
    const raws = files.map((f) => ({ file: f, raw: readGazetteerFile(f) }));
    const countryOverrides = raws.flatMap((r) => r.raw.countries ?? []);
    const all = [
      ...countryEntries(countryOverrides),
      ...raws.flatMap(({ file, raw }) => (raw.entities ?? []).map((e) => toEntry(e, file))),
    ];
    const g = new Gazetteer(all);
    for (const e of g.entries.values()) {
      if (e.parent && !g.entries.has(e.parent)) {
        throw new DataFileError(`${e.source}: entry "${e.name}" names parent "${e.parent}", which is not in the gazetteer; add it or fix the id.`, e.source);
      }
    }
    return g;
  }

  get(id: string): GazetteerEntry | undefined {
    return this.entries.get(id);
  }

  /** Every surface form of an entry, both languages. */
  static surfaces(e: GazetteerEntry): { en: string[]; ko: string[] } {
    return {
      en: uniq([e.name, ...e.aliasesEn]),
      ko: uniq([...(e.nameKo ? [e.nameKo] : []), ...e.aliasesKo]),
    };
  }

  ref(id: string): EntityRef {
    const e = this.entries.get(id);
    if (!e) throw new DataFileError(`no gazetteer entry with id "${id}"`, 'gazetteer');
    return { id: e.id, label: e.name, type: e.type, ...(e.nameKo ? { labelKo: e.nameKo } : {}) };
  }
}
