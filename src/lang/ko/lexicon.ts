// The Korean data files: grammar lexicon (data/ko/lexicon.yaml), modality markers (data/ko/modality.yaml)
// and the domain glossary (data/glossary.ko.yaml), each validated against its JSON schema.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { DataFileError } from '../../errors.js';
import type { EntityType, Modality } from '../../types/index.js';
import { DATA_DIR } from '../../util/paths.js';
import { validateDataFile } from '../../util/schema.js';

export type ParticleRole = 'subject' | 'topic' | 'object' | 'genitive' | 'oblique' | 'conjunction' | 'delimiter';

/** A predicate made of noun + particle + verb (블랙리스트에 올리다). */
export interface Phrasal { nouns: string[]; particle: string; verbs: Set<string>; lemma: string; passive: boolean; keepObject: boolean }

const escapeRegExp = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface RawLexicon {
  particles: Record<string, ParticleRole>;
  exemplifiers: string[]; functional: string[]; auxiliaries: string[]; speech: string[]; dative_object: string[];
  measure_nouns: string[]; agent_nouns: string[]; role_nouns: string[]; action_nouns: string[]; pronouns: string[]; light_passive?: Record<string, string[]>;
  determiners?: string[]; comitative_object?: string[]; modifier_lemmas?: Record<string, string>; other_actor?: string[]; source_predicates?: string[]; licensing?: { verb: string; nouns: string[]; lemma: string }; time_nouns?: string[]; date_nouns?: string[]; figure_nouns?: string[]; figure_predicates?: string[]; accusing_speech?: string[]; about_predicates?: string[]; agent_predicates?: string[]; support_verbs?: string[]; about_adnominal?: string[]; wrongdoing?: string[]; state_nouns?: string[]; facility_nouns?: string[];
  temporal_heads?: string[]; local_subject_endings?: string[]; request_verbs?: string[]; goods_nouns?: string[]; allegation_nouns?: string[]; head_subject_verbs?: string[]; citing_verbs?: string[]; prevent_lemma?: string; suffer?: { lemma: string; nouns: string[]; incurred?: string[]; expected?: string[] }; negated_as?: Record<string, string>;
  phrasal?: Array<{ nouns: string[]; particle: string; verbs: string[]; lemma: string; passive?: boolean; keep_object?: boolean }>;
  anaphora?: { pair: string[]; single: string[]; nouns: Partial<Record<EntityType, string[]>>; continuations: string[]; home: { nouns: string[]; name: string }; story_company?: string[] };
  scene_adverbs?: string[];
  joint_nouns?: string[]; agreement_nouns?: string[]; signing_verbs?: string[]; agentive_passives?: string[]; content_verbs?: string[]; clause_nouns?: string[]; destination_object?: string[]; decision_verbs?: string[]; symmetric_verbs?: string[]; vague_nouns?: string[]; closing_verbs?: string[]; light_support?: string[]; press_nouns?: string[]; manner_nouns?: string[]; stance?: { nouns: string[]; against: string[]; for: string[] }; idle_connectives?: string[];
  names?: {
    titles: string[]; surnames: string[]; not_names: string[]; company_suffixes: string[]; place_suffixes: string[]; court_heads: string[]; court_aliases: string[]; ministry_heads: string[]; industry_heads: string[];
    descriptors: Partial<Record<EntityType, string[]>>; org_heads: Partial<Record<EntityType, string[]>>;
  };
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
  temporalHeads: Set<string>; localSubjectEndings: Set<string>; requestVerbs: Set<string>; goodsNouns: Set<string>; allegationNouns: Set<string>; headSubjectVerbs: Set<string>; citingVerbs: Set<string>; preventLemma?: string; suffer?: { lemma: string; nouns: Set<string>; incurred: Set<string>; expected: Set<string> }; negatedAs: Map<string, string>;
  /** Joint undertakings (계약, 협상): an actor joined to one by 와/과 is its partner. */
  /** 두 회사, 양사, 이 회사, 양국; 또 … (the previous subject goes on); bare 정부 = the home state. */
  anaphora?: { pair: Set<string>; single: Set<string>; types: Map<string, EntityType>; continuations: Set<string>; home: { nouns: Set<string>; name: string }; storyCompany: Set<string> };
  /** A date (지난 3일(현지시간)) or a scene-setting adverb (이날, 앞서) opening a clause glossed into a label. */
  sceneLead: RegExp;
  jointNouns: Set<string>;
  /** Agreements signed with a partner (계약, 협정): the partner is related by the signing verb too. */
  agreementNouns: Set<string>;
  /** Verbs that sign or conclude an agreement (체결하다, 맺다). */
  signingVerbs: Set<string>;
  /** Verbs whose 되다-passive marks its agent with 에 (윙테크에 인수되다). */
  agentivePassives: Set<string>;
  /** Verbs that publish or put in force a measure (발표하다, 시행하다): a relative clause on it names it. */
  contentVerbs: Set<string>;
  clauseNouns: Set<string>;
  /** Verbs whose object is where one moves to, marked 로/으로 (CXMT로 이직하다). */
  destinationObject: Set<string>;
  /** Verbs whose V-기로 clause is what is decided or agreed (정례화하기로 합의하다). */
  decisionVerbs: Set<string>;
  /** Verbs done with each other (만나다, 합의하다): a coordinated subject without an object relates its members. */
  symmetricVerbs: Set<string>;
  /** Generic nouns that name nothing alone (조치, 방안): no object unless modified. */
  vagueNouns: Set<string>;
  /** Verbs a market closes or opens with (하락 마감하다): the figure noun before them is the predicate. */
  closingVerbs: Set<string>;
  /** Support verbs that only carry out their verbal-noun object (협상을 진행하다): the noun's relation is the triple. */
  lightSupport: Set<string>;
  /** Reporters: meeting them is no relation (기자들과 만나). */
  pressNouns: Set<string>;
  /** Manner nouns (긴급, 전면) before a headline's verbal noun: no object. */
  mannerNouns: Set<string>;
  /** 부정적인 입장을 밝히다: a stance on X (에 대해) is opposition to or support for X. */
  stance?: { nouns: Set<string>; against: Set<string>; for: Set<string> };
  /** Connective forms that only set the scene (…을 고려해, 감안해): no relation of their own. */
  idleConnectives: Set<string>;
  /** Name discovery (names.ts): titles, surnames, descriptors and organisation heads. */
  names?: {
    titles: Set<string>; surnames: Set<string>; notNames: Set<string>; companySuffixes: string[]; placeSuffixes: string[]; courtHeads: string[]; courtAliases: string[]; ministryHeads: string[]; industryHeads: string[];
    descriptors: Array<{ word: string; type: EntityType }>; orgHeads: Array<{ head: string; type: EntityType }>;
  };
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
    ...(lx.prevent_lemma ? { preventLemma: lx.prevent_lemma } : {}), ...(lx.suffer ? { suffer: { lemma: lx.suffer.lemma, nouns: new Set(lx.suffer.nouns), incurred: new Set(lx.suffer.incurred ?? []), expected: new Set(lx.suffer.expected ?? []) } } : {}), negatedAs: new Map(Object.entries(lx.negated_as ?? {})),
    phrasal: phrasalByVerb(lx.phrasal ?? []),
    ...(lx.anaphora ? { anaphora: {
      pair: new Set(lx.anaphora.pair), single: new Set(lx.anaphora.single), continuations: new Set(lx.anaphora.continuations),
      types: new Map(Object.entries(lx.anaphora.nouns).flatMap(([t, ns]) => (ns ?? []).map((n) => [n, t as EntityType] as [string, EntityType]))),
      home: { nouns: new Set(lx.anaphora.home.nouns), name: lx.anaphora.home.name }, storyCompany: new Set(lx.anaphora.story_company ?? []),
    } } : {}),
    sceneLead: new RegExp(`^[,\\s]*(?:(?:지난\\s*)?\\d+일(?:\\(현지시간\\))?${(lx.scene_adverbs ?? []).map((w) => `|${escapeRegExp(w)}`).join('')})\\s*`),
    jointNouns: new Set(lx.joint_nouns ?? []), agreementNouns: new Set(lx.agreement_nouns ?? []), signingVerbs: new Set(lx.signing_verbs ?? []), agentivePassives: new Set(lx.agentive_passives ?? []), contentVerbs: new Set(lx.content_verbs ?? []), clauseNouns: new Set(lx.clause_nouns ?? []), destinationObject: new Set(lx.destination_object ?? []), decisionVerbs: new Set(lx.decision_verbs ?? []), symmetricVerbs: new Set(lx.symmetric_verbs ?? []), vagueNouns: new Set(lx.vague_nouns ?? []), closingVerbs: new Set(lx.closing_verbs ?? []), lightSupport: new Set(lx.light_support ?? []), pressNouns: new Set(lx.press_nouns ?? []),
    mannerNouns: new Set(lx.manner_nouns ?? []), idleConnectives: new Set(lx.idle_connectives ?? []),
    ...(lx.stance ? { stance: { nouns: new Set(lx.stance.nouns), against: new Set(lx.stance.against), for: new Set(lx.stance.for) } } : {}),
    ...(lx.names ? { names: namesLexicon(lx.names) } : {}),
    modality: { precedence: md.precedence, markers, governing: new Map(Object.entries(md.governing ?? {})) },
    glossary: { words: new Map(Object.entries(gl.words)), modifiers: new Map(Object.entries(gl.modifiers ?? {})), ignore: new Set(gl.ignore ?? []), aboutPrepositions: new Map(Object.entries(gl.about ?? {})), toward: new Map(Object.entries(gl.toward ?? {})), placeSuffixes: new Map(Object.entries(gl.place_suffixes ?? {})) },
  };
}

function namesLexicon(n: NonNullable<RawLexicon['names']>): NonNullable<KoLexicon['names']> {
  const byType = (r: Partial<Record<EntityType, string[]>>) => Object.entries(r)
    .flatMap(([type, words]) => (words ?? []).map((w) => ({ w, type: type as EntityType })))
    .sort((a, b) => b.w.length - a.w.length);
  return {
    titles: new Set(n.titles), surnames: new Set(n.surnames), notNames: new Set(n.not_names), companySuffixes: n.company_suffixes, placeSuffixes: n.place_suffixes,
    courtHeads: n.court_heads, courtAliases: n.court_aliases, ministryHeads: n.ministry_heads, industryHeads: n.industry_heads,
    descriptors: byType(n.descriptors).map(({ w, type }) => ({ word: w, type })),
    orgHeads: byType(n.org_heads).map(({ w, type }) => ({ head: w, type })),
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
