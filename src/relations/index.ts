// The relation map: predicate lemmas in Korean and English → normalised English relation types.
// Data lives in data/relations.yaml (schema in data/schema/relations.schema.json); analysts extend it
// with extra files. A lemma may belong to one type only: duplicates are reported, not silently resolved.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { DataFileError } from '../errors.js';
import type { Lang } from '../types/index.js';
import { DATA_DIR } from '../util/paths.js';
import { validateDataFile } from '../util/schema.js';

export const GENERIC_RELATION = 'RELATED_TO';

/** A relation type made of words: upper case, joined by "_" (shipped, to → SHIPPED_TO). */
export const relationTypeName = (...words: string[]): string => words.join('_').toUpperCase().replace(/[^A-Z_]+/g, '');

const IRREGULAR_THIRD_PERSON: Record<string, string> = { be: 'is', have: 'has', do: 'does', go: 'goes' };

/**
 * The relation type an unmapped English predicate gets when named after its verb: the lemma in the third
 * person, upper case, words joined by "_" — halt → HALTS, account for → ACCOUNTS_FOR, apply → APPLIES — the
 * same form as the mapped types (RESTRICTS), so that an analyst can later map it in data/relations.yaml.
 */
export function verbRelationType(lemma: string): string {
  const [verb = '', ...rest] = lemma.trim().toLowerCase().split(/\s+/);
  const third = IRREGULAR_THIRD_PERSON[verb]
    ?? (/[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ies` : /(s|x|z|ch|sh|o)$/.test(verb) ? `${verb}es` : `${verb}s`);
  return relationTypeName(third, ...rest);
}
export const DEFAULT_RELATIONS_FILE = path.join(DATA_DIR, 'relations.yaml');

export interface RelationType {
  type: string;
  description?: string;
}

interface RawRelations { relations: Record<string, { description?: string; ko?: string[]; en?: string[] }> }


/** Normalise a lemma for lookup: NFC, lower case, single spaces. */
export const lemmaKey = (lemma: string): string => lemma.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');

export class RelationMap {
  private readonly byLemma: Record<'ko' | 'en', Map<string, RelationType>> = { ko: new Map(), en: new Map() };
  readonly types = new Map<string, RelationType>();

  static load(files: string[] = [DEFAULT_RELATIONS_FILE]): RelationMap {
    const map = new RelationMap();
    for (const file of files) {
      if (!existsSync(file)) throw new DataFileError(`relation map ${file} does not exist`, file);
      let data: unknown;
      try { data = YAML.parse(readFileSync(file, 'utf8')); } catch (err) {
        throw new DataFileError(`cannot parse ${file}: ${(err as Error).message}`, file, { cause: err });
      }
      map.add(validateDataFile<RawRelations>('relations.schema.json', data, file), file);
    }
    return map;
  }

  private add(raw: RawRelations, file: string): void {
    for (const [type, spec] of Object.entries(raw.relations)) {
      const rel: RelationType = { type, ...(spec.description ? { description: spec.description } : {}) };
      this.types.set(type, rel);
      for (const lang of ['ko', 'en'] as const) {
        for (const lemma of spec[lang] ?? []) {
          const k = lemmaKey(lemma);
          const prev = this.byLemma[lang].get(k);
          if (prev && prev.type !== type) {
            throw new DataFileError(`${file}: ${lang} lemma "${lemma}" is listed under both ${prev.type} and ${type}; keep it in one.`, file);
          }
          this.byLemma[lang].set(k, rel);
        }
      }
    }
  }

  /** The relation type for a predicate lemma, or undefined when unmapped. */
  lookup(lemma: string, lang: Lang): RelationType | undefined {
    if (lang !== 'ko' && lang !== 'en') return undefined;
    return this.byLemma[lang].get(lemmaKey(lemma));
  }

  /** The type to emit: mapped type, or the generic one (the caller keeps the lemma as `predicate`). */
  typeFor(lemma: string, lang: Lang): string {
    return this.lookup(lemma, lang)?.type ?? GENERIC_RELATION;
  }

  lemmas(lang: 'ko' | 'en'): string[] {
    return [...this.byLemma[lang].keys()];
  }
}
