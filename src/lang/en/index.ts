// English triple extraction with compromise: tag one sentence, analyse its clauses (analyze.ts), resolve the
// phrases to canonical entities shared with Korean (gazetteer, document short forms, discovered names,
// concept phrases) and build triples with the common relation map.
import type { DocumentEntities, EntityLinker, GazetteerEntry, Mention } from '../../entities/index.js';
import { makeTriple } from '../../extract/triple.js';
import type { SentenceExtractor, SentenceResult } from '../../extract/types.js';
import { GENERIC_RELATION, type RelationMap } from '../../relations/index.js';
import type { EntityRef, EntityType, Modality, NewsDocument, Sentence, Span, Triple } from '../../types/index.js';
import { slugify } from '../../util/hash.js';
import { resolveOptions } from '../../util/options.js';
import { Analyzer, toTokens, type Frame, type Phrase, type Tok } from './analyze.js';
import { DEFAULT_EN_CLAUSES_FILE, DEFAULT_EN_CONSTRUCTIONS_FILE, DEFAULT_EN_GRAMMAR_FILE, expandRules, installLexicon, loadCues, loadGrammar, tagSentence, type Cues, type GrammarData } from './grammar.js';

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
   * Unmapped predicates as RELATED_TO (lemma in `predicate`): 'none', only between two named entities
   * ('entities'), or 'all'. Default 'entities': between two actors an unmapped predicate is still a fact worth
   * keeping, while on unseen wire copy nearly every other one (take measures, give details) made a vague edge.
   */
  unmapped: 'none' | 'entities' | 'all';
  /** Allow a phrase (Concept) as subject; otherwise only named entities act. */
  conceptSubjects: boolean;
  /** Emit IS_A for appositives (Micron, a memory chipmaker, …). */
  appositives: boolean;
  /** Emit speaker -SAYS/REPORTS-> the content's subject for attributed sentences. */
  attributionTriples: boolean;
  /** Skip sentences longer than this many characters (pathological input). */
  maxSentenceLength: number;
}

export const DEFAULT_EN_OPTIONS: EnOptions = {
  grammarFile: DEFAULT_EN_GRAMMAR_FILE,
  clausesFile: DEFAULT_EN_CLAUSES_FILE,
  constructionsFile: DEFAULT_EN_CONSTRUCTIONS_FILE,
  minConfidence: 0.5,
  unmapped: 'entities',
  conceptSubjects: false,
  appositives: true,
  attributionTriples: false,
  maxSentenceLength: 2000,
};

const MEDIA_TYPES = new Set<EntityType>(['Media']);
const NAME_TYPES: Record<string, EntityType> = { Person: 'Person', Country: 'Country', Place: 'Location', Company: 'Company', Organization: 'Organization' };

interface Resolved {
  ref: EntityRef; named: boolean; pronoun: boolean;
  /** For phrases: the head noun's lemma, and whether the phrase is definite (the rules, these measures). */
  head?: string; definite?: boolean;
}

/** Per-document memory for pronouns across sentences: the last named subject. */
interface DocMemory { thing?: EntityRef; person?: EntityRef; owners: Map<string, EntityRef> }
const lastSubject = new WeakMap<DocumentEntities, DocMemory>();
/** linker.fuzzy results by surface (null: none), per linker. */
const nearMisses = new WeakMap<EntityLinker, Map<string, GazetteerEntry | null>>();

export function createEnglishExtractor(opts: Partial<EnOptions> & { linker: EntityLinker; relations: RelationMap }): SentenceExtractor {
  const { linker, relations, ...rest } = opts;
  const o = resolveOptions('extract/en', DEFAULT_EN_OPTIONS, rest, (x) => [
    ...(x.minConfidence >= 0 && x.minConfidence <= 1 ? [] : [`minConfidence must be in [0, 1], got ${x.minConfidence}`]),
    ...(['none', 'entities', 'all'].includes(x.unmapped) ? [] : [`unmapped must be none, entities or all, got ${x.unmapped}`]),
  ]);
  const grammar = expandRules(loadGrammar(o.grammarFile), relations.lemmas('en'));
  const cues = loadCues(o.clausesFile, grammar, o.constructionsFile);
  installLexicon(grammar, linker);
  const analyzer = new Analyzer(cues, relations);
  return {
    lang: 'en',
    extract: (sentence, doc, entities) => extractSentence(sentence, doc, entities, { o, grammar, cues, analyzer, relations }),
  };
}

interface Ctx { o: EnOptions; grammar: GrammarData; cues: Cues; analyzer: Analyzer; relations: RelationMap }

function extractSentence(sentence: Sentence, doc: NewsDocument, entities: DocumentEntities, ctx: Ctx): SentenceResult {
  const text = sentence.text;
  const mentions = entities.mentions(text, sentence.start);
  if (!text.trim() || text.length > ctx.o.maxSentenceLength) return { triples: [], mentions };
  // A title-case headline (Dutch Expand Curbs on Chip Tools) is tagged in sentence case, so that its verbs and
  // common nouns are not read as one long proper name; tokens keep the words as written.
  const tagText = isTitleCase(text) ? sentenceCase(text, mentions, sentence.start, ctx.cues) : text;
  const terms = tagSentence(tagText, ctx.grammar);
  const toks = toTokens(terms, tagText, sentence.start, mentions);
  if (tagText !== text) for (const t of toks) t.text = text.slice(t.start - sentence.start, t.end - sentence.start);
  const an = ctx.analyzer.analyze(toks, mentions);
  const r = new PhraseResolver(toks, mentions, entities, ctx.cues, text, sentence.start);

  // Discovered proper names become entities (and mentions) before phrases are resolved.
  const allMentions: Mention[] = [...mentions];
  for (const nm of an.names) {
    const span = r.span(nm.a, nm.b);
    const ref = entities.tryDiscover(span.text.replace(/['’]s$/, ''), NAME_TYPES[nm.tag] ?? 'Organization', 'en', span);
    if (!ref) continue; // not a name after all (lexicon.not_names, no capital left once titles are trimmed …)
    allMentions.push({ ...ref, span });
    r.named.set(`${nm.a}:${nm.b}`, ref);
  }

  const speakers = an.speakers.map((p) => r.resolve(p)[0]).filter((x): x is Resolved => !!x && !x.ref.id.startsWith('~'));
  const speaker = speakers.find((s) => s.named)?.ref;
  r.speaker = speaker && !MEDIA_TYPES.has(speaker.type) ? speaker : undefined;
  const attributed = an.speakers.length > 0;

  const triples: Triple[] = [];
  const seen = new Set<string>();
  const memory: DocMemory = lastSubject.get(entities) ?? { owners: new Map() };
  r.memory = memory;
  for (const f of an.frames) {
    if (f.isA && !ctx.o.appositives) continue;
    r.clauseSubjects = [];
    let subjects = f.subjects.flatMap((p) => r.resolve(p));
    let conf = 0.85;
    // A relative clause on a phrase (sanctions that restrict …) acts for the clause that introduced the phrase.
    if (f.relative && subjects.every((s) => !s.named) && f.from !== undefined) {
      const owner = an.frames[f.from]!;
      subjects = owner.subjects.flatMap((p) => r.resolve(p));
      conf -= 0.1;
    }
    if (f.inherited) conf -= 0.05;
    // "The rules will block Nvidia": a definite phrase introduced earlier as what a named actor issued acts for it.
    subjects = subjects.map((x) => {
      const owner = !x.named && x.definite && x.head ? memory.owners.get(x.head) : undefined;
      if (owner) conf -= 0.1;
      return owner ? { ref: { ...owner, ...(x.ref.span ? { span: x.ref.span } : {}) }, named: true, pronoun: false } : x;
    });
    r.clauseSubjects = subjects.filter((x) => x.named).map((x) => x.ref);
    if (r.clauseSubjects.length && !f.isA) r.sentenceSubjects = r.clauseSubjects;
    const objects = f.objects.flatMap((p) => r.resolve(p, f.isA, true, f.figure)).filter((x) => x.named || !x.head || !ctx.cues.emptyObjects.has(x.head));
    if (!subjects.length || !objects.length) continue;
    let relation: string;
    let predicate = f.lemma;
    if (f.isA) { relation = 'IS_A'; predicate = 'be'; conf = 0.7; } else {
      if (ctx.cues.skipPredicates.has(f.lemma.split(' ')[0]!)) continue;
      relation = ctx.relations.typeFor(f.lemma, 'en');
      if (relation === GENERIC_RELATION) {
        if (ctx.o.unmapped === 'none') continue;
        conf = 0.55;
      }
    }
    let modality: Modality = f.modality;
    // An attributed claim is 'reported'; a planned/possible/considered/negated one keeps that more specific reading.
    if (attributed && !f.isA && !f.ownClaim && modality === 'asserted') modality = 'reported';
    const predicateSpan = f.predB > f.predA ? r.span(f.predA, f.predB) : undefined;
    for (const s of subjects) {
      if (!s.named && !ctx.o.conceptSubjects) continue;
      for (const ob of objects) {
        if (s.ref.id === ob.ref.id) continue;
        if (relation === GENERIC_RELATION && ctx.o.unmapped === 'entities' && !(s.named && ob.named)) continue;
        let c = conf - (s.pronoun ? 0.15 : 0) - (ob.named ? 0 : 0.05) - (s.named ? 0 : 0.2);
        c = Math.max(0, Math.min(1, c));
        if (c < ctx.o.minConfidence) continue;
        if (!ob.named && ob.head && !f.isA && !ob.pronoun) memory.owners.set(ob.head, s.ref);
        const key = `${s.ref.id}|${relation}|${ob.ref.id}|${modality}`;
        if (seen.has(key)) continue;
        seen.add(key);
        triples.push(makeTriple(doc, sentence, {
          subject: s.ref, relation, predicate, object: ob.ref, modality, confidence: c,
          ...(speaker && !f.isA && !f.ownClaim ? { attribution: speaker } : {}),
          ...(predicateSpan ? { predicateSpan } : {}),
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
  for (const f of an.frames) {
    const first = f.subjects[0] && r.resolve(f.subjects[0])[0];
    if (first?.named && !first.pronoun) { memory[first.ref.type === 'Person' ? 'person' : 'thing'] = first.ref; break; }
  }
  lastSubject.set(entities, memory);
  return { triples, mentions: dedupeMentions(allMentions) };
}

/** Most words of four letters or more capitalised (at most one not), as in a headline set in title case. */
export function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu)?.filter((w) => w.length >= 4) ?? [];
  if (words.length < 4) return false;
  const lower = words.filter((w) => !/^\p{Lu}/u.test(w)).length;
  const upper = words.filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).length;
  return lower <= 1 && upper >= words.length * 0.8;
}

/** Lower-case every capitalised word outside known names, acronyms and demonyms (same length as `text`). */
function sentenceCase(text: string, mentions: Mention[], base: number, cues: Cues): string {
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
  private readonly cache = new Map<string, Resolved[]>();

  constructor(private readonly toks: Tok[], private readonly mentions: Mention[], private readonly entities: DocumentEntities,
    private readonly cues: Cues, private readonly text: string, private readonly base: number) {}

  span(a: number, b: number): Span {
    const start = this.toks[a]!.start, end = this.toks[b - 1]!.end;
    return { start, end, text: this.text.slice(start - this.base, end - this.base) };
  }

  /** `asObject`: the phrase is a predicate's object (action nouns and evaluative adjectives apply). */
  resolve(p: Phrase, description = false, asObject = false, figure = false): Resolved[] {
    if (figure) {
      // a quantity taken as it is written: 6%, about $5.5 billion
      const fig = this.figure(p);
      if (fig) return [fig];
    }
    const key = `${p.a}:${p.b}:${description}:${asObject}:${this.clauseSubjects.map((x) => x.id).join(',')}`;
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
    if (!ts.length || !ts.some((t) => /\d/.test(t.text))) return undefined;
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
      if (this.cues.pronouns.has(t.norm)) owner = this.pronoun(t.norm, true)[0];
    }
    // trailing possessive marker and punctuation are not part of the name
    let ts = idx.map((i) => this.toks[i]!);
    if (!ts.length) return [];
    // dozens of Chinese companies, 98% of the world's gallium → what follows "of"
    const of = ts.findIndex((t) => t.norm === 'of');
    if (of > 0 && of < ts.length - 1 && ts.slice(0, of).every((t) => t.tags.has('Value') || this.cues.quantifiers.has(t.norm) || /^(a|an)$/.test(t.norm))) {
      ts = ts.slice(of + 1);
      while (ts.length > 1 && (this.cues.determiners.has(ts[0]!.norm) || /^world['’]s$/i.test(ts[0]!.text))) ts = ts.slice(1);
    }
    const first = ts[0]!, last = ts[ts.length - 1]!;
    const span: Span = this.spanOf(ts);

    if (ts.length === 1 && this.cues.pronouns.has(first.norm) && first.mention === undefined) {
      return this.pronoun(first.norm).map((ref) => ({ ref: { ...ref, span }, named: true, pronoun: true }));
    }
    if (ts.every((t) => t.tags.has('Date') || t.tags.has('Value')) && ts.every((t) => t.mention === undefined)) return [];

    // one gazetteer mention covering the phrase (maybe with metonym heads: U.S. officials, Chinese authorities)
    const ms = new Set(ts.map((t) => t.mention));
    const heads = ts.filter((t) => t.mention === undefined);
    const onlyMetonyms = heads.every((t) => this.cues.metonymHeads.has(t.norm) || this.cues.metonymHeads.has(t.lemma));
    if (ms.size <= 2 && !description) {
      const mIds = [...ms].filter((m): m is number => m !== undefined);
      if (mIds.length === 1 && onlyMetonyms && (heads.length === 0 || ts[0]!.mention !== undefined)) {
        const m = this.mentions[mIds[0]!]!;
        const ref = this.entities.resolve(m.span.text, m.span) ?? { ...m };
        return [{ ref: { ...ref, span: m.span }, named: true, pronoun: false }];
      }
    }
    // a possessor + a name: the department's Bureau of Industry and Security, Nvidia's H20 → the name
    if (!description && ts.length >= 2) {
      const poss = ts.map((t) => t.mention === undefined && (/['’]s?$/.test(t.text) || /^['’]/.test(t.post))).lastIndexOf(true);
      const tail = ts.slice(poss + 1);
      if (poss >= 0 && tail.length && tail[0]!.mention !== undefined && tail.every((t) => t.mention === tail[0]!.mention)) {
        const m = this.mentions[tail[0]!.mention!]!;
        const ref = this.entities.resolve(m.span.text, m.span) ?? { ...m };
        return [{ ref: { ...ref, span: m.span }, named: true, pronoun: false }];
      }
    }
    // a country (China's, Chinese, Dutch) + modifiers + a body standing for it: China's cyberspace regulator,
    // the Chinese foreign ministry, Dutch officials → the country
    if (!description && ts.length >= 2 && this.cues.metonymHeads.has(last.norm) &&
      ts.slice(1, -1).every((t) => t.mention === undefined && /^[a-z]/.test(t.text))) {
      let ref: EntityRef | undefined;
      if (first.mention !== undefined && /['’]/.test(first.text + first.post)) {
        const m = this.mentions[first.mention]!;
        if (m.type === 'Country') ref = this.entities.resolve(m.span.text) ?? m;
      } else if (first.tags.has('Demonym') || this.cues.demonyms.has(first.norm)) {
        const id = this.cues.demonyms.get(first.norm);
        const e = id ? this.entities.linker.gazetteer.get(id) : undefined;
        if (e) ref = this.entities.linker.ref(e);
      }
      if (ref) return [{ ref: { ...ref, span }, named: true, pronoun: false }];
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
    return [{ ref, named: ref.type !== 'Concept' && !description, pronoun: false, head, definite }];
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
      return refs.length ? refs : undefined;
    }
    // before the noun: a possessor (ASML's exports), or a compound after it (Micron product purchases)
    const before = ts.slice(0, hi);
    const poss = before.map((t) => /['’]s?$/.test(t.text) || /^['’]/.test(t.post) || (t.tags.has('Possessive') && !t.tags.has('Pronoun'))).lastIndexOf(true);
    const compound = before.slice(poss + 1);
    const refs = compound.length ? this.thingsIn(compound) : this.thingsIn(before);
    return refs.length ? refs : undefined;
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
      const proper = t.mention !== undefined || t.tags.has('ProperNoun') || t.tags.has('Acronym') || t.tags.has('Demonym') || /^[A-Z0-9]{2,}/.test(t.text);
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
    if (possessive && this.clauseSubjects.some(fits)) return pick(this.clauseSubjects);
    if (this.speaker && fits(this.speaker) && !plural) return [this.speaker];
    if (this.sentenceSubjects.some(fits)) return pick(this.sentenceSubjects);
    const m = kind === 'person' ? this.memory.person : this.memory.thing;
    return m ? [m] : [];
  }
}

export { Analyzer } from './analyze.js';
export type { Frame, Phrase } from './analyze.js';
