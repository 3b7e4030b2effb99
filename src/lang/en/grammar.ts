// English grammar data (data/en/*.yaml) and the compromise instance tuned with it:
// domain words and gazetteer aliases go into compromise's lexicon (nlp.plugin), post-tagging corrections
// are compiled once into a match net (nlp.buildNet) and swept over each parsed sentence.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import nlp from 'compromise';
import YAML from 'yaml';
import { Gazetteer, type EntityLinker } from '../../entities/index.js';
import { DataFileError } from '../../errors.js';
import type { EntityType, Modality } from '../../types/index.js';
import { DATA_DIR } from '../../util/paths.js';
import { validateDataFile } from '../../util/schema.js';

export const DEFAULT_EN_GRAMMAR_FILE = path.join(DATA_DIR, 'en', 'grammar.yaml');
export const DEFAULT_EN_CLAUSES_FILE = path.join(DATA_DIR, 'en', 'clauses.yaml');
export const DEFAULT_EN_CONSTRUCTIONS_FILE = path.join(DATA_DIR, 'en', 'constructions.yaml');

interface TagRule { match: string; group?: number | string; tag?: string; unTag?: string; reason: string }
export interface GrammarData {
  lexicon: Record<string, string>;
  rules: TagRule[];
  /** Rules for headlines only, run after `rules`. */
  headlineRules?: TagRule[];
  demonyms?: Record<string, string>;
}

type CueModality = Exclude<Modality, 'reported'>;
export interface ClauseCues {
  modals: Record<string, CueModality>;
  controlVerbs: Record<string, CueModality>;
  objectControlVerbs: Record<string, CueModality>;
  quantifiers: string[];
  approximators: string[];
  attributionVerbs: string[];
  attributionPhrases: string[];
  negators: string[];
  metonymHeads: string[];
  nounComplements: Record<string, string[]>;
  relativePronouns: string[];
  subordinators: string[];
  skipPredicates: string[];
  pronouns: Record<string, 'thing' | 'person'>;
  determiners: string[];
  actionNouns: Record<string, string[]>;
  actionModifierTypes: EntityType[];
  evaluativeModifiers: string[];
  actorHeads?: string[];
  groupHeads?: string[];
  roleHeads?: string[];
  roleRelations?: string[];
  inquiryHeads?: string[];
  inquiryRelations?: string[];
  contentNouns?: string[];
  goodsNouns?: string[];
  currencyNouns?: string[];
  sourceNouns?: string[];
  speechActVerbs?: string[];
  warningVerbs?: string[];
  controlNouns?: Record<string, CueModality>;
  definiteBodies?: Record<string, DefiniteBody>;
  nameHeads?: string[];
  raisingVerbs?: string[];
  directiveVerbs?: string[];
  permitNouns?: string[];
  permitVerbs?: string[];
  permitRequirers?: string[];
  directiveRelation?: string;
  hearsayAdverbs?: string[];
  denialVerbs?: string[];
  denialPredicates?: string[];
  refusalVerbs?: string[];
  agentHeads?: string[];
  partHeads?: string[];
  accusationNouns?: string[];
  requestVerbs?: string[];
  reversalRelations?: string[];
  permissionRelations?: string[];
  prohibitionRelations?: string[];
}

/** How a bare definite phrase (the ministry) finds its referent: entity types, name containing the head, default id. */
export interface DefiniteBody { types: EntityType[]; named?: boolean; default?: string }

/** The cue lists as sets and maps, ready for lookups. */
export interface Cues {
  modals: Map<string, CueModality>;
  controlVerbs: Map<string, CueModality>;
  objectControlVerbs: Map<string, CueModality>;
  quantifiers: Set<string>;
  approximators: Set<string>;
  attributionVerbs: Set<string>;
  attributionPhrases: string[][];
  negators: Set<string>;
  metonymHeads: Set<string>;
  nounComplements: Map<string, Set<string>>;
  relativePronouns: Set<string>;
  subordinators: Set<string>;
  skipPredicates: Set<string>;
  pronouns: Map<string, 'thing' | 'person'>;
  determiners: Set<string>;
  /** Action noun → prepositions introducing its object (exports → of). */
  actionNouns: Map<string, Set<string>>;
  actionModifierTypes: Set<EntityType>;
  evaluativeModifiers: Set<string>;
  /** Head lemmas whose unnamed phrase may still act as a subject (the rule, TikTok creators). */
  actorHeads: Set<string>;
  /** Head lemmas of groups whose modified phrase may act as a subject (TikTok creators). */
  groupHeads: Set<string>;
  /** Head lemmas of people by role (analysts, officials): their plural, and a group's bare plural, act with roleRelations. */
  roleHeads: Set<string>;
  /** Relation types of speech, stance, decision and trade: what an unnamed group by role is reported doing. */
  roleRelations: Set<string>;
  /** Head lemmas of inquiries (a probe by prosecutors): unnamed subjects of inquiryRelations. */
  inquiryHeads: Set<string>;
  inquiryRelations: Set<string>;
  /** Nouns whose that-clause is their content, not a relative clause (evidence that …). */
  contentNouns: Set<string>;
  /** Heads naming goods in general (chips, products): a name owning them stands for what is traded. */
  goodsNouns: Set<string>;
  /** Currency nouns: a phrase with one is an amount (billions of dollars). */
  currencyNouns: Set<string>;
  /** Heads of unnamed source phrases that make a claim reported (people, sources, filing). */
  sourceNouns: Set<string>;
  /** Verbs of a speaker's own speech act (urge, call on, vow): after "X said … and", X's own act. */
  speechActVerbs: Set<string>;
  /** Speech verbs of a warning (warn, caution): what was warned of stays a statement of the speaker's. */
  warningVerbs: Set<string>;
  /** Nouns of intent taking a to-infinitive whose owner acts (decision, plan, bid) → the act's modality. */
  controlNouns: Map<string, CueModality>;
  /** Bare definite heads (the ministry) → how they find their referent. */
  definiteBodies: Map<string, DefiniteBody>;
  /** Head words of organisations' names that take of/for/and inside the name (School of Economics). */
  nameHeads: Set<string>;
  /** Verbs whose object before a to-infinitive is the infinitive's subject, not theirs (expect X to …). */
  raisingVerbs: Set<string>;
  /** Object-control verbs of command: told X to stop doing Y → the commander bars Y. */
  directiveVerbs: Set<string>;
  /** Nouns of a permission one must hold (licence, permit, approval): what a requirement to obtain one requires. */
  permitNouns: Set<string>;
  /** Verbs of obtaining a permission (obtain, apply for): required X to obtain a licence → requires a licence. */
  permitVerbs: Set<string>;
  /** Object-control verbs of requirement whose object, before a permit verb, gives way to the permit. */
  permitRequirers: Set<string>;
  directiveRelation: string;
  /** Adverbs that make an act alleged (allegedly, reportedly): reported, not asserted. */
  hearsayAdverbs: Set<string>;
  /** Speech verbs that deny what they report (denied that …): the content is no claim; the denial is the statement. */
  denialVerbs: Set<string>;
  /** Verbs whose negation by a speaker of its own act denies it (said it was not involved in …); the lemma naming a denial. */
  denialPredicates: Set<string>;
  denialLemma: string;
  /** Control verbs of refusal (refused to allow, declined to renew): an explicit negation of the infinitive's act. */
  refusalVerbs: Set<string>;
  /** Heads of unnamed phrases that act on their own, singular or bare too (a federal judge, the court, prosecutors). */
  agentHeads: Set<string>;
  /** Heads of a named actor's parts that act for it (Huawei's China subsidiary, the Trade Representative's office). */
  partHeads: Set<string>;
  /** Content nouns of accusation (charges that …): their that-clause is an alleged act (reported), not dropped. */
  accusationNouns: Set<string>;
  /** Object-control verbs of request (urged X to …): X's requested act is no fact (kept only with EnOptions.requestedActs). */
  requestVerbs: Set<string>;
  /** Relations that undo what their object did (revoke, lift): a relative clause on that object is not the actor's act. */
  reversalRelations: Set<string>;
  /** Relations of a permit's relative clause (the status that allowed X): under a reversal, X is what it is for. */
  permissionRelations: Set<string>;
  /** Relations of barring: "barred X from buying Y" → the relation's object is Y (what is barred), not X. */
  prohibitionRelations: Set<string>;
  /** Lower-cased demonym → gazetteer id. */
  demonyms: Map<string, string>;
  /** Relation types whose object may be a bare quantity (fell 6%). */
  figureRelations: Set<string>;
  /** Words introducing an object's members (, including A and B). */
  memberCues: string[][];
  /** Verbs whose relation is verb + object head noun (take a charge). */
  lightVerbs: Set<string>;
  /** Object head nouns that are boilerplate (a request for comment). */
  emptyObjects: Set<string>;
  /** Head nouns too vague to be an object on their own (the products, companies): dropped when nothing qualifies them. */
  vagueObjects: Set<string>;
  /** Head nouns naming a decision, state or event (the designation, the truce): no subject under thingSubjects. */
  eventHeads: Set<string>;
  /** Head nouns of unnamed instruments and facilities that act with a mapped relation (the scheme offers, the plant produces). */
  thingHeads: Set<string>;
  /** Relation types of schedule, state or origin that any unnamed noun-headed thing may be the subject of (the rule takes effect). */
  thingRelations: Set<string>;
  /** Relation types whose object is the time they name after the verb-noun pair (takes effect in 120 days → 120 days). */
  timeObjectRelations: Set<string>;
  /** Verbs starting or speeding up the act their object noun names (begin shipments). */
  aspectVerbs: Set<string>;
  /** Action noun → the predicate lemma it names (shipments → ship). */
  nounVerbs: Map<string, string>;
  /** Relation types whose agentless passive, in a claim by a body of these types, has the speaker as agent. */
  implicitAgentRelations: Set<string>;
  implicitAgentTypes: Set<EntityType>;
  /** Role noun → the predicate its holder has with the role's possessor (customers → buy). */
  roleNouns: Map<string, string>;
  /** Relation type → the type its negation amounts to (APPROVES → BANS). */
  negatedRelations: Map<string, string>;
  /** Relation types whose "to" complement names a recipient (SELLS: supplies X to Y). */
  recipientRelations: Set<string>;
  /** Verbs whose object + adjective is a result, not a thing (make X dependent). */
  resultativeVerbs: Set<string>;
  /** Verb → the predicate it means with a bare figure as object (gain 2% → rise). */
  figureVerbs: Map<string, string>;
  /** Verbs whose "in + gerund" adjunct is an act of their subject (joined X in restricting …). */
  inGerundVerbs: Set<string>;
  /** Ditransitive verbs of loss (cost X $N): verb → the predicate the indirect object has with the amount (lose). */
  lossVerbs: Map<string, string>;
  /** Verbs meaning another verb when every object is a named company (Geely controls Polestar → own). */
  companyObjectVerbs: Map<string, string>;
  /** Verbs meaning another verb when their object is a quantity of goods (booked 1.5 million tonnes of soybeans → buy). */
  cargoObjectVerbs: Map<string, string>;
  /** Nouns of a traded quantity or consignment (tonnes, cargoes) that mark such an object. */
  cargoNouns: Set<string>;
  /** Verbs whose with/of/for + gerund names what their patient is accused of (charged with smuggling). */
  accusationVerbs: Set<string>;
  /** Relation types whose agentless passive has the speaker as agent even when it reports a past act (were charged). */
  implicitAgentAssertedRelations: Set<string>;
  /** Relation types moving goods, whose unnamed group of receivers (to freight forwarders in Singapore) is an object too. */
  destinationRelations: Set<string>;
  /** Relation types of a measure's scope (covers, applies to): with a measure standing for its issuer, the measure's own act. */
  coverRelations: Set<string>;
  /** Relation types of money: a bare sum after the verb is their object (invest $65 billion). */
  amountRelations: Set<string>;
  /** Relation types whose object may be an indirect question (investigating whether X did Y). */
  questionRelations: Set<string>;
  /** Relation types whose agentless passive falls to the government body that last performed one in the document. */
  documentAgentRelations: Set<string>;
  /** Relation types by which a government body issues the document's measures: an unowned "the rules" later is its. */
  issuerRelations: Set<string>;
  /** A need an addressee is told of → the teller's relation (told X it would need a licence → requires it); keys also mark passives of requirement. */
  requirementOf: Map<string, string>;
  /** The relation of putting on a list, whose owner (placed on X's list) is the agent. */
  listRelation: string;
  /** Verbs listing a phrase's members (the companies … include A and B): what was done to the phrase was done to them. */
  memberVerbs: Set<string>;
  /** Relation types only a statement has (said that …, found that …): never from a verb with a plain object. */
  statementOnlyRelations: Set<string>;
  /** Relation types of a partner: after "V X with Y" the object is Y (coordinate its controls with allies). */
  partnerRelations: Set<string>;
  /** Relation types of a noun predicate its patient is under or the subject of (under investigation, under US sanctions). */
  underRelations: Set<string>;
  /** Heads of measures and agreements a clause may open "under" (Under the deal, …): the agent of its agentless passive. */
  underHeads: Set<string>;
  /** Relation types of a light-verb pair that keep the noun as the object (dropped its probes into X → the probes). */
  nounObjectRelations: Set<string>;
  /** Prepositional verbs of the relation map never split by an object (appeal the ruling to a court is no "appeal to"). */
  inseparableVerbs: Set<string>;
  /** Verbs of a meaning of their own that an object noun may narrow (extend a truce → extend truce, drop a probe). */
  pairVerbs: Set<string>;
  /** Verbs of a means whose to-infinitive is its purpose: their own relation with the purpose's object (sued to block X → sue X). */
  meansVerbs: Set<string>;
  /** Verbs whose bare count object counts people (charged three, arrested five): that count is their object. */
  countObjectVerbs: Set<string>;
  /** Verbs of ceasing before a gerund (stopped selling X): their own relation with the gerund's object. */
  cessationVerbs: Set<string>;
  /** Action nouns stating their relation in a noun phrase with a named agent (Washington's curbs on X). */
  nominalNouns: Set<string>;
  /** Relation types whose nominal takes the nouns before it as patient (China's rare earth export curbs). */
  nominalPremodRelations: Set<string>;
  /** Modifier of a relation noun → the modality of its act (proposed tariffs → planned). */
  nominalModifiers: Map<string, 'planned' | 'possible' | 'considered'>;
  /** Relation type of a verb taking such a phrase as object → the modality of the noun's act (considering X's curbs). */
  nominalHosts: Map<string, 'asserted' | 'planned' | 'possible' | 'considered'>;
  /** Participles of feeling → the verb their stance amounts to (dissatisfied with X → oppose X). */
  stanceParticiples: Map<string, string>;
}

export interface Constructions {
  figureRelations: string[]; memberCues: string[]; lightVerbs: string[]; emptyObjects: string[]; vagueObjects?: string[]; eventHeads?: string[]; thingHeads?: string[]; aspectVerbs?: string[]; nounVerbs?: Record<string, string>;
  implicitAgentRelations?: string[]; implicitAgentTypes?: EntityType[]; roleNouns?: Record<string, string>; negatedRelations?: Record<string, string>;
  recipientRelations?: string[]; resultativeVerbs?: string[]; figureVerbs?: Record<string, string>; inGerundVerbs?: string[];
  lossVerbs?: Record<string, string>;
  companyObjectVerbs?: Record<string, string>; cargoObjectVerbs?: Record<string, string>; cargoNouns?: string[];
  accusationVerbs?: string[]; implicitAgentAssertedRelations?: string[]; destinationRelations?: string[]; coverRelations?: string[]; amountRelations?: string[]; questionRelations?: string[]; documentAgentRelations?: string[]; issuerRelations?: string[]; requirementOf?: Record<string, string>; listRelation?: string; memberVerbs?: string[]; statementOnlyRelations?: string[]; partnerRelations?: string[]; underRelations?: string[]; underHeads?: string[]; nounObjectRelations?: string[]; thingRelations?: string[]; timeObjectRelations?: string[]; inseparableVerbs?: string[]; pairVerbs?: string[];
  meansVerbs?: string[]; countObjectVerbs?: string[]; cessationVerbs?: string[];
  nominalNouns?: string[]; nominalPremodRelations?: string[]; nominalModifiers?: Record<string, 'planned' | 'possible' | 'considered'>;
  nominalHosts?: Record<string, 'asserted' | 'planned' | 'possible' | 'considered'>;
  stanceParticiples?: Record<string, string>;
}

function readYaml(file: string): unknown {
  if (!existsSync(file)) throw new DataFileError(`English data file ${file} does not exist; restore it or pass another path in the en options.`, file);
  try {
    return YAML.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new DataFileError(`cannot parse ${file}: ${(err as Error).message}`, file, { cause: err });
  }
}

export function loadGrammar(file = DEFAULT_EN_GRAMMAR_FILE): GrammarData {
  return validateDataFile<GrammarData>('en-grammar.schema.json', readYaml(file), file);
}

export function loadCues(clausesFile = DEFAULT_EN_CLAUSES_FILE, grammar?: GrammarData, constructionsFile = DEFAULT_EN_CONSTRUCTIONS_FILE): Cues {
  const c = validateDataFile<ClauseCues>('en-clauses.schema.json', readYaml(clausesFile), clausesFile);
  const x = validateDataFile<Constructions>('en-constructions.schema.json', readYaml(constructionsFile), constructionsFile);
  const low = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  /** A word map with lower-cased keys. */
  const lowMap = <V>(r: Record<string, V> | undefined) => new Map(Object.entries(r ?? {}).map(([k, v]) => [k.toLowerCase(), v] as [string, V]));
  return {
    modals: new Map(Object.entries(c.modals)),
    controlVerbs: new Map(Object.entries(c.controlVerbs)),
    objectControlVerbs: new Map(Object.entries(c.objectControlVerbs)),
    quantifiers: low(c.quantifiers),
    approximators: low(c.approximators),
    attributionVerbs: low(c.attributionVerbs),
    attributionPhrases: c.attributionPhrases.map((p) => p.toLowerCase().split(/\s+/)),
    negators: low(c.negators),
    metonymHeads: low(c.metonymHeads),
    nounComplements: new Map(Object.entries(c.nounComplements).map(([k, v]) => [k.toLowerCase(), low(v)])),
    relativePronouns: low(c.relativePronouns),
    subordinators: low(c.subordinators),
    skipPredicates: low(c.skipPredicates),
    pronouns: new Map(Object.entries(c.pronouns)),
    determiners: low(c.determiners),
    actionNouns: new Map(Object.entries(c.actionNouns).map(([k, v]) => [k.toLowerCase(), low(v)])),
    actionModifierTypes: new Set(c.actionModifierTypes),
    evaluativeModifiers: low(c.evaluativeModifiers),
    actorHeads: low(c.actorHeads ?? []),
    groupHeads: low(c.groupHeads ?? []),
    roleHeads: low(c.roleHeads ?? []),
    roleRelations: new Set(c.roleRelations ?? []),
    inquiryHeads: low(c.inquiryHeads ?? []),
    inquiryRelations: new Set(c.inquiryRelations ?? []),
    contentNouns: low(c.contentNouns ?? []),
    goodsNouns: low(c.goodsNouns ?? []),
    currencyNouns: low(c.currencyNouns ?? []),
    sourceNouns: low(c.sourceNouns ?? []),
    speechActVerbs: low(c.speechActVerbs ?? []),
    warningVerbs: low(c.warningVerbs ?? []),
    controlNouns: lowMap(c.controlNouns),
    definiteBodies: lowMap(c.definiteBodies),
    nameHeads: low(c.nameHeads ?? []),
    raisingVerbs: low(c.raisingVerbs ?? []),
    directiveVerbs: low(c.directiveVerbs ?? []),
    permitNouns: low(c.permitNouns ?? []),
    permitVerbs: low(c.permitVerbs ?? []),
    permitRequirers: low(c.permitRequirers ?? []),
    directiveRelation: c.directiveRelation ?? 'BANS',
    hearsayAdverbs: low(c.hearsayAdverbs ?? []),
    denialVerbs: low(c.denialVerbs ?? []),
    denialPredicates: low(c.denialPredicates ?? []),
    denialLemma: c.denialVerbs?.[0]?.toLowerCase() ?? 'deny',
    refusalVerbs: low(c.refusalVerbs ?? []),
    agentHeads: low(c.agentHeads ?? []),
    partHeads: low(c.partHeads ?? []),
    accusationNouns: low(c.accusationNouns ?? []),
    requestVerbs: low(c.requestVerbs ?? []),
    reversalRelations: new Set(c.reversalRelations ?? []),
    permissionRelations: new Set(c.permissionRelations ?? []),
    prohibitionRelations: new Set(c.prohibitionRelations ?? []),
    demonyms: lowMap(grammar?.demonyms),
    figureRelations: new Set(x.figureRelations),
    memberCues: x.memberCues.map((p) => p.toLowerCase().split(/\s+/)),
    lightVerbs: low(x.lightVerbs),
    emptyObjects: low(x.emptyObjects),
    vagueObjects: low(x.vagueObjects ?? []),
    eventHeads: low(x.eventHeads ?? []),
    thingHeads: low(x.thingHeads ?? []),
    aspectVerbs: low(x.aspectVerbs ?? []),
    nounVerbs: lowMap(x.nounVerbs),
    implicitAgentRelations: new Set(x.implicitAgentRelations ?? []),
    implicitAgentTypes: new Set(x.implicitAgentTypes ?? []),
    roleNouns: lowMap(x.roleNouns),
    negatedRelations: new Map(Object.entries(x.negatedRelations ?? {})),
    recipientRelations: new Set(x.recipientRelations ?? []),
    resultativeVerbs: low(x.resultativeVerbs ?? []),
    figureVerbs: lowMap(x.figureVerbs),
    inGerundVerbs: low(x.inGerundVerbs ?? []),
    lossVerbs: lowMap(x.lossVerbs),
    companyObjectVerbs: lowMap(x.companyObjectVerbs),
    cargoObjectVerbs: lowMap(x.cargoObjectVerbs),
    cargoNouns: low(x.cargoNouns ?? []),
    accusationVerbs: low(x.accusationVerbs ?? []),
    implicitAgentAssertedRelations: new Set(x.implicitAgentAssertedRelations ?? []),
    destinationRelations: new Set(x.destinationRelations ?? []),
    coverRelations: new Set(x.coverRelations ?? []),
    underRelations: new Set(x.underRelations ?? []),
    underHeads: new Set(x.underHeads ?? []),
    amountRelations: new Set(x.amountRelations ?? []),
    questionRelations: new Set(x.questionRelations ?? []),
    documentAgentRelations: new Set(x.documentAgentRelations ?? []),
    issuerRelations: new Set(x.issuerRelations ?? []),
    requirementOf: new Map(Object.entries(x.requirementOf ?? {})),
    listRelation: x.listRelation ?? 'BLACKLISTS',
    memberVerbs: low(x.memberVerbs ?? []),
    statementOnlyRelations: new Set(x.statementOnlyRelations ?? ['SAYS']),
    partnerRelations: new Set(x.partnerRelations ?? []),
    nounObjectRelations: new Set(x.nounObjectRelations ?? []),
    thingRelations: new Set(x.thingRelations ?? []),
    timeObjectRelations: new Set(x.timeObjectRelations ?? []),
    inseparableVerbs: low(x.inseparableVerbs ?? []),
    pairVerbs: low(x.pairVerbs ?? []),
    meansVerbs: low(x.meansVerbs ?? []),
    countObjectVerbs: low(x.countObjectVerbs ?? []),
    cessationVerbs: low(x.cessationVerbs ?? []),
    nominalNouns: low(x.nominalNouns ?? []),
    nominalPremodRelations: new Set(x.nominalPremodRelations ?? []),
    nominalModifiers: lowMap(x.nominalModifiers),
    nominalHosts: new Map(Object.entries(x.nominalHosts ?? {})),
    stanceParticiples: lowMap(x.stanceParticiples),
  };
}

/** compromise tag for a gazetteer entity type. */
function tagFor(type: EntityType, alias: string): string {
  switch (type) {
    case 'Country': return 'Country';
    case 'Company': return 'Company';
    case 'Person': return 'Person';
    case 'Location': return 'Place';
    case 'Agency': case 'Government': case 'Organization': case 'Media': return 'Organization';
    case 'Product': return 'ProperNoun';
    default: return /s$/i.test(alias) ? 'Plural' : 'Singular';
  }
}

/** compromise's normal form of a word: lower case, dots of an acronym dropped (U.S. → us). */
function normalWord(w: string): string {
  const lw = w.toLowerCase();
  return /^(?:[a-z]\.)+[a-z]?$/.test(lw) ? lw.replace(/\./g, '') : lw;
}

const installed = new Set<string>();

/**
 * Feed lexicon entries to compromise once per process (its lexicon is global). Multi-word names and proper
 * names are frozen so compromise's later passes keep them whole; single common nouns (chips, cloud) are plain
 * lexicon words, still open to context. Short acronyms (US, EU, AI) are left to compromise's acronym tagger
 * because their lower-case form is often an English word ("us").
 */
export function installLexicon(grammar: GrammarData, linker: EntityLinker): void {
  const frozen: Record<string, string> = {};
  const words: Record<string, string> = {};
  const put = (alias: string, tag: string, common: boolean) => {
    if (/[^\x20-\x7e\u2019]/.test(alias)) return; // Korean, Han: not for the English lexicon
    const parts = alias.trim().split(/\s+/).map(normalWord);
    const key = parts.join(' ');
    if (!key || installed.has(key)) return;
    if (parts.length === 1 && /^[A-Z0-9.&-]+$/.test(alias) && alias.replace(/[^A-Za-z]/g, '').length <= 3) return;
    installed.add(key);
    (parts.length === 1 && common ? words : frozen)[key] = tag;
  };
  for (const [w, tag] of Object.entries(grammar.lexicon)) put(w, tag, false);
  for (const e of linker.gazetteer.entries.values()) {
    const common = ['Technology', 'Material', 'Policy', 'Concept'].includes(e.type);
    for (const alias of Gazetteer.surfaces(e).en) put(alias, tagFor(e.type, alias), common);
  }
  if (Object.keys(frozen).length || Object.keys(words).length) nlp.plugin({ frozen, words });
}

/** Third-person singular present of a base-form verb (ban → bans, push → pushes, supply → supplies). */
export function thirdPerson(v: string): string {
  if (/(s|sh|ch|x|z|o)$/.test(v)) return `${v}es`;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ies`;
  return `${v}s`;
}

/** Expand %RELATION_VERBS% in rule patterns to the relation map's one-word English predicates. */
export function expandRules(grammar: GrammarData, relationVerbs: string[]): GrammarData {
  const verbs = [...new Set(relationVerbs.filter((v) => /^[a-z]+$/.test(v)))].sort();
  // One regex per pattern slot: compromise tests a /regex/ term once, where an (a|b|…) list is tried word by word.
  const alt = `/^(?:${verbs.join('|')})$/`;
  const altS = `/^(?:${verbs.map(thirdPerson).join('|')})$/`;
  const expand = (rs: TagRule[]) => rs.map((r) => ({ ...r, match: r.match.replaceAll('%RELATION_VERBS_S%', altS).replaceAll('%RELATION_VERBS%', alt) }));
  return { ...grammar, rules: expand(grammar.rules), ...(grammar.headlineRules ? { headlineRules: expand(grammar.headlineRules) } : {}) };
}

/** The grammar for headlines: the ordinary rules, then the headline-only ones. */
export function headlineGrammar(grammar: GrammarData): GrammarData {
  return { ...grammar, rules: [...grammar.rules, ...(grammar.headlineRules ?? [])] };
}

const nets = new WeakMap<GrammarData, ReturnType<typeof nlp.buildNet>>();

/** A compiled match net as compromise builds it (methods.one.buildNet). */
interface SweepMatch { match: string; needs: string[]; wants: string[]; ifNo?: string[]; minWant: number; minWords: number; unTag?: string }
interface SweepNet { hooks: Record<string, SweepMatch[]>; always: SweepMatch[] }
interface SweepMethods { one: { cacheDoc(doc: unknown[][]): Array<Set<string>>; match(doc: unknown[][], m: SweepMatch): { ptrs: number[][] } } }

/**
 * Each net's hooks, indexed once: hook keys in compromise's own iteration order (Object.keys), each hook's matches
 * with a number per distinct match string (compromise keeps the first match of a string) and their needs and wants
 * as hook numbers; stamp arrays mark the strings already taken and the hooks present for the sentence in hand.
 */
interface Candidate { m: SweepMatch; id: number; needs: Int32Array; wants: Int32Array }
interface NetIndex { ranks: Map<string, number>; lists: Candidate[][]; taken: Uint32Array; present: Uint32Array; gen: number }
const netIndexes = new WeakMap<object, NetIndex>();

function indexNet(net: SweepNet): NetIndex {
  let index = netIndexes.get(net.hooks);
  if (index) return index;
  const names = Object.keys(net.hooks);
  const ranks = new Map(names.map((k, i) => [k, i]));
  const ids = new Map<string, number>();
  // (needs and wants are hook keys by construction: buildNet files every match under each of them)
  const toRanks = (xs: string[]) => Int32Array.from(xs, (x) => ranks.get(x) ?? -1);
  const lists = names.map((k) => net.hooks[k]!.map((m) => {
    let id = ids.get(m.match);
    if (id === undefined) { id = ids.size; ids.set(m.match, id); }
    return { m, id, needs: toRanks(m.needs), wants: toRanks(m.wants) };
  }));
  index = { ranks, lists, taken: new Uint32Array(ids.size), present: new Uint32Array(names.length), gen: 0 };
  netIndexes.set(net.hooks, index);
  return index;
}

/** A compromise match token (the parsed form of one pattern slot), as far as the start filter reads it. */
interface Reg { optional?: boolean; negative?: boolean; anything?: boolean; greedy?: boolean; start?: boolean; end?: boolean; choices?: unknown; tag?: string; word?: string; id?: unknown }
type MatchResult = { pointer: Array<number | null>; groups: Record<string, Array<number | null>> };
interface MatchInternals {
  /** match/02-from-here.js: try the tokens from the first of `terms` (terms[0] is term `start` of a phrase of `length`). */
  fromHere(terms: unknown[], regs: Reg[], start: number, length: number): MatchResult | null;
  /** match/term/doesMatch.js: does one token match one term. */
  matchTerm(term: unknown, reg: Reg, index: number, length: number): boolean | null;
  notIf(results: MatchResult[], not: unknown, docs: unknown[][]): MatchResult[];
  getGroup(results: MatchResult[], group: unknown): { ptrs: Array<Array<number | null>>; byGroup: unknown };
}

/** compromise's own match steps, loaded from its sources (which the package's ESM entry is); undefined if they moved. */
const matchInternals: MatchInternals | undefined = await (async () => {
  try {
    const main = createRequire(import.meta.url).resolve('compromise');
    const dir = path.join(main.slice(0, main.lastIndexOf(`${path.sep}builds${path.sep}`)), 'src', '1-one', 'match', 'methods', 'match');
    const load = async (f: string) => ((await import(path.join(dir, f))) as { default: never }).default;
    return { fromHere: await load('02-from-here.js'), matchTerm: await load(path.join('term', 'doesMatch.js')), notIf: await load('03-notIf.js'), getGroup: await load('03-getGroup.js') };
  } catch {
    return undefined;
  }
})();

/** Whether bulkMatch runs its own start-filtered runMatch (compromise's match steps were found). */
export const fastRunMatch = matchInternals !== undefined;

/**
 * compromise's runMatch (match/index.js) for one sentence without a cache, with one change: a start position is
 * tried only if the first token can match there. When that token is plain (not optional, negative, a wildcard,
 * a multi-word choice or an end-anchored greedy one) tryHere dies at once on such a position, so the result is
 * the same; it saves a slice of the sentence and a try per position.
 */
function runMatch(I: MatchInternals, terms: unknown[], todo: { regs?: Reg[]; group?: unknown; justOne?: boolean; notIf?: unknown }): { ptrs: Array<Array<number | null>> } {
  const { regs, group, justOne } = todo;
  if (!regs || regs.length === 0) return { ptrs: [] };
  let results: MatchResult[] = [];
  let minLength = 0;
  for (const r of regs) if (r.optional !== true && r.negative !== true) minLength++;
  const len = terms.length;
  const first = regs[0]!;
  if (first.start === true) {
    const res = I.fromHere(terms, regs, 0, len);
    if (res) { res.pointer[0] = 0; for (const g of Object.values(res.groups)) g[0] = 0; results.push(res); }
  } else {
    const plain = first.optional !== true && first.negative !== true && first.anything !== true && first.choices === undefined && !(first.end === true && first.greedy === true);
    // (a bare #Tag token, as doesMatch tests it: the term has the tag)
    const tagOnly = plain && first.tag !== undefined && first.word === undefined && first.id === undefined && first.end !== true ? first.tag : undefined;
    for (let i = 0; i < len; i++) {
      if (len - i < minLength) break;
      if (tagOnly !== undefined ? !(terms[i] as { tags: Set<string> }).tags.has(tagOnly) : plain && I.matchTerm(terms[i], first, i, len) !== true) continue;
      const res = I.fromHere(terms.slice(i), regs, i, len);
      if (res) {
        res.pointer[0] = 0;
        for (const g of Object.values(res.groups)) g[0] = 0;
        results.push(res);
        if (justOne === true) break;
        const end = res.pointer[2] as number;
        if (Math.abs(end - 1) > i) i = Math.abs(end - 1);
      }
    }
  }
  if (regs[regs.length - 1]!.end === true) results = results.filter((res) => len === res.pointer[2]);
  if (todo.notIf) results = I.notIf(results, todo.notIf, [terms]);
  const out = I.getGroup(results, group);
  for (const ptr of out.ptrs) {
    ptr[3] = (terms[ptr[1] as number] as { id: number }).id;
    ptr[4] = (terms[(ptr[2] as number) - 1] as { id: number }).id;
  }
  return out;
}

/** compromise's candidate filter (sweep/02-trim-down.js): all needs, none of ifNo, enough wants. */
function wanted(c: Candidate, present: Uint32Array, gen: number, haves: Set<string>): boolean {
  const { needs, wants } = c;
  for (let i = 0; i < needs.length; i++) { const r = needs[i]!; if (r < 0 || present[r] !== gen) return false; }
  const ifNo = c.m.ifNo;
  if (ifNo !== undefined) for (const x of ifNo) if (haves.has(x)) return false;
  if (wants.length) {
    let found = 0;
    for (let i = 0; i < wants.length; i++) { const r = wants[i]!; if (r >= 0 && present[r] === gen) found++; }
    if (found < c.m.minWant) return false;
  }
  return true;
}

/**
 * compromise's bulkMatch (the engine of its post-tagger and of doc.sweep) with one change: the candidate
 * matches of a sentence are looked up from the sentence's own words and tags instead of by scanning every key
 * of the net (thousands for the post-tagger's net) for each comma-separated chunk. Same candidates, same order,
 * same results; it was about a tenth of the English extractor's time.
 */
export function bulkMatch(document: unknown[][], net: SweepNet, methods: SweepMethods, opts: { matchOne?: boolean } = {}): Array<Record<string, unknown>> {
  const caches = methods.one.cacheDoc(document);
  const index = indexNet(net);
  const { ranks, lists, taken, present } = index;
  const results: Array<Record<string, unknown>> = [];
  for (let n = 0; n < document.length; n++) {
    const haves = caches[n]!;
    if (++index.gen === 0xffffffff) { taken.fill(0); present.fill(0); index.gen = 1; }
    const gen = index.gen;
    const keys: number[] = [];
    for (const k of haves) { const r = ranks.get(k); if (r !== undefined) { keys.push(r); present[r] = gen; } }
    keys.sort((a, b) => a - b);
    const todo: SweepMatch[] = [];
    for (const r of keys) {
      const list = lists[r]!;
      for (let i = 0; i < list.length; i++) {
        const c = list[i]!;
        if (taken[c.id] === gen) continue;
        taken[c.id] = gen;
        if (wanted(c, present, gen, haves)) todo.push(c.m);
      }
    }
    for (const m of net.always) todo.push(m);
    const len = document[n]!.length;
    for (const m of todo) {
      if (len < m.minWords) continue;
      const res = matchInternals ? runMatch(matchInternals, document[n]!, m as never) : methods.one.match([document[n]!], m);
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        results.push({ ...m, pointer: ptr, ...(m.unTag !== undefined ? { unTag: m.unTag } : {}) });
        if (opts.matchOne) return [results[0]!];
      }
    }
  }
  return results;
}

/** compromise's own bulkMatch, as loaded (kept to check ours against it). */
export const compromiseBulkMatch = (nlp.methods() as unknown as { one: { bulkMatch: typeof bulkMatch } }).one.bulkMatch;

/** The parts of a compromise View and its world that a sweep uses. */
interface TagWorld {
  model: { two: { matches: object[] } };
  methods: SweepMethods & {
    one: { buildNet(matches: object[], world: TagWorld): SweepNet; bulkTagger(found: Array<Record<string, unknown>>, document: unknown[][], world: TagWorld): void };
    two: { quickSplit(docs: unknown[][]): unknown[][] };
  };
}
interface TagView { world: TagWorld; docs: unknown[][]; uncache(): void; unfreeze(): void }

/**
 * doc.sweep(net) for tagging only: match, then tag, as View.sweep does, without building a View for each match
 * (nobody reads them here).
 */
function sweepTags(view: TagView, net: SweepNet, document: unknown[][] = view.docs): void {
  const { world } = view;
  world.methods.one.bulkTagger(bulkMatch(document, net, world.methods), document, world);
}

let postNet: SweepNet | undefined;
/** compromise's postTagger compute (2-two/postTagger/compute), its sweep done by sweepTags. */
function postTagger(view: TagView): TagView {
  const { world } = view;
  if (!postNet) {
    // copies (buildNet rewrites what it is given); a notIf compromise's own post-tagger has already parsed stays parsed
    const copies = (world.model.two.matches as Array<{ notIf?: unknown }>).map((m) => ({ ...m }));
    const parsed = copies.map((c) => (typeof c.notIf === 'string' ? undefined : c.notIf));
    for (const c of copies) if (typeof c.notIf !== 'string') delete c.notIf;
    postNet = world.methods.one.buildNet(copies, world);
    copies.forEach((c, i) => { if (parsed[i] !== undefined) c.notIf = parsed[i]; });
  }
  // the matches run on comma-separated chunks, as in compromise
  sweepTags(view, postNet, world.methods.two.quickSplit(view.docs));
  view.uncache();
  view.unfreeze();
  return view;
}

let fastSweep = false;
/** The hooks nlp.tokenize runs (alias, normal, machine, contractions). */
const TOKENIZE_HOOKS = new Set(['contractions', 'alias', 'machine', 'normal']);

/** Parse one sentence with compromise and apply the post-tagging rules; returns its terms, in order. */
export function tagSentence(text: string, grammar: GrammarData): CompromiseTerm[] {
  if (!fastSweep) {
    nlp.plugin({ methods: { one: { bulkMatch } }, compute: { postTagger } });
    fastSweep = true;
  }
  let net = nets.get(grammar);
  if (!net) {
    net = nlp.buildNet(grammar.rules.map((r) => ({ ...r })));
    nets.set(grammar, net);
  }
  // compromise's own hooks except the chunker (this module chunks for itself): nlp.tokenize has run the first ones.
  const doc = nlp.tokenize(text);
  doc.compute(nlp.hooks().filter((h) => !TOKENIZE_HOOKS.has(h) && h !== 'chunks'));
  sweepTags(doc as unknown as TagView, net as unknown as SweepNet);
  doc.compute('root');
  return (doc.docs as unknown as CompromiseTerm[][]).flat();
}

/** The fields of a compromise term this module reads. */
export interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  normal: string;
  tags: Set<string>;
  root?: string;
  implicit?: string;
  machine?: string;
}
