// The Korean data files: grammar lexicon (data/ko/lexicon.yaml), modality markers (data/ko/modality.yaml)
// and the domain glossary (data/glossary.ko.yaml), each validated against its JSON schema.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { DataFileError } from '../../errors.js';
import type { Modality } from '../../types/index.js';
import { DATA_DIR } from '../../util/paths.js';
import { validateDataFile } from '../../util/schema.js';

export type ParticleRole = 'subject' | 'topic' | 'object' | 'genitive' | 'oblique' | 'conjunction' | 'delimiter';

/** A predicate made of noun + particle + verb (블랙리스트에 올리다). */
export interface Phrasal { nouns: string[]; particle: string; verbs: Set<string>; lemma: string; passive: boolean; keepObject: boolean }

interface RawLexicon {
  particles: Record<string, ParticleRole>;
  exemplifiers: string[]; functional: string[]; auxiliaries: string[]; speech: string[]; dative_object: string[];
  measure_nouns: string[]; agent_nouns: string[]; role_nouns: string[]; action_nouns: string[]; pronouns: string[]; light_passive?: Record<string, string[]>;
  determiners?: string[]; comitative_object?: string[]; modifier_lemmas?: Record<string, string>; other_actor?: string[]; source_predicates?: string[]; licensing?: { verb: string; nouns: string[]; lemma: string }; time_nouns?: string[]; date_nouns?: string[]; figure_nouns?: string[]; figure_predicates?: string[]; accusing_speech?: string[]; about_predicates?: string[]; agent_predicates?: string[]; support_verbs?: string[]; about_adnominal?: string[]; wrongdoing?: string[]; state_nouns?: string[]; facility_nouns?: string[];
  temporal_heads?: string[]; local_subject_endings?: string[]; request_verbs?: string[]; goods_nouns?: string[]; allegation_nouns?: string[]; head_subject_verbs?: string[]; citing_verbs?: string[]; prevent_lemma?: string; suffer?: { lemma: string; nouns: string[] }; negated_as?: Record<string, string>;
  phrasal?: Array<{ nouns: string[]; particle: string; verbs: string[]; lemma: string; passive?: boolean; keep_object?: boolean }>;
}
interface RawModality {
  precedence: Modality[];
  markers: Array<{ modality: Modality; scope: 'local' | 'sentence'; pattern: string }>;
  governing?: Record<string, Modality>;
}
interface RawGlossary { words: Record<string, string>; modifiers?: Record<string, string>; ignore?: string[]; about?: Record<string, string>; toward?: Record<string, string>; place_suffixes?: Record<string, string> }

export interface KoLexicon {
  particles: Map<string, ParticleRole>;
  exemplifiers: Set<string>; functional: Set<string>; auxiliaries: Set<string>; speech: Set<string>; dativeObject: Set<string>;
  measureNouns: Set<string>; agentNouns: Set<string>; roleNouns: Set<string>; actionNouns: Set<string>; pronouns: Set<string>;
  lightPassive: Map<string, Set<string>>;
  determiners: Set<string>; comitativeObject: Set<string>; modifierLemmas: Map<string, string>; otherActor: Set<string>; sourcePredicates: Set<string>;
  licensing?: { verb: string; nouns: Set<string>; lemma: string }; timeNouns: Set<string>; dateNouns: Set<string>; figureNouns: Set<string>; figurePredicates: Set<string>; accusingSpeech: Set<string>; aboutPredicates: Set<string>; agentPredicates: Set<string>; supportVerbs: Set<string>; aboutAdnominal: Set<string>; wrongdoing: Set<string>; stateNouns: Set<string>; facilityNouns: Set<string>;
  temporalHeads: Set<string>; localSubjectEndings: Set<string>; requestVerbs: Set<string>; goodsNouns: Set<string>; allegationNouns: Set<string>; headSubjectVerbs: Set<string>; citingVerbs: Set<string>; preventLemma?: string; suffer?: { lemma: string; nouns: Set<string> }; negatedAs: Map<string, string>;
  /** Phrasal predicates by verb lemma. */
  phrasal: Map<string, Phrasal[]>;
  modality: { precedence: Modality[]; markers: Array<{ modality: Modality; scope: 'local' | 'sentence'; re: RegExp }>; governing: Map<string, Modality> };
  glossary: { words: Map<string, string>; modifiers: Map<string, string>; ignore: Set<string>; aboutPrepositions: Map<string, string>; toward: Map<string, string>; placeSuffixes: Map<string, string> };
}

export const DEFAULT_KO_LEXICON_FILE = path.join(DATA_DIR, 'ko', 'lexicon.yaml');
export const DEFAULT_KO_MODALITY_FILE = path.join(DATA_DIR, 'ko', 'modality.yaml');
export const DEFAULT_KO_GLOSSARY_FILE = path.join(DATA_DIR, 'glossary.ko.yaml');

function read<T>(file: string, schema: string): T {
  let data: unknown;
  try { data = YAML.parse(readFileSync(file, 'utf8')); } catch (err) {
    throw new DataFileError(`cannot read ${file}: ${(err as Error).message}`, file, { cause: err });
  }
  return validateDataFile<T>(schema, data, file);
}

export function loadKoLexicon(files: { lexicon: string; modality: string; glossary: string }): KoLexicon {
  const lx = read<RawLexicon>(files.lexicon, 'ko-lexicon.schema.json');
  const md = read<RawModality>(files.modality, 'ko-modality.schema.json');
  const gl = read<RawGlossary>(files.glossary, 'glossary.schema.json');
  const markers = md.markers.map((m) => {
    try { return { modality: m.modality, scope: m.scope, re: new RegExp(m.pattern, 'u') }; } catch (err) {
      throw new DataFileError(`${files.modality}: bad pattern ${m.pattern}: ${(err as Error).message}`, files.modality);
    }
  });
  return {
    particles: new Map(Object.entries(lx.particles)),
    exemplifiers: new Set(lx.exemplifiers), functional: new Set(lx.functional), auxiliaries: new Set(lx.auxiliaries),
    speech: new Set(lx.speech), dativeObject: new Set(lx.dative_object), measureNouns: new Set(lx.measure_nouns),
    agentNouns: new Set(lx.agent_nouns), roleNouns: new Set(lx.role_nouns), actionNouns: new Set(lx.action_nouns),
    pronouns: new Set(lx.pronouns),
    lightPassive: new Map(Object.entries(lx.light_passive ?? {}).map(([v, ns]) => [v, new Set(ns)])),
    determiners: new Set(lx.determiners ?? []), modifierLemmas: new Map(Object.entries(lx.modifier_lemmas ?? {})), otherActor: new Set(lx.other_actor ?? []), sourcePredicates: new Set(lx.source_predicates ?? []),
    ...(lx.licensing ? { licensing: { verb: lx.licensing.verb, nouns: new Set(lx.licensing.nouns), lemma: lx.licensing.lemma } } : {}), comitativeObject: new Set(lx.comitative_object ?? []), timeNouns: new Set(lx.time_nouns ?? []), dateNouns: new Set(lx.date_nouns ?? []),
    figureNouns: new Set(lx.figure_nouns ?? []), figurePredicates: new Set(lx.figure_predicates ?? []), accusingSpeech: new Set(lx.accusing_speech ?? []),
    aboutPredicates: new Set(lx.about_predicates ?? []), agentPredicates: new Set(lx.agent_predicates ?? []),
    supportVerbs: new Set(lx.support_verbs ?? []),
    aboutAdnominal: new Set(lx.about_adnominal ?? []), wrongdoing: new Set(lx.wrongdoing ?? []), stateNouns: new Set(lx.state_nouns ?? []), facilityNouns: new Set(lx.facility_nouns ?? []),
    temporalHeads: new Set(lx.temporal_heads ?? []), localSubjectEndings: new Set(lx.local_subject_endings ?? []), requestVerbs: new Set(lx.request_verbs ?? []),
    goodsNouns: new Set(lx.goods_nouns ?? []), allegationNouns: new Set(lx.allegation_nouns ?? []), headSubjectVerbs: new Set(lx.head_subject_verbs ?? []), citingVerbs: new Set(lx.citing_verbs ?? []),
    ...(lx.prevent_lemma ? { preventLemma: lx.prevent_lemma } : {}), ...(lx.suffer ? { suffer: { lemma: lx.suffer.lemma, nouns: new Set(lx.suffer.nouns) } } : {}), negatedAs: new Map(Object.entries(lx.negated_as ?? {})),
    phrasal: phrasalByVerb(lx.phrasal ?? []),
    modality: { precedence: md.precedence, markers, governing: new Map(Object.entries(md.governing ?? {})) },
    glossary: { words: new Map(Object.entries(gl.words)), modifiers: new Map(Object.entries(gl.modifiers ?? {})), ignore: new Set(gl.ignore ?? []), aboutPrepositions: new Map(Object.entries(gl.about ?? {})), toward: new Map(Object.entries(gl.toward ?? {})), placeSuffixes: new Map(Object.entries(gl.place_suffixes ?? {})) },
  };
}

function phrasalByVerb(raw: NonNullable<RawLexicon['phrasal']>): Map<string, Phrasal[]> {
  const out = new Map<string, Phrasal[]>();
  for (const r of raw) {
    const p: Phrasal = { nouns: r.nouns, particle: r.particle, verbs: new Set(r.verbs), lemma: r.lemma, passive: !!r.passive, keepObject: !!r.keep_object };
    for (const v of r.verbs) out.set(v, [...(out.get(v) ?? []), p]);
  }
  return out;
}
