// English triple extraction with compromise: tag one sentence, analyse its clauses (analyze.ts), resolve the
// phrases to canonical entities shared with Korean (gazetteer, document short forms, discovered names,
// concept phrases) and build triples with the common relation map.
import type { DocumentEntities, EntityLinker, GazetteerEntry, Mention } from '../../entities/index.js';
import { makeTriple } from '../../extract/triple.js';
import type { SentenceExtractor, SentenceResult } from '../../extract/types.js';
import { GENERIC_RELATION, relationTypeName, verbRelationType, type RelationMap } from '../../relations/index.js';
import type { EntityRef, EntityType, Modality, NewsDocument, Sentence, Span, Triple } from '../../types/index.js';
import { slugify } from '../../util/hash.js';
import { resolveOptions } from '../../util/options.js';
import { Analyzer, toTokens, type Frame, type Phrase, type Tok } from './analyze.js';
import { DEFAULT_EN_CLAUSES_FILE, DEFAULT_EN_CONSTRUCTIONS_FILE, DEFAULT_EN_GRAMMAR_FILE, expandRules, headlineGrammar, installLexicon, loadCues, loadGrammar, tagSentence, type Cues, type DefiniteBody, type GrammarData } from './grammar.js';

export interface EnOptions {
  /** Tagging data: lexicon and post-tagging rules (data/en/grammar.yaml). */
  grammarFile: string;
  /** Clause cues: modals, control verbs, attribution, negation … (data/en/clauses.yaml). */
  clausesFile: string;
  /** Constructions: figure-taking relations, member cues, light verbs (data/en/constructions.yaml). */
  constructionsFile: string;
  /** Triples below this confidence are dropped. */
  minConfidence: number;
  /**
   * Which unmapped predicates give a triple (named as `unmappedRelation` says; lemma in `predicate`): 'none',
   * only between two named entities ('entities'), or 'all'. Default 'all': named after its verb, an unmapped
   * predicate says what was done (exports fell 97% → FALLS, the venture received approval → RECEIVES); as one
   * RELATED_TO edge each, only those between two actors were worth keeping ('entities').
   */
  unmapped: 'none' | 'entities' | 'all';
  /**
   * What an unmapped predicate kept by `unmapped` is called: 'verb' names it after its verb (halted → HALTS,
   * made up → MAKES_UP; the lemma stays in `predicate`), 'generic' calls every one RELATED_TO. Default 'verb':
   * the edge then says what was done, and an analyst who wants it among the normalised types maps the lemma
   * in data/relations.yaml. (Korean, whose predicates have no such English form, keeps RELATED_TO.)
   */
  unmappedRelation: 'verb' | 'generic';
  /** Allow a phrase (Concept) as subject; otherwise only named entities act. */
  conceptSubjects: boolean;
  /**
   * Which unnamed things may act with a mapped relation, besides actors, groups and measures, which always may.
   * 'listed' (default): a phrase headed by an instrument or facility of thingHeads in data/en/constructions.yaml
   * (the scheme offers incentives, the export control list bars Chinese firms, the plant produces cathodes), in its
   * own clause. 'all': any phrase headed by a noun — not one naming a decision or state (eventHeads), an amount, or a
   * word that is itself a predicate; on unseen copy it gained recall (0.55 → 0.59) for much precision (0.80 → 0.75).
   * 'none': only actors, groups and measures.
   */
  thingSubjects: 'none' | 'listed' | 'all';
  /**
   * Emit IS_A for appositives (Micron, a memory chipmaker, …; Ren Hongbin, head of …) and copulas (X is Japan's
   * largest exporter, Among the recipients is X). On by default: the blind9/blind10 conventions require comma
   * appositives (blind6's annotators left them out, so there they score as false positives). Off, the appositive
   * still shapes the analysis (it is no list member, and a role in it — "the main supplier of HBM to Nvidia" — still
   * gives its own triple).
   */
  appositives: boolean;
  /**
   * Emit acts explicitly denied (did not sell X → SELLS with modality 'negated'), as Korean does (…하지 않았다).
   * On by default: a denial is news and the modality keeps it apart from the act. Scorers that ignore modality
   * count such an edge as the act itself; switch it off for a graph of what happened only. A negation that amounts
   * to another act (would not allow → BANS, refused to accept → REJECTS) is emitted either way.
   */
  negatedTriples: boolean;
  /** Emit speaker -SAYS/REPORTS-> the content's subject for attributed sentences. */
  attributionTriples: boolean;
  /**
   * Emit speaker -SAYS-> what was said (a Concept labelled with the quote or reported clause) for each speech act
   * with a named speaker; a mapped speech verb names its own relation (announce → ANNOUNCES, report → REPORTS).
   */
  statementTriples: boolean;
  /**
   * Emit the act someone was only asked to do (Tokyo asked Beijing to approve licences → Beijing APPROVES licences,
   * 'possible'). Off by default: the request itself is the triple (Tokyo URGES Beijing); on unseen wire copy the
   * requested act was read as a fact and was wrong nearly every time.
   */
  requestedActs: boolean;
  /** Longest statement label, in words (a longer one is cut with an ellipsis). */
  maxStatementWords: number;
  /** Skip sentences longer than this many characters (pathological input). */
  maxSentenceLength: number;
}

export const DEFAULT_EN_OPTIONS: EnOptions = {
  grammarFile: DEFAULT_EN_GRAMMAR_FILE,
  clausesFile: DEFAULT_EN_CLAUSES_FILE,
  constructionsFile: DEFAULT_EN_CONSTRUCTIONS_FILE,
  minConfidence: 0.5,
  unmapped: 'all',
  unmappedRelation: 'verb',
  conceptSubjects: false,
  thingSubjects: 'listed',
  appositives: true,
  attributionTriples: false,
  statementTriples: true,
  requestedActs: false,
  negatedTriples: true,
  maxStatementWords: 30,
  maxSentenceLength: 2000,
};

const MEDIA_TYPES = new Set<EntityType>(['Media']);
/** Forms of "be" left out of what a denial denies (has never been a threat → a threat). */
const BE_FORMS = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being']);
/** Bodies whose account of others' acts is an attribution rather than a statement of their own. */
const AUTHORITY_TYPES = new Set<EntityType>(['Country', 'Government', 'Agency']);
/** Entity types that act (and may be the goal of a transfer). */
const ACTOR_TYPES = new Set<EntityType>(['Country', 'Government', 'Agency', 'Company', 'Organization', 'Person']);
/** Named things that are no actors: the subject of an unmapped predicate must not be one. */
const THING_TYPES = new Set<EntityType>(['Policy', 'Technology', 'Material', 'Product', 'Location', 'Concept']);
/** Relations an unnamed phrase never has as subject: the unmapped one, and speech. */
const SPEECH_RELATIONS = new Set([GENERIC_RELATION, 'SAYS', 'REPORTS', 'CITES']);
const NAME_TYPES: Record<string, EntityType> = { Person: 'Person', Country: 'Country', Place: 'Location', Company: 'Company', Organization: 'Organization' };

interface Resolved {
  ref: EntityRef; named: boolean; pronoun: boolean;
  /** A definite phrase standing for the actor that introduced it (the rules → the agency that issued them). */
  viaOwner?: boolean;
  /** For phrases: the head noun's lemma, and whether the phrase is definite (the rules, these measures). */
  head?: string; definite?: boolean;
  /** For phrases: only the head noun is left once determiners are stripped (the company). */
  bare?: boolean;
  /** For phrases: the head noun is plural. */
  plural?: boolean;
  /** For phrases: the head is a noun (not a verb or adjective compromise left in a noun phrase) and no amount. */
  nounHead?: boolean;
  /** A measure standing for its issuer (Japan's curbs → Japan): the measure's head lemma. */
  measure?: string;
}

/** Per-document memory for pronouns across sentences: the last named subject. */
/** An entity standing in for an unnamed phrase (the rules → the body that issued them), keeping the phrase's span. */
function standIn(by: EntityRef, x: Resolved): Resolved {
  return { ref: { ...by, ...(x.ref.span ? { span: x.ref.span } : {}) }, named: true, pronoun: false, viaOwner: true };
}

interface DocMemory {
  thing?: EntityRef; person?: EntityRef; owners: Map<string, EntityRef>; /** Named entities of earlier sentences, latest last. */ recent?: EntityRef[];
  /** Body heads met with a name (the U.S. government, China's commerce ministry): head word → the entity, latest. */
  heads?: Map<string, EntityRef>;
  /** The latest government body that sanctioned, charged, listed or barred someone. */
  regulator?: EntityRef;
  /** The latest government body that issued, imposed or enforced a measure: what an unowned "the rules" is of. */
  issuer?: EntityRef;
  /** Named subjects and objects of earlier triples, latest last: what a later "the company" most likely means. */
  salient?: EntityRef[];
}
const lastSubject = new WeakMap<DocumentEntities, DocMemory>();
/** linker.fuzzy results by surface (null: none), per linker. */
const nearMisses = new WeakMap<EntityLinker, Map<string, GazetteerEntry | null>>();
/** The words of the gazetteer's English person titles, per linker. */
const titleWordSets = new WeakMap<EntityLinker, Set<string>>();
const legalFormSets = new WeakMap<EntityLinker, Set<string>>();

export function createEnglishExtractor(opts: Partial<EnOptions> & { linker: EntityLinker; relations: RelationMap }): SentenceExtractor {
  const { linker, relations, ...rest } = opts;
  const o = resolveOptions('extract/en', DEFAULT_EN_OPTIONS, rest, (x) => [
    ...(x.minConfidence >= 0 && x.minConfidence <= 1 ? [] : [`minConfidence must be in [0, 1], got ${x.minConfidence}`]),
    ...(['none', 'entities', 'all'].includes(x.unmapped) ? [] : [`unmapped must be none, entities or all, got ${x.unmapped}`]),
    ...(['verb', 'generic'].includes(x.unmappedRelation) ? [] : [`unmappedRelation must be verb or generic, got ${x.unmappedRelation}`]),
    ...(['none', 'listed', 'all'].includes(x.thingSubjects) ? [] : [`thingSubjects must be none, listed or all, got ${String(x.thingSubjects)}`]),
  ]);
  const grammar = expandRules(loadGrammar(o.grammarFile), relations.lemmas('en'));
  const headlines = headlineGrammar(grammar);
  const cues = loadCues(o.clausesFile, grammar, o.constructionsFile);
  installLexicon(grammar, linker);
  const analyzer = new Analyzer(cues, relations);
  return {
    lang: 'en',
    extract: (sentence, doc, entities) => extractSentence(sentence, doc, entities, { o, grammar, headlines, cues, analyzer, relations }),
  };
}

interface Ctx { o: EnOptions; grammar: GrammarData; headlines: GrammarData; cues: Cues; analyzer: Analyzer; relations: RelationMap }

function extractSentence(sentence: Sentence, doc: NewsDocument, entities: DocumentEntities, ctx: Ctx): SentenceResult {
  const text = sentence.text;
  const mentions = entities.mentions(text, sentence.start);
  if (!text.trim() || text.length > ctx.o.maxSentenceLength) return { triples: [], mentions };
  // A title-case headline (Dutch Expand Curbs on Chip Tools) is tagged in sentence case, so that its verbs and
  // common nouns are not read as one long proper name; tokens keep the words as written.
  const titleCase = isTitleCase(text);
  let tagText = titleCase ? sentenceCase(text, mentions, sentence.start, ctx.cues) : text;
  // a dateline (WASHINGTON, Dec 3 (Reuters) - …) is no part of the sentence's grammar: blanked, offsets kept
  const dateline = DATELINE.exec(tagText)?.[0];
  if (dateline) tagText = ' '.repeat(dateline.length) + tagText.slice(dateline.length);
  // a headline: title case, or the document's first line without closing punctuation
  const headline = titleCase || (sentence.index === 0 && !/[.!?]["'”’)]?\s*$/.test(text));
  const terms = tagSentence(tagText, headline ? ctx.headlines : ctx.grammar);
  const toks = toTokens(terms, tagText, sentence.start, mentions);
  if (tagText !== text) for (const t of toks) t.text = text.slice(t.start - sentence.start, t.end - sentence.start);
  const an = ctx.analyzer.analyze(toks, mentions, midSentenceCapitals(doc), headline);
  const r = new PhraseResolver(toks, mentions, entities, ctx.cues, text, sentence.start);

  // Discovered proper names become entities (and mentions) before phrases are resolved.
  const allMentions: Mention[] = [...mentions];
  const titleWords = titleWordsOf(entities.linker);
  const titleHeads = titleHeadsOf(entities.linker);
  for (const nm0 of an.names) {
    // "Commission President Ursula von der Leyen", "Sojitz President Masayoshi Fujimoto": a run that holds a title
    // before the last words names the person after the title (the words before qualify the title)
    let nm = nm0;
    for (let k = nm0.b - 2; k >= nm0.a; k--) {
      if (titleHeads.has(an.toks[k]!.norm.replace(/\.$/, '')) && !titleWords.has(an.toks[k + 1]!.norm.replace(/\.$/, ''))) {
        nm = { a: k + 1, b: nm0.b, tag: 'Person' };
        break;
      }
    }
    // "Dutch trade minister Liesje Schreinemacher": a name right after a title word is a person's
    if (nm === nm0 && nm0.a > 0 && titleWords.has(an.toks[nm0.a - 1]!.norm.replace(/\.$/, '')) && !an.toks.slice(nm0.a, nm0.b).some((t) => ctx.cues.nameHeads.has(t.norm))) nm = { ...nm0, tag: 'Person' };
    const span = r.span(nm.a, nm.b);
    const ref = entities.tryDiscover(span.text.replace(/['’]s$/, ''), NAME_TYPES[nm.tag] ?? 'Organization', 'en', span);
    if (!ref) continue; // not a name after all (lexicon.not_names, no capital left once titles are trimmed …)
    allMentions.push({ ...ref, span });
    r.named.set(`${nm.a}:${nm.b}`, ref);
  }

  // the sentence's first named subject, for a definite body later in it ("The Netherlands will …, the government said")
  const memory: DocMemory = lastSubject.get(entities) ?? { owners: new Map() };
  r.memory = memory;
  const firstSubject = an.frames.find((f) => !f.isA && f.subjects.length)?.subjects[0];
  const fs = firstSubject && r.resolve(firstSubject)[0];
  r.firstSubject = fs?.named && !fs.pronoun ? { ref: fs.ref, at: an.toks[firstSubject!.a]!.start } : undefined;
  if (!r.firstSubject) {
    // "Intel said that it … after the government told the company …": with a pronoun first, the first named speaker
    const sp = an.statements.flatMap((st) => st.speakers).sort((x, y) => x.a - y.a)[0];
    const x = sp && r.resolve(sp)[0];
    if (x?.named && !x.pronoun) r.firstSubject = { ref: x.ref, at: an.toks[sp!.a]!.start };
  }
  // "SMIC was added to the list by the Trump administration after it said …": a pronoun speaker after a clause of
  // this sentence (outside what it says) is that clause's named subject, not the document's last one
  const earlierSpeaker = new Map<string, Resolved>();
  for (const st of an.statements) for (const p of st.speakers) {
    const t = an.toks[p.a]!;
    if (p.b - p.a !== 1 || !ctx.cues.pronouns.has(t.norm) || /^(they|them|we|i|you)$/.test(t.norm)) continue;
    const person = ctx.cues.pronouns.get(t.norm) === 'person';
    for (let fi = an.frames.length - 1; fi >= 0; fi--) {
      const f = an.frames[fi]!;
      if (f.isA || f.predA >= p.a || (f.predA >= st.a && f.predA < st.b) || an.statements.some((o) => f.predA >= o.a && f.predA < o.b)) continue;
      const x = f.subjects.flatMap((q) => r.resolve(q)).find((y) => y.named && !y.pronoun && (y.ref.type === 'Person') === person);
      if (x) { earlierSpeaker.set(`${p.a}:${p.b}`, { ...x, ref: { ...x.ref, span: r.span(p.a, p.b) }, pronoun: true }); break; }
    }
  }
  r.forget(); // (resolved before the speaker is known: pronouns and bodies are resolved again in their clauses)
  const resolveSpeaker = (p: Phrase): Resolved[] => { const e = earlierSpeaker.get(`${p.a}:${p.b}`); return e ? [e] : r.resolve(p); };
  const speakers = an.speakers.map((p) => resolveSpeaker(p)[0]).filter((x): x is Resolved => !!x && !x.ref.id.startsWith('~'));
  const speaker = speakers.find((s) => s.named)?.ref;
  r.speaker = speaker && !MEDIA_TYPES.has(speaker.type) ? speaker : undefined;
  // "Samsung and SK Hynix said they …": several speakers are what a plural pronoun refers to
  r.speakers = speakers.filter((s) => s.named && !MEDIA_TYPES.has(s.ref.type)).map((s) => s.ref);
  // a claim is reported when someone says it; "citing security concerns" gives a reason, not a source
  const attributed = an.speakers.some((p) => !p.cited || r.resolve(p)[0]?.named ||
    an.toks.slice(p.a, p.b).some((t) => ctx.cues.sourceNouns.has(t.norm) || ctx.cues.sourceNouns.has(t.lemma)));

  // a denial ends where the speaker's coordinated next clause starts (denied that …, and says it has spent …)
  for (const st of an.statements) {
    if (!ctx.cues.denialVerbs.has(st.lemma)) continue;
    for (let t = st.a + 1; t + 1 < st.b; t++) {
      if (/,/.test(an.toks[t - 1]!.post) && /^(and|but|while)$/.test(an.toks[t]!.norm) && an.toks[t + 1]!.tags.has('Verb')) { st.b = t; break; }
    }
  }
  const triples: Triple[] = [];
  const seen = new Set<string>();
  /** Predicate token indexes of the frames that gave a triple, with the triple's subject. */
  const acted: Array<{ at: number; subject: string }> = [];
  /** subject|relation|object of the triples a verb gave: a noun phrase stating the same is no triple of its own. */
  const verbal = new Set<string>();
  // each statement's own speaker, for the pronouns of what it says (A said it …, while B said it …)
  // (what was told to someone speaks of the addressee: the government told the chip maker it would need a licence)
  const stSpeakers = an.statements.map((st) => (st.addressee ? r.resolve(st.addressee).find((x) => x.named && !MEDIA_TYPES.has(x.ref.type) && x.ref.type !== 'Person')?.ref : undefined) ??
    st.speakers.flatMap((p) => resolveSpeaker(p)).find((x) => x.named && !MEDIA_TYPES.has(x.ref.type))?.ref);
  const sentenceSpeaker = r.speaker;
  /** An unnamed plural of people by role, or of a group, with an act of speech, stance, decision or trade. */
  const roleActs = (s: Resolved, relation: string, f?: Frame): boolean => !s.named && !!s.head && !!s.plural && ctx.cues.roleRelations.has(relation) &&
    // (not what another clause has them do: "require exporters to obtain licences" is the rule's demand)
    !f?.controlled &&
    (ctx.cues.roleHeads.has(s.head) || ctx.cues.groupHeads.has(s.head) || ctx.cues.agentHeads.has(s.head));
  for (const f of an.frames) {
    if (f.isA && !ctx.o.appositives) continue;
    if (f.requested && !ctx.o.requestedActs) continue;
    r.clauseSubjects = [];
    const within = an.statements.findIndex((st) => f.predA >= st.a && f.predA < st.b);
    // what a speaker denies (denied that it shared data …) is no claim
    if (within >= 0 && ctx.cues.denialVerbs.has(an.statements[within]!.lemma)) continue;
    r.speaker = within >= 0 ? stSpeakers[within] ?? sentenceSpeaker : sentenceSpeaker;
    // (what someone is charged with is about the accused: charges that it exported … — "it" is no speaker)
    if (f.accusation) r.speaker = undefined;
    // (a relation stated by a noun phrase is a little less sure than one stated by a verb)
    let conf = f.nominal ? 0.75 : 0.85;
    // "The ministry said (that) exports of X would be prohibited": an agentless passive of a regulatory act in a
    // claim by a government body about what will be done has that body as its agent (what was done — "Huawei was
    // added in 2019, the ministry said" — may be anyone's act).
    /** The relation type the frame's verb maps to (before an object narrows it). */
    const frameType = ctx.relations.typeFor(f.lemma, 'en');
    const speakerAgent = f.passive && !f.objects.length && f.subjects.length > 0 && r.speaker && ctx.cues.implicitAgentTypes.has(r.speaker.type) &&
      (((f.modality === 'planned' || f.modality === 'possible') && ctx.cues.implicitAgentRelations.has(frameType)) ||
        (f.modality === 'asserted' && ctx.cues.implicitAgentAssertedRelations.has(frameType))) ? r.speaker : undefined;
    // "Azu International was designated for supplying …": a legal or regulatory act in the agentless passive, with no
    // speaking body, is the act of the body the document last saw perform one
    const docAgent = !speakerAgent && f.passive && !f.objects.length && f.subjects.length > 0 && !f.relative && memory.regulator &&
      ctx.cues.documentAgentRelations.has(frameType) ? memory.regulator : undefined;
    const implicitAgent = speakerAgent ?? docAgent;
    // "Under current US rules, a licence is required …", "Under the deal, tariffs on X will be cut": the measure's act, its
    // issuer's when named (US rules) or known (the rules), else the agreement's own
    const underBy = !implicitAgent && f.under && f.passive && !f.objects.length && f.subjects.length > 0 && ctx.cues.implicitAgentRelations.has(frameType)
      ? r.resolve(f.under).filter((x) => !x.pronoun && (!x.named || ACTOR_TYPES.has(x.ref.type))).map((x) => {
        if (x.named || !x.head || !ctx.cues.actorHeads.has(x.head)) return x;
        const by = r.issuerBefore(f.under!) ?? memory.issuer;
        return by ? standIn(by, x) : x;
      })
      : [];
    let subjects = implicitAgent ? [{ ref: implicitAgent, named: true, pronoun: false } as Resolved] : underBy.length ? underBy : f.subjects.flatMap((p) => r.resolve(p));
    if (underBy.some((x) => x.viaOwner)) conf -= 0.1;
    if (implicitAgent) conf -= docAgent ? 0.2 : 0.1;
    let ownerActs = false;
    // A relative clause on a phrase (sanctions that restrict …) acts for the clause that introduced the phrase.
    // (not when the clause undid the phrase: "revoked the status that allowed X to …" — allowing is no act of the revoker)
    // (nor for a group: "exempted companies that build plants" — the companies build, not the one who exempted them)
    // (nor for a passive's by-agent, which is named outright: a shortfall created by the ban)
    // (nor for a speech verb's phrase, which opens what is said: "AMD said new rules covering its chips could …")
    if (f.relative && !(f.passive && f.objects.length) && subjects.every((s) => !s.named && !(s.head && ctx.cues.groupHeads.has(s.head))) && f.from !== undefined && (f.inherited || !ctx.cues.reversalRelations.has(ctx.relations.typeFor(an.frames[f.from]!.lemma, 'en'))) &&
      !(f.reduced && ctx.cues.attributionVerbs.has(an.frames[f.from]!.lemma)) &&
      // (what takes effect or comes from somewhere is the thing itself: "the rules, which took effect in April")
      !ctx.cues.thingRelations.has(frameType)) {
      const owner = an.frames[f.from]!;
      subjects = owner.subjects.flatMap((p) => r.resolve(p));
      ownerActs = true;
      conf -= 0.1;
    }
    if (f.inherited) conf -= 0.05;
    // "The rules will block Nvidia": a definite phrase introduced earlier as what a named actor issued acts for it.
    // (a measure whose issuer the document never said — "new export rules", "the restrictions" — is the latest issuer's,
    // for an act of its own: not speech, nor what is done to it or what it is — "were part of", "are used in")
    subjects = subjects.map((x) => {
      if (ctx.cues.thingRelations.has(frameType)) return x;
      const owner = !x.named && !x.pronoun && x.definite && x.head ? memory.owners.get(x.head) : undefined;
      const by = owner ?? (!x.named && !x.pronoun && !!x.head && ctx.cues.actorHeads.has(x.head) && (x.definite || x.plural) && !f.isA && !f.nominal && !f.passive && !/^be\b/.test(f.lemma) &&
        frameType !== GENERIC_RELATION && !SPEECH_RELATIONS.has(frameType) ? memory.issuer : undefined);
      if (!by) return x;
      conf -= 0.1;
      return standIn(by, x);
    });
    // a noun phrase's agent must be a named actor (not "the company's", "last year's"); a country or body before the
    // noun, not a company ("Huawei sanctions" are sanctions on Huawei)
    if (f.nominal) subjects = subjects.filter((x) => x.named && !x.pronoun && !x.viaOwner && ACTOR_TYPES.has(x.ref.type) && !x.ref.id.startsWith('~') &&
      (f.nominal !== 'modifier' || AUTHORITY_TYPES.has(x.ref.type) || x.ref.type === 'Organization'));
    // (a possessive pronoun in the phrase is the containing clause's: Micron criticized Beijing's ban on its chips)
    // (nor a measure's issuer stood in for it: in "the rules covering its chips", "its" is not the issuer's)
    r.clauseSubjects = f.nominal ? r.sentenceSubjects : subjects.filter((x) => x.named && !x.viaOwner).map((x) => x.ref);
    // plural when several, or when the one phrase is plural (U.S. officials → United States, referred to as "they")
    r.clausePlural = r.clauseSubjects.length > 1 || f.subjects.some((p) => an.toks[p.b - 1]!.tags.has('Plural'));
    if (r.clauseSubjects.length && (!f.isA || f.copular) && !f.nominal) { r.sentenceSubjects = r.clauseSubjects; r.sentencePlural = r.clausePlural; }
    const objectPhrases = implicitAgent || underBy.length ? f.subjects : f.objects;
    const objects = objectPhrases.flatMap((p) => r.resolve(p, f.isA, true, f.figure)).filter((x) => x.named || !x.head || !ctx.cues.emptyObjects.has(x.head))
      // (a bare vague noun described by a participle names no object: "products made by Micron" is no Micron PRODUCES
      // products)
      .filter((x) => !f.reduced || x.named || !x.bare || !x.head || !ctx.cues.vagueObjects.has(x.head) || /['’]s /.test(x.ref.label))
      .concat((f.recipients ?? []).flatMap((p) => r.resolve(p, false, true)).filter((x) => (x.named && !x.pronoun) ||
        // (an unnamed group of receivers too: shipped the chips to freight forwarders in Singapore)
        (!x.named && !x.pronoun && !!x.head && ctx.cues.groupHeads.has(x.head) && !!x.plural && ctx.cues.destinationRelations.has(frameType))));
    // remember the latest unnamed plural phrase acted on, for a later "them"
    if (!f.isA && !f.nominal) {
      const pl = objectPhrases.filter((p) => an.toks[p.b - 1]!.tags.has('Plural')).flatMap((p) => r.resolve(p)).find((x) => !x.named && !x.pronoun && x.head);
      if (pl) r.pluralObject = pl;
    }
    // "The servers were shipped to Malaysia", "the magnets are produced in China": an agentless passive's patient went to,
    // is in or came from its complement; with no agent to name, the edge is named after the participle and preposition
    // (SHIPPED_TO, PRODUCED_IN), one side at least named — or goods and a thing ("the magnets, which are used in
    // electric vehicle motors": what goods go into or where they go is a fact about them).
    if (f.placed && !implicitAgent && !objects.length && f.modality === 'asserted' && !f.reduced && !f.alleged && !f.isA &&
      !ctx.cues.skipPredicates.has(f.lemma.split(' ')[0]!)) {
      const relation = relationTypeName(an.toks[f.predA]!.norm, f.placed.prep);
      const places = r.resolve(f.placed.phrase, false, true).filter((x) => !x.pronoun && (x.named || !x.head || !ctx.cues.emptyObjects.has(x.head)));
      const modality: Modality = attributed && !f.ownClaim ? 'reported' : 'asserted';
      for (const s of subjects) for (const ob of places) {
        // (two unnamed things only from a relative clause, which states what its antecedent is: the magnets, which are
        // used in electric vehicle motors; or goods with a place: rare earths exported to Japan)
        const relativeThing = f.relative && !s.pronoun && !ob.pronoun && !!s.nounHead && !!ob.nounHead && !!s.head && !ctx.cues.vagueObjects.has(s.head);
        const goods = !s.named && !!s.head && ctx.cues.goodsNouns.has(s.head) && !ctx.cues.vagueObjects.has(s.head) && !ob.named && !!ob.head && !!ob.nounHead && !ctx.cues.vagueObjects.has(ob.head);
        if (s.ref.id === ob.ref.id || !(s.named || ob.named || relativeThing || goods) || (!s.named && !s.head)) continue;
        const key = `${s.ref.id}|${relation}|${ob.ref.id}|${modality}`;
        if (seen.has(key)) continue;
        seen.add(key);
        acted.push({ at: f.predA, subject: s.ref.id });
        triples.push(makeTriple(doc, sentence, {
          subject: s.ref, relation, predicate: f.lemma.endsWith(` ${f.placed.prep}`) ? f.lemma : `${f.lemma} ${f.placed.prep}`, object: ob.ref, modality, confidence: Math.max(ctx.o.minConfidence, conf - 0.25),
          ...(speaker && !f.ownClaim ? { attribution: speaker } : {}),
          ...(f.predB > f.predA ? { predicateSpan: r.span(f.predA, f.predB) } : {}),
        }));
      }
    }
    // the frame is what a statement says, its subject opening it or a conjunct of it (said it …, said … and that it …)
    // (not a relative's: decisions that it deems harmful)
    const before = (k: number) => an.toks[(f.subjects[0]?.a ?? 0) - k]?.norm ?? '';
    const ownClause = within >= 0 && !f.relative && f.subjects.length === 1 && (f.subjects[0]!.a === an.statements[within]!.a ||
      /^(and|but)$/.test(before(1)) || (before(1) === 'that' && /^(and|but)$/.test(before(2))));
    // "Lawmakers said they would investigate …": with no named antecedent, "they" opening what unnamed speakers say is
    // them (a group or agent that may act unnamed: lawmakers, prosecutors, U.S. chipmakers)
    if (ownClause && !subjects.length && f.subjects[0]!.b - f.subjects[0]!.a === 1 && /^(they|we)$/.test(an.toks[f.subjects[0]!.a]!.norm)) {
      // (not when a named speaker is among them: "carmakers, including Toyota and Nissan, said they …")
      const said = an.statements[within]!.speakers.flatMap((p) => r.resolve(p));
      const group = said.filter((x) => !x.named && !x.pronoun && !!x.head && !!x.plural && (ctx.cues.agentHeads.has(x.head) || ctx.cues.groupHeads.has(x.head) || ctx.cues.roleHeads.has(x.head)));
      if (group.length && !said.some((x) => x.named)) subjects = group;
    }
    // "CATL said it had never engaged in military business", "Tencent said it was not a military company": what a
    // speaker says it never did or is not is its denial of that (the object: what is denied, as written)
    const denier = ownClause && f.modality === 'negated' && f.unnegated === 'asserted' && r.speaker ? subjects.find((s) => s.ref.id === r.speaker!.id) : undefined;
    if (denier && ctx.o.statementTriples) {
      const st = an.statements[within]!;
      const never = an.toks.slice(f.subjects[0]!.b, f.predA).some((t) => t.norm === 'never');
      const ob0 = f.objects[0];
      // (a status: a noun phrase after "be", not an adjective — "was not aware of" denies nothing)
      const status = f.lemma === 'be' && !!ob0 && /^(a|an|any)$/.test(an.toks[ob0.a]!.norm);
      if (never || status || ctx.cues.denialPredicates.has(f.lemma)) {
        let a = status ? ob0!.a : f.predA;
        while (a < st.b && BE_FORMS.has(an.toks[a]!.norm)) a++;
        let b = a + 1;
        // … to the end of its clause (the next coordinated clause of the statement, a semicolon)
        while (b < st.b && !/;/.test(an.toks[b - 1]!.post) && !(/^(and|but)$/.test(an.toks[b]!.norm) && (an.toks[b + 1]?.norm === 'that' || /,/.test(an.toks[b - 1]!.post)))) b++;
        const label = b > a ? statementLabel(r.span(a, b).text, ctx.o.maxStatementWords) : '';
        const relation = ctx.relations.typeFor(ctx.cues.denialLemma, 'en');
        const key = `${denier.ref.id}|${relation}|${slugify(label)}`;
        if (label && !seen.has(key)) {
          seen.add(key);
          triples.push(makeTriple(doc, sentence, {
            subject: denier.ref, relation, predicate: ctx.cues.denialLemma, object: { id: slugify(label), label, type: 'Concept', span: r.span(a, b) },
            modality: 'asserted', confidence: 0.6, predicateSpan: r.span(f.predA, f.predB),
          }));
        }
      }
    }
    // "the government told the company it would need a licence", "… told Nvidia that a licence was required": what a body
    // tells its addressee it needs, or is required, the body requires
    const told = within >= 0 ? an.statements[within]! : undefined;
    if (told?.addressee && !f.isA && !f.nominal && !implicitAgent && !underBy.length) {
      const need = ctx.cues.requirementOf.get(frameType);
      const addressee = r.resolve(told.addressee).find((x) => x.named)?.ref.id;
      const isPermit = (x: Resolved) => !x.named && !!x.head && ctx.cues.permitNouns.has(x.head);
      const permits = need && !f.passive && subjects.some((s) => s.ref.id === addressee) ? objects.filter(isPermit)
        : f.passive && !f.objects.length && ctx.cues.requirementOf.has(frameType) ? f.subjects.flatMap((p) => r.resolve(p, false, true)).filter(isPermit) : [];
      const rel = need ?? [...ctx.cues.requirementOf.values()][0]!;
      const tellers = permits.length ? told.speakers.flatMap((p) => resolveSpeaker(p)).filter((x) => x.named && !x.pronoun && AUTHORITY_TYPES.has(x.ref.type)) : [];
      // (the telling is the requiring: asserted, whatever tense the need is told in)
      const m: Modality = f.modality === 'negated' ? 'negated' : 'asserted';
      for (const g of tellers) for (const ob of permits) {
        const key = `${g.ref.id}|${rel}|${ob.ref.id}|${m}`;
        if (seen.has(key) || m === 'negated') continue;
        seen.add(key);
        acted.push({ at: f.predA, subject: g.ref.id });
        triples.push(makeTriple(doc, sentence, { subject: g.ref, relation: rel, predicate: f.lemma, object: ob.ref, modality: m, confidence: 0.65, ...(f.predB > f.predA ? { predicateSpan: r.span(f.predA, f.predB) } : {}) }));
      }
    }
    if (!subjects.length || !objects.length) continue;
    let relation: string;
    let predicate = f.lemma;
    if (f.isA) { relation = 'IS_A'; predicate = 'be'; conf = 0.7; } else {
      // (a phrasal verb of its own is no light verb: look at, keep out)
      if (ctx.cues.skipPredicates.has(f.lemma.split(' ')[0]!) && !(f.lemma.includes(' ') && ctx.relations.lookup(f.lemma, 'en'))) continue;
      relation = frameType;
      // a verb whose sense turns on its object: control of a company is ownership (Geely controls Polestar), where
      // control of exports or prices restricts; booking tonnes or cargoes of goods is buying, not recording a result
      const byCompany = ctx.cues.companyObjectVerbs.get(f.lemma);
      if (byCompany && objects.every((o) => o.named && !o.pronoun && (o.ref.type === 'Company' || o.ref.type === 'Organization'))) relation = ctx.relations.typeFor(byCompany, 'en');
      const byCargo = ctx.cues.cargoObjectVerbs.get(f.lemma);
      if (byCargo && !f.passive && f.objects.some((p) => an.toks.slice(p.a, p.b + 3).some((t) => ctx.cues.cargoNouns.has(t.norm)))) relation = ctx.relations.typeFor(byCargo, 'en');
      // a speech verb with a plain object (added 13 entities, reported record sales, found a solution) says nothing:
      // what a speaker says or finds comes from the statement (below)
      if (ctx.cues.statementOnlyRelations.has(relation)) continue;
      // "in what analysts described as retaliation": the phrase after "as" is the description; what is described is
      // a wh-word or an antecedent, so there is no object
      if (!f.passive && f.lemma.endsWith(' as') && f.objects.length && f.objects.every((p) => an.toks[p.a - 1]?.norm === 'as')) continue;
      if (relation === GENERIC_RELATION) {
        // (an act someone is only accused of says too little unnamed)
        if (ctx.o.unmapped === 'none' || f.alleged) continue;
        conf = 0.55;
      }
    }
    let modality: Modality = f.modality;
    // a negated permission is a prohibition: would not allow X → bans X (planned)
    const flipped = f.modality === 'negated' && f.unnegated ? ctx.cues.negatedRelations.get(relation) : undefined;
    if (flipped) { relation = flipped; modality = f.unnegated!; }
    // An attributed claim is 'reported'; a planned/possible/considered/negated one keeps that more specific reading.
    // (a measure named in passing, Washington's curbs on X, is no part of the claim: it stays asserted)
    if (((attributed && !f.ownClaim) || f.alleged) && !f.isA && !f.described && !f.nominal && modality === 'asserted') modality = 'reported';
    const predicateSpan = f.predB > f.predA ? r.span(f.predA, f.predB) : undefined;
    // "told operators to stop buying Micron's products": the order's giver bars what the order names
    if (f.directedBy && relation !== GENERIC_RELATION && !f.isA) {
      const givers = f.directedBy.flatMap((p) => r.resolve(p)).filter((x) => x.named);
      const dm: Modality = attributed && f.directiveModality === 'asserted' ? 'reported' : f.directiveModality ?? 'asserted';
      for (const g of givers) for (const ob of objects) {
        if (g.ref.id === ob.ref.id) continue;
        const key = `${g.ref.id}|${ctx.cues.directiveRelation}|${ob.ref.id}|${dm}`;
        if (seen.has(key)) continue;
        seen.add(key);
        verbal.add(`${g.ref.id}|${ctx.cues.directiveRelation}|${ob.ref.id}`);
        acted.push({ at: f.predA, subject: g.ref.id });
        triples.push(makeTriple(doc, sentence, { subject: g.ref, relation: ctx.cues.directiveRelation, predicate: f.lemma, object: ob.ref, modality: dm, confidence: 0.7 }));
      }
    }
    if (modality === 'negated' && !ctx.o.negatedTriples) continue;
    /** Whether an unnamed phrase may be this frame's subject. */
    const unnamedMayAct = (s: Resolved): boolean => {
      if (!s.head) return false;
      // a definite phrase listing its named members (the approved applicants include Dixon) — not "other toolmakers
      // include …", which only goes on with a list (the members are checked named below)
      if (ctx.cues.memberVerbs.has(f.lemma) && !f.passive) return !s.pronoun && !!s.definite && !!s.nounHead;
      // a quantity whose figure changed: "tungsten prices climbed 40%", "exports fell 97%", "shipments accounted for 18%"
      // (a quantity named by its noun, not a figure: "1.15 trillion rupees, nearly double its target" is no change; and
      // one that says which: bare "prices fell 2%" names no quantity, "shipments billed to Singapore" does)
      if (f.figure && !s.pronoun && ctx.cues.figureRelations.has(relation) && !/^[\d$€£¥]/.test(s.ref.label) &&
        (!s.bare || an.frames.some((g) => g.reduced && g.subjects.some((p) => f.subjects.some((q) => q.a === p.a && q.b === p.b))))) return true;
      // a thing described by its relative clause with a mapped predicate: the clause is there to say what the thing
      // does — "an export control list that bars Chinese firms from …", "the projects, which will make …"
      // (not after a noun's preposition, where the clause may describe either noun: port fees on ships, which …)
      const ant = f.subjects[0], pr = ant ? an.toks[ant.a - 1] : undefined, pn = ant ? an.toks[ant.a - 2] : undefined;
      const lowAttached = !!pr && (pr.tags.has('Preposition') || pr.norm === 'to') && !!pn && pn.tags.has('Noun') && !pn.tags.has('Pronoun');
      const described = f.relative && !ownerActs && !lowAttached && !f.reduced && !f.inherited && !f.controlled && !(f.passive && f.objects.length) && relation !== GENERIC_RELATION &&
        (f.modality === 'asserted' || f.modality === 'planned');
      // a listed instrument or facility in its own clause (the scheme offers, the plant produces): not one a relative
      // clause's owner lent it (the venture seeks to block a law that would force ByteDance to sell: no venture FORCES)
      if (ctx.o.thingSubjects === 'listed' && !s.pronoun && s.nounHead && !f.isA && !SPEECH_RELATIONS.has(relation) &&
        ctx.cues.thingHeads.has(s.head) && !ownerActs) return true;
      // any thing with a predicate of schedule, state or origin (the revocation takes effect, tariffs remain in place)
      if (ctx.cues.thingRelations.has(relation) && !s.pronoun && s.nounHead && !f.isA && !ownerActs) return true;
      // any thing (thingSubjects 'all'), or a described one: a noun-headed phrase naming no event, its head no
      // predicate read as a noun ("TikTok sues", "it says")
      if ((ctx.o.thingSubjects === 'all' || described) && !s.pronoun && s.nounHead && !f.isA && !SPEECH_RELATIONS.has(relation) &&
        !ctx.cues.eventHeads.has(s.head) && ((described && !!s.plural) || (!ctx.relations.lookup(s.head, 'en') && !ctx.cues.attributionVerbs.has(s.head)))) return true;
      // a passive's by-agent acting on a named patient: "Lianxin was funded by a government guidance fund"
      if (f.passive && f.objects.length && !f.isA && !s.pronoun && s.nounHead && !s.bare && relation !== GENERIC_RELATION && !SPEECH_RELATIONS.has(relation) &&
        !ctx.cues.eventHeads.has(s.head) && objects.length > 0 && objects.every((o) => o.named && !o.pronoun)) return true;
      // otherwise only a measure, a group or an agent (the rule bars …, TikTok creators filed …, a federal judge ruled …)
      if (f.isA) return false;
      // … or people by role, a group's bare plural among them, saying, weighing, deciding or trading (analysts described
      // …, officials are weighing …, exporters must obtain …); an inquiry looking into something (a probe by prosecutors)
      if (!s.pronoun && s.nounHead && roleActs(s, relation, f)) return true;
      if (!s.pronoun && s.nounHead && ctx.cues.inquiryHeads.has(s.head) && ctx.cues.inquiryRelations.has(relation) && !ownerActs) return true;
      const group = ctx.cues.groupHeads.has(s.head) && !s.bare && !!s.plural;
      if (!ctx.cues.actorHeads.has(s.head) && !group && !ctx.cues.agentHeads.has(s.head)) return false;
      // … with a mapped predicate, or a group's or agent's act named after its verb ("European suppliers shut lines" →
      // SHUTS), when it is its own asserted act in its own clause: what it could, must or did not do, or what a relative
      // or a controlling clause ascribes to it, says too little unnamed; nor does listing its members ("include")
      if (!SPEECH_RELATIONS.has(relation)) return true;
      return relation === GENERIC_RELATION && ctx.o.unmappedRelation === 'verb' && !s.pronoun && (group || ctx.cues.agentHeads.has(s.head)) &&
        f.modality === 'asserted' && !f.relative && !f.reduced && !f.controlled && !ctx.cues.memberVerbs.has(f.lemma);
    };
    for (const s of subjects) {
      if (!s.named && !ctx.o.conceptSubjects && !underBy.includes(s) && !unnamedMayAct(s)) continue;
      // an unmapped predicate says too little to stand on an inferred actor
      if (s.viaOwner && relation === GENERIC_RELATION) continue;
      // (Japan's controls take effect: not Japan)
      if (s.viaOwner && ctx.cues.thingRelations.has(relation)) continue;
      // "Japan's curbs cover X": what the issuer's measure covers, the issuer restricts (the measure's own act)
      let rel = relation;
      if (s.measure && ctx.cues.coverRelations.has(relation)) {
        const act = ctx.cues.nounVerbs.get(s.measure) ?? ctx.cues.nounVerbs.get(`${s.measure}s`);
        const t = act ? ctx.relations.lookup(act, 'en')?.type : undefined;
        if (t) rel = t;
      }
      for (const ob of objects) {
        if (s.ref.id === ob.ref.id) continue;
        if (!s.named && !ob.named && ctx.cues.memberVerbs.has(f.lemma)) continue;
        // (and only with an actor as subject: a policy or technology "encouraging" someone says too little)
        // (nor, whatever `unmapped` says, a light verb's: "take measures", "give details" name no act)
        if (relation === GENERIC_RELATION && (ctx.o.unmapped === 'entities' || ctx.cues.lightVerbs.has(f.lemma.split(' ')[0]!)) &&
          !(s.named && ob.named && !THING_TYPES.has(s.ref.type))) continue;
        // (an unmapped predicate's confidence is low already: an unnamed group acting with it keeps it)
        // (a pronoun opening what a speaker says that refers to that speaker — "Samsung said it stopped …" — is as sure
        // as the name: the speaker announces its own act)
        const ownAct = s.pronoun && ownClause && !!r.speaker && s.ref.id === r.speaker.id;
        let c = conf - (s.pronoun && !ownAct ? 0.15 : 0) - (ob.named ? 0 : 0.05) - (s.named || relation === GENERIC_RELATION ? 0 : 0.2);
        c = Math.max(0, Math.min(1, c));
        if (c < ctx.o.minConfidence) continue;
        // a measure the actor issued (the rules → the agency), not any phrase it acted on (the companies it listed)
        // (an actor's: "a lawsuit seeking to block a law" does not make the lawsuit the law's issuer)
        if (s.named && !ob.named && ob.head && !f.isA && !f.nominal && !ob.pronoun && ctx.cues.actorHeads.has(ob.head)) memory.owners.set(ob.head, s.ref);
        const key = `${s.ref.id}|${rel}|${ob.ref.id}|${modality}`;
        if (seen.has(key)) continue;
        if (f.nominal) {
          // (what a verb of the sentence states already: "imposed curbs on X … Washington's curbs on X")
          if (verbal.has(`${s.ref.id}|${rel}|${ob.ref.id}`)) continue;
          seen.add(key);
          triples.push(makeTriple(doc, sentence, { subject: s.ref, relation: rel, predicate, object: ob.ref, modality, confidence: c, ...(predicateSpan ? { predicateSpan } : {}) }));
          continue;
        }
        seen.add(key);
        verbal.add(`${s.ref.id}|${rel}|${ob.ref.id}`);
        acted.push({ at: f.predA, subject: s.ref.id });
        // (the body that acts on others by law, for a later agentless passive)
        if (s.named && !s.pronoun && ctx.cues.implicitAgentTypes.has(s.ref.type) && ctx.cues.documentAgentRelations.has(rel)) memory.regulator = s.ref;
        if (s.named && !s.pronoun && !s.viaOwner && ctx.cues.implicitAgentTypes.has(s.ref.type) && ctx.cues.issuerRelations.has(rel)) memory.issuer = s.ref;
        triples.push(makeTriple(doc, sentence, {
          subject: s.ref, relation: rel === GENERIC_RELATION && ctx.o.unmappedRelation === 'verb' ? verbRelationType(predicate) : rel,
          predicate, object: ob.ref, modality, confidence: c,
          ...(speaker && !f.isA && !f.ownClaim && !f.described ? { attribution: speaker } : {}),
          ...(predicateSpan ? { predicateSpan } : {}),
        }));
      }
    }
  }
  if (ctx.o.statementTriples) {
    for (const st of an.statements) {
      if (st.negated) continue;
      // a reported clause that gave a triple of its own is said by that triple's attribution; a quote, or a claim
      // that gave none, is kept as what the speaker said
      const quoted = an.toks.slice(st.a, st.b).some((t) => /[“”"]/.test(t.pre + t.text + t.post) || /(^|\s)‘/.test(t.pre));
      const mapped = ctx.relations.typeFor(st.lemma, 'en');
      // (an unnamed group by role states what it warns of or expects: "defense contractors have warned that …")
      // (not beside its named members: "carmakers, including Toyota, said …" is Toyota's statement)
      const heard = st.speakers.flatMap((p) => resolveSpeaker(p)).filter((x) => !x.ref.id.startsWith('~'));
      const who = heard.some((x) => x.named) ? heard.filter((x) => x.named) : heard.filter((x) => !x.pronoun && roleActs(x, mapped));
      if (!who.length) continue;
      // … by the speaker itself or a body it belongs to (ASML said it needs licences; the ministry said China will …)
      // (a quote too when it is the speaker's own act: the ministry said it "firmly opposes" the move)
      // (a warning stays the speaker's: the ministry warned that Japan's curbs would harm …)
      const warning = ctx.cues.warningVerbs.has(st.lemma);
      if (!warning && acted.some((x) => x.at >= st.a && x.at < st.b && who.some((w) => sameSide(entities.linker, w.ref.id, x.subject)))) continue;
      // an outlet's report is the attribution of what it reports, not a statement of its own
      if (!quoted && who.every((w) => MEDIA_TYPES.has(w.ref.type))) continue;
      // … and so is an authority's account of what others did (the servers were shipped to Malaysia, officials said);
      // an analyst's or a company's view of others stays a statement
      if (!quoted && !warning && acted.some((x) => x.at >= st.a && x.at < st.b) && who.every((w) => AUTHORITY_TYPES.has(w.ref.type))) continue;
      const span = r.span(st.a, st.b);
      const label = statementLabel(span.text, ctx.o.maxStatementWords);
      if (!label) continue;
      for (const s of who) {
        const relation = MEDIA_TYPES.has(s.ref.type) ? 'REPORTS' : mapped === GENERIC_RELATION ? 'SAYS' : mapped;
        // (one plain statement per speaker: "warned that … and said it would …" keeps the first, as "said … and said …")
        const key = `${s.ref.id}|${warning ? 'SAYS' : relation}|statement`;
        if (seen.has(key)) continue;
        seen.add(key);
        triples.push(makeTriple(doc, sentence, {
          subject: s.ref, relation, predicate: st.lemma, object: { id: slugify(label), label, type: 'Concept', span }, modality: 'asserted',
          confidence: s.pronoun || !s.named ? 0.55 : 0.65, predicateSpan: r.span(st.verbA, st.verbB),
        }));
      }
    }
  }
  if (ctx.o.attributionTriples && speaker) {
    const content = triples.find((t) => t.relation !== 'IS_A' && t.subject.id !== speaker.id);
    if (content) {
      const relation = MEDIA_TYPES.has(speaker.type) ? 'REPORTS' : 'SAYS';
      triples.push(makeTriple(doc, sentence, { subject: speaker, relation, predicate: relation === 'REPORTS' ? 'report' : 'say', object: content.subject, modality: 'asserted', confidence: 0.6 }));
    }
  }
  r.speaker = sentenceSpeaker;
  // a named person who spoke is what a later "she" or "he" refers to
  const personSpeaker = stSpeakers.find((x) => x?.type === 'Person');
  if (personSpeaker) memory.person = personSpeaker;
  for (const f of an.frames) {
    const first = f.subjects[0] && r.resolve(f.subjects[0])[0];
    if (first?.named && !first.pronoun) { memory[first.ref.type === 'Person' ? 'person' : 'thing'] = first.ref; break; }
  }
  memory.recent = [...(memory.recent ?? []), ...allMentions.filter((m) => m.type !== 'Concept').sort((a, b) => a.span.start - b.span.start)].slice(-40);
  // (a sentence's subjects after its objects: "X supplies A and B. The company said …" is X)
  const acting = triples.filter((t) => t.relation !== 'IS_A');
  memory.salient = [...(memory.salient ?? []), ...acting.map((t) => t.object), ...acting.map((t) => t.subject)].filter((e) => e.type !== 'Concept').slice(-30);
  lastSubject.set(entities, memory);
  return { triples, mentions: dedupeMentions(allMentions) };
}

/** The words of the gazetteer's English person titles, lower case (president, former, treasury, secretary …). */
function titleWordsOf(linker: EntityLinker): Set<string> {
  let words = titleWordSets.get(linker);
  if (!words) {
    // (function words of multi-word titles, "Secretary of State", are no title words on their own)
    words = new Set(linker.gazetteer.lexicon.titles.en.flatMap((t) => t.toLowerCase().replace(/\./g, '').split(/\s+/)).filter((w) => !/^(of|the|and|for|to|on)$/.test(w)));
    titleWordSets.set(linker, words);
  }
  return words;
}

/** The speaker and the actor are one side: the same entity, or one belongs to the other (a ministry and its country). */
function sameSide(linker: EntityLinker, a: string, b: string): boolean {
  if (a === b) return true;
  const up = (id: string) => { const out = new Set<string>([id]); for (let e = linker.gazetteer.get(id); e?.parent; e = linker.gazetteer.get(e.parent)) out.add(e.parent); return out; };
  const ua = up(a), ub = up(b);
  return ua.has(b) || ub.has(a);
}

const titleHeadSets = new WeakMap<EntityLinker, Set<string>>();
/** The head words of the gazetteer's English titles (president, secretary, minister, ceo …): no qualifier (trade, vice). */
function titleHeadsOf(linker: EntityLinker): Set<string> {
  let words = titleHeadSets.get(linker);
  if (!words) {
    words = new Set(linker.gazetteer.lexicon.titles.en.map((t) => t.toLowerCase().replace(/\./g, '').split(/\s+/).pop()!).filter((w) => !/^(former|deputy|vice|acting|assistant|under)$/.test(w)));
    titleHeadSets.set(linker, words);
  }
  return words;
}

/** A statement as a label: quotes and closing punctuation dropped, cut to `maxWords` words. */
function statementLabel(text: string, maxWords: number): string {
  let s = text.replace(/\s+/g, ' ').replace(/^[\s"'“”‘’,;:–—-]+|[\s"'“”‘’,;:.–—-]+$/g, '');
  const words = s.split(' ');
  if (words.length > maxWords) s = `${words.slice(0, maxWords).join(' ').replace(/[,;:]$/, '')}…`;
  // a quote mark left open inside is closed or dropped
  if ((s.match(/[“”"]/g)?.length ?? 0) % 2) s = s.replace(/[“”"]/g, '');
  return s.length >= 3 ? s : '';
}

/** A wire dateline opening a sentence: PLACE[, Date][ (Agency)] followed by a dash. */
const DATELINE = new RegExp(String.raw`^\s*(?:[A-Z][A-Za-z.'’ -]*[A-Za-z.],\s*(?:[A-Z][a-z]{2,}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,}\.?)\s*(?:\([^)]{2,40}\))?` +
  String.raw`|[A-Z][A-Z.'’ -]*[A-Z.]\s*\([^)]{2,40}\)|[A-Z][A-Z' -]{3,}[A-Z])\s*(?:--|[-—–])\s+`);

const capitalsByDoc = new WeakMap<NewsDocument, Set<string>>();
/**
 * Words the document capitalises after a lower-case word in running text (…took control of Nexperia): a capital
 * there is the word's own, so the same word opening a sentence is a name, not a capitalised common noun.
 */
function midSentenceCapitals(doc: NewsDocument): Set<string> {
  let caps = capitalsByDoc.get(doc);
  if (!caps) {
    caps = new Set(doc.text.match(/(?<=\b[a-z][a-z']*,? )[A-Z][A-Za-z0-9&-]*[A-Za-z0-9]/g) ?? []);
    capitalsByDoc.set(doc, caps);
  }
  return caps;
}

/** Words of four letters or more a title-case headline may leave in lower case. */
const TITLE_LOWER = new Set(['with', 'from', 'into', 'over', 'amid', 'after', 'than', 'that', 'upon', 'onto', 'about', 'under', 'near', 'before', 'against', 'despite', 'during', 'through', 'toward', 'towards', 'without', 'since', 'while', 'when']);

/** Most words of four letters or more capitalised (at most one not), as in a headline set in title case. */
export function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu)?.filter((w) => w.length >= 4) ?? [];
  if (words.length < 4) return false;
  const lowerWords = words.filter((w) => !/^\p{Lu}/u.test(w));
  const upper = words.filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).length;
  // (title case leaves only function words in lower case: "The Federal Trade Commission fined TikTok" is a sentence)
  return lowerWords.length <= 1 && lowerWords.every((w) => TITLE_LOWER.has(w.toLowerCase())) && upper >= words.length * 0.8;
}

/** Lower-case every capitalised word outside known names, acronyms and demonyms (same length as `text`). */
export function sentenceCase(text: string, mentions: Mention[], base: number, cues: Cues): string {
  const inName = (i: number) => mentions.some((m) => m.span.start - base <= i && i < m.span.end - base);
  return text.replace(/\p{L}[\p{L}'’-]*/gu, (w, i: number) =>
    inName(i) || /^[\p{Lu}\d]{2,}/u.test(w) || cues.demonyms.has(w.toLowerCase()) ? w : w.toLowerCase());
}

function dedupeMentions(ms: Mention[]): Mention[] {
  const seen = new Set<string>();
  return ms.filter((m) => {
    const k = `${m.span.start}:${m.span.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  }).sort((a, b) => a.span.start - b.span.start);
}

/** Phrases → entity references: gazetteer mentions, metonyms, pronouns, discovered names, concepts. */
class PhraseResolver {
  readonly named = new Map<string, EntityRef>();
  speaker: EntityRef | undefined;
  memory: DocMemory = { owners: new Map() };
  /** Named subjects of the clause being resolved, and of the latest clause in this sentence. */
  clauseSubjects: EntityRef[] = [];
  sentenceSubjects: EntityRef[] = [];
  /** Whether those subjects can be referred to by a plural pronoun (they, their). */
  clausePlural = false;
  sentencePlural = false;
  /** All named speakers of the sentence (X and Y said …). */
  speakers: EntityRef[] = [];
  /** The latest unnamed plural phrase a clause of this sentence acted on (for "them"). */
  pluralObject: Resolved | undefined;
  /** The sentence's first named subject and its document offset. */
  firstSubject: { ref: EntityRef; at: number } | undefined;
  private readonly cache = new Map<string, Resolved[]>();

  constructor(private readonly toks: Tok[], private readonly mentions: Mention[], private readonly entities: DocumentEntities,
    private readonly cues: Cues, private readonly text: string, private readonly base: number) {}

  /** Drop cached resolutions. */
  forget(): void { this.cache.clear(); }

  span(a: number, b: number): Span {
    const start = this.toks[a]!.start, end = this.toks[b - 1]!.end;
    return { start, end, text: this.text.slice(start - this.base, end - this.base) };
  }

  /** `asObject`: the phrase is a predicate's object (action nouns and evaluative adjectives apply). */
  resolve(p: Phrase, description = false, asObject = false, figure = false): Resolved[] {
    if (figure || p.counted) {
      // a quantity taken as it is written: 6%, about $5.5 billion (or a count of people: charged three)
      const fig = this.figure(p);
      if (fig) return [fig];
    }
    if (p.time) {
      const span = this.spanOf(this.toks.slice(p.a, p.b));
      const label = span.text.replace(/[\s,;:.]+$/, '');
      return [{ ref: { id: slugify(label), label, type: 'Concept', span }, named: false, pronoun: false }];
    }
    const key = `${p.a}:${p.b}:${p.items?.map((x) => x.join('-')).join('/') ?? ''}:${description}:${asObject}:${this.clauseSubjects.map((x) => x.id).join(',')}:${this.speaker?.id ?? ''}`;
    let out = this.cache.get(key);
    if (!out) {
      out = p.items && p.headEnd !== undefined
        ? p.items.flatMap(([a, b]) => this.resolveRange(p.a, b, description, asObject, [p.headEnd!, a]))
        : this.resolveRange(p.a, p.b, description, asObject);
      this.cache.set(key, out);
    }
    return out;
  }

  /** A phrase that is a quantity (leading figure tokens, with any currency sign) as a Concept labelled as written. */
  private figure(p: Phrase): Resolved | undefined {
    // the first run of figure tokens: 6%, a charge of about [$5.5 billion], a [$2 billion] charge
    const isFig = (t: Tok) => t.tags.has('Value') && !t.tags.has('Date') && t.mention === undefined;
    let i = p.a;
    while (i < p.b && !isFig(this.toks[i]!)) i++;
    const ts: Tok[] = [];
    for (; i < p.b && isFig(this.toks[i]!); i++) ts.push(this.toks[i]!);
    if (!ts.length || !(p.counted || ts.some((t) => /\d/.test(t.text)))) return undefined;
    const span = this.spanOf(ts);
    const label = span.text.replace(/[\s,;:.]+$/, '');
    return { ref: { id: slugify(label), label, type: 'Concept', span }, named: false, pronoun: false };
  }

  /** `gap`: tokens [gap[0], gap[1]) are left out (the other coordinated complements). */
  private resolveRange(a0: number, b: number, description: boolean, asObject: boolean, gap?: [number, number]): Resolved[] {
    const idx: number[] = [];
    for (let i = a0; i < b; i++) if (!gap || i < gap[0] || i >= gap[1]) idx.push(i);
    // strip leading determiners, remembering a possessive pronoun (its chips → Micron's chips)
    let owner: EntityRef | undefined;
    const definite = /^(the|these|those|such|this)$/.test(this.toks[idx[0]!]!.norm);
    while (idx.length > 1 && this.cues.determiners.has(this.toks[idx[0]!]!.norm) && this.toks[idx[0]!]!.mention === undefined) {
      const t = this.toks[idx.shift()!]!;
      // (one owner only: "their own restrictions" of two countries names neither)
      if (this.cues.pronouns.has(t.norm)) { const os = this.pronoun(t.norm, true); owner = os.length === 1 ? os[0] : undefined; }
    }
    // trailing possessive marker and punctuation are not part of the name
    let ts = idx.map((i) => this.toks[i]!);
    if (!ts.length) return [];
    // a hyphenated place or owner before a name (Istanbul-based Azu International, state-backed JOGMEC, U.S.-listed X)
    // describes it: the rest is the phrase
    {
      const h = ts.findIndex((t) => t.mention === undefined && /^(based|headquartered|listed|owned|backed|registered|controlled|run|funded|linked|affiliated)$/.test(t.norm) &&
        (t.tags.has('Hyphenated') || /[-‐]$/.test(t.pre) || /-$/.test(this.text.slice(t.start - this.base - 1, t.start - this.base))));
      if (h >= 0 && h < ts.length - 1 && h <= 3 && /^[A-Z0-9]/.test(ts[h + 1]!.text)) ts = ts.slice(h + 1);
    }
    // dozens of Chinese companies, 98% of the world's gallium → what follows "of"
    const of = ts.findIndex((t) => t.norm === 'of');
    // (an amount keeps its count: billions of dollars)
    if (of > 0 && of < ts.length - 1 && ts.slice(0, of).every((t) => t.tags.has('Value') || this.cues.quantifiers.has(t.norm) || /^(a|an)$/.test(t.norm)) &&
      !this.cues.currencyNouns.has(ts[of + 1]!.norm)) {
      ts = ts.slice(of + 1);
      while (ts.length > 1 && (this.cues.determiners.has(ts[0]!.norm) || /^world['’]s$/i.test(ts[0]!.text))) ts = ts.slice(1);
    }
    // tens of millions of dollars' worth of chips, $10 million worth of chips → the chips
    {
      const w = ts.findIndex((t, k) => t.norm === 'worth' && ts[k + 1]?.norm === 'of' && k + 2 < ts.length);
      if (w > 0 && ts.slice(0, w).every((t) => t.tags.has('Value') || t.tags.has('Money') || this.cues.quantifiers.has(t.norm) || this.cues.currencyNouns.has(t.norm.replace(/['’]$/, '')) ||
        this.cues.approximators.has(t.norm) || /^(of|a|an|than|more|up|to|\$)$/.test(t.norm) || /^[$€£¥]/.test(t.text))) {
        ts = ts.slice(w + 2);
        while (ts.length > 1 && this.cues.determiners.has(ts[0]!.norm)) ts = ts.slice(1);
      }
    }
    const first = ts[0]!, last = ts[ts.length - 1]!;
    // a later coordinated complement (imports of A, [B] and C) is written apart from its head: its span is its own words,
    // not a run through the other items
    const own = gap && gap[1] > gap[0] ? ts.filter((t) => t.i >= gap[1]) : [];
    const span: Span = this.spanOf(own.length && own.length < ts.length ? own : ts);

    // "both countries", "the two companies": the last two entities of that kind the document named
    if (ts.length === 2 && /^(both|two)$/.test(first.norm) && first.mention === undefined && last.mention === undefined) {
      const kinds: Record<string, EntityType[]> = { country: ['Country'], nation: ['Country'], government: ['Country', 'Government'], side: ['Country', 'Government'],
        company: ['Company'], firm: ['Company'], chipmaker: ['Company'], group: ['Company'] };
      const types = kinds[last.lemma] ?? kinds[last.norm.replace(/s$/, '')];
      if (types) {
        const here = this.mentions.filter((m) => m.span.end <= first.start);
        const picked: EntityRef[] = [];
        for (const e of [...(this.memory.recent ?? []), ...here, ...(this.memory.salient ?? [])].reverse()) {
          if (types.includes(e.type) && !picked.some((x) => x.id === e.id)) picked.push(e);
          if (picked.length === 2) break;
        }
        if (picked.length === 2) return picked.reverse().map((e) => { const { span: _s, ...ref } = e; return { ref: { ...ref, span }, named: true, pronoun: true }; });
      }
    }
    if (ts.length === 1 && this.cues.pronouns.has(first.norm) && first.mention === undefined) {
      const refs = this.pronoun(first.norm).map((ref) => ({ ref: { ...ref, span }, named: true, pronoun: true }));
      // "placed 15 firms on its list, barring them from …": a plural pronoun with no plural actor before it takes up
      // the plural phrase the sentence last acted on
      if (!refs.length && /^(they|them)$/.test(first.norm) && this.pluralObject) return [{ ...this.pluralObject, ref: { ...this.pluralObject.ref, span }, pronoun: true }];
      return refs;
    }
    // (a model number such as 910C or H20 is a name, not a figure)
    if (ts.every((t) => t.tags.has('Date') || (t.tags.has('Value') && !/\d[A-Za-z]|[A-Za-z]\d/.test(t.text))) && ts.every((t) => t.mention === undefined)) return [];
    // a bare definite body (the ministry, the administration): the recent entity it refers to
    if (definite && !description && ts.every((t) => t.mention === undefined && !t.tags.has('Value') && (/^[a-z]/.test(t.text) || t.tags.has('Hyphenated') || this.cues.demonyms.has(t.norm)))) {
      const body = this.cues.definiteBodies.get(last.norm);
      const ref = body && this.definiteReferent(body, last.norm, first.start);
      if (ref) return [{ ref: { ...ref, span }, named: true, pronoun: true }];
    }
    // a nationality standing alone for its country (the Dutch, headline "Dutch expand curbs")
    if (ts.length === 1 && first.mention === undefined && this.cues.demonyms.has(first.norm)) {
      const e = this.entities.linker.gazetteer.get(this.cues.demonyms.get(first.norm)!);
      if (e) return [{ ref: this.entities.linker.ref(e, span), named: true, pronoun: false }];
    }

    // one gazetteer mention covering the phrase (maybe with metonym heads: U.S. officials, Chinese authorities)
    const ms = new Set(ts.map((t) => t.mention));
    const heads = ts.filter((t) => t.mention === undefined);
    const onlyMetonyms = heads.every((t) => this.cues.metonymHeads.has(t.norm) || this.cues.metonymHeads.has(t.lemma));
    if (ms.size <= 2 && !description) {
      const mIds = [...ms].filter((m): m is number => m !== undefined);
      if (mIds.length === 1 && onlyMetonyms && (heads.length === 0 || ts[0]!.mention !== undefined)) {
        const m = this.mentions[mIds[0]!]!;
        const ref = this.entities.resolve(m.span.text, m.span) ?? { ...m };
        if (heads.length && this.cues.definiteBodies.has(last.norm)) (this.memory.heads ??= new Map()).set(last.norm, ref);
        return [{ ref: { ...ref, span: m.span }, named: true, pronoun: false }];
      }
    }
    // a part of a named actor acts for it: Huawei's China subsidiary, the Trade Representative's office → the owner
    if (!asObject && !description && ts.length >= 2 && (this.cues.partHeads.has(last.norm) || this.cues.partHeads.has(last.lemma)) && last.mention === undefined) {
      const poss = ts.findIndex((t) => /['’]s?$/.test(t.text) || /^['’]/.test(t.post));
      const mid = poss >= 0 ? ts.slice(poss + 1, -1) : [];
      if (poss >= 0 && poss < ts.length - 1 && mid.every((t) => (t.mention === undefined && (/^[a-z]/.test(t.text) || t.tags.has('Place') || t.tags.has('ProperNoun'))) || (t.mention !== undefined && ['Country', 'Location'].includes(this.mentions[t.mention]!.type)))) {
        const m = ts[poss]!.mention;
        const mr = m !== undefined ? this.mentionRef(m) : this.nameAt(ts[poss]!.i)?.ref;
        if (mr && ACTOR_TYPES.has(mr.type) && !['Country'].includes(mr.type)) return [{ ref: { ...mr, span }, named: true, pronoun: false }];
      }
    }
    // a measure named with its issuer acts for the issuer (subjects only): Japan's curbs, the Dutch rules, China's export
    // controls → the country or body that issued them
    if (!asObject && !description && ts.length >= 2 && (this.cues.actorHeads.has(last.lemma) || this.cues.actorHeads.has(last.norm)) &&
      (last.mention === undefined || ['Policy', 'Concept'].includes(this.mentions[last.mention]!.type))) {
      let ref: EntityRef | undefined;
      const poss = ts.findIndex((t) => /['’]s?$/.test(t.text) || /^['’]/.test(t.post));
      if (poss >= 0 && poss < ts.length - 1 && ts.slice(poss + 1).every((t) => t.mention === undefined || this.mentions[t.mention]!.type === 'Policy' || this.mentions[t.mention]!.type === 'Concept')) {
        const owner = ts.slice(0, poss + 1);
        const m = owner[owner.length - 1]!.mention;
        const mr = m !== undefined ? this.mentionRef(m) : this.nameAt(owner[owner.length - 1]!.i)?.ref;
        if (mr && ACTOR_TYPES.has(mr.type) && owner.every((t) => t.mention === m || this.nameAt(t.i)?.ref.id === mr.id)) ref = mr;
      } else if (this.cues.demonyms.has(first.norm) && ts.slice(1).every((t) => t.mention === undefined || this.mentions[t.mention]!.type === 'Policy' || this.mentions[t.mention]!.type === 'Concept')) {
        const e = this.entities.linker.gazetteer.get(this.cues.demonyms.get(first.norm)!);
        if (e) ref = this.entities.linker.ref(e);
      }
      if (ref) return [{ ref: { ...ref, span }, named: true, pronoun: false, viaOwner: true, measure: last.lemma }];
    }
    // a source named after a preposition: analysts at Bernstein, a study by the Kyiv School of Economics → the name
    if (!description && ts.length >= 3) {
      const p = ts.findIndex((t, k) => k > 0 && t.mention === undefined && /^(at|by|from)$/.test(t.norm));
      const src = (t: Tok) => this.cues.determiners.has(t.norm) || this.cues.sourceNouns.has(t.norm) || this.cues.sourceNouns.has(t.lemma) ||
        this.cues.metonymHeads.has(t.norm) || (t.tags.has('Adjective') && /^[a-z]/.test(t.text));
      if (p > 0 && p < ts.length - 1 && ts.slice(0, p).every(src) && ts.slice(0, p).some((t) => this.cues.sourceNouns.has(t.norm) || this.cues.sourceNouns.has(t.lemma))) {
        let q = p + 1;
        while (q < ts.length - 1 && this.cues.determiners.has(ts[q]!.norm)) q++;
        const units = this.entityUnits(ts.slice(q));
        if (units.length === 1 && units[0]!.whole && ACTOR_TYPES.has(units[0]!.ref.type)) return [{ ref: units[0]!.ref, named: true, pronoun: false }];
      }
    }
    // a possessor + a name: the department's Bureau of Industry and Security, Nvidia's H20 → the name
    if (!description && ts.length >= 2) {
      // the possessor may be a name itself (Japan's Rapidus), not the one that follows
      const poss = ts.map((t) => (t.mention === undefined || t.mention !== last.mention) && (/['’]s?$/.test(t.text) || /^['’]/.test(t.post))).lastIndexOf(true);
      const tail = ts.slice(poss + 1);
      if (poss >= 0 && tail.length && tail[0]!.mention !== undefined && tail.every((t) => t.mention === tail[0]!.mention)) {
        const m = this.mentions[tail[0]!.mention!]!;
        const ref = this.entities.resolve(m.span.text, m.span) ?? { ...m };
        return [{ ref: { ...ref, span: m.span }, named: true, pronoun: false }];
      }
      // … or a name discovered in this sentence (China's Wingtech)
      const nm = poss >= 0 && tail.length ? this.nameAt(tail[0]!.i) : undefined;
      if (nm && tail.every((t) => this.nameAt(t.i)?.key === nm.key)) return [{ ref: { ...nm.ref, span: this.spanOf(tail) }, named: true, pronoun: false }];
      // … or a description of the name between them: Germany's auto industry association VDA → VDA
      if (poss >= 0 && tail.length >= 2) {
        const keyOf = (t: Tok) => { const n = this.nameAt(t.i); return n ? `n${n.key}` : t.mention !== undefined ? `m${t.mention}` : undefined; };
        const lastKey = keyOf(tail[tail.length - 1]!);
        let s0 = tail.length - 1;
        while (lastKey && s0 > 0 && keyOf(tail[s0 - 1]!) === lastKey) s0--;
        const desc = tail.slice(0, s0);
        if (lastKey && desc.length && desc.every((t) => t.mention === undefined && /^[a-z]/.test(t.text) && (t.tags.has('Noun') || t.tags.has('Adjective')))) {
          const ref = lastKey.startsWith('n') ? this.nameAt(tail[s0]!.i)!.ref : this.mentionRef(tail[s0]!.mention!);
          return [{ ref: { ...ref, span: this.spanOf(tail.slice(s0)) }, named: true, pronoun: false }];
        }
      }
    }
    // a title or a descriptive noun before a name: Representative John Moolenaar, memory chipmaker ChangXin
    // Memory Technologies, its Chinese parent company ByteDance → the name
    if (!description && ts.length >= 2) {
      // a legal form after a name: Lam Research Corp., Hua Hong Semiconductor Ltd. → the name
      const forms = this.legalForms();
      let e = ts.length;
      while (e > 1 && ts[e - 1]!.mention === undefined && forms.has(ts[e - 1]!.norm.replace(/\.$/, ''))) e--;
      const core = e < ts.length ? ts.slice(0, e) : ts;
      const named = (core.length > 1 ? this.descriptorName(core) : undefined) ??
        (core !== ts && core.every((t) => t.mention !== undefined && t.mention === core[0]!.mention) ? this.mentionRef(core[0]!.mention!) : undefined);
      if (named) return [{ ref: named, named: true, pronoun: false }];
    }
    // a country (China's, Chinese, Dutch) + modifiers + a body standing for it: China's cyberspace regulator,
    // the Chinese foreign ministry, Dutch officials → the country
    // (a country's name may take several words: South Korea's trade ministry)
    let lead = 1;
    while (first.mention !== undefined && lead < ts.length - 1 && ts[lead]!.mention === first.mention) lead++;
    const leadTok = ts[lead - 1]!;
    if (!description && ts.length > lead && this.cues.metonymHeads.has(last.norm) &&
      ts.slice(lead, -1).every((t) => t.mention === undefined && /^[a-z]/.test(t.text))) {
      let ref: EntityRef | undefined;
      if (first.mention !== undefined && /['’]/.test(leadTok.text + leadTok.post)) {
        const m = this.mentions[first.mention]!;
        if (m.type === 'Country') ref = this.entities.resolve(m.span.text) ?? m;
      } else if (first.tags.has('Demonym') || this.cues.demonyms.has(first.norm)) {
        const id = this.cues.demonyms.get(first.norm);
        const e = id ? this.entities.linker.gazetteer.get(id) : undefined;
        if (e) ref = this.entities.linker.ref(e);
      }
      if (ref) {
        if (this.cues.definiteBodies.has(last.norm)) (this.memory.heads ??= new Map()).set(last.norm, ref);
        return [{ ref: { ...ref, span }, named: true, pronoun: false }];
      }
    }
    // "the U.S. chipmaker's products", "the company's chips" as an object: goods of a company referred to by a
    // definite description stand for that company (as Micron's products → Micron)
    if (asObject && !description && definite && ts.length >= 2 && (this.cues.goodsNouns.has(last.norm) || this.cues.goodsNouns.has(last.lemma))) {
      const poss = ts.findIndex((t) => /['’]s$/.test(t.text) || (/^['’]/.test(t.post) && /s$/.test(t.norm)));
      const ph = poss >= 0 ? ts[poss]! : undefined;
      const body = ph ? this.cues.definiteBodies.get(ph.norm.replace(/['’]s?$/, '')) : undefined;
      if (ph && body && body.types.includes('Company') && ts.slice(0, poss).every((t) => t.mention === undefined || this.mentions[t.mention]!.type === 'Country') &&
        ts.slice(poss + 1).every((t) => t.mention === undefined && /^[a-z]/.test(t.text))) {
        const ref = this.definiteReferent(body, ph.norm.replace(/['’]s?$/, ''), first.start);
        if (ref) return [{ ref: { ...ref, span }, named: true, pronoun: true }];
      }
    }
    if (asObject && !description) {
      // the entity's own words are the object's span: a span's text becomes an alias of the node
      const thing = this.actionObject(ts) ?? this.withoutEvaluatives(ts);
      if (thing) return thing.map((ref) => ({ ref, named: true, pronoun: false }));
    }
    // a discovered name covering the phrase
    for (const [k, ref] of this.named) {
      const [a, bb] = k.split(':').map(Number) as [number, number];
      if (a <= first.i && bb >= last.i + 1 && !description) return [{ ref: { ...ref, span }, named: true, pronoun: false }];
    }
    // a known name exactly (short forms defined earlier in the document)
    // Only a phrase with a capitalised word can be a name; skipping the lookup otherwise saves the linker's
    // fuzzy scan, which dominates the cost of long common-noun phrases.
    const exact = !description && ts.some((t) => /^[A-Z]/.test(t.text)) && this.knownName(span.text.replace(/['’]s?$/, ''), span, ts);
    if (exact) return [{ ref: exact, named: true, pronoun: false }];
    if (ts.every((t) => t.tags.has('Pronoun') || this.cues.determiners.has(t.norm))) return [];
    // a phrase: normalised English label
    const label = this.label(ts, owner);
    if (!label || label.length < 2) return [];
    // concept() first tries the label as a name (exact, then fuzzy); a phrase of three or more words is never a
    // near-miss spelling of a name, so those get the same Concept node directly after an exact lookup.
    const known = label.split(' ').length >= 3 ? this.entities.linker.exact(label) : undefined;
    const ref = label.split(' ').length >= 3
      ? (known ? this.entities.linker.ref(known, span) : { id: slugify(label), label, type: 'Concept' as const, span })
      : this.entities.concept({ en: label }, span);
    const prep = ts.findIndex((t, k) => k > 0 && t.tags.has('Preposition'));
    const head = (prep > 0 ? ts[prep - 1]! : last).lemma;
    const ht = prep > 0 ? ts[prep - 1]! : last;
    const nounHead = ht.tags.has('Noun') && !['Verb', 'Adjective', 'Value'].some((x) => ht.tags.has(x)) && !ts.some((t) => t.tags.has('Money'));
    return [{ ref, named: ref.type !== 'Concept' && !description, pronoun: false, head, definite, bare: ts.length === 1, plural: ht.tags.has('Plural'), nounHead }];
  }

  /**
   * An action noun's object (purchases of Micron products → Micron, exports of gallium and germanium → each,
   * ASML's exports → ASML, Micron product purchases → Micron): the entities its object complement names, or
   * without such a complement, those named before the noun. Undefined when the phrase is no such action.
   */
  private actionObject(ts: Tok[]): EntityRef[] | undefined {
    const isPrep = (t: Tok) => t.mention === undefined && (t.tags.has('Preposition') || t.norm === 'to');
    const p = ts.findIndex((t, k) => k > 0 && isPrep(t));
    const hi = p > 0 ? p - 1 : ts.length - 1;
    const head = ts[hi]!;
    if (hi === 0 && p < 0) return undefined;
    if (head.mention !== undefined || this.nameAt(head.i)) return undefined;
    const preps = this.cues.actionNouns.get(head.norm) ?? this.cues.actionNouns.get(head.lemma);
    if (!preps) return undefined;
    if (p > 0 && preps.has(ts[p]!.norm)) {
      // the complement runs to the next preposition (exports of gallium to China → gallium)
      let e = p + 1;
      while (e < ts.length && !isPrep(ts[e]!)) e++;
      const refs = this.thingsIn(ts.slice(p + 1, e));
      if (!refs.length) return undefined;
      // … and a named goal after "to" is acted on too (restricted sales of chips to Huawei → Huawei)
      if (ts[e]?.norm === 'to') {
        let f = e + 1;
        while (f < ts.length && !isPrep(ts[f]!)) f++;
        const goal = this.entityUnits(ts.slice(e + 1, f));
        if (goal.length === 1 && ACTOR_TYPES.has(goal[0]!.ref.type)) refs.push(goal[0]!.ref);
      }
      return refs;
    }
    // before the noun: a possessor (ASML's exports), or a compound after it (Micron product purchases)
    const before = ts.slice(0, hi);
    const poss = before.map((t) => /['’]s?$/.test(t.text) || /^['’]/.test(t.post) || (t.tags.has('Possessive') && !t.tags.has('Pronoun'))).lastIndexOf(true);
    const compound = before.slice(poss + 1);
    const refs = compound.length ? this.thingsIn(compound) : this.thingsIn(before);
    return refs.length ? refs : undefined;
  }

  /**
   * A name closing the phrase after a person's title (Former Treasury Secretary Steven Mnuchin) or after a
   * common-noun description of it (telecommunications giant Huawei, U.S. toolmakers Applied Materials): the name.
   */
  private descriptorName(ts: Tok[]): EntityRef | undefined {
    const last = ts[ts.length - 1]!;
    const nm = this.nameAt(last.i);
    const key = nm ? `n${nm.key}` : last.mention !== undefined ? `m${last.mention}` : undefined;
    if (!key) return undefined;
    const keyOf = (t: Tok) => { const n = this.nameAt(t.i); return n ? `n${n.key}` : t.mention !== undefined ? `m${t.mention}` : undefined; };
    let s = ts.length - 1;
    while (s > 0 && keyOf(ts[s - 1]!) === key) s--;
    if (s === 0) return undefined;
    const pre = ts.slice(0, s);
    if (pre.some((t) => /['’]/.test(t.post) || /['’]s?$/.test(t.text))) return undefined; // a possessor: handled apart
    const titleWords = this.titleWords();
    // a title may contain a body's name (Commerce Secretary)
    // (a country may lead it: U.S. Commerce Secretary, Chinese Foreign Minister)
    const countryWord = (t: Tok) => (t.mention !== undefined && this.mentions[t.mention]!.type === 'Country') || this.cues.demonyms.has(t.norm);
    // (an organisation may qualify the title: Commission President, Nvidia CEO, Sojitz President)
    const isTitle = pre.some((t) => titleWords.has(t.norm.replace(/\.$/, ''))) && (pre.every((t) => titleWords.has(t.norm.replace(/\.$/, '')) || countryWord(t)) ||
      (titleWords.has(pre[pre.length - 1]!.norm.replace(/\.$/, '')) && pre.every((t) => titleWords.has(t.norm.replace(/\.$/, '')) || countryWord(t) || /^[A-Z]/.test(t.text) || t.mention !== undefined)));
    const head = pre[pre.length - 1]!;
    // (a sentence's first word is capitalised by position: "Rival Lam Research, which …")
    // (… even when taken for a one-word name of its own: "Industry group AMIA")
    const lowerish = (t: Tok) => /^[a-z]/.test(t.text) || (t.i === 0 && t.mention === undefined && (!this.nameAt(t.i) || (this.nameAt(t.i)!.key === '0:1' && pre.length > 1)) &&
      /^[A-Z][a-z]+$/.test(t.text));
    const isDescription = !isTitle && head.mention === undefined && lowerish(head) && (head.tags.has('Noun') || head.tags.has('Adjective')) && !head.tags.has('Pronoun') &&
      pre.every((t) => !t.tags.has('Preposition') && !t.tags.has('Verb') && !t.tags.has('Conjunction') &&
        (lowerish(t) || t.tags.has('Demonym') || this.cues.demonyms.has(t.norm) || (t.mention !== undefined && this.mentions[t.mention]!.type === 'Country')));
    if (!isTitle && !isDescription) return undefined;
    const tail = ts.slice(s);
    if (nm) return { ...nm.ref, span: this.spanOf(tail) };
    const m = this.mentions[last.mention!]!;
    const ref = this.entities.resolve(m.span.text, m.span) ?? { ...m };
    // a common noun of the gazetteer (chips, rare earths) under a description is that kind of it: the node is the
    // noun's, the words as written are the whole phrase (server chips)
    if (isDescription && /^[a-z]/.test(m.span.text)) return { ...ref, span: this.spanOf(ts) };
    return { ...ref, span: m.span };
  }

  /** The entity a bare definite body refers to: this sentence's earlier names, then earlier sentences', latest first. */
  private definiteReferent(body: DefiniteBody, head: string, before: number): EntityRef | undefined {
    const here = this.mentions.filter((m) => m.span.end <= before);
    // this sentence's first subject (The Netherlands will …, the government said), the entity met last with the same
    // head (the U.S. government … the government)
    const own = this.firstSubject && this.firstSubject.at < before ? this.firstSubject.ref : undefined;
    const fits = (e: EntityRef) => body.types.includes(e.type) && (!body.named || e.label.toLowerCase().includes(head));
    // (this sentence's own subject, a name found in the text and so of unknown kind, is what "the company" means:
    // "Applied has received subpoenas …, the company said")
    const ownFits = (e: EntityRef) => fits(e) || (body.types.includes('Company') && e.type === 'Organization' && !this.entities.linker.gazetteer.get(e.id));
    if (own && ownFits(own)) { const { span: _s, ...ref } = own; return ref; }
    for (const e of [this.memory.heads?.get(head)]) if (e && fits(e)) { const { span: _s, ...ref } = e; return ref; }
    // a fitting name earlier in this sentence (Estevez, who leads the bureau, said the agency …)
    const inSentence = [...here].reverse().find(fits);
    if (inSentence) { const { span: _s, ...ref } = inSentence; return ref; }
    // an entity that acted or was acted on lately, before one only mentioned in passing (Nvidia's H100 …)
    // (a name found in the text is of unknown kind: it may be the company too)
    const salient = [...(this.memory.salient ?? [])].reverse().find(ownFits);
    if (salient) { const { span: _s, ...ref } = salient; return ref; }
    // the actors first (this sentence's subjects, the document's last subject), then any name, latest first
    const actors = [...(this.memory.thing ? [this.memory.thing] : []), ...this.sentenceSubjects];
    const cands = [...actors.reverse(), ...[...(this.memory.recent ?? []), ...here].reverse()];
    const fit = cands.find((e) => body.types.includes(e.type) && (!body.named || e.label.toLowerCase().includes(head)));
    if (fit) { const { span: _s, ...ref } = fit; return ref; }
    const e = body.default ? this.entities.linker.gazetteer.get(body.default) : undefined;
    return e ? this.entities.linker.ref(e) : undefined;
  }

  /** The country or authority named before a measure's head, after any modifiers (current US rules, the new Chinese rules). */
  issuerBefore(p: Phrase): EntityRef | undefined {
    for (let t = p.a; t < p.b - 1; t++) {
      const tk = this.toks[t]!;
      const g = this.cues.demonyms.get(tk.norm);
      const e = g !== undefined ? this.entities.linker.gazetteer.get(g) : undefined;
      if (e) return this.entities.linker.ref(e);
      const ref = tk.mention !== undefined ? this.mentionRef(tk.mention) : undefined;
      if (ref && AUTHORITY_TYPES.has(ref.type)) return ref;
    }
    return undefined;
  }

  private mentionRef(mi: number): EntityRef {
    const m = this.mentions[mi]!;
    const ref = this.entities.resolve(m.span.text, m.span) ?? { ...m };
    return { ...ref, span: m.span };
  }

  /** Company type heads and legal forms from the gazetteer (corp, ltd, inc, holdings, nv …), lower case. */
  private legalForms(): Set<string> {
    const linker = this.entities.linker;
    let forms = legalFormSets.get(linker);
    if (!forms) {
      forms = new Set(linker.gazetteer.lexicon.heads.filter((h) => h.type === 'Company').flatMap((h) => h.en).map((w) => w.toLowerCase().replace(/\.$/, '')));
      legalFormSets.set(linker, forms);
    }
    return forms;
  }

  /** The words of the gazetteer's person titles, lower case (president, former, treasury, secretary …). */
  private titleWords(): Set<string> {
    return titleWordsOf(this.entities.linker);
  }

  /** "new export controls" → export controls, when what is left after the adjectives is exactly one name. */
  private withoutEvaluatives(ts: Tok[]): EntityRef[] | undefined {
    let k = 0;
    while (k < ts.length - 1 && ts[k]!.mention === undefined && this.cues.evaluativeModifiers.has(ts[k]!.norm)) k++;
    if (k === 0) return undefined;
    const units = this.entityUnits(ts.slice(k));
    return units.length === 1 && units[0]!.whole ? [units[0]!.ref] : undefined;
  }

  /**
   * The entities a complement names: the one entity it is (after determiners and evaluative adjectives), else
   * the last name of a type that makes a thing traded (Micron products → Micron; not U.S. cloud services).
   */
  private thingsIn(ts: Tok[]): EntityRef[] {
    let k = 0;
    while (k < ts.length && ts[k]!.mention === undefined && (this.cues.determiners.has(ts[k]!.norm) || this.cues.evaluativeModifiers.has(ts[k]!.norm))) k++;
    const units = this.entityUnits(ts.slice(k));
    if (units.length === 1 && units[0]!.whole) return [units[0]!.ref];
    // a name as possessor of something particular (TikTok's recommendation algorithm) is not what is traded; of
    // goods in general (Nvidia's chips) it is
    const head = ts[ts.length - 1]!;
    const possessor = ts.slice(k, -1).some((t) => /['’]s?$/.test(t.text) || /^['’]/.test(t.post));
    if (possessor && !this.cues.goodsNouns.has(head.norm) && !this.cues.goodsNouns.has(head.lemma)) return [];
    const m = units.reverse().find((u) => this.cues.actionModifierTypes.has(u.ref.type));
    return m ? [m.ref] : [];
  }

  /** Named entities among `ts`, in order, each with the span of its own words; `whole` when one covers every token. */
  private entityUnits(ts: Tok[]): Array<{ ref: EntityRef; whole: boolean }> {
    const out: Array<{ ref: EntityRef; whole: boolean; key: string; toks: Tok[] }> = [];
    let covered = 0;
    for (const t of ts) {
      const nm = this.nameAt(t.i);
      const key = nm ? `n${nm.key}` : t.mention !== undefined ? `m${t.mention}` : undefined;
      if (!key) continue;
      covered++;
      const prev = out[out.length - 1];
      if (prev?.key === key) { prev.toks.push(t); continue; }
      const ref = nm ? nm.ref : this.mentions[t.mention!]!;
      out.push({ ref, whole: false, key, toks: [t] });
    }
    const named = out.filter((u) => u.ref.type !== 'Concept').map((u) => {
      const { span: _s, ...plain } = u.ref;
      const m = u.key.startsWith('m') ? this.mentions[u.toks[0]!.mention!]! : undefined;
      let span = m?.span ?? this.spanOf(u.toks);
      if (!m && /['’]s?$/.test(span.text)) {
        const text = span.text.replace(/['’]s?$/, '');
        span = { start: span.start, end: span.start + text.length, text };
      }
      return { ref: { ...plain, span }, whole: false };
    });
    if (named.length === 1 && out.length === 1 && covered === ts.length) named[0]!.whole = true;
    return named;
  }

  /** The discovered name (its token range key and ref) covering token `i`, if any. */
  private nameAt(i: number): { key: string; ref: EntityRef } | undefined {
    for (const [key, ref] of this.named) {
      const c = key.indexOf(':');
      if (+key.slice(0, c) <= i && i < +key.slice(c + 1)) return { key, ref };
    }
    return undefined;
  }

  /**
   * A phrase spelled as a known name (the document's short forms, the gazetteer). Near-miss spellings and
   * "X's child" are tried only for a name-shaped phrase (every word capitalised): the fuzzy scan costs about a
   * millisecond and a common-noun phrase with one name in it (Micron's products) never is a misspelt name.
   */
  private knownName(surface: string, span: Span, ts: Tok[]): EntityRef | undefined {
    const c = this.entities.concept({ en: surface }, span);
    if (c.type !== 'Concept') return c;
    const nameShaped = ts.every((t) => /^[A-Z0-9]/.test(t.text) || /^(of|and|for|the|&|de)$/.test(t.norm));
    if (!nameShaped) return undefined;
    // Microsoft's Azure: a known name's child, which depends on the document's names
    if (/['’]s\s/.test(surface)) return this.entities.resolve(surface, span);
    // a near miss does not depend on the document: remember it for the linker's lifetime
    const linker = this.entities.linker;
    let cache = nearMisses.get(linker);
    if (!cache) { cache = new Map(); nearMisses.set(linker, cache); }
    let e = cache.get(surface);
    if (e === undefined) { e = linker.fuzzy(surface)?.entry ?? null; cache.set(surface, e); }
    return e ? linker.ref(e, span) : undefined;
  }

  private spanOf(ts: Tok[]): Span {
    const start = ts[0]!.start, end = ts[ts.length - 1]!.end;
    return { start, end, text: this.text.slice(start - this.base, end - this.base) };
  }

  /** Label from the tokens as written: common nouns lower-cased, proper names kept, gaps collapsed. */
  private label(ts: Tok[], owner?: EntityRef): string {
    let s = '';
    for (const [k, t] of ts.entries()) {
      const proper = t.mention !== undefined || t.tags.has('ProperNoun') || t.tags.has('Acronym') || t.tags.has('Demonym') || /^[A-Z0-9]{2,}/.test(t.text) || /^.\S*[A-Z]/.test(t.text);
      const word = proper ? t.text : t.text.toLowerCase();
      const post = k < ts.length - 1 ? (/['’]/.test(t.post) ? t.post.replace(/\s+$/, '') + ' ' : ' ') : (/['’]/.test(t.post) ? '' : '');
      s += word + post;
    }
    s = s.replace(/\s+/g, ' ').replace(/[\s,;:.]+$/, '').trim();
    if (owner) s = `${owner.label}'s ${s}`;
    return s;
  }

  /**
   * Pronouns: a possessive (its, their) inside a clause refers to the clause's subject; a subject pronoun to the
   * sentence's speaker (Micron said it …), else the previous clause's subject, else the document's last subject.
   */
  private pronoun(norm: string, possessive = false): EntityRef[] {
    const kind = this.cues.pronouns.get(norm);
    if (!kind) return [];
    const plural = /^(they|their|them)$/.test(norm);
    const fits = (r: EntityRef) => (kind === 'person') === (r.type === 'Person');
    const pick = (rs: EntityRef[]) => { const ok = rs.filter(fits); return plural ? ok : ok.slice(0, 1); };
    // "they" needs a plural antecedent: several entities, or one named by a plural phrase (officials)
    if (plural && !possessive) {
      if (this.speakers.length > 1 && this.speakers.every(fits) && !this.clauseSubjects.length) return this.speakers;
      if (this.clauseSubjects.some(fits)) return this.clausePlural ? pick(this.clauseSubjects) : [];
      if (this.sentenceSubjects.some(fits)) return this.sentencePlural ? pick(this.sentenceSubjects) : [];
      return [];
    }
    if (possessive && this.clauseSubjects.some(fits)) return plural && !this.clausePlural ? [] : pick(this.clauseSubjects);
    // "their" elsewhere needs a plural antecedent too (allies, who argued that U.S. controls hurt their companies)
    if (possessive && plural) return this.sentenceSubjects.some(fits) && this.sentencePlural ? pick(this.sentenceSubjects) : [];
    if (this.speaker && fits(this.speaker) && !plural) return [this.speaker];
    if (this.sentenceSubjects.some(fits)) return pick(this.sentenceSubjects);
    const m = kind === 'person' ? this.memory.person : this.memory.thing;
    return m ? [m] : [];
  }
}

export { Analyzer } from './analyze.js';
export type { Frame, Phrase } from './analyze.js';
