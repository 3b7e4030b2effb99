// Clause analysis over compromise's tags, one sentence at a time.
// Tokens → units (noun phrases, verb groups, function words) → frames: who does what to whom, with voice,
// modality, negation and attribution. Entity resolution of the phrases happens in the extractor (index.ts).
import type { Mention } from '../../entities/index.js';
import type { RelationMap } from '../../relations/index.js';
import type { Modality } from '../../types/index.js';
import type { CompromiseTerm, Cues } from './grammar.js';

export interface Tok {
  i: number;
  text: string;
  norm: string;
  /** Root form for verbs and plurals (banned → ban, restrictions → restriction); else the normal form. */
  lemma: string;
  tags: Set<string>;
  pre: string;
  post: string;
  /** Document offsets. */
  start: number;
  end: number;
  /** Index into the sentence's gazetteer mentions when this token is part of one. */
  mention?: number;
}

/** A contiguous noun phrase, possibly with an `of`/complement tail whose coordinated items distribute. */
export interface Phrase {
  a: number;
  b: number;
  /** Head part [a, headEnd) before a complement preposition, when the complement is coordinated. */
  headEnd?: number;
  /** Coordinated complements ("exports of [gallium] and [germanium]"): each gives its own phrase. */
  items?: Array<[number, number]>;
  temporal: boolean;
  appositiveOf?: Phrase;
  /** The appositive is a place's region or country (Taylor, Texas): no description of its own. */
  locative?: boolean;
  /** A source named by an attribution phrase (according to X, citing X) rather than by a speech verb's subject. */
  cited?: boolean;
  /** A bare count of people as an object (charged three): taken as written. */
  counted?: boolean;
  /** A time as an object (takes effect in 120 days): taken as written. */
  time?: boolean;
}

export interface VerbGroup {
  a: number;
  b: number;
  lemma: string;
  /** Token range of the predicate as written (main verb + particles/prepositions of a phrasal verb). */
  predA: number;
  predB: number;
  passive: boolean;
  negated: boolean;
  modality: Exclude<Modality, 'reported'>;
  /** Lexical verbs before the main one inside the group ("considering restricting"). */
  controls: string[];
  /** Non-finite: a bare gerund or participle with no auxiliary. */
  nonFinite: boolean;
  /** A to-infinitive complement of the previous group. */
  complement: boolean;
  /** Prepositions taken into the lemma (phrasal verb): the object follows them. */
  tookPrep: boolean;
  /** An auxiliary or modal precedes the main verb (had failed, would restrict). */
  aux: boolean;
  /** Token of a verb of ceasing right before the gerund (stopped selling): its modality is not in `modality`. */
  ceased?: number;
}

type Unit =
  | { kind: 'np'; p: Phrase }
  | { kind: 'vg'; v: VerbGroup }
  | { kind: 'cc' | 'rel' | 'sub' | 'prep' | 'adv' | 'other'; t: number };

export interface Frame {
  subjects: Phrase[];
  objects: Phrase[];
  lemma: string;
  predA: number;
  predB: number;
  modality: Exclude<Modality, 'reported'>;
  /** Subject came from a relative pronoun's antecedent. */
  relative: boolean;
  /** Subject inherited from a coordinated clause. */
  inherited: boolean;
  passive: boolean;
  /** Index of the frame whose subject this one shares (coordination) or whose object is its antecedent. */
  from?: number;
  isA?: boolean;
  /** An IS_A stated by a copula (X is a maker of Y, Among the recipients is X), not an appositive: the clause's own fact. */
  copular?: boolean;
  /** The predicate takes a quantity (fell 6%, a charge of $5.5 billion): the figure itself is the object. */
  figure?: boolean;
  /** Coordinated with the sentence's attribution verb (X said … and banned Y): the speaker's own act, not reported. */
  ownClaim?: boolean;
  /** Recipients of a transfer (supplies batteries to Tesla): objects too when they are named. */
  recipients?: Phrase[];
  /** The content of an accusation noun (charges that it …): its pronouns are the accused, not the speaker. */
  accusation?: boolean;
  /** The subject came from a controlling clause (urged X to …, headline "X to …"). */
  controlled?: boolean;
  /** For a negated verb group: its modality without the negation (would not allow → planned). */
  unnegated?: Exclude<Modality, 'reported' | 'negated'>;
  /** From a name's description (Micron, the only U.S. maker of HBM): the writer's, not any speaker's, claim. */
  described?: boolean;
  /** An act someone is accused or charged of (charged with smuggling X): reported, not asserted. */
  alleged?: boolean;
  /** A negated act someone was told to do (told X to stop buying Y): who gave the order, and that order's modality. */
  directedBy?: Phrase[];
  directiveModality?: Exclude<Modality, 'reported'>;
  /** A reduced relative on a phrase (chips made abroad): the participle describes that phrase. */
  reduced?: boolean;
  /** The act of an object-control verb of request (urged X to lift Y): only asked for, not done. */
  requested?: boolean;
  /** An agentless passive's prepositional complement (were shipped to Malaysia, are produced in China). */
  placed?: { phrase: Phrase; prep: string };
  /**
   * Stated by a noun phrase, not a verb (Washington's curbs on X, U.S. sanctions on Y): how the agent was given — a
   * possessor, a country or body before the noun, or a "by" phrase after it.
   */
  nominal?: 'possessor' | 'modifier' | 'by';
  /** The measure or agreement the sentence opens "under" (Under the deal, tariffs will be cut): an agentless passive's agent. */
  under?: Phrase;
}

/** Prepositions introducing what a stance participle is about (dissatisfied with, disappointed by). */
const STANCE_PREPS = new Set(['with', 'by', 'at', 'over', 'about', 'in']);

/** Prepositions whose phrase after an agentless passive says where its patient went, is or came from. */
const PASSIVE_COMPLEMENT_PREPS = new Set(['to', 'in', 'into', 'from']);

export interface Analysis {
  toks: Tok[];
  frames: Frame[];
  /** Speaker/outlet phrases (X said, according to X) for the whole sentence. */
  speakers: Phrase[];
  /** Named-entity candidates compromise found that no gazetteer mention covers. */
  names: Array<{ a: number; b: number; tag: string }>;
  /** Speech acts (X said …, "…," X told reporters): the speaker, the speech verb and the token range of what was said. */
  statements: Statement[];
}

/** A speech verb used as attribution, with the token range [a, b) of its content (the quote or the reported clause). */
export interface Statement {
  speakers: Phrase[]; lemma: string; verbA: number; verbB: number; negated: boolean; a: number; b: number;
  /** Whom it was told to (told the chip maker it would need …): what the content's "it" refers to. */
  addressee?: Phrase;
}

/** Roots compromise gets wrong (the participle "run" after "be" → "rin"). */
const ROOT_FIXES: Record<string, string> = {
  rin: 'run', taken: 'take', given: 'give', shown: 'show', driven: 'drive', written: 'write', stolen: 'steal', forbidden: 'forbid',
  frozen: 'freeze', chosen: 'choose', broken: 'break', withdrawn: 'withdraw', overtaken: 'overtake', undertaken: 'undertake', grown: 'grow',
};

/** Lower-case particles inside a person's name (Ursula von der Leyen, Mark van Dijk). */
const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'la', 'le', 'da', 'di', 'del', 'du', 'bin', 'al', 'ter', 'dos']);

/** Entity types of a name before a relation noun that may be its agent (U.S. sanctions, EU tariffs), not its patient. */
const ACTOR_MODIFIERS = new Set(['Country', 'Government', 'Agency', 'Organization']);

const RANK: Record<Exclude<Modality, 'reported'>, number> = { asserted: 0, planned: 1, possible: 2, considered: 3, negated: 4 };
export const strongerModality = <M extends Modality>(a: M, b: M): M =>
  ((RANK as Record<string, number>)[a]! >= (RANK as Record<string, number>)[b]! ? a : b);

const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", 'am']);
const BREAK_PUNCT = /[,;:()\u2014\u2013"\u201c\u201d]|\s[-–—]\s?|\.\s*$/;

/** Tokens with document offsets; `base` is the sentence's document offset. */
export function toTokens(terms: CompromiseTerm[], text: string, base: number, mentions: Mention[]): Tok[] {
  const toks: Tok[] = [];
  let pos = 0;
  // compromise reads "Romania's annulled election" as "Romania has annulled election": a participle after a
  // possessive-looking 's, before (adjectives and) a noun, is an adjective of the possessed noun
  for (let i = 1; i + 2 < terms.length; i++) {
    const h = terms[i]!, part = terms[i + 1]!;
    if (h.text || (h.machine ?? h.implicit) !== 'has' || !/['’]s$/.test(terms[i - 1]!.text) || !part.tags?.has('PastTense')) continue;
    let j = i + 2;
    while (j < terms.length && terms[j]!.tags?.has('Adjective') && !terms[j]!.tags?.has('Noun')) j++;
    const n = terms[j];
    if (!n || !n.tags?.has('Noun') || n.tags.has('Pronoun') || /['’]s$/.test(n.text)) continue;
    part.tags = new Set([...part.tags].filter((x) => !/^(Verb|PastTense|Participle|Passive)$/.test(x)).concat('Adjective'));
  }
  // "the approved applicants", "a proposed ban": a past participle right after an article, before (adjectives and) a
  // noun, is an adjective — no finite verb follows an article
  for (let i = 1; i + 1 < terms.length; i++) {
    const part = terms[i]!;
    if (!/^(the|a|an|these|those)$/i.test(terms[i - 1]!.text) || !part.tags?.has('PastTense') || part.tags.has('Gerund') || /[,;:]/.test(part.post)) continue;
    let j = i + 1;
    while (j < terms.length && terms[j]!.tags?.has('Adjective') && !terms[j]!.tags?.has('Noun') && !/[,;:]/.test(terms[j - 1]!.post)) j++;
    const n = terms[j];
    if (!n || !n.tags?.has('Noun') || n.tags.has('Pronoun') || /[,;:]/.test(terms[j - 1]!.post)) continue;
    part.tags = new Set([...part.tags].filter((x) => !/^(Verb|PastTense|Participle|Passive)$/.test(x)).concat('Adjective'));
  }
  // "including cleaning, deposition and lithography tools": a gerund opening a list after a member cue, followed by a
  // list comma or "and/or", is the list's first member (a noun), not a verb with the list as its object
  // (and the gerunds after it in the list: including welding, milling and grinding equipment)
  const listed = new Set<number>();
  for (let i = 1; i + 1 < terms.length; i++) {
    const g = terms[i]!, prev = terms[i - 1]!, cue = (prev.machine ?? prev.normal ?? prev.text).toLowerCase();
    if (!g.tags?.has('Gerund') && !(/ing$/i.test(g.text) && g.tags?.has('Adjective'))) continue;
    const opens = (cue === 'including' || (cue === 'as' && /^such$/i.test(terms[i - 2]?.text ?? ''))) && !/,/.test(prev.post);
    const continues = (listed.has(i - 1) && /^\s*,\s*$/.test(prev.post)) || (/^(and|or)$/.test(cue) && listed.has(i - 2));
    if (!opens && !continues) continue;
    if (opens && !/^\s*,\s*$/.test(g.post) && !/^(and|or)$/i.test(terms[i + 1]!.text)) continue;
    listed.add(i);
    if (g.tags.has('Gerund')) g.tags = new Set([...g.tags].filter((x) => !/^(Verb|Gerund|PresentTense|Infinitive)$/.test(x)).concat('Noun'));
  }
  // "a Netherlands-based chipmaker", "Beijing-backed funds": a participle hyphenated to a name is a modifier of the noun
  // after it, not a verb (the tagger's hyphen tag does not survive a gazetteer name)
  for (let i = 0; i + 2 < terms.length; i++) {
    const part = terms[i + 1]!;
    if (terms[i]!.post !== '-' || !/^(based|headquartered|owned|backed|funded|controlled|listed|registered|linked|affiliated|run|made|built)$/i.test(part.text) || !part.tags?.has('Verb')) continue;
    part.tags = new Set([...part.tags].filter((x) => !/^(Verb|PastTense|Participle|Passive)$/.test(x)).concat('Adjective'));
  }
  for (const t of terms) {
    // compromise keeps pre + text + post covering the input; fall back to a search if it normalised something.
    let start = pos + t.pre.length;
    if (text.slice(start, start + t.text.length) !== t.text) {
      const found = text.indexOf(t.text, pos);
      start = found >= 0 ? found : start;
    }
    const end = start + t.text.length;
    pos = end + t.post.length;
    if (!t.text) continue;
    const tags = t.tags ?? new Set<string>();
    const norm = (t.machine ?? t.normal ?? t.text.toLowerCase()).toLowerCase();
    let lemma = t.root ?? norm;
    if (ROOT_FIXES[lemma]) lemma = ROOT_FIXES[lemma]!;
    if (tags.has('Copula') || BE.has(norm)) lemma = BE.has(norm) || lemma === 'is' ? 'be' : lemma;
    toks.push({ i: toks.length, text: t.text, norm, lemma, tags, pre: t.pre, post: t.post, start: base + start, end: base + end });
  }
  mentions.forEach((m, mi) => {
    // a token may carry a possessive ending beyond the name (China's)
    for (const tk of toks) if (tk.start >= m.span.start && tk.start < m.span.end && (tk.end <= m.span.end || /^['’]s?$/.test(tk.text.slice(m.span.end - tk.start)))) tk.mention = mi;
  });
  // a name with commas inside (Ministry of Economy, Trade and Industry) may come as two mentions of one entity: one name
  for (let i = 1; i < toks.length; i++) {
    const a = toks[i - 1]!, b = toks[i]!;
    if (a.mention === undefined || b.mention === undefined || a.mention === b.mention || !/^,\s*$/.test(a.post)) continue;
    if (mentions[a.mention]!.id !== mentions[b.mention]!.id) continue;
    const from = b.mention;
    for (let j = i; j < toks.length && toks[j]!.mention === from; j++) toks[j]!.mention = a.mention;
  }
  return toks;
}

export class Analyzer {
  constructor(private readonly cues: Cues, private readonly relations: RelationMap) {}

  /** Index of the sentence's last token (set per analysis). */
  private lastTok = 0;
  /** The sentence is a headline (set per analysis): a verb after a comma shares the first clause's subject. */
  private headline = false;
  /** The tokens of the sentence in hand. */
  private toks: Tok[] = [];

  /**
   * `capitalised`: words the document capitalises in mid-sentence, where a capital is no sentence start's (a name
   * met first at the start of a sentence, "Nexperia, a Dutch chipmaker, …", is a name there too).
   */
  analyze(toks: Tok[], mentions: Mention[], capitalised?: ReadonlySet<string>, headline = false): Analysis {
    this.lastTok = toks.length - 1;
    this.toks = toks;
    this.headline = headline;
    this.mentionTypes = mentions.map((m) => m.type);
    const speakers: Phrase[] = [];
    const consumed = new Set<number>();
    this.attributionPhrases(toks, speakers, consumed);
    const names = this.names(toks, mentions, capitalised);
    const units = this.chunk(toks, consumed);
    const statements: Statement[] = [];
    const frames = this.frames(units, toks, speakers, statements);
    return { toks, frames, speakers, names, statements };
  }

  // ---- tokens ----------------------------------------------------------------------------------------

  private breaksAfter(t: Tok | undefined, next?: Tok): boolean {
    if (!t) return true;
    // a period inside the sentence ends an abbreviation (Corp., Ltd.), not a clause
    if (/^\.\s*$/.test(t.post) && t.i < this.lastTok) return !!next && /[("\u201c]/.test(next.pre) && !this.scareOpens(next);
    // words in scare quotes (was "dissatisfied" with, the "AI diffusion" rule) stay in their clause
    // (so does a quoted complement of "be": said it was "not a military company or supplier")
    return (BREAK_PUNCT.test(t.post) && !this.scareCloses(t) && !this.scareCloses(t, 12, true)) ||
      (!!next && /[("\u201c]/.test(next.pre) && !this.scareOpens(next) && !(BE.has(t.norm) && !this.isVerb(next) && this.scareOpens(next, 12)));
  }

  /** A short quote (one to `max` words, nothing but spaces inside) opens at `t`. */
  private scareOpens(t: Tok, max = 3): boolean {
    if (!/^\s*["\u201c]$/.test(t.pre)) return false;
    for (let k = t.i; k < Math.min(this.toks.length, t.i + max); k++) {
      const x = this.toks[k]!;
      if (k > t.i && x.pre.trim()) return false;
      // (a longer quote may close the clause: was "not a … supplier to the military".)
      if (/^["\u201d]\s*$/.test(x.post) || (max > 3 && /^["\u201d][.,;:]?\s*$/.test(x.post))) return true;
      if (x.post.trim()) return false;
    }
    return false;
  }

  /** A short quote (one to `max` words, nothing but spaces inside) closes at `t`; `afterBe`: one opening after "be". */
  private scareCloses(t: Tok, max = 3, afterBe = false): boolean {
    if (!/^["\u201d]\s*$/.test(t.post)) return false;
    for (let k = t.i; k > Math.max(-1, t.i - max); k--) {
      const x = this.toks[k]!;
      if (k < t.i && x.post.trim()) return false;
      if (/^\s*["\u201c]$/.test(x.pre)) return !afterBe || (k > 0 && BE.has(this.toks[k - 1]!.norm) && !this.isVerb(x));
      if (x.pre.trim()) return false;
    }
    return false;
  }

  private isNegator(toks: Tok[], i: number): boolean {
    const t = toks[i]!;
    // (a contracted negation, "cannot", "won't", "didn't", is one token whose "not" the tagger keeps out of the text)
    return this.cues.negators.has(t.norm) || t.tags.has('Negative') || (t.norm === 'no' && toks[i + 1]?.norm === 'longer') ||
      (t.tags.has('Verb') && /^(cannot|\w+n['’]t)$/i.test(t.text));
  }

  private isVerb(t: Tok): boolean {
    return t.mention === undefined && t.tags.has('Verb') && !t.tags.has('Noun');
  }

  private isNounish(t: Tok): boolean {
    if (t.mention !== undefined) return true;
    if (t.tags.has('Verb') && !t.tags.has('Noun')) return false;
    if (this.cues.relativePronouns.has(t.norm) && !t.tags.has('Noun')) return false;
    return ['Noun', 'Adjective', 'Determiner', 'Value', 'Possessive', 'Acronym', 'ProperNoun', 'Demonym'].some((g) => t.tags.has(g));
  }

  private isTemporalStart(toks: Tok[], j: number): boolean {
    const t = toks[j]!;
    if (t.mention !== undefined) return false;
    if (t.tags.has('Date') && !t.tags.has('Value')) return true;
    return /^(last|next|this|past|coming|previous|earlier|early|late)$/.test(t.norm) && !!toks[j + 1]?.tags.has('Date');
  }

  /** "according to X", "citing X": X becomes the speaker; the words leave the clause. */
  private attributionPhrases(toks: Tok[], speakers: Phrase[], consumed: Set<number>): void {
    for (const words of this.cues.attributionPhrases) {
      for (let i = 0; i + words.length <= toks.length; i++) {
        if (!words.every((w, k) => toks[i + k]!.norm === w)) continue;
        let j = i + words.length;
        const a = j;
        while (j < toks.length && this.isNounish(toks[j]!) && !(j > a && this.breaksAfter(toks[j - 1], toks[j]))) j++;
        if (j === a) continue;
        speakers.push({ a, b: j, temporal: false, cited: true });
        // the source's own participle phrase leaves too (according to a survey [released last year]): else it reads
        // as a clause of the phrase before
        const pt = toks[j];
        if (pt && !this.breaksAfter(toks[j - 1], pt) && pt.mention === undefined && (pt.tags.has('PastTense') || pt.tags.has('Participle')) && !pt.tags.has('Gerund')) {
          while (j < toks.length && !(j > a && this.breaksAfter(toks[j - 1], toks[j]))) j++;
        }
        for (let k = i; k < j; k++) consumed.add(k);
      }
    }
  }

  // ---- chunking --------------------------------------------------------------------------------------

  private chunk(toks: Tok[], consumed: Set<number>): Unit[] {
    const units: Unit[] = [];
    let i = 0;
    const n = toks.length;
    while (i < n) {
      if (consumed.has(i)) { i++; continue; }
      const t = toks[i]!;
      // a relative pronoun before its clause's verb, or "whose" before the clause's own subject (X, whose chip is …)
      if (this.cues.relativePronouns.has(t.norm) && i > 0 && (this.startsVerb(toks, i + 1) || t.norm === 'whose') && t.mention === undefined) {
        units.push({ kind: 'rel', t: i }); i++; continue;
      }
      // (an approximating adverb opens the quantity it grades: sanctions on [nearly two dozen companies])
      const approx = t.tags.has('Adverb') && /^(nearly|almost|roughly|approximately|some)$/.test(t.norm) && !!toks[i + 1]?.tags.has('Value') && !this.breaksAfter(t, toks[i + 1]);
      if (this.isNounish(t) || approx) {
        const temporal = this.isTemporalStart(toks, i);
        let j = i + 1;
        const sameName = (x: number) => toks[x]!.mention !== undefined && toks[x]!.mention === toks[x - 1]!.mention;
        // an adverb grading the next adjective stays in the phrase (the most advanced chips)
        const grading = (x: number) => toks[x]!.tags.has('Adverb') && !!toks[x + 1]?.tags.has('Adjective') && this.isNounish(toks[x + 1]!) && !this.breaksAfter(toks[x], toks[x + 1]);
        // an open amount before its noun stays one phrase ("a $1 billion or more fine", headline "face $1 billion or more US fine")
        const orMore = (x: number) => toks[x]!.norm === 'or' && /^(more|less)$/.test(toks[x + 1]?.norm ?? '') && !!toks[x + 2] && this.isNounish(toks[x + 2]!) &&
          !toks[x + 2]!.tags.has('Value') && toks.slice(i, x).some((y) => y.tags.has('Value')) && !this.breaksAfter(toks[x - 1], toks[x]) && !this.breaksAfter(toks[x + 1], toks[x + 2]);
        while (j < n && !consumed.has(j) && (this.isNounish(toks[j]!) || grading(j) || orMore(j) || (sameName(j) && toks[j]!.tags.has('Conjunction'))) && (!this.breaksAfter(toks[j - 1], toks[j]) || sameName(j))) {
          const tj = toks[j]!;
          if (!temporal && this.isTemporalStart(toks, j)) break;
          if (tj.tags.has('Pronoun') && !tj.tags.has('Possessive')) break;
          // an article starts a phrase of its own (the most advanced processor | the company can sell), save after a
          // predeterminer (all the, half the, such a)
          if (/^(the|a|an)$/.test(tj.norm) && !tj.tags.has('Hyphenated') && (tj.mention === undefined || tj.mention !== toks[j - 1]!.mention) &&
            !/^(all|both|half|such|quite|what|many|twice)$/.test(toks[j - 1]!.norm) && !this.cues.approximators.has(toks[j - 1]!.norm)) break;
          if (toks[j - 1]!.tags.has('Pronoun') && !toks[j - 1]!.tags.has('Possessive')) break;
          if (this.cues.relativePronouns.has(tj.norm) && this.startsVerb(toks, j + 1)) break;
          // a name followed by a sum of money is two phrases (cost Micron $2 billion), save after an article (a Micron $2 billion deal)
          if (/^[$€£¥]/.test(tj.text) && (toks[j - 1]!.mention !== undefined || toks[j - 1]!.tags.has('ProperNoun')) && !/^(a|an|the)$/.test(toks[i]!.norm)) break;
          // an abbreviation's period before an amount ends the phrase (KLA Corp. hundreds of millions of dollars)
          if ((/\.$/.test(toks[j - 1]!.text) || /^\.\s*$/.test(toks[j - 1]!.post)) && (tj.tags.has('Value') || this.cues.quantifiers.has(tj.norm) || /^[$€£¥]/.test(tj.text))) break;
          j++;
        }
        units.push({ kind: 'np', p: { a: i, b: j, temporal: temporal || toks.slice(i, j).every((x) => x.tags.has('Date') || x.tags.has('Value')) } });
        i = j; continue;
      }
      if (this.isVerb(t) || (this.isNegator(toks, i) && this.startsVerb(toks, i + 1))) {
        const j = this.verbGroupEnd(toks, i, consumed);
        // (an adverb may split the infinitive: to temporarily slash)
        let pt = i - 1;
        while (pt > 0 && toks[pt]!.tags.has('Adverb') && !this.isVerb(toks[pt]!)) pt--;
        const prevTo = i > 0 && toks[pt]!.norm === 'to';
        const v = this.verbGroup(toks, i, j, prevTo);
        units.push({ kind: 'vg', v });
        i = Math.max(j, v.b); continue;
      }
      const norm = t.norm;
      // "Nexperia, formerly a unit of NXP, was …": a time adverb opening a description after a name's comma leaves the
      // description an appositive of the name
      if (t.tags.has('Adverb') && /^(formerly|previously|once|currently|now)$/.test(norm) && units[units.length - 1]?.kind === 'np' &&
        i > 0 && /,\s*$/.test(toks[i - 1]!.post) && /^(a|an|the)$/.test(toks[i + 1]?.norm ?? '') && !this.breaksAfter(t, toks[i + 1])) { i++; continue; }
      if (t.tags.has('Adverb')) units.push({ kind: 'adv', t: i });
      else if (/^(and|or|but)$/.test(norm)) units.push({ kind: 'cc', t: i });
      // "as" right after a verb is a preposition (seen as, listed as), not a subordinator
      else if (this.cues.subordinators.has(norm) && !(norm === 'as' && (toks[i + 1]?.norm === 'well' || units[units.length - 1]?.kind === 'vg'))) units.push({ kind: 'sub', t: i });
      else if (t.tags.has('Preposition') || norm === 'to') units.push({ kind: 'prep', t: i });
      else units.push({ kind: 'other', t: i });
      i++;
    }
    this.joinCoordinatedModifiers(units, toks);
    this.attachPhrases(units, toks);
    this.markAppositives(units, toks);
    this.markParentheticals(units, toks);
    return units;
  }

  private startsVerb(toks: Tok[], i: number): boolean {
    let j = i;
    while (j < toks.length && (toks[j]!.tags.has('Adverb') || this.isNegator(toks, j))) j++;
    return j < toks.length && this.isVerb(toks[j]!);
  }

  private verbGroupEnd(toks: Tok[], i: number, consumed: Set<number>): number {
    let j = i;
    while (j < toks.length && !consumed.has(j)) {
      const t = toks[j]!;
      if (j > i && this.breaksAfter(toks[j - 1], t)) break;
      if (this.isVerb(t) || this.isNegator(toks, j) || (t.norm === 'longer' && toks[j - 1]?.norm === 'no')) { j++; continue; }
      if (t.tags.has('Adverb') && this.startsVerb(toks, j + 1) && j > i) { j++; continue; }
      break;
    }
    return Math.max(j, i + 1);
  }

  private verbGroup(toks: Tok[], a: number, b: number, complement: boolean): VerbGroup {
    const ts = toks.slice(a, b);
    const verbs = ts.filter((t) => this.isVerb(t) && !t.tags.has('Particle'));
    const negated = ts.some((t) => this.isNegator(toks, t.i));
    // Auxiliaries: every verb before the last that is a modal, auxiliary or a form of be/have/do.
    const last = verbs[verbs.length - 1] ?? ts[ts.length - 1]!;
    const lexical = verbs.filter((t) => t === last || !(t.tags.has('Modal') || t.tags.has('Auxiliary') || t.tags.has('Copula') || /^(be|have|do|get)$/.test(t.lemma)));
    let modality: VerbGroup['modality'] = 'asserted';
    for (const t of ts) {
      const m = this.cues.modals.get(t.norm);
      if (m) modality = strongerModality(modality, m);
    }
    const controls = lexical.slice(0, -1).map((t) => t.lemma);
    // "stopped selling X": the ceasing is the act (frames give it the cessation verb's relation), not a negation of selling
    const ceaser = lexical.length > 1 && last.tags.has('Gerund') && this.cues.cessationVerbs.has(lexical[lexical.length - 2]!.lemma) ? lexical[lexical.length - 2] : undefined;
    for (const c of ceaser ? controls.slice(0, -1) : controls) {
      const m = this.cues.controlVerbs.get(c);
      if (m) modality = strongerModality(modality, m);
    }
    const auxBefore = verbs.slice(0, verbs.indexOf(last));
    const passive = (last.tags.has('PastTense') || last.tags.has('Participle') || last.tags.has('Passive')) &&
      auxBefore.some((t) => BE.has(t.norm) || t.lemma === 'be' || t.lemma === 'get') && !last.tags.has('Gerund');
    const particles = ts.filter((t) => t.tags.has('Particle') && t.i > last.i);
    let lemma = [last.lemma, ...particles.map((p) => p.norm)].join(' ');
    let predB = Math.max(last.i, ...particles.map((p) => p.i)) + 1;
    // Phrasal verbs from the relation map: the verb plus up to two following words (crack down on, push for).
    let tookPrep = false;
    for (const k of [3, 2, 1]) {
      const words = toks.slice(predB, predB + k);
      // (an adjective may be part of it when the whole is in the map: plead guilty to)
      if (words.length < k || words.some((w) => w.mention !== undefined || (this.isNounish(w) && !(w.tags.has('Adjective') && !w.tags.has('Noun'))))) continue;
      const cand = [lemma, ...words.map((w) => w.norm)].join(' ');
      // (a control verb's "to" before an infinitive is the infinitive's: moved to ban X → ban, planned)
      const after = toks[predB + k];
      if (words[k - 1]!.norm === 'to' && this.cues.controlVerbs.has(lemma) && after && this.isVerb(after) && !after.tags.has('Gerund') && !after.tags.has('PastTense')) continue;
      if (this.relations.lookup(cand, 'en')) { lemma = cand; predB += k; tookPrep = true; break; }
    }
    const hasAux = auxBefore.length > 0;
    const nonFinite = !hasAux && !complement && (last.tags.has('Gerund') || (last.tags.has('Participle') && !last.tags.has('PastTense')));
    return { a, b: Math.max(b, predB), lemma, predA: last.i, predB, passive, negated, modality, controls, nonFinite, complement, tookPrep, aux: hasAux, ...(ceaser ? { ceased: ceaser.i } : {}) };
  }

  /**
   * Coordinated modifiers sharing one head are one phrase: "advanced and legacy chips", "Chinese and Japanese
   * companies", "seven medium and heavy rare earths" (a count before a singular word: that word only modifies).
   */
  private joinCoordinatedModifiers(units: Unit[], toks: Tok[]): void {
    const modifier = (t: Tok) => t.mention === undefined && !t.tags.has('Value') &&
      ((t.tags.has('Adjective') && !t.tags.has('Noun')) || t.tags.has('Demonym') || this.cues.demonyms.has(t.norm));
    for (let k = 0; k + 2 < units.length; k++) {
      const a = units[k]!, c = units[k + 1]!, b = units[k + 2]!;
      if (a.kind !== 'np' || c.kind !== 'cc' || b.kind !== 'np' || a.p.temporal || b.p.temporal || !/^(and|or)$/.test(toks[c.t]!.norm)) continue;
      if (this.breaksAfter(toks[a.p.b - 1], toks[c.t]) || this.breaksAfter(toks[c.t], toks[b.p.a]) || b.p.b - b.p.a < 2) continue;
      const ws = toks.slice(a.p.a, a.p.b);
      let x = 0;
      while (x < ws.length && /^(the|a|an|its|their|his|her|our|these|those)$/.test(ws[x]!.norm)) x++;
      const mods = ws.slice(x);
      const head = toks[b.p.b - 1]!;
      const b0 = toks[b.p.a]!;
      if (!mods.length || !head.tags.has('Noun') || !(modifier(b0) || b0.mention !== undefined || (b0.tags.has('Singular') && !b0.tags.has('Plural')))) continue;
      // a count before singular words: they modify the plural head after "and" (seven medium and heavy rare earths)
      const counted = mods.length >= 2 && mods[0]!.tags.has('Value') && !/^(one|1|a|an)$/.test(mods[0]!.norm) &&
        mods.slice(1).every((t) => t.mention === undefined && t.tags.has('Singular') && !t.tags.has('Plural')) && head.tags.has('Plural');
      if (!counted && !mods.every(modifier)) continue;
      units.splice(k, 3, { kind: 'np', p: { a: a.p.a, b: b.p.b, temporal: false } });
    }
  }

  /** NP + of + NP, and NP + complement preposition (access to, curbs on) + NP, become one phrase. */
  private attachPhrases(units: Unit[], toks: Tok[]): void {
    for (let k = 0; k + 2 < units.length; k++) {
      const u = units[k]!, p = units[k + 1]!, w = units[k + 2]!;
      if (u.kind !== 'np' || p.kind !== 'prep' || w.kind !== 'np') continue;
      const prep = toks[p.t]!.norm;
      // a date is no complement; a bare count is one only as a quantity of something (tens of millions of dollars)
      const countOf = prep === 'of' && toks.slice(w.p.a, w.p.b).every((t) => t.tags.has('Value') && !t.tags.has('Date')) && units[k + 3]?.kind === 'prep' &&
        toks[(units[k + 3] as { t: number }).t]!.norm === 'of';
      // a rate before the head's own complement: tariffs of 50% [on Chinese semiconductors] (the head takes the "on")
      const uh = toks[u.p.b - 1]!, nx3 = units[k + 3];
      const rateOf = prep === 'of' && !u.p.temporal && toks.slice(w.p.a, w.p.b).every((t) => t.tags.has('Value') && !t.tags.has('Date')) && nx3?.kind === 'prep' &&
        (!!this.cues.nounComplements.get(uh.norm)?.has(toks[nx3.t]!.norm) || !!this.cues.nounComplements.get(uh.lemma)?.has(toks[nx3.t]!.norm));
      if (w.p.temporal && !countOf && !rateOf) continue;
      // a bare quantity is kept apart like a date, except before "of" (98% of the world's gallium)
      if (u.p.temporal && !(prep === 'of' && toks.slice(u.p.a, u.p.b).every((t) => t.tags.has('Value') && !t.tags.has('Date')))) continue;
      const head = toks[u.p.b - 1]!;
      // the phrase's own head may take the preposition too: shipments of dual-use items [to] military users
      const ofAt = toks.slice(u.p.a, u.p.b).findIndex((t, x) => x > 0 && t.norm === 'of');
      const heads = ofAt > 0 ? [head, toks[u.p.a + ofAt - 1]!] : [head];
      // a name takes no "of" phrase (informed AMD of the requirement); a name containing "of" is one mention
      const whole = toks.slice(u.p.a, u.p.b);
      if (prep === 'of' && whole[0]!.mention !== undefined && whole.every((t) => t.mention === whole[0]!.mention)) continue;
      const ok = prep === 'of' || heads.some((h) => !!this.cues.nounComplements.get(h.norm)?.has(prep) || !!this.cues.nounComplements.get(h.lemma)?.has(prep));
      if (!ok || this.breaksAfter(head)) continue;
      // Coordinated complements: of A and B (unless B starts a new clause).
      const items: Array<[number, number]> = [[w.p.a, w.p.b]];
      let end = k + 3;
      for (;;) {
        // "on A, B and C": comma-separated items before the last "and"
        const nx = units[end];
        if (nx?.kind === 'np' && !nx.p.temporal && /,/.test(toks[items[items.length - 1]![1] - 1]!.post) && (units[end + 1]?.kind === 'cc' || (units[end + 1]?.kind === 'np' && /,/.test(toks[nx.p.b - 1]!.post))) &&
          !/^(a|an)$/.test(toks[nx.p.a]!.norm) && units[end + 2]?.kind !== 'vg') {
          items.push([nx.p.a, nx.p.b]);
          end += 1;
          continue;
        }
        if (!(end + 1 < units.length && units[end]!.kind === 'cc' && units[end + 1]!.kind === 'np' && units[end + 2]?.kind !== 'vg')) break;
        // (", and" after a single item closes an outer list: "X, a maker of A, and Y, which …" — Y is no maker's product)
        if (items.length === 1 && /,/.test(toks[items[0]![1] - 1]!.post)) break;
        const x = (units[end + 1] as { p: Phrase }).p;
        // "facilities in Wuxi and a plant in Dalian": an indefinite phrase is a new item of the list, not a complement;
        // nor is a gerund's ("restricting exports of minerals and launching probes")
        // (nor a sum of money: "a $2 billion grant to A and $300 million for B")
        if (/^(a|an)$/.test(toks[x.a]!.norm) || toks[x.a]!.tags.has('Gerund') || /^[$€£¥]/.test(toks[x.a]!.text) || toks[x.a]!.tags.has('Money')) break;
        items.push([x.a, x.b]);
        end += 2;
      }
      // a comma list must close with "and": otherwise the commas were no list
      if (items.length > 1 && units[end - 2]?.kind !== 'cc') { items.splice(1); end = k + 3; }
      // coordinated modifiers sharing one head (of Chinese and Japanese companies) are one complement, not "Chinese"
      // and "Japanese companies"
      if (items.length > 1 && items[0]![1] - items[0]![0] === 1) {
        const t0 = toks[items[0]![0]]!;
        const lastItem = items[items.length - 1]!;
        if ((t0.tags.has('Demonym') || this.cues.demonyms.has(t0.norm) || (t0.tags.has('Adjective') && !t0.tags.has('Noun'))) && t0.mention === undefined &&
          lastItem[1] - lastItem[0] >= 2 && (toks[lastItem[0]]!.tags.has('Demonym') || this.cues.demonyms.has(toks[lastItem[0]]!.norm) || toks[lastItem[0]]!.tags.has('Adjective'))) items.splice(0, items.length, [items[0]![0], items[items.length - 1]![1]]);
      }
      const last = items[items.length - 1]!;
      // a phrase with coordinated complements keeps them when it takes one more (… by A and B to Chinese customers)
      const keep = items.length === 1 && u.p.items ? { headEnd: u.p.headEnd!, items: u.p.items } : undefined;
      const merged: Phrase = { a: u.p.a, b: last[1], temporal: false, ...(items.length > 1 ? { headEnd: p.t + 1, items } : keep ?? {}) };
      units.splice(k, end - k, { kind: 'np', p: merged });
      k--; // the merged phrase may take another complement
    }
  }

  /** Unit index closing a ", which/who …," clause → the unit index of the phrase it describes. */
  private paren = new Map<number, number>();
  /** Units of participles that open a reduced relative on a clause's first phrase (the companies [placed] on the list …). */
  private reducedAt = new Set<number>();
  /** Units of -ing participles that open a reduced relative on a measure (rules [covering] X …). */
  private reducedGerundAt = new Set<number>();

  private markParentheticals(units: Unit[], toks: Tok[]): void {
    this.paren = new Map();
    this.reducedAt = new Set();
    this.reducedGerundAt = new Set();
    const lastTok = (u: Unit): number => (u.kind === 'np' ? u.p.b - 1 : u.kind === 'vg' ? u.v.b - 1 : u.t);
    // "Nexperia, a Dutch chipmaker owned by China's Wingtech, was seized …": a description running on through a
    // participle phrase to the next comma is an appositive, and the whole a parenthetical
    for (let r = 1; r < units.length; r++) {
      const ant = units[r - 1]!, w = units[r]!;
      if (w.kind !== 'np' || ant.kind !== 'np' || w.p.appositiveOf || ant.p.temporal || !/,/.test(toks[ant.p.b - 1]!.post)) continue;
      if (!/^(a|an|the)$/.test(toks[w.p.a]!.norm) || /[,.]/.test(toks[w.p.b - 1]!.post)) continue;
      const pv = units[r + 1];
      if (pv?.kind !== 'vg' || this.cues.attributionVerbs.has(pv.v.lemma) || units[r + 2]?.kind !== 'prep' ||
        (!this.isBareParticiple(units, r + 1, toks) && !pv.v.nonFinite)) continue;
      for (let e = r + 1; e < units.length; e++) {
        const ue = units[e]!;
        if (ue.kind === 'rel' || ue.kind === 'sub' || ue.kind === 'cc' || (ue.kind === 'vg' && !ue.v.nonFinite && !this.isBareParticiple(units, e, toks))) break;
        if (/,/.test(toks[lastTok(ue)]!.post)) {
          const nx = units[e + 1];
          const timeAfter = nx?.kind === 'prep' && units[e + 2]?.kind === 'np' && (units[e + 2] as { p: Phrase }).p.temporal;
          // (or nothing of the clause: ", citing concerns …" has left it as an attribution)
          const cited = !nx || (nx.kind === 'np' ? nx.p.a : nx.kind === 'vg' ? nx.v.a : nx.t) > lastTok(ue) + 1;
          if (nx?.kind === 'vg' || nx?.kind === 'adv' || timeAfter || cited) { w.p.appositiveOf = this.describedName(ant.p, toks); this.paren.set(e, r - 1); }
          break;
        }
      }
    }
    // "The companies placed on the department's list include A and B": a participle phrase right after a clause's first
    // phrase, running up to the clause's finite verb, describes that phrase (a reduced relative)
    for (let r = 1; r + 2 < units.length; r++) {
      const ant = units[r - 1]!, w = units[r]!;
      // (or its first phrase after an opening adverbial: "Since 2020, Indian rules known as Press Note 3 have required …")
      const opened = ant.kind === 'np' && /,/.test(toks[ant.p.a - 1]?.post ?? '') && units.slice(0, r - 1).every((u) => u.kind === 'prep' || u.kind === 'sub' || u.kind === 'np' || u.kind === 'adv');
      // (or after an approximator: "About 60% of the chips used in cars come from China")
      const u0 = units[0]!;
      const approx = r === 2 && (u0.kind === 'adv' || u0.kind === 'prep' || u0.kind === 'other') && /^(about|around|roughly|nearly|almost|some|approximately)$/.test(toks[u0.t]!.norm);
      if (ant.kind !== 'np' || ant.p.temporal || w.kind !== 'vg' || w.v.aux || w.v.complement || !(r - 1 === 0 || units[r - 2]?.kind === 'sub' || opened || approx)) continue;
      const t = toks[w.v.predA]!;
      if (!(t.tags.has('PastTense') || t.tags.has('Participle')) || t.tags.has('Gerund') || this.breaksAfter(toks[ant.p.b - 1], toks[w.v.a])) continue;
      if (units[r + 1]!.kind !== 'prep' && !w.v.tookPrep) continue;
      // (a free relative is the verb's object, not a prepositional phrase: condemned what it called …)
      if (units[r + 1]!.kind === 'prep' && toks[(units[r + 1] as { t: number }).t]!.norm === 'what') continue;
      for (let e = r + 1; e < units.length; e++) {
        const ue = units[e]!;
        if (ue.kind === 'np' || ue.kind === 'prep' || ue.kind === 'cc' || ue.kind === 'adv') {
          const nx = units[e + 1];
          // (a bare past form taking no object is itself a participle: "brands accounted for 60% of cars [sold] in China")
          const n2 = units[e + 2];
          const laterReduced = nx?.kind === 'vg' && !nx.v.aux && !nx.v.tookPrep && toks[nx.v.predA]!.tags.has('PastTense') && !(n2?.kind === 'np' && !n2.p.temporal);
          if (ue.kind === 'np' && nx?.kind === 'vg' && !nx.v.nonFinite && !nx.v.complement && !/[,;]/.test(toks[ue.p.b - 1]!.post) && !laterReduced) { this.paren.set(e, r - 1); this.reducedAt.add(r); break; }
          continue;
        }
        break;
      }
    }
    // "New export rules covering its MI308 chips could lead to …": a measure's -ing participle and its object, after a
    // clause's first phrase (or a speech verb's) and up to the clause's finite verb, is a reduced relative on the measure
    for (let r = 1; r + 2 < units.length; r++) {
      const ant = units[r - 1]!, w = units[r]!, pre = units[r - 2];
      if (ant.kind !== 'np' || ant.p.temporal || w.kind !== 'vg' || w.v.aux || w.v.complement || units[r + 1]!.kind !== 'np') continue;
      if (!(r - 1 === 0 || pre?.kind === 'sub' || (pre?.kind === 'other' && toks[pre.t]!.norm === 'that') || (pre?.kind === 'vg' && this.cues.attributionVerbs.has(pre.v.lemma)))) continue;
      if (!toks[w.v.predA]!.tags.has('Gerund') || w.v.predA !== w.v.a || !this.cues.actorHeads.has(toks[ant.p.b - 1]!.lemma) || this.breaksAfter(toks[ant.p.b - 1], toks[w.v.a])) continue;
      for (let e = r + 1; e < units.length; e++) {
        const ue = units[e]!;
        if (ue.kind !== 'np' && ue.kind !== 'prep' && ue.kind !== 'cc' && ue.kind !== 'adv' && !(ue.kind === 'vg' && ue.v.complement)) break;
        const nx = units[e + 1];
        if (ue.kind === 'np' && nx?.kind === 'vg' && !nx.v.nonFinite && !nx.v.complement && !/[,;]/.test(toks[ue.p.b - 1]!.post)) { this.paren.set(e, r - 1); this.reducedGerundAt.add(r); break; }
      }
    }
    // "Alan Estevez, the under secretary who leads the bureau, said …": a description with its own relative clause,
    // set off by commas, is an appositive and the whole a parenthetical
    for (let r = 1; r + 1 < units.length; r++) {
      const ant = units[r - 1]!, w = units[r]!;
      if (w.kind !== 'np' || ant.kind !== 'np' || w.p.appositiveOf || ant.p.temporal || !/,/.test(toks[ant.p.b - 1]!.post)) continue;
      if (!/^(a|an|the)$/.test(toks[w.p.a]!.norm) || /[,.]/.test(toks[w.p.b - 1]!.post) || units[r + 1]!.kind !== 'rel') continue;
      for (let e = r + 2; e < units.length; e++) {
        const ue = units[e]!;
        if (ue.kind === 'rel' || ue.kind === 'sub') break;
        if (/,/.test(toks[lastTok(ue)]!.post)) {
          const nx = units[e + 1];
          if (nx?.kind === 'vg' && !nx.v.nonFinite && !nx.v.complement) { w.p.appositiveOf = ant.p; this.paren.set(e, r - 1); }
          break;
        }
      }
    }
    // "SK Hynix, the main supplier of HBM to Nvidia, said …": a description running on through prepositional phrases
    // (no verb among them) to the comma before the clause's verb is an appositive, and the whole a parenthetical
    for (let r = 1; r + 2 < units.length; r++) {
      const ant = units[r - 1]!, w = units[r]!;
      if (w.kind !== 'np' || ant.kind !== 'np' || w.p.appositiveOf || w.p.temporal || ant.p.temporal || !/,/.test(toks[ant.p.b - 1]!.post)) continue;
      if (!/^(a|an|the)$/.test(toks[w.p.a]!.norm) || this.breaksAfter(toks[w.p.b - 1], toks[w.p.b])) continue;
      let e = r + 1;
      while (e + 1 < units.length && e - r <= 4 && units[e]!.kind === 'prep' && units[e + 1]!.kind === 'np' && !(units[e + 1] as { p: Phrase }).p.temporal &&
        !this.breaksAfter(toks[(units[e] as { t: number }).t], toks[(units[e] as { t: number }).t + 1])) {
        const np = (units[e + 1] as { p: Phrase }).p;
        if (/,/.test(toks[np.b - 1]!.post)) {
          const nx = units[e + 2];
          if (nx?.kind === 'vg' && !nx.v.nonFinite && !nx.v.complement) { w.p.appositiveOf = this.describedName(ant.p, toks); this.paren.set(e + 1, r - 1); }
          break;
        }
        if (this.breaksAfter(toks[np.b - 1], toks[np.b])) break;
        e += 2;
      }
    }
    // "Micron, based in Boise, Idaho, said …", "Trump, speaking at the White House, said …": a participle phrase set
    // off by commas between a subject and its verb
    for (let r0 = 1; r0 < units.length; r0++) {
      // (a floating quantifier may lead it: shares of A and B, both heavily exposed to China, jumped …)
      let r = r0;
      const q0 = units[r0]!;
      if (q0.kind === 'np' && q0.p.b - q0.p.a === 1 && /^(both|all|each)$/.test(toks[q0.p.a]!.norm)) { r++; while (units[r]?.kind === 'adv') r++; }
      const ant = units[r0 - 1]!, w = units[r]!;
      if (!w || w.kind !== 'vg' || ant.kind !== 'np' || ant.p.temporal || !/,/.test(toks[ant.p.b - 1]!.post) || w.v.aux || w.v.complement) continue;
      const t = toks[w.v.predA]!;
      if (!(t.tags.has('Gerund') || ((t.tags.has('PastTense') || t.tags.has('Participle')) && !t.tags.has('PresentTense')))) continue;
      if (toks.slice(w.v.a, w.v.predA).some((x) => this.isVerb(x))) continue;
      for (let e = r; e < units.length; e++) {
        const ue = units[e]!;
        // (members and participles may run inside: covering 23 types of equipment including machines made by A and B)
        const inner = ue.kind === 'vg' && (this.cues.memberCues.some((m) => m[0] === toks[ue.v.a]!.norm) || (!ue.v.aux && this.isBareParticiple(units, e, toks)));
        if (ue.kind === 'rel' || ue.kind === 'sub' || (ue.kind === 'cc' && e === r + 1) || (e > r && ue.kind === 'vg' && !inner)) break;
        if (!/,/.test(toks[lastTok(ue)]!.post)) continue;
        const nx = units[e + 1];
        if (nx?.kind === 'np' && nx.p.appositiveOf) continue;
        if (nx?.kind === 'vg' && !nx.v.nonFinite && !nx.v.complement) this.paren.set(e, r0 - 1);
        break;
      }
    }
    // "SK Hynix, by contrast, sells …", "The ministry, for its part, said …": a prepositional phrase set off by commas
    // between a subject and its finite verb
    for (let r = 1; r + 2 < units.length; r++) {
      const ant = units[r - 1]!, pp = units[r]!, np = units[r + 1]!, nx = units[r + 2]!;
      if (ant.kind !== 'np' || ant.p.temporal || !/,/.test(toks[ant.p.b - 1]!.post) || pp.kind !== 'prep' || np.kind !== 'np') continue;
      if (this.breaksAfter(toks[pp.t], toks[pp.t + 1]) || !/,/.test(toks[np.p.b - 1]!.post) || /[;.]/.test(toks[np.p.b - 1]!.post)) continue;
      if (nx.kind === 'vg' && !nx.v.nonFinite && !nx.v.complement && !this.paren.has(r + 1)) this.paren.set(r + 1, r - 1);
    }
    for (let r = 1; r < units.length; r++) {
      const ant = units[r - 1]!;
      if (units[r]!.kind !== 'rel' || ant.kind !== 'np' || !/,/.test(toks[ant.p.b - 1]!.post)) continue;
      for (let e = r + 1; e < units.length; e++) {
        const ue = units[e]!;
        // (a subordinator before a bare phrase that closes the clause is a preposition: which had been subject to a
        // levy since April, …)
        // (nor does "such as" open a clause: which represents automakers such as A and B, …)
        const asPrep = ue.kind === 'sub' && units[e + 1]?.kind === 'np' && (/,/.test(toks[(units[e + 1] as { p: Phrase }).p.b - 1]!.post) ||
          (toks[ue.t]!.norm === 'as' && toks[ue.t - 1]?.norm === 'such'));
        if (ue.kind === 'rel' || (ue.kind === 'sub' && !asPrep)) break;
        // (a place and its region inside the clause: which operates a plant in Kuantan, Malaysia, produced …; a comma
        // inside the clause: who run El Monte, California-based ALX, exported …)
        const nx = units[e + 1];
        let vx = e + 2;
        while (units[vx]?.kind === 'adv') vx++;
        if (/,/.test(toks[lastTok(ue)]!.post) && nx?.kind === 'np' && (nx.p.locative || (units[vx]?.kind === 'vg' && /,/.test(toks[nx.p.b - 1]!.post)))) continue;
        // (a list inside the clause: whose carmakers A, B and C sell …, which supplies A, B and C, …)
        if (ue.kind === 'np' && /,/.test(toks[lastTok(ue)]!.post) && nx?.kind === 'np' && !nx.p.temporal &&
          ((units[e + 2]?.kind === 'cc' && units[e + 3]?.kind === 'np') || (units[e + 2]?.kind === 'np' && /,/.test(toks[nx.p.b - 1]!.post)))) continue;
        if (/,/.test(toks[lastTok(ue)]!.post)) { this.paren.set(e, r - 1); break; }
      }
    }
  }

  /** A description that is a bare class noun (the company, the firms): it says nothing of its own. */
  private isBareClass(p: Phrase, toks: Tok[]): boolean {
    const content = toks.slice(p.a, p.b).filter((t) => !t.tags.has('Determiner') && !/^(only|sole)$/.test(t.norm));
    return content.length === 1 && (this.cues.definiteBodies.has(content[0]!.norm) || this.cues.definiteBodies.has(content[0]!.norm.replace(/s$/, '')));
  }

  /**
   * A phrase that describes rather than names or counts: an article or a possessor before a common noun head (a drone
   * maker, the world's biggest seller of EVs, India's fastest-growing export category) — not a name, a date, a quantity
   * or a bare adjective.
   */
  private isDescription(p: Phrase, toks: Tok[]): boolean {
    if (p.temporal || p.items) return false;
    const ws = toks.slice(p.a, p.headEnd ?? p.b);
    const ofAt = ws.findIndex((t, x) => x > 0 && (t.tags.has('Preposition') || t.norm === 'to'));
    const head = ws[(ofAt > 0 ? ofAt : ws.length) - 1]!;
    if (head.mention !== undefined || !/^[a-z]/.test(head.text) || !head.tags.has('Noun') || head.tags.has('Pronoun') || head.tags.has('Value') || head.tags.has('Date')) return false;
    const first = ws[0]!;
    const possessive = ws.slice(0, ofAt > 0 ? ofAt : ws.length).some((t) => /['’]s?$/.test(t.text) || /^['’]/.test(t.post) || t.tags.has('Possessive'));
    return /^(a|an|the)$/.test(first.norm) || possessive;
  }

  /** What a description after a phrase describes: the name closing an "of" phrase (control of Nexperia, a chipmaker …), else the phrase. */
  private describedName(p: Phrase, toks: Tok[]): Phrase {
    const ofAt = toks.slice(p.a, p.b).map((t) => t.norm === 'of' && t.mention === undefined).lastIndexOf(true);
    const tail = ofAt > 0 ? toks.slice(p.a + ofAt + 1, p.b) : [];
    if (tail.length && !p.items && (tail.every((t) => t.mention !== undefined && t.mention === tail[0]!.mention) || tail.every((t) => /^[A-Z]/.test(t.text) && !t.tags.has('Demonym')))) return { a: p.a + ofAt + 1, b: p.b, temporal: false };
    return p;
  }

  /** NP_a, NP_b, where NP_b is a description (a memory chipmaker) rather than another name in a list. */
  private markAppositives(units: Unit[], toks: Tok[]): void {
    for (let k = 0; k + 1 < units.length; k++) {
      const u = units[k]!, w = units[k + 1]!;
      // a person's age set off by commas: Chuan Geng, 28, and …
      if (u.kind === 'np' && w.kind === 'np' && !u.p.temporal && w.p.b - w.p.a === 1 && /^\d{1,3}$/.test(toks[w.p.a]!.text) && /,/.test(toks[w.p.a]!.post) &&
        /,/.test(toks[u.p.b - 1]!.post) && /^[A-Z]/.test(toks[u.p.b - 1]!.text) && (toks[u.p.b - 1]!.mention !== undefined || toks[u.p.b - 1]!.tags.has('ProperNoun'))) {
        w.p.appositiveOf = u.p;
        w.p.locative = true;
        continue;
      }
      if (u.kind !== 'np' || w.kind !== 'np' || u.p.temporal || w.p.temporal) continue;
      // a short form in parentheses after a name: the Japan Organization for Metals and Energy Security (JOGMEC)
      if (w.p.b - w.p.a <= 2 && /\($/.test(toks[w.p.a]!.pre) && /^\)/.test(toks[w.p.b - 1]!.post) && /^[A-Z]/.test(toks[w.p.a]!.text)) {
        w.p.appositiveOf = u.p;
        w.p.locative = true;
        continue;
      }
      if (!/,/.test(toks[u.p.b - 1]!.post)) continue;
      // a town and its state or country: (a plant in) Taylor, Texas, … / Xian, China, …
      const town = toks[u.p.b - 1]!;
      const region = toks.slice(w.p.a, w.p.b);
      const townLike = /^[A-Z]/.test(town.text) && !town.tags.has('Country') && !town.tags.has('Region') &&
        (town.tags.has('Place') || town.tags.has('City') || (town.tags.has('ProperNoun') && region.every((t) => t.tags.has('Region'))));
      if (townLike && region.length <= 3 && (/[,.;]/.test(region[region.length - 1]!.post) || w.p.b >= toks.length) &&
        region.every((t) => t.tags.has('Region') || t.tags.has('Country') || (t.mention !== undefined && /^[A-Z]/.test(t.text)))) {
        w.p.appositiveOf = u.p;
        w.p.locative = true;
        continue;
      }
      const first = toks[w.p.a]!;
      // a description: "a memory chipmaker", "the Dutch maker of …", "China's largest contract chipmaker"
      const possessiveStart = /['’]s?$/.test(first.text) || /^['’]/.test(first.post) || first.tags.has('Possessive');
      // or a possessor inside, with only common words after it: President Joe Biden's national security adviser
      const ws = toks.slice(w.p.a, w.p.b);
      const poss = ws.findIndex((t) => /['’]s?$/.test(t.text) || /^['’]/.test(t.post));
      const possessedRole = poss >= 0 && poss < ws.length - 1 && ws.slice(poss + 1).every((t) => t.mention === undefined && /^[a-z]/.test(t.text)) && ws[ws.length - 1]!.tags.has('Noun');
      // or a bare role of a body after a person's or company's name: Ren Hongbin, head of the China Council …
      const ofAt = ws.findIndex((t) => t.norm === 'of');
      const last = toks[u.p.b - 1]!;
      const bareRole = ofAt >= 1 && ofAt <= 3 && ws.slice(0, ofAt).every((t) => t.mention === undefined && /^[a-z]/.test(t.text) && (t.tags.has('Noun') || t.tags.has('Adjective')) && !t.tags.has('Plural')) &&
        /^[A-Z]/.test(last.text) && (last.mention !== undefined || last.tags.has('ProperNoun'));
      if (!/^(a|an|the)$/.test(first.norm) && !possessiveStart && !possessedRole && !bareRole) continue;
      if (!/[,.]/.test(toks[w.p.b - 1]!.post) && w.p.b < toks.length) continue;
      if (!toks.slice(w.p.a, w.p.b).some((t) => t.mention === undefined && /^[a-z]/.test(t.text) && t.tags.has('Noun'))) continue;
      const next = units[k + 2];
      // a list: A, the B and C (but "A, head of B, and said …" joins clauses, not list members; and "A, a maker of B,
      // and C" describes A: an indefinite description set off by commas between two names is no third member)
      const namedAt = (x: Unit | undefined) => x?.kind === 'np' && /^[A-Z]/.test(toks[x.p.a]!.text) && (toks[x.p.a]!.mention !== undefined || toks[x.p.a]!.tags.has('ProperNoun'));
      const describesFirst = /^(a|an)$/.test(first.norm) && /,/.test(toks[w.p.b - 1]!.post) && namedAt(u) && namedAt(units[k + 3]);
      if (next?.kind === 'cc' && !(bareRole && /,/.test(toks[w.p.b - 1]!.post) && units[k + 3]?.kind === 'vg') && !describesFirst) continue;
      const allNamed = toks.slice(w.p.a + 1, w.p.b).every((t) => t.mention !== undefined);
      if (allNamed) continue;
      w.p.appositiveOf = this.describedName(u.p, toks);
    }
  }

  // ---- frames ----------------------------------------------------------------------------------------

  private frames(units: Unit[], toks: Tok[], speakers: Phrase[], statements: Statement[] = []): Frame[] {
    const frames: Frame[] = [];
    const frameOfUnit = new Map<number, number>();
    const objectOwner = new Map<Phrase, number>();
    /** Speech-verb unit → its subject phrases (the speaker). */
    const saidBy = new Map<number, Phrase[]>();
    let question = false;
    for (let k = 0; k < units.length; k++) {
      if (question) break;
      const u = units[k]!;
      if (u.kind === 'np' && u.p.appositiveOf) {
        if (u.p.locative) continue;
        // a role in the description is the name's own act: Micron, the only U.S. maker of HBM → Micron makes HBM;
        // X, the main supplier of HBM to Nvidia → X supplies HBM (to Nvidia). That act is what the description says.
        const role = u.p.items ? undefined : this.roleIn(u.p.a, u.p.b, toks);
        // (nor does a bare class noun say anything: ASML, the only company that makes …)
        const bareClass = this.isBareClass(u.p, toks);
        if (!role && !bareClass) frames.push({ subjects: [u.p.appositiveOf], objects: [u.p], lemma: 'be', predA: u.p.a, predB: u.p.a, modality: 'asserted', relative: false, inherited: false, passive: false, isA: true });
        if (role) {
          const to = units[k + 1], rcp = units[k + 2];
          const recipients = to?.kind === 'prep' && toks[to.t]!.norm === 'to' && rcp?.kind === 'np' && !rcp.p.temporal ? [rcp.p] : undefined;
          frames.push({ subjects: [u.p.appositiveOf], objects: [role.owner], lemma: role.lemma, predA: role.at, predB: role.at + 1, modality: 'asserted', relative: false, inherited: false, passive: false, described: true, ...(recipients ? { recipients } : {}) });
        }
        continue;
      }
      if (u.kind !== 'vg') continue;
      let entry: { subjects: Phrase[]; modality: VerbGroup['modality']; directive?: number; requested?: boolean } | undefined;
      if (u.v.complement) {
        entry = this.complementEntry(units, k, toks) ?? this.effortEntry(units, k, toks, frames, frameOfUnit) ?? this.purposeEntry(units, k, toks, frames, frameOfUnit);
        if (!entry) continue;
      }
      // Follow to-infinitive complements: is preparing to restrict → restrict.
      let last = k;
      let modality = entry ? strongerModality(u.v.modality, entry.modality) : u.v.modality;
      let negated = u.v.negated;
      const chain = [u.v];
      let means: string | undefined;
      // (a time phrase may sit between: agreed Thursday to strengthen …)
      // (or "on Monday", "in July", and an adverb splitting the infinitive: agreed on Monday to temporarily slash …)
      const skipTime = (x: number): number => {
        if ((units[x]?.kind === 'np' && (units[x] as { p: Phrase }).p.temporal) || this.relWord(units[x], toks) === 'whether') return x + 1;
        if (units[x]?.kind === 'prep' && /^(on|in|at|during|by)$/.test(toks[(units[x] as { t: number }).t]!.norm) && units[x + 1]?.kind === 'np' && (units[x + 1] as { p: Phrase }).p.temporal) return x + 2;
        return x;
      };
      const infAt = (x: number) => units[x]?.kind === 'adv' && units[x + 1]?.kind === 'vg' ? x + 1 : x;
      while (units[skipTime(last + 1)]?.kind === 'prep' && toks[(units[skipTime(last + 1)] as { t: number }).t]!.norm === 'to' &&
        units[infAt(skipTime(last + 1) + 1)]?.kind === 'vg' && (units[infAt(skipTime(last + 1) + 1)] as { v: VerbGroup }).v.complement) {
        const head = chain[chain.length - 1]!;
        // a verb of a means before its purpose: sued to block X → sue X, as asserted as the suing
        if (chain.length === 1 && !head.passive && this.cues.meansVerbs.has(head.lemma)) {
          means = head.lemma;
          last = infAt(skipTime(last + 1) + 1);
          chain.push((units[last] as { v: VerbGroup }).v);
          break;
        }
        // a control verb, "be to", or an object-control verb in the passive (was forced to, is required to)
        const m = this.cues.controlVerbs.get(head.lemma) ?? (head.lemma === 'be' ? 'planned' : undefined) ??
          (head.passive ? this.cues.objectControlVerbs.get(head.lemma) : undefined);
        if (!m) break;
        // a refusal (refused to allow, declined to renew) is an explicit negation of the act: negated, with the
        // modality the chain has without it, so that a negation amounting to another relation applies
        if (m === 'negated' && this.cues.refusalVerbs.has(head.lemma)) negated = true;
        else modality = strongerModality(modality, m);
        last = infAt(skipTime(last + 1) + 1);
        const v = (units[last] as { v: VerbGroup }).v;
        chain.push(v);
        modality = strongerModality(modality, v.modality);
        negated ||= v.negated;
      }
      const v = chain[chain.length - 1]!;
      // a bare gerund acts only when its subject is clear: by/after/without + gerund (the clause's subject), or
      // right after an object it describes (rules restricting X)
      // (a gerund of a control verb too: ", moving to block X" → the clause's subject blocks X)
      const gerund = (chain.length === 1 ? v.nonFinite : u.v.nonFinite && toks[u.v.predA]!.tags.has('Gerund') && !entry) ? this.gerundSubject(units, k, toks, frames, frameOfUnit, objectOwner) : undefined;
      if (v.nonFinite && chain.length === 1 && !gerund) continue;
      if (gerund) modality = strongerModality(modality, gerund.modality);
      // stopped selling X → stop X; but under a directive (told X to stop buying Y) the act stays negated: the order bars Y
      const ceased = v.ceased !== undefined && entry?.directive === undefined ? v.ceased : undefined;
      if (v.ceased !== undefined && ceased === undefined) modality = 'negated';
      const unnegated = modality;
      if (negated) modality = 'negated';

      const reduced = !entry && chain.length === 1 ? this.reducedPassive(units, k, toks, objectOwner) : undefined;
      const subj = entry ? { phrases: entry.subjects, relative: false, inherited: false } as ReturnType<Analyzer['subjectOf']>
        : gerund ? gerund.subj
        : reduced ? { phrases: [reduced], relative: true, inherited: false, ...(objectOwner.has(reduced) ? { from: objectOwner.get(reduced)! } : {}) }
        : this.subjectOf(units, k, toks, frames, frameOfUnit, objectOwner, saidBy);
      // coordinated with a controlled infinitive (urged X to drop A and restore B): that infinitive's modality too
      const ctl = subj.inherited && subj.from !== undefined ? frames[subj.from] : undefined;
      if (ctl?.controlled && ctl.modality !== 'negated' && modality !== 'negated') modality = strongerModality(modality, ctl.modality);
      // the content of a noun (evidence that X threatened Y, fears that …) is not claimed
      // (… save an accusation's: charges that it exported tools to X → it exports tools to X, alleged)
      const content = !entry ? this.inNounContent(units, k, toks) : false;
      if (content === true) continue;
      // (a speech verb under a control verb is an act: considering adding X)
      const attribution = !entry && chain.length === 1 && !v.controls.length && this.cues.attributionVerbs.has(v.lemma) && this.isSpeechUse(units, k, toks);
      if (attribution) {
        // an indirect question (did not say which products were affected): what follows is no claim
        if (/^(which|whether|what|how|why|who)$/.test(toks[v.b]?.norm ?? '')) question = true;
        const speaker = subj.phrases[0] ?? this.invertedSubject(units, k, toks);
        if (speaker) speakers.push(...(subj.phrases.length ? subj.phrases : [speaker]));
        frameOfUnit.set(k, -1);
        saidBy.set(k, subj.phrases.length ? subj.phrases : speaker ? [speaker] : []);
        if (speaker) statements.push({ speakers: subj.phrases.length ? subj.phrases : [speaker], lemma: v.lemma, verbA: v.a, verbB: v.b, negated: negated || v.negated, a: -1, b: -1, unit: k } as Statement & { unit: number });
        continue;
      }
      let objects: Phrase[] = [];
      let copular = false;
      /** The copula's own complement when a role in it named the object (part of a broader package → the package). */
      let complement: Phrase[] = [];
      let amountObject = false;
      let lightAbout: Phrase | undefined;
      const recipients: Phrase[] = [];
      // a relative clause on a description stands for the name it describes: Nexperia, a chipmaker owned by Wingtech
      // → Wingtech owns Nexperia, not "chipmaker"
      let subjects = subj.relative ? subj.phrases.map((p) => (p.appositiveOf && !p.locative ? p.appositiveOf : p)) : subj.phrases;
      let lemma = ceased !== undefined ? toks[ceased]!.lemma : v.lemma;
      // a bare participle coordinated with a passive shares its auxiliary: was passed by A and signed by B
      // (or with no object of its own: were arrested and charged with …)
      const sharedAux = !!subj.afterPassive && !v.aux && chain.length === 1 && toks[v.predA]!.tags.has('PastTense') &&
        (!!this.agentOf(units, last, toks) || /,/.test(toks[v.b - 1]!.post) || (units[last + 1]?.kind !== 'np' && !(units[last + 1]?.kind === 'adv' && units[last + 2]?.kind === 'np')));
      let passive = v.passive || sharedAux || !!reduced;
      // … and its modal: "could be used in or diverted to X" is possible in both
      const auxOf = sharedAux && subj.from !== undefined ? frames[subj.from] : undefined;
      if (auxOf && auxOf.passive && modality === 'asserted' && auxOf.modality !== 'negated') modality = auxOf.modality;
      let predB = v.predB;
      // "said it was dissatisfied with the decision": a participle of feeling is a stance its subject holds towards
      // the complement (stanceParticiples: the participle → the verb it amounts to), not a passive
      const stance = passive && !reduced && !v.tookPrep && subjects.length ? this.cues.stanceParticiples.get(toks[v.predA]!.norm) : undefined;
      if (stance) {
        let q = last + 1;
        while (units[q]?.kind === 'adv') q++;
        const pu = units[q], cu = units[q + 1];
        if (pu?.kind === 'prep' && STANCE_PREPS.has(toks[pu.t]!.norm) && cu?.kind === 'np' && !cu.p.temporal) {
          frameOfUnit.set(k, frames.length);
          frames.push({ subjects, objects: [cu.p], lemma: stance, predA: v.predA, predB, modality, relative: subj.relative, inherited: subj.inherited, passive: false,
            ...(negated && unnegated !== 'negated' ? { unnegated } : {}), ...(subj.from !== undefined ? { from: subj.from } : {}), ...(subj.ownClaim ? { ownClaim: true } : {}) });
          continue;
        }
      }
      if (passive) {
        // Split phrasal verb in the passive: were added to the list (by X) → add to
        const nu = units[last + 1];
        if (!v.tookPrep && (nu?.kind === 'prep' || nu?.kind === 'other')) {
          const cand = `${lemma} ${toks[nu.t]!.norm}`;
          if (this.relations.lookup(cand, 'en')) lemma = cand;
        }
        // a light verb in the passive takes its noun from the subject: the cases were brought by X → bring case
        if ((this.cues.lightVerbs.has(lemma) || this.cues.pairVerbs.has(lemma)) && subjects.length === 1) {
          const sp = subjects[0]!;
          let h = sp.a;
          while (h + 1 < (sp.headEnd ?? sp.b) && !toks[h + 1]!.tags.has('Preposition')) h++;
          const cand = [`${lemma} ${toks[h]!.lemma}`, `${lemma} ${toks[h]!.norm}`].find((c) => this.relations.lookup(c, 'en'));
          if (cand) {
            lemma = cand;
            // … whose complement is what it is about: sanctions were imposed on the firm → the firm
            const pr = units[last + 1], np = units[last + 2];
            if (pr?.kind === 'prep' && /^(on|against|into|over)$/.test(toks[pr.t]!.norm) && np?.kind === 'np' && !np.p.temporal) lightAbout = np.p;
          }
        }
        // "placed on the Commerce Department's entity list": the list's owner is the one who placed them
        let agent = this.agentOf(units, last, toks);
        const listNp = v.tookPrep ? units[last + 1] : units[last + 2];
        if (!agent && lemma.includes(' ') && (v.tookPrep || units[last + 1]?.kind === 'prep') && listNp?.kind === 'np' && this.relations.lookup(lemma, 'en')?.type === this.cues.listRelation) {
          const ts = toks.slice(listNp.p.a, listNp.p.b);
          const poss = ts.findIndex((t) => /['’]s?$/.test(t.text) || /^['’]/.test(t.post));
          if (poss >= 0 && poss < ts.length - 1 && !this.cues.pronouns.has(ts[poss]!.norm)) {
            let a = 0;
            while (a < poss && /^(the|a|an)$/.test(ts[a]!.norm)) a++;
            agent = [{ a: listNp.p.a + a, b: listNp.p.a + poss + 1, temporal: false }];
          } else {
            // "added to the U.S. Entity List", "placed on a U.S. trade blacklist": a country or government body named
            // before the list is its owner
            let a = 0;
            while (a < ts.length && /^(the|a|an|its)$/.test(ts[a]!.norm)) a++;
            const m = ts[a]?.mention;
            let e = a;
            while (m !== undefined && e < ts.length && ts[e]!.mention === m) e++;
            if (m !== undefined && e < ts.length && (this.cues.implicitAgentTypes as ReadonlySet<string>).has(this.mentionTypes[m] ?? '')) agent = [{ a: listNp.p.a + a, b: listNp.p.a + e, temporal: false }];
          }
        }
        if (!agent) {
          // an agentless passive's place or goal ("were shipped to Malaysia", "are produced almost entirely in China")
          let q = last + 1;
          while (units[q]?.kind === 'adv') q++;
          const pu = units[q], cu = units[q + 1];
          const prep = pu?.kind === 'prep' && !v.tookPrep && !lemma.includes(' ') ? toks[pu.t]!.norm : undefined;
          let placed = prep && PASSIVE_COMPLEMENT_PREPS.has(prep) && cu?.kind === 'np' && !cu.p.temporal ? { phrase: cu.p, prep } : undefined;
          // "was barred from exporting its sequencers": what the patient is kept from is the gerund's object
          const barring = this.cues.prohibitionRelations.has(this.relations.lookup(lemma, 'en')?.type ?? '');
          const fromAt = !barring ? -1 : / from$/.test(lemma) && v.tookPrep ? q : pu?.kind === 'prep' && toks[pu.t]!.norm === 'from' ? q + 1 : -1;
          const ger = units[fromAt], gob = units[fromAt + 1];
          if (!placed && ger?.kind === 'vg' && ger.v.nonFinite && toks[ger.v.predA]!.tags.has('Gerund') && gob?.kind === 'np' && !gob.p.temporal) placed = { phrase: gob.p, prep: 'from' };
          frameOfUnit.set(k, frames.length); frames.push({ subjects, objects: [], lemma, predA: v.predA, predB, modality, relative: subj.relative, inherited: subj.inherited, passive, ...(placed ? { placed } : {}), ...(negated && unnegated !== 'negated' ? { unnegated } : {}), ...(subj.from !== undefined ? { from: subj.from } : {}), ...(subj.ownClaim ? { ownClaim: true } : {}), ...(reduced || (subj.relative && !entry && units[k - 1]?.kind === 'np') ? { reduced: true } : {}) }); continue;
        }
        objects = lightAbout ? [lightAbout] : subjects;
        subjects = agent;
      } else {
        const obj = this.objectsOf(units, last, toks);
        objects = obj.phrases;
        // An amount before a phrasal verb's preposition: invest $2 billion in X, pour billions of dollars into X
        if (objects.length <= 1 && !v.tookPrep && obj.endUnit !== undefined) {
          const at = objects.length ? obj.endUnit - 1 : obj.endUnit;
          const amt = units[at], pr = units[at + 1], np = units[at + 2];
          const isAmount = amt?.kind === 'np' && (objects.length ? objects[0] === amt.p : true) &&
            toks.slice(amt.p.a, amt.p.b).some((t) => t.tags.has('Money') || /^[$€£¥₩]/.test(t.text) || this.cues.currencyNouns.has(t.norm));
          if (isAmount && pr?.kind === 'prep' && np?.kind === 'np' && !np.p.temporal) {
            const cand = `${lemma} ${toks[pr.t]!.norm}`;
            if (this.relations.lookup(cand, 'en') && !this.cues.figureRelations.has(this.relations.lookup(cand, 'en')!.type)) { lemma = cand; objects = [np.p]; }
          }
        }
        // an indirect question as the object: investigating whether the app transferred data to China → what it asks
        if (!objects.length && obj.endUnit !== undefined && this.relWord(units[obj.endUnit], toks) === 'whether' && this.cues.questionRelations.has(this.relations.lookup(lemma, 'en')?.type ?? '')) {
          const w = units[obj.endUnit]!;
          const a = (w.kind === 'np' ? w.p.a : w.kind === 'vg' ? w.v.a : w.t) + 1;
          let b = a;
          while (b < toks.length && !(/[;]/.test(toks[b - 1]?.post ?? '') || (b > a && /,/.test(toks[b - 1]!.post) && /^(and|but|while)$/.test(toks[b]!.norm)))) b++;
          while (b > a && /^[.?!]$/.test(toks[b - 1]!.text)) b--;
          if (b - a >= 2) objects = [{ a, b, temporal: false }];
        }
        // a sum of money as the object of a verb of money: invest $65 billion, receive up to $5 billion in loans
        if (!objects.length && obj.endUnit !== undefined && this.cues.amountRelations.has(this.relations.lookup(lemma, 'en')?.type ?? '')) {
          const amt = units[obj.endUnit];
          if (amt?.kind === 'np' && toks.slice(amt.p.a, amt.p.b).some((t) => t.tags.has('Money') || /^[$€£¥₩]/.test(t.text) || this.cues.currencyNouns.has(t.norm))) {
            objects = [amt.p];
            amountObject = true;
          }
        }
        // Split phrasal verb: add X to …, cut X off from … (also after the object's members: add X, including A
        // and B, to …)
        if (obj.endUnit !== undefined && !v.tookPrep && ceased === undefined) {
          let after = obj.endUnit;
          if (objects.length && units[after]?.kind !== 'prep') {
            const m = this.membersEnd(units, after, toks);
            if (m !== undefined) after = m;
          }
          const nu = units[after];
          if (nu?.kind === 'prep' || nu?.kind === 'other' || (nu?.kind === 'sub' && toks[nu.t]!.norm === 'as')) {
            const cand = `${lemma} ${toks[nu.t]!.norm}`;
            // (a fixed prepositional phrase is no particle: brings X in line with Y is no "bring in")
            const fixed = toks[nu.t]!.norm === 'in' && toks[nu.t + 1]?.norm === 'line' && /^(with|to)$/.test(toks[nu.t + 2]?.norm ?? '');
            if (!fixed && this.relations.lookup(cand, 'en') && !(objects.length && this.cues.inseparableVerbs.has(cand))) {
              lemma = cand; predB = v.predB;
              // coordinate its controls with allies: the partner is who comes after "with"
              const partner = units[after + 1];
              if (toks[nu.t]!.norm === 'with' && partner?.kind === 'np' && !partner.p.temporal && this.cues.partnerRelations.has(this.relations.lookup(cand, 'en')!.type)) objects = [partner.p];
              // barred operators from buying Y, prohibit U.S. firms from selling Y: when those bound by the bar are an
              // unnamed group, what is barred — the act on Y — is the object (barred Nvidia from selling Y keeps Nvidia)
              const ger = units[after + 1], what = units[after + 2];
              const x = objects.length === 1 ? toks.slice(objects[0]!.a, objects[0]!.b) : [];
              const unnamedGroup = x.length > 0 && x.some((t) => t.tags.has('Plural') && /^[a-z]/.test(t.text)) && x.every((t) => !this.cues.pronouns.has(t.norm)) &&
                !x.some((t) => t.mention !== undefined && !['Country'].includes(this.mentionTypes[t.mention] ?? '')) && !x.some((t) => t.tags.has('ProperNoun') && !t.tags.has('Demonym') && t.mention === undefined);
              if (unnamedGroup && toks[nu.t]!.norm === 'from' && ger?.kind === 'vg' && toks[ger.v.predA]!.tags.has('Gerund') && what?.kind === 'np' && !what.p.temporal &&
                this.cues.prohibitionRelations.has(this.relations.lookup(cand, 'en')!.type)) objects = [what.p];
            }
          }
        }
        // Light verb + noun: the relation is named by the pair (take a charge, file a lawsuit).
        if (objects.length && !v.tookPrep && (this.cues.lightVerbs.has(lemma) || this.cues.pairVerbs.has(lemma))) {
          // (coordinated modifiers share the last one's head: drop antitrust and anti-dumping probes → drop probe)
          const o = objects.length > 1 && objects[0]!.b - objects[0]!.a === 1 && /^[a-z]/.test(toks[objects[0]!.a]!.text) && !toks[objects[0]!.a]!.tags.has('Plural') &&
            objects[objects.length - 1]!.b - objects[objects.length - 1]!.a > 1 ? objects[objects.length - 1]! : objects[0]!;
          // the head noun: before the phrase's first preposition (a charge of $5.5 billion → charge), or before an -ing
          // word after it (headline "strike deal cutting tariffs": a reduced relative, no modifier of what follows)
          let h = o.a;
          while (h + 1 < (o.headEnd ?? o.b) && !toks[h + 1]!.tags.has('Preposition') && !(/[a-z]ing$/.test(toks[h + 1]!.norm) && !toks[h + 1]!.tags.has('Noun') && toks[h]!.tags.has('Noun') && !toks[h]!.tags.has('ProperNoun'))) h++;
          const head = toks[h]!;
          // (a modifier may narrow the pair: take legal action → sue, where "take action" alone is no relation)
          const mod = h > o.a && !toks[h - 1]!.mention ? toks[h - 1]!.norm : undefined;
          const cand = [...(mod ? [`${lemma} ${mod} ${head.lemma}`, `${lemma} ${mod} ${head.norm}`] : []), `${lemma} ${head.lemma}`, `${lemma} ${head.norm}`].find((c) => this.relations.lookup(c, 'en'));
          if (cand) {
            lemma = cand;
            // the noun's own complement is what the act is about: expressed interest in (acquiring) X → X,
            // filed a lawsuit against X → X
            // (a relation that undoes the noun keeps the noun itself: dropped its probes into X → the probes)
            const figureLike = this.cues.figureRelations.has(this.relations.lookup(lemma, 'en')?.type ?? '') || this.cues.nounObjectRelations.has(this.relations.lookup(lemma, 'en')?.type ?? '');
            // a bare light noun with its "of" phrase: took control of X → X
            // a pair saying when (takes effect in 120 days, for model year 2030): the time is the object, or none
            if (this.cues.timeObjectRelations.has(this.relations.lookup(lemma, 'en')?.type ?? '')) objects = this.timeAfter(units, obj.endUnit, toks);
            else if (objects.length === 1 && !figureLike && h === o.a && toks[h + 1]?.norm === 'of' && h + 2 < o.b) objects = [{ a: h + 2, b: o.b, temporal: false }];
            // the noun's complement inside its phrase: imposed sanctions on [companies …], opened proceedings against [X]
            else if (objects.length === 1 && !figureLike && toks[h + 1]?.mention === undefined && /^(on|against|into|over|with|for|in)$/.test(toks[h + 1]?.norm ?? '') && h + 2 < o.b) {
              // (coordinated items further in stay items of the complement: probes into imports of A, B and C → each)
              objects = o.items && o.headEnd === h + 2 ? o.items.map(([a, b]) => ({ a, b, temporal: false }))
                : [{ a: h + 2, b: o.b, temporal: false, ...(o.items && o.headEnd !== undefined && o.headEnd > h + 2 ? { headEnd: o.headEnd, items: o.items } : {}) }];
            } else {
              const about = objects.length === 1 && !figureLike && !this.breaksAfter(toks[o.b - 1]) ? this.lightComplement(units, obj.endUnit, toks) : undefined;
              if (about) {
                objects = [about];
                // probes into American firms such as Micron and Nvidia → the members too
                const at = units.findIndex((x) => x.kind === 'np' && x.p === about);
                objects.push(...this.members(units, at + 1, toks));
              }
            }
          }
        }
        // An aspect verb + action noun: the noun's act (begin shipments of X → ship X, accelerate investments in X)
        if (objects.length && !v.tookPrep && this.cues.aspectVerbs.has(lemma)) {
          const o = objects[0]!;
          let h = o.a;
          while (h + 1 < (o.headEnd ?? o.b) && !toks[h + 1]!.tags.has('Preposition')) h++;
          const act = this.cues.nounVerbs.get(toks[h]!.norm);
          if (act && this.relations.lookup(act, 'en')) {
            lemma = act;
            // resume exports of rare earth magnets → the magnets
            if (objects.length === 1 && toks[h + 1]?.norm === 'of' && h + 2 < o.b && !o.items) {
              // up to the next preposition (exports of the H20 [to China]); a named goal there is a recipient
              let e = h + 3;
              while (e < o.b && !(toks[e]!.mention === undefined && (toks[e]!.tags.has('Preposition') || toks[e]!.norm === 'to'))) e++;
              objects = [{ a: h + 2, b: e, temporal: false }];
              if (e < o.b && toks[e]!.norm === 'to' && e + 1 < o.b) recipients.push({ a: e + 1, b: o.b, temporal: false });
            }
            // continue consultations with X, step up its crackdown on Y: the act's own preposition names its patient
            else if (objects.length === 1 && / (with|on|in|into|against)$/.test(act) && !o.items) {
              const prep = act.slice(act.lastIndexOf(' ') + 1);
              const pu = obj.endUnit !== undefined ? units[obj.endUnit] : undefined, np = obj.endUnit !== undefined ? units[obj.endUnit + 1] : undefined;
              if (toks[h + 1]?.norm === prep && h + 2 < o.b) objects = [{ a: h + 2, b: o.b, temporal: false }];
              else if (o.b === h + 1 && pu?.kind === 'prep' && toks[pu.t]!.norm === prep && np?.kind === 'np' && !np.p.temporal) objects = [np.p];
            }
            // start production, resume shipments: the act alone names no patient, so the starting is the news — the aspect
            // verb's own relation, the act and where it happens its object (start production at its Sangdong mine)
            else if (objects.length === 1 && o.b === h + 1 && toks.slice(o.a, h).every((t) => t.tags.has('Determiner') || t.tags.has('Possessive') || (t.tags.has('Adjective') && !t.tags.has('Noun')))) {
              lemma = v.lemma;
              const pu = obj.endUnit !== undefined ? units[obj.endUnit] : undefined, np = obj.endUnit !== undefined ? units[obj.endUnit + 1] : undefined;
              if (pu?.kind === 'prep' && /^(at|in)$/.test(toks[pu.t]!.norm) && np?.kind === 'np' && !np.p.temporal) {
                // (a time adverb the chunker left on the place is no part of it: a factory in Hungary later this year)
                let b = np.p.b;
                while (b > np.p.a + 1 && /^(later|earlier|soon)$/.test(toks[b - 1]!.norm)) b--;
                objects = [{ a: o.a, b, temporal: false }];
              }
            }
          }
        }
        // a verb with a direction and a figure: shares closed down 0.9%, ended higher 2%
        const dir = !objects.length && obj.endUnit !== undefined ? units[obj.endUnit] : undefined;
        const dirWord = dir && dir.kind !== 'np' && dir.kind !== 'vg' ? toks[dir.t]!.norm : undefined;
        const dirFig = dirWord && this.cues.figureVerbs.has(`${lemma} ${dirWord}`) ? this.figureObject(units, obj.endUnit! + 1, toks, false) : undefined;
        if (dirFig) { lemma = this.cues.figureVerbs.get(`${lemma} ${dirWord}`)!; objects = [dirFig]; }
        // a verb meaning a change when it takes a bare figure: BYD gained 1.5%, AMD lost 4%, shares added 2%
        else if (!objects.length && this.cues.figureVerbs.has(lemma) && this.figureObject(units, obj.endUnit ?? last + 1, toks, false)) lemma = this.cues.figureVerbs.get(lemma)!;
        // … also with the figure written out as an object of its own (Kia gained 2.5 percent)
        else if (objects.length === 1 && this.cues.figureVerbs.has(lemma) && this.isPercent(objects[0]!, toks)) lemma = this.cues.figureVerbs.get(lemma)!;
        // … or a share: control about 70% of the DRAM market → accounts for 70%
        else if (objects.length === 1 && this.cues.figureVerbs.has(lemma) && !v.tookPrep) {
          const o = objects[0]!;
          let a = o.a;
          while (a < o.b && this.cues.approximators.has(toks[a]!.norm)) a++;
          // (the percentage may be written out: about 90 percent of the market)
          let b = a + 1;
          while (b < o.b && /^(percent|per|cent)$/.test(toks[b]!.norm)) b++;
          if (toks[a]?.tags.has('Percent') && toks[b]?.norm === 'of') lemma = this.cues.figureVerbs.get(lemma)!;
        }
        const figure = this.cues.figureRelations.has(this.relations.lookup(lemma, 'en')?.type ?? '');
        if (figure) {
          const fig = this.figureObject(units, obj.endUnit ?? last + 1, toks, objects.length > 0);
          if (fig) objects = [fig];
        }
        objects.push(...this.members(units, obj.endUnit, toks));
        // a resultative object (make Ford dependent, keep prices low): no thing made or kept
        if (objects.length && this.cues.resultativeVerbs.has(lemma) && objects.some((o) => { const t = toks[o.b - 1]!; return t.tags.has('Adjective') && !t.tags.has('Noun'); })) objects = [];
        // the recipient of a transfer: supplies batteries to Tesla → Tesla too (named recipients only)
        if (objects.length && obj.endUnit !== undefined && this.cues.recipientRelations.has(this.relations.lookup(lemma, 'en')?.type ?? '')) {
          const to = units[obj.endUnit];
          if (to?.kind === 'prep' && toks[to.t]!.norm === 'to') {
            let e = obj.endUnit + 1;
            while (units[e]?.kind === 'np' && !(units[e] as { p: Phrase }).p.temporal) {
              recipients.push((units[e] as { p: Phrase }).p);
              if (units[e + 1]?.kind === 'cc' && units[e + 2]?.kind === 'np') { e += 2; continue; }
              // (a comma list only when it closes with "and": "to China, the Justice Department said" is no list)
              if (/,/.test(toks[(units[e] as { p: Phrase }).p.b - 1]!.post) && units[e + 1]?.kind === 'np') {
                let x = e + 1;
                while (units[x]?.kind === 'np') x++;
                if (units[x]?.kind === 'cc') { e += 1; continue; }
              }
              break;
            }
            // … and the members of an unnamed group of them: supplies sensors to carmakers including A and B → A, B
            if (recipients.length) recipients.push(...this.members(units, e + 1, toks));
          }
        }
        // a role held towards someone: X is (among) Y's customers, X is a supplier of Y → X buys from / supplies Y
        if (v.lemma === 'be' && chain.length === 1) {
          const role = this.roleObject(units, last, toks);
          if (role) { lemma = role.lemma; complement = objects; objects = [role.owner]; }
          // otherwise a description after the copula classifies the subject: Electronics is India's fastest-growing
          // export category
          else if (objects.length === 1 && !passive && !negated && modality === 'asserted' && this.isDescription(objects[0]!, toks) && !this.isBareClass(objects[0]!, toks)) copular = true;
          // "X is among the recipients": one of the phrase's kind
          if (!role && !objects.length && !passive && !negated && modality === 'asserted' && units[last + 1]?.kind === 'prep' && toks[(units[last + 1] as { t: number }).t]!.norm === 'among' &&
            units[last + 2]?.kind === 'np' && this.isDescription((units[last + 2] as { p: Phrase }).p, toks) && !this.isBareClass((units[last + 2] as { p: Phrase }).p, toks)) { objects = [(units[last + 2] as { p: Phrase }).p]; copular = true; }
          // "Among the recipients is Perpetua Resources": a clause opened by "among" and its phrase puts the subject after
          // the copula; the names there are among (are of) the phrase's kind
          const sk = subjects.length === 1 ? units.findIndex((x) => x.kind === 'np' && x.p === subjects[0]) : -1;
          const opener = units[sk - 2];
          if (!role && sk >= 1 && sk + 1 === k && objects.length && !this.isBareClass(subjects[0]!, toks) && !passive && !negated && modality === 'asserted' && units[sk - 1]?.kind === 'prep' &&
            toks[(units[sk - 1] as { t: number }).t]!.norm === 'among' && (sk === 1 || opener?.kind === 'sub' || opener?.kind === 'cc' || (opener?.kind !== undefined && /[,;]/.test(toks[opener.kind === 'np' ? opener.p.b - 1 : opener.kind === 'vg' ? opener.v.b - 1 : opener.t]!.post)))) {
            [subjects, objects] = [objects, subjects];
            copular = true;
          }
        }
        // an object relative clause: the H20, which Nvidia designed …; a plant that it acquired → its antecedent
        if (!objects.length && !entry) {
          const ant = this.objectRelativeAntecedent(units, k, toks);
          if (ant) objects = [ant];
        }
        // a raising verb's object is the infinitive's subject, not its own (did not expect the measures to have …)
        // (its members too: expect Chinese firms such as YMTC to gain …)
        const raisedTo = obj.endUnit === undefined ? -1 : objects.length > 1
          ? units.findIndex((x, j) => j >= obj.endUnit! && (x.kind === 'np' ? x.p.a : x.kind === 'vg' ? x.v.a : x.t) >= Math.max(...objects.map((p) => p.b))) : obj.endUnit;
        if (objects.length && this.cues.raisingVerbs.has(lemma) && raisedTo >= 0 && units[raisedTo]?.kind === 'prep' &&
          toks[(units[raisedTo] as { t: number }).t]!.norm === 'to' && units[raisedTo + 1]?.kind === 'vg') objects = [];
        // object control (ordered X to divest, required X to apply): the map may name that use apart
        if (objects.length && !v.tookPrep && this.cues.objectControlVerbs.has(lemma) && obj.endUnit !== undefined) {
          const to = units[obj.endUnit], nv = units[obj.endUnit + 1];
          if (to?.kind === 'prep' && toks[to.t]!.norm === 'to' && nv?.kind === 'vg' && nv.v.complement && this.relations.lookup(`${lemma} to`, 'en')) lemma = `${lemma} to`;
        }
        // required companies to obtain a licence: the licence is what is required (one bound keeps its triple if named or definite)
        if (objects.length && !v.tookPrep && obj.endUnit !== undefined && this.cues.permitRequirers.has(v.lemma)) {
          const to = units[obj.endUnit], nv = units[obj.endUnit + 1];
          if (to?.kind === 'prep' && toks[to.t]!.norm === 'to' && nv?.kind === 'vg' && nv.v.complement && this.cues.permitVerbs.has(nv.v.lemma)) {
            // (its head before any "of"/"for" tail: a licence for every shipment; "apply for" takes its preposition)
            const head = (p: Phrase) => { let e = p.a; while (e + 1 < p.b && !toks[e + 1]!.tags.has('Preposition')) e++; return toks[e]!.norm; };
            const at = units[obj.endUnit + 2]?.kind === 'prep' && /^(for|to)$/.test(toks[(units[obj.endUnit + 2] as { t: number }).t]!.norm) ? obj.endUnit + 3 : obj.endUnit + 2;
            const pu = units[at];
            const permit = pu?.kind === 'np' && this.cues.permitNouns.has(head(pu.p)) ? pu.p : undefined;
            // (a bare class — "require companies to obtain" — says nothing; a name or a definite phrase, which may be one, stays)
            if (permit) objects = [...objects.filter((p) => toks.slice(p.a, p.b).some((t) => t.mention !== undefined || t.tags.has('ProperNoun')) || /^(the|these|those|its|their)$/.test(toks[p.a]!.norm)), permit];
          }
        }
      }
      // A complement naming no relation of its own (considered adding 200 firms, plans to hold talks): the
      // control verb's relation, when it has one, carries the claim.
      if ((!this.relations.lookup(lemma, 'en') && ceased === undefined) || (lemma === v.lemma && this.cues.attributionVerbs.has(lemma))) {
        // (not a passive one: "the curbs are expected to cost X" is no expectation of the curbs')
        const control = [...chain.slice(0, -1).filter((c) => !c.passive).map((c) => c.lemma), ...v.controls].reverse()
          .find((c) => this.cues.controlVerbs.has(c) && this.cues.controlVerbs.get(c) !== 'negated' && this.relations.lookup(c, 'en'));
        if (control) lemma = control;
      }
      if (means && objects.length) lemma = means;
      frameOfUnit.set(k, frames.length);
      const figure = !passive && (amountObject || this.cues.figureRelations.has(this.relations.lookup(lemma, 'en')?.type ?? ''));
      // told X to stop buying Y: the one who gave the order bars Y (its own modality)
      const dfi = entry?.directive !== undefined ? frameOfUnit.get(entry.directive) : undefined;
      const directedBy = dfi !== undefined && dfi >= 0 && (negated || modality === 'negated') ? { directedBy: frames[dfi]!.subjects, directiveModality: frames[dfi]!.modality } : {};
      const hearsay = toks.slice(Math.max(0, u.v.a - 1), v.b).some((t) => this.cues.hearsayAdverbs.has(t.norm));
      const f: Frame = { subjects, objects, lemma, ...(recipients.length ? { recipients } : {}), ...(subj.alleged || hearsay || content === 'accusation' ? { alleged: true } : {}), ...(content === 'accusation' ? { accusation: true } : {}), ...directedBy, predA: ceased ?? v.predA, predB, modality, relative: subj.relative, inherited: subj.inherited, passive,
        ...(negated && unnegated !== 'negated' ? { unnegated } : {}), ...(entry ? { controlled: true } : {}), ...(entry?.requested || ctl?.requested ? { requested: true } : {}), ...(reduced || (subj.relative && !entry && units[k - 1]?.kind === 'np') ? { reduced: true } : {}), ...(subj.from !== undefined ? { from: subj.from } : {}), ...(subj.ownClaim ? { ownClaim: true } : {}), ...(figure ? { figure: true } : {}), ...(copular ? { isA: true, copular: true } : {}) };
      // "shares of A and B jumped 6% and 5%, respectively": figures paired with their subjects in order
      if (figure && objects.length === 1 && toks.slice(v.predB).some((t) => t.norm === 'respectively')) {
        const at = units.findIndex((x) => x.kind === 'np' && x.p === objects[0]);
        const figs = [objects[0]!];
        for (let e = at + 1; units[e]?.kind === 'cc' && units[e + 1]?.kind === 'np'; e += 2) figs.push((units[e + 1] as { p: Phrase }).p);
        const one = subjects.length === 1 ? subjects[0]! : undefined;
        const subjs = one?.items && one.headEnd !== undefined ? one.items.map((it) => ({ ...one, items: [it] })) : subjects;
        if (figs.length > 1 && figs.length === subjs.length) {
          frameOfUnit.set(k, frames.length);
          subjs.forEach((sp, x) => frames.push({ ...f, subjects: [sp], objects: [figs[x]!] }));
          continue;
        }
      }
      frames.push(f);
      if (last !== k) frameOfUnit.set(last, frames.length - 1); // (the chain's own verb: committed to [invest])
      // "the companies placed on the list include A and B": what was done to the phrase was done to its members
      if (this.cues.memberVerbs.has(v.lemma) && !passive && subjects.length === 1 && objectOwner.has(subjects[0]!) && objects.length) {
        const of = frames[objectOwner.get(subjects[0]!)!]!;
        if (!of.isA) frames.push({ ...of, objects: [...objects], predA: v.predA, predB: v.predB });
      }
      // (a relative clause on the complement is the role's: was part of a package that also added …)
      for (const o of [...objects, ...complement]) objectOwner.set(o, frames.length - 1);
      // "X will cost Y $N": Y loses $N (the indirect objects, members included, lose the amount after them)
      if (!passive && objects.length && this.cues.lossVerbs.has(v.lemma)) {
        const isAmount = (u: Unit | undefined) => u?.kind === 'np' && !objects.includes(u.p) &&
          toks.slice(u.p.a, u.p.b).some((t) => t.tags.has('Money') || t.tags.has('Value') || /^[$€£¥]/.test(t.text) || this.cues.currencyNouns.has(t.norm));
        let e = last + 1;
        // past the indirect objects and their members (the member cue is the only verb allowed on the way)
        while (e < units.length && !isAmount(units[e]) && units[e]!.kind !== 'sub' && units[e]!.kind !== 'rel' &&
          !(units[e]!.kind === 'vg' && !this.cues.memberCues.some((w) => w[0] === toks[(units[e] as { v: VerbGroup }).v.a]!.norm))) e++;
        const amt = units[e];
        if (isAmount(amt)) {
          frames.push({ subjects: objects, objects: [(amt as { p: Phrase }).p], lemma: this.cues.lossVerbs.get(v.lemma)!, predA: v.predA, predB, modality, relative: false, inherited: false, passive: false, figure: true });
        }
      }
    }
    this.permitHolders(toks, frames);
    // "Under current US rules, a licence is required …": the measure or agreement the sentence opens under, for the
    // agentless passive whose subject opens the clause after it
    const op = units[0], np0 = units[1];
    if (op?.kind === 'prep' && toks[op.t]!.norm === 'under' && np0?.kind === 'np' && /,/.test(toks[np0.p.b - 1]!.post) && this.cues.underHeads.has(toks[np0.p.b - 1]!.lemma)) {
      for (const f of frames) if (f.passive && !f.objects.length && !f.relative && f.subjects.length === 1 && f.subjects[0]!.a === np0.p.b) f.under = np0.p;
    }
    this.underFrames(units, toks, frames);
    this.nominalFrames(units, toks, frames);
    this.statementContents(units, toks, statements as Array<Statement & { unit: number }>);
    return frames;
  }

  /**
   * "revoked the validated end-user status that allowed Samsung and SK hynix to ship …": a reversal of a permit is one
   * for those it let act, so the names the permit allowed are the reversal's objects too.
   */
  private permitHolders(toks: Tok[], frames: Frame[]): void {
    const typeOf = (lemma: string) => this.relations.lookup(lemma, 'en')?.type ?? '';
    for (const f of frames) {
      if (!f.relative || f.passive || f.from === undefined || f.subjects.length !== 1 || !this.cues.permissionRelations.has(typeOf(f.lemma))) continue;
      const g = frames[f.from];
      if (!g || g.passive || g.modality === 'negated' || !g.objects.includes(f.subjects[0]!) || !this.cues.reversalRelations.has(typeOf(g.lemma))) continue;
      const named = f.objects.filter((p) => toks.slice(p.a, p.b).some((t) => t.mention !== undefined || t.tags.has('ProperNoun')));
      g.objects.push(...named.filter((p) => !g.objects.includes(p)));
    }
  }

  /**
   * A noun predicate the patient is "under" or "the subject of" (X is under criminal investigation, X came under US
   * sanctions, Y is the target of a probe by Z): the noun's act (constructions nounVerbs, of an underRelations type)
   * done to X by the name before the noun or after its "by"; with neither, an agentless passive (a document agent).
   */
  private underFrames(units: Unit[], toks: Tok[], frames: Frame[]): void {
    if (!this.cues.underRelations.size) return;
    const headOf = (p: Phrase, from: number): number => {
      let h = from;
      while (h + 1 < (p.headEnd ?? p.b) && !toks[h + 1]!.tags.has('Preposition') && toks[h + 1]!.norm !== 'to') h++;
      return h;
    };
    for (let k = 0; k + 1 < units.length; k++) {
      const u = units[k]!, n = units[k + 1]!;
      let np: Phrase | undefined, from = 0, vk = -1;
      if (u.kind === 'prep' && toks[u.t]!.norm === 'under' && n.kind === 'np' && !n.p.temporal) { np = n.p; from = n.p.a; vk = k - 1; }
      else if (u.kind === 'vg' && u.v.lemma === 'be' && !u.v.passive && n.kind === 'np') {
        // the subject / target / focus of N
        let a = n.p.a;
        while (a < n.p.b && toks[a]!.tags.has('Determiner')) a++;
        if (/^(subject|target|focus)$/.test(toks[a]?.norm ?? '') && toks[a + 1]?.norm === 'of' && a + 2 < n.p.b) { np = n.p; from = a + 2; vk = k; }
      }
      if (!np) continue;
      // the patient: the phrase before (a verb of being or coming), or a relative pronoun's antecedent
      const v = vk >= 0 && units[vk]?.kind === 'vg' ? (units[vk] as { v: VerbGroup }).v : undefined;
      if (v && !/^(be|come|fall|remain|stay)$/.test(v.lemma)) continue;
      let pk = v ? vk - 1 : k - 1;
      if (units[pk]?.kind === 'rel') pk--;
      while (units[pk]?.kind === 'adv') pk--;
      const pu = units[pk];
      if (pu?.kind !== 'np' || pu.p.temporal || pu.p.appositiveOf) continue;
      let a = from;
      while (a < np.b && (toks[a]!.tags.has('Determiner') || toks[a]!.tags.has('Value'))) a++;
      const h = headOf(np, a);
      const act = this.cues.nounVerbs.get(toks[h]!.norm);
      const type = act ? this.relations.lookup(act, 'en')?.type : undefined;
      if (!act || !type || !this.cues.underRelations.has(type)) continue;
      // the agent: "by X" after the noun, or a name before it (a US criminal probe, Chinese sanctions)
      let agent: Phrase | undefined;
      const byAt = toks.slice(h + 1, np.b).findIndex((t) => t.norm === 'by');
      if (byAt >= 0 && h + 2 + byAt < np.b) agent = { a: h + 2 + byAt, b: np.b, temporal: false };
      else if (units[k + 2]?.kind === 'prep' && toks[(units[k + 2] as { t: number }).t]!.norm === 'by' && units[k + 3]?.kind === 'np') agent = (units[k + 3] as { p: Phrase }).p;
      else {
        const named = toks.slice(a, h).findIndex((t) => t.mention !== undefined || t.tags.has('Demonym'));
        if (named >= 0) {
          let b = a + named + 1;
          while (b < h && toks[b]!.mention !== undefined && toks[b]!.mention === toks[a + named]!.mention) b++;
          agent = { a: a + named, b, temporal: false };
        }
      }
      const modality: Frame['modality'] = v ? (v.negated ? 'negated' : v.modality) : 'asserted';
      if (modality === 'negated') continue;
      if (agent) frames.push({ subjects: [agent], objects: [pu.p], lemma: act, predA: h, predB: h + 1, modality, relative: false, inherited: false, passive: false });
      else frames.push({ subjects: [pu.p], objects: [], lemma: act, predA: h, predB: h + 1, modality, relative: false, inherited: false, passive: true });
    }
  }

  /**
   * A relation stated by a noun phrase (constructions nominalNouns): Washington's curbs on X, U.S. sanctions on Huawei,
   * a Chinese probe into Micron, the acquisition of X by Y, China's rare earth export curbs. The noun's act (nounVerbs)
   * is done by the possessor, by a country, body or nationality before the noun (only when a complement names the
   * patient: "Huawei sanctions" are sanctions on Huawei), or by the "by" phrase after it; to the noun's complement or,
   * after a possessor and for nominalPremodRelations, to the nouns before it. The extractor keeps such a frame only
   * with a named actor as agent and when no verb of the sentence gives the same triple.
   */
  private nominalFrames(units: Unit[], toks: Tok[], frames: Frame[]): void {
    if (!this.cues.nominalNouns.size) return;
    const verbal = frames.length;
    const isPrep = (t: Tok | undefined) => !!t && t.mention === undefined && (t.tags.has('Preposition') || t.norm === 'to');
    const isPoss = (t: Tok) => (/['’]s?$/.test(t.text) || /^['’]/.test(t.post)) && !t.tags.has('Pronoun') && !this.cues.pronouns.has(t.norm);
    const figure = (ts: Tok[]) => ts.every((x) => x.tags.has('Value') || x.tags.has('Money') || /^[$€£¥%]/.test(x.text) || this.cues.approximators.has(x.norm) ||
      /^(up|to|as|much|more|than|about|around|nearly|almost|some|of|percent|per|cent)$/.test(x.norm));
    for (let k = 0; k < units.length; k++) {
      const u = units[k]!;
      if (u.kind !== 'np' || u.p.temporal) continue;
      const p = u.p;
      for (let h = p.a; h < p.b; h++) {
        const t = toks[h]!;
        if (!this.cues.nominalNouns.has(t.norm)) continue;
        if (t.mention !== undefined && !['Policy', 'Concept'].includes(this.mentionTypes[t.mention] ?? '')) continue;
        const act = this.cues.nounVerbs.get(t.norm) ?? this.cues.nounVerbs.get(t.lemma);
        const type = act ? this.relations.lookup(act, 'en')?.type : undefined;
        if (!act || !type) continue;
        // the head of its phrase: a preposition or the phrase's end follows (not a compound: sanctions regime, tariff threat)
        if (h + 1 < p.b && !isPrep(toks[h + 1])) continue;
        // the words before it, back to a preposition, a conjunction or the phrase's start (a name of the measure, "export
        // curbs", is the noun as a whole)
        let hs = h;
        while (hs > p.a && t.mention !== undefined && toks[hs - 1]!.mention === t.mention) hs--;
        let s0 = hs;
        while (s0 > p.a && !isPrep(toks[s0 - 1]) && !/^(and|or|but)$/.test(toks[s0 - 1]!.norm) && !/,/.test(toks[s0 - 1]!.post)) s0--;
        let a = s0;
        while (a < hs && /^(the|a|an|this|these|those|that)$/.test(toks[a]!.norm)) a++;
        const pre = toks.slice(a, hs);
        let agent: Phrase | undefined;
        let kind: Frame['nominal'];
        let mods: Tok[] = pre;
        const pi = pre.map(isPoss).lastIndexOf(true);
        if (pi >= 0) {
          agent = { a, b: a + pi + 1, temporal: false }; kind = 'possessor'; mods = pre.slice(pi + 1);
        } else if (pre.length) {
          // (after evaluative adjectives: steep U.S. tariffs, new Chinese curbs)
          let fa = a;
          while (fa < hs - 1 && toks[fa]!.mention === undefined && (this.cues.evaluativeModifiers.has(toks[fa]!.norm) || this.cues.nominalModifiers.has(toks[fa]!.norm) ||
            (toks[fa]!.tags.has('Adjective') && !toks[fa]!.tags.has('Demonym') && !this.cues.demonyms.has(toks[fa]!.norm)))) fa++;
          const f = toks[fa]!;
          if (f.tags.has('Demonym') || this.cues.demonyms.has(f.norm) || (f.mention !== undefined && ACTOR_MODIFIERS.has(this.mentionTypes[f.mention] ?? ''))) {
            let e = fa + 1;
            while (e < hs && f.mention !== undefined && toks[e]!.mention === f.mention) e++;
            agent = { a: fa, b: e, temporal: false }; kind = 'modifier'; mods = [...toks.slice(a, fa), ...toks.slice(e, hs)];
          }
        }
        // a sum before the noun is a phrase of its own after a possessor: Samsung's [$17 billion investment in Texas]
        if (!agent && s0 === p.a && pre.length && figure([pre[0]!]) && units[k - 1]?.kind === 'np' && !this.breaksAfter(toks[p.a - 1]) && isPoss(toks[p.a - 1]!)) {
          const q = (units[k - 1] as { p: Phrase }).p;
          let qa = q.a;
          while (qa < q.b - 1 && /^(the|a|an)$/.test(toks[qa]!.norm)) qa++;
          agent = { a: qa, b: q.b, temporal: false }; kind = 'possessor';
        }
        // (a possessive pronoun before the noun names no agent here: its curbs, its U.S. curbs; whether a possessor is an
        // actor and not a time, "last year's curbs", the extractor checks on the name)
        if (mods.some((x) => x.tags.has('Pronoun') || x.tags.has('Possessive'))) continue;
        // the complements: "by" names the agent; of/on/against or the noun's own preposition the patient
        const preps = new Set(['of', 'on', 'against', ...(this.cues.nounComplements.get(t.norm) ?? this.cues.nounComplements.get(t.lemma) ?? [])]);
        for (const x of ['by', 'for', 'from', 'at', 'with', 'over']) preps.delete(x);
        let objects: Phrase[] = [];
        let pos = h + 1, uk = k + 1;
        for (let step = 0; step < 4 && !(objects.length && agent); step++) {
          let prep: string, from: number, to: number;
          let items: Array<[number, number]> | undefined;
          if (pos < p.b) {
            if (!isPrep(toks[pos])) break;
            prep = toks[pos]!.norm; from = pos + 1; to = p.b;
            // a rate first: tariffs of [25%] on Canada → on to what follows it
            if (prep === 'of' && figure([toks[from]!])) {
              let e = from;
              while (e < p.b && figure([toks[e]!]) && !(isPrep(toks[e]) && e > from && !figure([toks[e - 1]!]))) e++;
              while (e < p.b && !isPrep(toks[e])) e++;
              if (figure(toks.slice(from, e))) { pos = e; continue; }
            }
            if (prep === 'by') { let e = from; while (e < p.b && !isPrep(toks[e])) e++; to = e; }
            else {
              const by = toks.slice(from, p.b).findIndex((x) => x.norm === 'by' && x.mention === undefined);
              if (by >= 0) to = from + by;
              else if (p.items && p.headEnd === from) items = p.items;
            }
            pos = to;
          } else {
            const pu = units[uk];
            if (pu?.kind !== 'prep' || this.breaksAfter(toks[pu.t - 1])) break;
            // (a rate or sum of its own: tariffs of (up to) 25% on Canada, an investment of $17 billion in Texas)
            let fj = uk + 1;
            while (toks[pu.t]!.norm === 'of' && units[fj]?.kind === 'adv' && figure([toks[(units[fj] as { t: number }).t]!])) fj++;
            const fu = units[fj];
            if (toks[pu.t]!.norm === 'of' && fu?.kind === 'np' && figure(toks.slice(fu.p.a, fu.p.b))) { uk = fj + 1; continue; }
            const nu = units[uk + 1];
            if (nu?.kind !== 'np') break;
            if (nu.p.temporal) break;
            prep = toks[pu.t]!.norm; from = nu.p.a; to = nu.p.b;
            if (nu.p.items && nu.p.headEnd === undefined) items = nu.p.items;
            uk += 2;
          }
          if (from >= to || (objects.length && prep !== 'by')) break;
          if (prep === 'by') {
            if (!agent) { agent = { a: from, b: to, temporal: false }; kind = 'by'; }
            // a possessor with a "by" agent is the patient: Nexperia's takeover by Wingtech
            else if (kind === 'possessor' && !objects.length) { objects = [agent]; agent = { a: from, b: to, temporal: false }; kind = 'by'; }
            continue;
          }
          if (!preps.has(prep)) break;
          // a rate is no patient: tariffs of up to 35% on …
          if (figure(toks.slice(from, to))) continue;
          objects = items ? items.map(([x, y]) => ({ a: x, b: y, temporal: false })) : [{ a: from, b: to, temporal: false }];
        }
        // after a possessor, the nouns before the head: China's rare earth export curbs → rare earth exports
        if (!objects.length && kind === 'possessor' && this.cues.nominalPremodRelations.has(type)) {
          let m = 0;
          while (m < mods.length && (this.cues.evaluativeModifiers.has(mods[m]!.norm) || this.cues.nominalModifiers.has(mods[m]!.norm) || figure([mods[m]!]) ||
            (mods[m]!.tags.has('Adjective') && !mods[m]!.tags.has('Noun')))) m++;
          const rest = mods.slice(m);
          if (rest.length && rest.every((x) => x.tags.has('Noun') || x.mention !== undefined) && rest.some((x) => !/^(export|exports|import|imports|trade|chip|chips)$/.test(x.norm))) {
            objects = [{ a: rest[0]!.i, b: hs, temporal: false }];
          }
        }
        if (!agent || !objects.length) continue;
        // a country or body before the noun is its agent only with a patient named after it ("U.S. sanctions on Huawei"),
        // and only of a state's act ("Chinese investment in Europe" is Chinese companies' investment, not Beijing's)
        if (kind === 'modifier' && ((objects.length === 1 && objects[0]!.b <= hs) || !(this.cues.implicitAgentRelations.has(type) || this.cues.documentAgentRelations.has(type)))) continue;
        let modality: Frame['modality'] = 'asserted';
        for (const x of mods) { const mm = this.cues.nominalModifiers.get(x.norm); if (mm) modality = strongerModality(modality, mm); }
        // a clause that only considers, proposes or threatens the measure: its modality (would impose …)
        // (the phrase is a verb's object: a frame's, or right after a verb or a gerund and its preposition, aligning with X)
        let host: { lemma: string; modality: Frame['modality'] } | undefined = frames.slice(0, verbal).find((f) => !f.isA && f.objects.some((o) => o.a <= h && h < o.b));
        if (!host && units[k - 1]?.kind === 'vg') host = (units[k - 1] as { v: VerbGroup }).v;
        if (!host && units[k - 1]?.kind === 'prep') {
          const pv = units[k - 2], prep = toks[(units[k - 1] as { t: number }).t]!.norm;
          const g = pv?.kind === 'np' && pv.p.b - pv.p.a === 1 && /ing$/.test(toks[pv.p.a]!.norm) ? toks[pv.p.a]! : undefined;
          const roots = pv?.kind === 'vg' ? [pv.v.lemma] : g ? [g.lemma, g.norm.replace(/ing$/, ''), g.norm.replace(/ing$/, 'e'), g.norm.replace(/(.)\1ing$/, '$1')] : [];
          const gv = roots.find((x) => this.relations.lookup(`${x} ${prep}`, 'en'));
          if (gv) host = { lemma: `${gv} ${prep}`, modality: pv?.kind === 'vg' ? pv.v.modality : 'asserted' };
        }
        if (host) {
          const hm = this.cues.nominalHosts.get(this.relations.typeFor(host.lemma, 'en'));
          if (hm) {
            if (host.modality === 'negated') continue;
            modality = strongerModality(modality, strongerModality(host.modality, hm));
          }
          // a country's measure another clause acts on (aligning with US curbs on China, lower US tariffs on Korean
          // goods) is that clause's topic, not a statement of who imposed it: only a possessor says that outright
          else if (kind === 'modifier') continue;
        }
        frames.push({ subjects: [agent], objects, lemma: act, predA: h, predB: h + 1, modality, relative: false, inherited: false, passive: false, nominal: kind });
      }
    }
  }

  /**
   * What each speech act says: after the verb (X said [that] …, past adjuncts such as "in a statement" or "on
   * Monday" and the addressee of "told"), up to the next speech act or a trailing ", adding …"; or, when nothing
   * follows or the speaker comes after the verb ("…," said X), everything before the attribution. Statements with
   * no content left are dropped.
   */
  private statementContents(units: Unit[], toks: Tok[], statements: Array<Statement & { unit: number }>): void {
    const attrStart = (st: Statement) => Math.min(st.verbA, ...st.speakers.map((p) => p.a));
    const unitStart = (u: Unit) => (u.kind === 'np' ? u.p.a : u.kind === 'vg' ? u.v.a : u.t);
    const trim = (a: number, b: number): [number, number] => {
      while (b > a && /^(and|but|while|though|although|as|whereas|that)$/.test(toks[b - 1]!.norm)) b--;
      while (a < b && /^(and|but|that)$/.test(toks[a]!.norm)) a++;
      return [a, b];
    };
    for (const [i, st] of statements.entries()) {
      const inverted = st.speakers.every((p) => p.a > st.verbA);
      // "China will require permits …, the ministry said on Friday, in a move that …": an attribution set off after a
      // clause says that clause, whatever follows it
      const sa = attrStart(st);
      const postposed = sa > 0 && /[,"\u201d]/.test(toks[sa - 1]!.post) && units.some((u) => u.kind === 'vg' && u.v.b <= sa);
      let a = -1, b = toks.length;
      if (!inverted && !postposed) {
        let j = st.unit + 1;
        const finiteAt = (x: number) => { const w = units[x]; return w?.kind === 'vg' && !w.v.nonFinite && !w.v.complement; };
        for (;;) {
          const u = units[j];
          if (!u) break;
          if (u.kind === 'adv' || (u.kind === 'np' && u.p.temporal)) { j++; continue; }
          // in a statement, on Monday, in a letter to parliament, to reporters
          if (u.kind === 'prep' && units[j + 1]?.kind === 'np' && !finiteAt(j + 2)) { j += 2; continue; }
          // told reporters …, told the chip maker (that) …
          if (u.kind === 'np' && st.lemma === 'tell' && !finiteAt(j + 1) && !st.speakers.includes(u.p)) { st.addressee = u.p; j++; continue; }
          if (this.relWord(u, toks) === 'that') { j++; }
          break;
        }
        const u = units[j];
        // a clause follows (not a trailing ", adding …" or the end of the sentence)
        if (u && (u.kind === 'np' || u.kind === 'vg' && !u.v.nonFinite || (u.kind !== 'vg' && toks[u.t]!.norm === 'there')) && !(u.kind === 'np' && st.speakers.includes(u.p))) a = unitStart(u);
      }
      if (a >= 0 && a < toks.length) {
        // up to the next speech act, or a trailing ", adding/saying …"
        for (const [x, other] of statements.entries()) if (x !== i && attrStart(other) > a && attrStart(other) < b) b = attrStart(other);
        for (let t = a + 1; t < b; t++) {
          const w = toks[t]!;
          if (/,/.test(toks[t - 1]!.post) && ((w.tags.has('Gerund') && this.cues.attributionVerbs.has(w.lemma)) || w.norm === 'according')) { b = t; break; }
        }
      } else {
        a = 0; b = attrStart(st);
      }
      [a, b] = trim(a, b);
      if (b - a < 2 || /^(which|whether|what|how|why|who|if)$/.test(toks[a]!.norm)) { st.a = st.b = -1; continue; }
      st.a = a; st.b = b;
    }
    for (let x = statements.length - 1; x >= 0; x--) if (statements[x]!.a < 0) statements.splice(x, 1);
  }

  /**
   * A to-infinitive that starts a clause of its own: after an object-control verb (urged the administration to
   * crack down → the administration acts) or right after a sentence-initial name (headline "China to restrict").
   */
  private complementEntry(units: Unit[], k: number, toks: Tok[]): { subjects: Phrase[]; modality: VerbGroup['modality']; directive?: number; requested?: boolean } | undefined {
    const to = units[k - 1], np = units[k - 2];
    if (to?.kind !== 'prep' || toks[to.t]!.norm !== 'to' || np?.kind !== 'np' || np.p.temporal) return undefined;
    // a noun of intent and its owner: Beijing's decision to ban X, its campaign to curb Y, the U.S. move to add Z
    const ts = toks.slice(np.p.a, np.p.b);
    const nm = this.cues.controlNouns.get(ts[ts.length - 1]!.norm);
    if (nm) {
      const poss = ts.map((t) => /['’]s?$/.test(t.text) || /^['’]/.test(t.post) || (t.tags.has('Possessive') && this.cues.pronouns.has(t.norm))).lastIndexOf(true);
      if (poss >= 0 && poss < ts.length - 1) {
        let a = 0;
        while (a < poss && /^(the|a|an)$/.test(ts[a]!.norm)) a++;
        return { subjects: [{ a: np.p.a + a, b: np.p.a + poss + 1, temporal: false }], modality: nm };
      }
      const c = /^(the|a|an)$/.test(ts[0]!.norm) ? 1 : 0;
      const owner = ts[c];
      if (owner && c < ts.length - 1 && (owner.tags.has('Demonym') || this.cues.demonyms.has(owner.norm) || owner.mention !== undefined)) {
        let e = c + 1;
        while (e < ts.length - 1 && ts[e]!.mention !== undefined && ts[e]!.mention === owner.mention) e++;
        return { subjects: [{ a: np.p.a + c, b: np.p.a + e, temporal: false }], modality: nm };
      }
    }
    // (also a headline's second clause after a semicolon: "X and Y agree to …; Beijing to pause …")
    if (k - 2 === 0 || (this.headline && np.p.a > 0 && /[;:]/.test(toks[np.p.a - 1]!.post))) return { subjects: [np.p], modality: 'planned' };
    let h = k - 3;
    const subjects = [np.p];
    if (units[h]?.kind === 'cc' && units[h - 1]?.kind === 'np') { subjects.unshift((units[h - 1] as { p: Phrase }).p); h -= 2; }
    const head = units[h];
    if (head?.kind !== 'vg') return undefined;
    const m = this.cues.objectControlVerbs.get(head.v.lemma);
    if (!m) return undefined;
    return { subjects, modality: strongerModality(m, head.v.negated ? 'negated' : head.v.modality), ...(this.cues.directiveVerbs.has(head.v.lemma) ? { directive: h } : {}),
      ...(this.cues.requestVerbs.has(head.v.lemma) ? { requested: true } : {}) };
  }

  /**
   * A noun of intent without an owner of its own, as the object of a verb starting or furthering it ("has stepped up
   * efforts to curb X", "launched a campaign to ban Y"): the verb's subject does the infinitive, with the noun's modality.
   */
  private effortEntry(units: Unit[], k: number, toks: Tok[], frames: Frame[], frameOfUnit: Map<number, number>): { subjects: Phrase[]; modality: VerbGroup['modality'] } | undefined {
    const to = units[k - 1], np = units[k - 2], head = units[k - 3];
    if (to?.kind !== 'prep' || toks[to.t]!.norm !== 'to' || np?.kind !== 'np' || np.p.temporal || head?.kind !== 'vg') return undefined;
    const nm = this.cues.controlNouns.get(toks[np.p.b - 1]!.norm);
    if (!nm || !(this.cues.aspectVerbs.has(head.v.lemma) || this.cues.lightVerbs.has(head.v.lemma))) return undefined;
    const fi = frameOfUnit.get(k - 3);
    const f = fi !== undefined ? frames[fi] : undefined;
    if (!f || f.passive || !f.subjects.length) return undefined;
    return { subjects: f.subjects, modality: strongerModality(nm, f.modality) };
  }

  /**
   * A purpose infinitive after a clause with an object: "Russia is relying on intermediaries to evade sanctions", "TSMC
   * committed to invest $65 billion to build three factories" → the clause's subject does it (planned). Not after an
   * object-control verb (urged X to …: complementEntry) nor a speech verb.
   */
  private purposeEntry(units: Unit[], k: number, toks: Tok[], frames: Frame[], frameOfUnit: Map<number, number>): { subjects: Phrase[]; modality: VerbGroup['modality'] } | undefined {
    const to = units[k - 1], np = units[k - 2], head = units[k - 3];
    if (to?.kind !== 'prep' || toks[to.t]!.norm !== 'to' || np?.kind !== 'np' || head?.kind !== 'vg' || this.breaksAfter(toks[np.p.b - 1])) return undefined;
    if (this.cues.objectControlVerbs.has(head.v.lemma) || this.cues.attributionVerbs.has(head.v.lemma)) return undefined;
    // (a noun of intent takes its own infinitive: a bid to …, efforts to …)
    const last = toks[np.p.b - 1]!;
    if (this.cues.controlNouns.has(last.norm) || /^(way|time|right|ability|power|chance|effort|attempt|plan|bid|deadline|order|permission|license|licence|licenses|licences|approval)$/.test(last.norm)) return undefined;
    // (a noun taking "to" as its complement: access to …; "for X to V" has X as the infinitive's subject)
    if (this.cues.nounComplements.get(last.norm)?.has('to') || this.cues.nounComplements.get(last.lemma)?.has('to')) return undefined;
    if (toks.slice(np.p.a, np.p.b).some((t) => t.norm === 'for') || (units[k - 3]?.kind === 'prep' && toks[(units[k - 3] as { t: number }).t]!.norm === 'for')) return undefined;
    // (a measure's scope is the measure's: expanded the restrictions to cover more chips)
    const own = this.relations.lookup((units[k] as { v: VerbGroup }).v.lemma, 'en');
    if (!own || this.cues.coverRelations.has(own.type)) return undefined;
    const fi = frameOfUnit.get(k - 3);
    if (fi === undefined || fi < 0) return undefined;
    const f = frames[fi]!;
    if (f.passive || f.isA || !f.subjects.length || !f.objects.length || this.cues.skipPredicates.has(f.lemma.split(' ')[0]!)) return undefined;
    return { subjects: f.subjects, modality: f.modality === 'negated' ? 'negated' : 'planned' };
  }

  /** A speech verb used as attribution: X said (that) …, … X said, said X — not "X reported record sales". */
  private isSpeechUse(units: Unit[], k: number, toks: Tok[]): boolean {
    const v = (units[k] as { v: VerbGroup }).v;
    // were also added, was reported to …: a passive is no speech act
    if (v.passive) return false;
    // right after a closing quote: "…," said X / "…," X said
    if (v.a > 0 && /[,!?]\s*["\u201d]/.test(toks[v.a - 1]!.post)) return true;
    const before = units[k - 1];
    const lastTok = toks[v.b - 1]!;
    // "…, an allegation the company has denied.": a speech verb in an object relative on a description set off by a
    // comma (a common noun right before the verb's subject) is no attribution of the clause before it
    const desc = units[k - 2];
    if (before?.kind === 'np' && desc?.kind === 'np' && desc.p.b === before.p.a && desc.p.a > 0 && /,\s*$/.test(toks[desc.p.a - 1]!.post) &&
      !BREAK_PUNCT.test(toks[desc.p.b - 1]!.post) && /^(a|an|the)$/.test(toks[desc.p.a]!.norm) &&
      toks.slice(desc.p.a, desc.p.b).every((t) => t.mention === undefined && !t.tags.has('ProperNoun'))) return false;
    if (BREAK_PUNCT.test(lastTok.post) || v.b >= toks.length) return true; // … , X said.
    let j = k + 1;
    while (units[j]?.kind === 'adv' || (units[j]?.kind === 'prep' && units[j + 1]?.kind === 'np' && (units[j + 1] as { p: Phrase }).p.temporal)) j += units[j]!.kind === 'adv' ? 1 : 2;
    while (units[j]?.kind === 'np' && (units[j] as { p: Phrase }).p.temporal) j++;
    // said in a notice that …, said on its website that …, said in a letter to parliament that …
    {
      let x = j;
      while (units[x]?.kind === 'prep' && units[x + 1]?.kind === 'np') x += 2;
      if (x > j && this.relWord(units[x], toks) === 'that') j = x;
    }
    const nu = units[j];
    if (!nu) return true;
    // a phrase after a verb with nothing said before it is the verb's object (announced a package of tariffs.), unless a
    // clause follows it (said China would …)
    const afterContent = toks.slice(0, v.a).some((t) => /[,"\u201d]/.test(t.post));
    if (nu.kind === 'np' && !nu.p.temporal && !afterContent && k > 0 && v.lemma !== 'tell' && units[j + 1]?.kind !== 'vg' && units[j + 1]?.kind !== 'adv' &&
      !(units[j + 1]?.kind === 'prep' || units[j + 1]?.kind === 'cc') && nu.p.b >= toks.length - 1) return false;
    // said there is …, argued there was …
    if (nu.kind !== 'np' && nu.kind !== 'vg' && toks[nu.t]!.norm === 'there' && units[j + 1]?.kind === 'vg') return true;
    if (nu.kind === 'rel' || (nu.kind === 'other' && toks[nu.t]!.norm === 'that') || (nu.kind === 'np' && toks[nu.p.a]!.norm === 'that')) return true;
    if ((nu.kind === 'other' || nu.kind === 'sub' || nu.kind === 'adv') && /^(which|whether|what|how|why|who|if)$/.test(toks[nu.kind === 'other' || nu.kind === 'sub' || nu.kind === 'adv' ? nu.t : 0]!.norm)) return true; // did not say which …
    // said China would … (not a participle or "including" after the phrase: added 27 companies, including …)
    const finite = (x: Unit | undefined) => x?.kind === 'vg' && !x.v.nonFinite && !x.v.complement;
    if (nu.kind === 'np' && (finite(units[j + 1]) || (units[j + 1]?.kind === 'adv' && finite(units[j + 2])))) return true;
    // said China's market for AI chips would …: the clause's subject may carry prepositional phrases
    // (or coordinated subjects: said the Dutch and Japanese measures would …)
    if (nu.kind === 'np') {
      let x = j + 1;
      while ((units[x]?.kind === 'prep' || (units[x]?.kind === 'cc' && toks[(units[x] as { t: number }).t]!.norm === 'and')) && units[x + 1]?.kind === 'np') x += 2;
      const w = units[x];
      if (x > j + 1 && w?.kind === 'vg' && !w.v.nonFinite && !w.v.complement && (w.v.aux || toks[w.v.predA]!.tags.has('PastTense') || toks[w.v.predA]!.tags.has('PresentTense'))) return true;
    }
    // tell: X told Reuters (that) … — but "told X to do" is an instruction
    if (nu.kind === 'np' && v.lemma === 'tell') {
      const to = units[j + 1];
      return !(to?.kind === 'prep' && toks[to.t]!.norm === 'to' && units[j + 2]?.kind === 'vg');
    }
    // a direct object inside the clause is a transitive use: added dozens of companies to …, reported record sales
    if (nu.kind === 'np' && !nu.p.temporal && nu.p.b < toks.length && !BREAK_PUNCT.test(toks[nu.p.b - 1]!.post)) return false;
    if (before && before.kind !== 'np' && before.kind !== 'adv' && before.kind !== 'rel') return true;
    // "…, the ministry said on Tuesday, in a move …": a subject set off by a comma after a clause
    if (before?.kind === 'np' && before.p.a > 0 && /,/.test(toks[before.p.a - 1]!.post) && units.slice(0, k - 1).some((x) => x.kind === 'vg')) return true;
    return false;
  }

  /** "…, said Reuters." */
  private invertedSubject(units: Unit[], k: number, toks?: Tok[]): Phrase | undefined {
    const nu = units[k + 1];
    // only after the content: "…," said X
    const v = (units[k] as { v: VerbGroup }).v;
    if (toks && v.a > 0 && !/[,"\u201d]/.test(toks[v.a - 1]!.post)) return undefined;
    return nu?.kind === 'np' ? nu.p : undefined;
  }

  private subjectOf(units: Unit[], k: number, toks: Tok[], frames: Frame[], frameOfUnit: Map<number, number>, objectOwner: Map<Phrase, number>,
    saidBy: Map<number, Phrase[]>): { phrases: Phrase[]; relative: boolean; inherited: boolean; from?: number; ownClaim?: boolean; afterPassive?: boolean; alleged?: boolean } {
    let j = k - 1;
    const none = { phrases: [] as Phrase[], relative: false, inherited: false };
    for (;;) {
      const u = units[j];
      if (!u) return none;
      if (this.paren.has(j)) {
        // "The companies, including A and B, were placed …": the members set off after the subject are subjects too
        const a = this.paren.get(j)!;
        const cue = units[a + 1];
        if (cue?.kind === 'vg' && this.cues.memberCues.some((w) => w[0] === toks[cue.v.a]!.norm) && units[a]?.kind === 'np') {
          const members = units.slice(a + 2, j + 1).filter((x): x is Extract<Unit, { kind: 'np' }> => x.kind === 'np' && !x.p.temporal).map((x) => x.p);
          if (members.length && units.slice(a + 2, j + 1).every((x) => x.kind === 'np' || x.kind === 'cc')) return { phrases: [(units[a] as { p: Phrase }).p, ...members], relative: false, inherited: false };
        }
        j = a;
        break;
      } // Huawei, which was added to the list in 2019, has …
      if (u.kind === 'adv') { j--; continue; }
      if (u.kind === 'np' && u.p.temporal) { j--; continue; }
      // on Tuesday / in a statement between subject and verb
      if (u.kind === 'np' && units[j - 1]?.kind === 'prep' && units[j - 2]?.kind === 'np' && /^(on|in|at|during|for)$/.test(toks[(units[j - 1] as { t: number }).t]!.norm) && !this.breaksAfter(toks[u.p.b - 1]) ) {
        if (u.p.temporal || /^(on|in|at|during)$/.test(toks[(units[j - 1] as { t: number }).t]!.norm)) { j -= 2; continue; }
      }
      if (u.kind === 'prep' && units[j + 1]?.kind === 'np' && (units[j + 1] as { p: Phrase }).p.temporal) { j--; continue; }
      break;
    }
    const u = units[j]!;
    // "… nothing more," said X: what stands before the closing quote is the quote's, not the verb's subject
    const vk = units[k];
    if (vk?.kind === 'vg' && vk.v.a > 0 && /[,!?]\s*["\u201d]/.test(toks[vk.v.a - 1]!.post)) return none;
    if (u.kind === 'rel') {
      let a = j - 1;
      while (units[a]?.kind === 'np' && (units[a] as { p: Phrase }).p.appositiveOf) a--;
      // a time is no antecedent: "an order signed by Biden in October that directed …", "rules issued in May that bar …"
      // — the clause describes what the participle before the time describes
      if (units[a]?.kind === 'np' && (units[a] as { p: Phrase }).p.temporal) {
        let q = a - 1;
        if (units[q]?.kind === 'prep') q--;
        if (units[q]?.kind === 'np' && units[q - 1]?.kind === 'prep' && toks[(units[q - 1] as { t: number }).t]!.norm === 'by') q -= 2;
        if (this.isBareParticiple(units, q, toks)) a = q - 1;
      }
      const ant = units[a];
      if (ant?.kind !== 'np') return none;
      const owner = objectOwner.get(ant.p);
      // (coordinated names before a parenthetical relative: A, 28, and B, 28, who run …)
      const phrases = [ant.p];
      if (/,/.test(toks[(units[j - 1] as { p: Phrase }).p.b - 1]!.post) && toks.slice(ant.p.a, ant.p.b).every((t) => /^[A-Z]/.test(t.text))) {
        let c = a - 1;
        while (c >= 1 && units[c]?.kind === 'cc' && toks[(units[c] as { t: number }).t]!.norm === 'and') {
          let pc = c - 1;
          while (pc > 0 && units[pc]?.kind === 'np' && (units[pc] as { p: Phrase }).p.locative && units[pc - 1]?.kind === 'np') pc--;
          const prev = units[pc];
          if (prev?.kind !== 'np' || prev.p.temporal || !toks.slice(prev.p.a, prev.p.b).every((t) => /^[A-Z]/.test(t.text))) break;
          phrases.unshift(prev.p);
          c = pc - 1;
        }
      }
      return { phrases, relative: true, inherited: false, ...(owner !== undefined ? { from: owner } : {}) };
    }
    if (u.kind === 'np') {
      let p = u.p;
      // the agent of a participle describing the subject is no subject: "a law signed by Joe Biden requires …"
      const by = units[j - 1], part = units[j - 2], described = units[j - 3];
      if (by?.kind === 'prep' && toks[by.t]!.norm === 'by' && part?.kind === 'vg' && this.isBareParticiple(units, j - 2, toks) && described?.kind === 'np' &&
        !described.p.temporal && !this.breaksAfter(toks[u.p.b - 1])) {
        return this.subjectOf(units, j - 2, toks, frames, frameOfUnit, objectOwner, saidBy);
      }
      // an appositive sits between the subject and its verb: Micron, a memory chipmaker, said …
      if (p.appositiveOf) p = p.appositiveOf;
      // the object of an infinitive inside the subject (the U.S. move to blacklist Chinese firms angered Beijing):
      // the subject is the phrase that took the infinitive
      const fo = objectOwner.get(p);
      if (fo !== undefined && frames[fo]!.controlled && !(units[k] as { v: VerbGroup }).v.complement) {
        const vu = [...frameOfUnit.entries()].find(([, fi]) => fi === fo)?.[0];
        const head = vu !== undefined ? units[vu - 2] : undefined;
        if (head?.kind === 'np' && units[vu! - 1]?.kind === 'prep' && !this.breaksAfter(toks[p.b - 1])) return { phrases: [head.p], relative: false, inherited: false };
      }
      // the end of a quote ("… a peace," said X) is no subject
      if (/,\s*["\u201d]/.test(toks[u.p.b - 1]!.post) && j === k - 1) return none;
      if (this.breaksAfter(toks[u.p.b - 1]) && !u.p.appositiveOf && !/["\u201d]/.test(toks[u.p.b - 1]!.post) && j === k - 1) {
        // "Jeffrey Kessler, the under secretary of commerce for industry and security, said": an appositive running
        // on through prepositional phrases up to the verb
        for (let q = j; q >= 1; q--) {
          const x = units[q]!;
          if (x.kind !== 'np' && x.kind !== 'prep' && x.kind !== 'cc') break;
          if (x.kind === 'np' && x.p.temporal) break;
          const ant = units[q - 1];
          // (the description may open with a possessor: Ireland's DPC, TikTok's lead regulator in the EU, is …; the name
          // may carry a short form in parentheses)
          const antP = ant?.kind === 'np' && ant.p.locative && ant.p.appositiveOf ? ant.p.appositiveOf : ant?.kind === 'np' ? ant.p : undefined;
          const antAt = antP ? units.findIndex((y) => y.kind === 'np' && y.p === antP) : -1;
          if (x.kind === 'np' && q < j && (/^(a|an|the)$/.test(toks[x.p.a]!.norm) || /['’]s?$/.test(toks[x.p.a]!.text)) && ant?.kind === 'np' && antP && !ant.p.temporal && /,/.test(toks[ant.p.b - 1]!.post) &&
            (antAt === 0 || units[antAt - 1]?.kind === 'sub' || /[,;]/.test(toks[antP.a - 1]?.post ?? ''))) {
            return { phrases: [antP.appositiveOf ?? antP], relative: false, inherited: false };
          }
        }
        // "A White House spokesman, Kush Desai, said": a name set off after its description is the subject
        const d = units[j - 1];
        const nameOnly = toks.slice(u.p.a, u.p.b).every((t) => /^[A-Z]/.test(t.text) || t.mention !== undefined);
        if (d?.kind === 'np' && !d.p.temporal && nameOnly && /,/.test(toks[d.p.b - 1]!.post) && /^(a|an|the)$/.test(toks[d.p.a]!.norm) &&
          /^[a-z]/.test(toks[d.p.b - 1]!.text) && (j - 1 === 0 || units[j - 2]?.kind === 'sub' || /[,;]/.test(toks[d.p.a - 1]?.post ?? ''))) {
          return { phrases: [u.p], relative: false, inherited: false };
        }
        // "The Committee on Foreign Investment in the United States, or CFIUS, has ordered …": a short form set off
        // after the name with "or" is that name again, the subject (the short form: the long name may be split by its
        // prepositions)
        if (d?.kind === 'cc' && toks[d.t]!.norm === 'or' && /,/.test(toks[d.t - 1]?.post ?? '') && units[j - 2]?.kind === 'np' && u.p.b - u.p.a === 1 &&
          /^[A-Z]/.test(toks[(units[j - 2] as { p: Phrase }).p.b - 1]!.text) &&
          /^[A-Z][A-Z0-9&]{1,9}$/.test(toks[u.p.a]!.text)) {
          return { phrases: [u.p], relative: false, inherited: false };
        }
        // a headline's second verb after a comma shares the first clause's subject: "US blacklists 140 firms, curbs HBM sales"
        if (this.headline) {
          const first = frames.find((f) => !f.isA && f.subjects.length && !f.passive);
          if (first && units.slice(j + 1, k).every((x) => x.kind === 'adv')) return { phrases: first.subjects, relative: false, inherited: true };
        }
        // "The companies, including A and B, were placed on …": a subject with its members set off before the verb
        {
          let q = j;
          const members: Phrase[] = [];
          while (q > 0 && (units[q]?.kind === 'np' || units[q]?.kind === 'cc')) { if (units[q]!.kind === 'np') members.unshift((units[q] as { p: Phrase }).p); q--; }
          const cue = units[q], head = units[q - 1];
          if (members.length && cue?.kind === 'vg' && this.cues.memberCues.some((w) => w[0] === toks[cue.v.a]!.norm) && head?.kind === 'np' && !head.p.temporal &&
            /,/.test(toks[head.p.b - 1]!.post) && (q - 1 === 0 || units[q - 2]?.kind === 'sub')) {
            return { phrases: [head.p, ...members], relative: false, inherited: false };
          }
        }
        // "China, Japan and …" no; a comma right before the verb usually closes an intervening phrase
        return none;
      }
      const phrases = [p];
      // coordination leftwards: A, B and C
      let c = units.findIndex((x) => x.kind === 'np' && x.p === p) - 1;
      while (c >= 1 && units[c]?.kind === 'cc' && toks[(units[c] as { t: number }).t]!.norm !== 'but' && units[c - 1]?.kind === 'np') {
        // (past an age or a short form set off after the name: A, 28, and B)
        let pc = c - 1;
        // (or a description of it: A, a maker of X, and B)
        while (pc > 0 && units[pc]?.kind === 'np' && units[pc - 1]?.kind === 'np' &&
          ((units[pc] as { p: Phrase }).p.locative || (units[pc] as { p: Phrase }).p.appositiveOf === (units[pc - 1] as { p: Phrase }).p)) pc--;
        const prev = (units[pc] as { p: Phrase }).p;
        if (prev.temporal || (prev.appositiveOf && !prev.locative)) break;
        // (", and" after a verb's object joins clauses: "can enforce its chip controls, and lawmakers have urged …")
        if (units[pc - 1]?.kind === 'vg' && /,/.test(toks[prev.b - 1]!.post)) break;
        phrases.unshift(prev);
        c = pc - 1;
        while (c >= 0 && units[c]?.kind === 'np' && /,/.test(toks[(units[c] as { p: Phrase }).p.b - 1]!.post)) {
          phrases.unshift((units[c] as { p: Phrase }).p);
          c--;
        }
      }
      // a headline's list without "and": "Samsung, SK Hynix get waivers" (names only, from the start of the line)
      if (phrases.length === 1) {
        const at = units.findIndex((x) => x.kind === 'np' && x.p === p);
        const prev = units[at - 1];
        const named = (q: Phrase) => toks.slice(q.a, q.b).every((t) => t.mention !== undefined && t.mention === toks[q.a]!.mention);
        if (at === 1 && prev?.kind === 'np' && !prev.p.temporal && !prev.p.appositiveOf && /,/.test(toks[prev.p.b - 1]!.post) && named(prev.p) && named(p)) phrases.unshift(prev.p);
      }
      // "in Taylor, Texas, and SK Hynix plans …": items after a preposition are its complements, not subjects
      const firstAt = units.findIndex((x) => x.kind === 'np' && x.p === phrases[0]);
      if (phrases.length > 1 && units[firstAt - 1]?.kind === 'prep') return { phrases: [p], relative: false, inherited: false };
      // members of a subject: "US officials including A (, B and C)" → the officials and the members
      const head = this.memberHead(units, firstAt, toks);
      if (head) phrases.unshift(head);
      return { phrases, relative: false, inherited: false };
    }
    if (u.kind === 'cc') {
      // verb coordination: X banned A and restricted B → X is the subject of both
      for (let q = j - 1; q >= 0; q--) {
        const fi = frameOfUnit.get(q);
        if (fi !== undefined && fi >= 0) {
          const f = frames[fi]!;
          // "X has denied that it has ever shared …, and says …": after a comma, a verb in the plain present or past
          // coordinates with the main clause, not with the content clause of a verb before it
          const sa = f.subjects[0] ? units.findIndex((x) => x.kind === 'np' && x.p === f.subjects[0]) : -1;
          const cur0 = (units[k] as { v: VerbGroup }).v;
          // (a finite verb after "urged X to respect A and" coordinates with "urged", not with the infinitive)
          // (but a bare infinitive does coordinate with the infinitive: "urged X to respect A and avoid harming B")
          const v0 = toks.slice(cur0.a, cur0.b).find((x) => this.isVerb(x));
          const bare = !!v0 && v0.tags.has('Infinitive') && !v0.tags.has('PastTense') && !v0.tags.has('Gerund') && !v0.tags.has('Auxiliary') && !v0.tags.has('Modal');
          if (f.controlled && !cur0.complement && !cur0.nonFinite && !bare) continue;
          // (nor, after a comma or "but", with a participle describing a phrase: "imposed tariffs on chips made abroad,
          // but exempted X" coordinates with "imposed")
          if (f.reduced && (/,/.test(toks[u.t - 1]?.post ?? '') || toks[u.t]!.norm === 'but')) continue;
          // (nor with a gerund: "accused Washington of weaponizing trade and pledged …" coordinates with "accused")
          const fv = units[q]?.kind === 'vg' ? (units[q] as { v: VerbGroup }).v : undefined;
          if (fv && fv.nonFinite && toks[fv.predA]!.tags.has('Gerund') && !cur0.nonFinite && !cur0.complement) continue;
          if (sa > 1 && this.relWord(units[sa - 1], toks) === 'that' && units[sa - 2]?.kind === 'vg' && /,/.test(toks[u.t - 1]?.post ?? '') && !cur0.aux) continue;
          // X said (that) A had failed … and banned B: a verb in the speech verb's plain tense, where the reported
          // clause's verb has an auxiliary, coordinates with the speech verb (tense parallelism).
          const said = this.speechVerbBefore(units, q, frameOfUnit);
          const cur = (units[k] as { v: VerbGroup }).v, prev = (units[q] as { v: VerbGroup }).v;
          // (only "and": "said they had supported A or helped B" offers alternatives inside the claim)
          // A speech act of the speaker's own (said … and urged X, said … and called on Y) needs no auxiliary contrast.
          const speechAct = this.cues.speechActVerbs.has(cur.lemma) && (prev.aux || prev.lemma === 'be');
          if (said !== undefined && toks[u.t]!.norm === 'and' && (prev.aux || speechAct) && !cur.aux && !cur.complement && this.sameTense(toks, cur, (units[said] as { v: VerbGroup }).v)) {
            const phrases = saidBy.get(said) ?? [];
            return phrases.length ? { phrases, relative: false, inherited: true, ownClaim: true } : none;
          }
          // a passive's grammatical subject: its objects when it has a by-agent, else its subjects
          // (Naura, which is based in Beijing and supplies …; the law, which was passed by Congress and signed by …)
          const subj = f.passive && f.objects.length ? f.objects : f.subjects;
          return { phrases: subj, relative: f.relative, inherited: true, from: f.from ?? fi, ...(f.passive ? { afterPassive: true } : {}) };
        }
        const uq = units[q]!;
        if (uq.kind === 'sub' || uq.kind === 'rel') break;
      }
    }
    return none;
  }

  /** After a copula: (among | one of) Y's <role> … or a <role> of Y, with a role noun → its predicate and Y. */
  private roleObject(units: Unit[], k: number, toks: Tok[]): { lemma: string; owner: Phrase } | undefined {
    let j = k + 1;
    while (units[j]?.kind === 'adv') j++;
    if (units[j]?.kind === 'prep' && toks[(units[j] as { t: number }).t]!.norm === 'among') j++;
    const u = units[j];
    if (u?.kind !== 'np') return undefined;
    let a = u.p.a;
    if (toks[a]!.norm === 'one' && toks[a + 1]?.norm === 'of') a += 2;
    return this.roleIn(a, u.p.b, toks);
  }

  /** Tokens [a, b) as Y's <role> or a <role> of Y, with a role noun: its predicate, Y, and the role noun's index. */
  private mentionTypes: string[] = [];

  private roleIn(a: number, b: number, toks: Tok[]): { lemma: string; owner: Phrase; at: number } | undefined {
    const ts = toks.slice(a, b);
    const poss = ts.findIndex((t) => /['’]s?$/.test(t.text) || /^['’]/.test(t.post));
    const prep = ts.findIndex((t, x) => x > Math.max(poss, 0) && t.tags.has('Preposition'));
    const head = ts[(prep > 0 ? prep : ts.length) - 1]!;
    const lemma = this.cues.roleNouns.get(head.norm);
    if (!lemma || !this.relations.lookup(lemma, 'en')) return undefined;
    if (poss >= 0 && poss < ts.indexOf(head)) {
      // a place as possessor is where the maker ranks, not what it makes: Japan's largest chip equipment maker → the
      // nouns before the role (chip equipment); the world's biggest EV maker → EV; none left → no role
      const p = ts[poss]!;
      const place = /^world['’]s?$/i.test(p.text) || p.tags.has('Country') || p.tags.has('Place') || p.tags.has('Region') ||
        (p.mention !== undefined && ['Country', 'Location'].includes(this.mentionTypes[p.mention] ?? ''));
      if (!place) return { lemma, owner: { a, b: a + poss + 1, temporal: false }, at: head.i };
      let c = ts.indexOf(head);
      while (c - 1 > poss && ts[c - 1]!.tags.has('Noun') && !ts[c - 1]!.tags.has('Adjective') && !/(est|most)$/.test(ts[c - 1]!.norm)) c--;
      return c < ts.indexOf(head) ? { lemma, owner: { a: a + c, b: a + ts.indexOf(head), temporal: false }, at: head.i } : undefined;
    }
    if (prep > 0 && ts[prep]!.norm === 'of' && prep + 1 < ts.length) return { lemma, owner: { a: a + prep + 1, b, temporal: false }, at: head.i };
    return undefined;
  }

  /**
   * The subject of a bare gerund (unit k): after by/after/before/while/through/without (Beijing retaliated by
   * imposing …) the subject of the clause it modifies, with that clause's modality (negated after "without"); right
   * after a verb's object, with no comma (new rules restricting X), that object, as a relative clause's antecedent.
   */
  private gerundSubject(units: Unit[], k: number, toks: Tok[], frames: Frame[], frameOfUnit: Map<number, number>, objectOwner: Map<Phrase, number>):
    { subj: ReturnType<Analyzer['subjectOf']>; modality: VerbGroup['modality'] } | undefined {
    const v = (units[k] as { v: VerbGroup }).v;
    // (a speech verb's gerund is an act only with an object of its own: ", adding 140 entities to …", not ", adding that …")
    if (!toks[v.predA]!.tags.has('Gerund') || (this.cues.attributionVerbs.has(v.lemma) && !(units[k + 1]?.kind === 'np' && this.relWord(units[k + 1], toks) !== 'that'))) return undefined;
    if (this.cues.memberCues.some((w) => w.length === 1 && w[0] === toks[v.predA]!.norm)) return undefined; // including
    let bk = k - 1;
    while (units[bk]?.kind === 'adv' && bk > 0) bk--; // (charged with illegally shipping …)
    const before = units[bk];
    // an absolute clause after a comma: ", with Washington cutting its duties … and Beijing suspending …" → the named
    // phrase before the gerund does it, with the modality of the clause it accompanies
    if (before?.kind === 'np' && !before.p.temporal && toks.slice(before.p.a, before.p.b).some((t) => t.mention !== undefined || t.tags.has('ProperNoun'))) {
      const isWith = (q: number) => units[q]?.kind === 'prep' && toks[(units[q] as { t: number }).t]!.norm === 'with' &&
        (q === 0 || /,/.test(toks[(units[q] as { t: number }).t - 1]!.post));
      let ok = isWith(bk - 1);
      if (!ok && units[bk - 1]?.kind === 'cc' && toks[(units[bk - 1] as { t: number }).t]!.norm === 'and') {
        // … coordinated with an earlier absolute clause of the sentence
        for (let q = bk - 2; q >= 1 && q >= bk - 16 && !ok; q--) {
          const x = units[q]!;
          if (x.kind === 'sub' || (x.kind === 'vg' && !x.v.nonFinite)) break;
          if (x.kind === 'vg' && toks[x.v.predA]!.tags.has('Gerund') && units[q - 1]?.kind === 'np' && isWith(q - 2)) ok = true;
        }
      }
      if (ok) {
        let modality: VerbGroup['modality'] = 'asserted';
        for (let q = bk - 1; q >= 0; q--) {
          const fi = frameOfUnit.get(q);
          if (fi === undefined || fi < 0) continue;
          const f = frames[fi]!;
          if (f.relative || f.isA) continue;
          modality = f.modality === 'negated' ? 'asserted' : f.modality;
          break;
        }
        return { subj: { phrases: [before.p], relative: false, inherited: false }, modality };
      }
    }
    // charged X with shipping …, were charged with smuggling …, accused of helping …, designated for supplying …: the
    // one accused does the act (alleged)
    const phrasalPrep = before?.kind === 'vg' && /\s(with|of|for)$/.test(before.v.lemma); // (charged with: the map's phrasal verb)
    if ((before?.kind === 'prep' && /^(with|of|for)$/.test(toks[before.t]!.norm)) || phrasalPrep) {
      for (let q = phrasalPrep ? bk : bk - 1; q >= 0 && q >= k - 12; q--) {
        const fi = frameOfUnit.get(q);
        const x = units[q]!;
        if (x.kind === 'sub' || x.kind === 'rel') return undefined;
        if (fi === undefined || fi < 0) { if (x.kind === 'vg') return undefined; continue; }
        const f = frames[fi]!;
        if (!this.cues.accusationVerbs.has(f.lemma.split(' ')[0]!)) return undefined;
        const phrases = f.objects.length ? f.objects : f.subjects;
        if (!phrases.length) return undefined;
        return { subj: { phrases, relative: false, inherited: true, alleged: true }, modality: f.modality === 'negated' ? 'negated' : 'asserted' };
      }
      return undefined;
    }
    if (before?.kind === 'prep' && /^(by|after|before|while|through|without|upon|in)$/.test(toks[before.t]!.norm)) {
      // the clause it modifies: the latest finite frame before it ("in" only after a verb of joining: joined X in
      // restricting …, not "interest in acquiring …")
      for (let q = k - 2; q >= 0; q--) {
        const fi = frameOfUnit.get(q);
        if (fi === undefined || fi < 0) continue;
        const f = frames[fi]!;
        if (toks[before.t]!.norm === 'in' && !this.cues.inGerundVerbs.has(f.lemma.split(' ')[0]!)) return undefined;
        const phrases = f.passive && f.objects.length ? f.objects : f.subjects;
        if (!phrases.length) return undefined;
        const modality = toks[before.t]!.norm === 'without' ? 'negated' : f.modality;
        return { subj: { phrases, relative: f.relative, inherited: true, ...(f.from !== undefined ? { from: f.from } : {}) }, modality };
      }
      return undefined;
    }
    // "by restricting X and launching Y": a gerund coordinated with an earlier one shares its subject
    if (before?.kind === 'cc') {
      for (let q = k - 2; q >= 0; q--) {
        const x = units[q]!;
        if (x.kind !== 'vg') continue;
        const fi = frameOfUnit.get(q);
        if (!x.v.nonFinite || fi === undefined || fi < 0) return undefined;
        const f = frames[fi]!;
        return { subj: { phrases: f.subjects, relative: f.relative, inherited: true, ...(f.from !== undefined ? { from: f.from } : {}) }, modality: f.modality };
      }
      return undefined;
    }
    // "Japan's curbs, covering 23 types of equipment, came into effect": a participle phrase set off between a
    // subject and its verb describes the subject
    if (before?.kind === 'np' && !before.p.temporal && /,/.test(toks[before.p.b - 1]!.post) && [...this.paren.entries()].some(([e, a]) => a === bk && e >= k)) {
      return { subj: { phrases: [before.p], relative: true, inherited: false }, modality: 'asserted' };
    }
    // "new rules covering its chips could …": the measure a reduced relative describes
    if (this.reducedGerundAt.has(k) && before?.kind === 'np') return { subj: { phrases: [before.p], relative: true, inherited: false }, modality: 'asserted' };
    // ", barring them from …", ", escalating its campaign …": after a comma, the main clause's subject (the
    // sentence's first clause of its own, not a relative, complement or appositive one)
    // (or a control verb's gerund before its infinitive: ", moving to block …", ", seeking to curb …")
    const controlling = this.cues.controlVerbs.has(v.lemma) && units[k + 1]?.kind === 'prep' && toks[(units[k + 1] as { t: number }).t]!.norm === 'to';
    if (v.a > 0 && /,/.test(toks[v.a - 1]!.post) && !this.cues.lightVerbs.has(v.lemma) && !this.cues.skipPredicates.has(v.lemma) && (controlling || this.relations.lookup(v.lemma, 'en'))) {
      for (let q = 0; q < k; q++) {
        const fi = frameOfUnit.get(q);
        if (fi === undefined || fi < 0) continue;
        const f = frames[fi]!;
        if (f.relative || f.isA || f.controlled) continue;
        const phrases = f.passive && f.objects.length ? f.objects : f.subjects;
        if (!phrases.length) return undefined;
        return { subj: { phrases, relative: false, inherited: true, ...(f.from !== undefined ? { from: f.from } : {}) }, modality: f.modality };
      }
      return undefined;
    }
    if (before?.kind === 'np' && !before.p.temporal && objectOwner.has(before.p) && !this.breaksAfter(toks[before.p.b - 1], toks[v.a])) {
      return { subj: { phrases: [before.p], relative: true, inherited: false, from: objectOwner.get(before.p)! }, modality: 'asserted' };
    }
    return undefined;
  }

  /** A verb group opening with a participle that is no auxiliary (technologies [used to make] …). */
  private startsWithParticiple(u: Unit, toks: Tok[]): boolean {
    if (u.kind !== 'vg') return false;
    const t = toks[u.v.a]!;
    return (t.tags.has('PastTense') || t.tags.has('Participle')) && !t.tags.has('Gerund') && !t.tags.has('Auxiliary') && !t.tags.has('Copula') &&
      !t.tags.has('Modal') && !/^(had|did|got)$/.test(t.norm) && u.v.predA > u.v.a;
  }

  /** A verb group that is a lone past participle with no auxiliary (made, accused, installed), not after a comma. */
  private isBareParticiple(units: Unit[], k: number, toks: Tok[]): boolean {
    const u = units[k];
    if (u?.kind !== 'vg' || u.v.aux || u.v.complement) return false;
    const t = toks[u.v.predA]!;
    if (!(t.tags.has('PastTense') || t.tags.has('Participle')) || t.tags.has('Gerund')) return false;
    if (toks.slice(u.v.a, u.v.predA).some((x) => this.isVerb(x))) return false;
    const before = units[k - 1];
    return before?.kind === 'np' && !this.breaksAfter(toks[before.p.b - 1], toks[u.v.a]);
  }

  /**
   * A reduced passive relative: an object or prepositional phrase followed by a bare participle (sanctions on firms
   * [accused] of …, a chip [made] by SMIC). The phrase is the participle's patient.
   */
  private reducedPassive(units: Unit[], k: number, toks: Tok[], objectOwner: Map<Phrase, number>): Phrase | undefined {
    // "The servers, supplied by Dell and Super Micro, were shipped …": a participle set off after the subject, with an agent
    const u = units[k], before = units[k - 1];
    if (u?.kind === 'vg' && !u.v.aux && before?.kind === 'np' && !before.p.temporal && /,/.test(toks[before.p.b - 1]!.post) &&
      (toks[u.v.predA]!.tags.has('PastTense') || toks[u.v.predA]!.tags.has('Participle')) && !toks[u.v.predA]!.tags.has('Gerund') &&
      [...this.paren.values()].includes(k - 1) && units[k + 1]?.kind === 'prep' && toks[(units[k + 1] as { t: number }).t]!.norm === 'by' && units[k + 2]?.kind === 'np') {
      return before.p;
    }
    if (!this.isBareParticiple(units, k, toks)) return undefined;
    const np = (units[k - 1] as { p: Phrase }).p;
    if (np.temporal) return undefined;
    // "a review of products sold by X", "access to tools made by X": the participle describes the last noun
    const of = toks.slice(np.a, np.b).map((t) => (t.norm === 'of' || t.norm === 'to' || t.tags.has('Preposition')) && t.mention === undefined).lastIndexOf(true);
    const patient = of > 0 && np.a + of + 1 < np.b && !np.items ? { a: np.a + of + 1, b: np.b, temporal: false } : np;
    // an appositive's participle describes the name it stands beside (Nexperia, a chipmaker owned by Wingtech, …)
    if (np.appositiveOf && !np.locative) {
      const next = units[k + 1];
      return next?.kind === 'prep' && toks[next.t]!.norm === 'by' && units[k + 2]?.kind === 'np' ? np.appositiveOf : undefined;
    }
    // inside a clause that already has its verb (not "Beijing retaliated by …"), or marked as a reduced relative on the
    // clause's first phrase (the companies placed on the list include …)
    if (this.reducedAt.has(k)) return np;
    const next = units[k + 1];
    // a preposition's object can have no finite verb of its own: "Of applications filed by European companies, …",
    // "Under rules issued by the department, …" — a by-agent (no time or figure) makes the participle a passive
    const agentNp = units[k + 2];
    if (units[k - 2]?.kind === 'prep' && next?.kind === 'prep' && toks[next.t]!.norm === 'by' && agentNp?.kind === 'np' && !agentNp.p.temporal &&
      toks.slice(agentNp.p.a, agentNp.p.b).some((t) => t.tags.has('Noun') && !t.tags.has('Value') && !/^(percent|per|cent|points?|third|half|quarter)$/.test(t.norm))) return patient;
    if (!units.slice(0, k - 1).some((u) => u.kind === 'vg')) return undefined;
    // a participle with an object of its own is a finite verb (… the entity list angered Beijing)
    if (next?.kind === 'np' && !next.p.temporal) return undefined;
    const byAgent = next?.kind === 'prep' && toks[next.t]!.norm === 'by' && units[k + 2]?.kind === 'np';
    const governed = objectOwner.has(np) || units[k - 2]?.kind === 'prep';
    return byAgent || governed ? patient : undefined;
  }

  /** The token of a relative pronoun or complementiser "that" unit (a lone word, or a phrase of just that word). */
  private relWord(u: Unit | undefined, toks: Tok[]): string | undefined {
    if (!u) return undefined;
    if (u.kind !== 'np' && u.kind !== 'vg') return toks[u.t]!.norm;
    if (u.kind === 'np' && u.p.b - u.p.a === 1) return toks[u.p.a]!.norm;
    return undefined;
  }

  /** NP + which/that/whom + NP + verb (unit k) with no object of its own: the first NP is the verb's object. */
  private objectRelativeAntecedent(units: Unit[], k: number, toks: Tok[]): Phrase | undefined {
    const subj = units[k - 1], rel = units[k - 2], ant = units[k - 3];
    // "…, an allegation the company has denied": a contact relative on a description set off by a comma (as in isSpeechUse)
    if (subj?.kind === 'np' && rel?.kind === 'np' && rel.p.b === subj.p.a && !rel.p.temporal && rel.p.a > 0 && /,\s*$/.test(toks[rel.p.a - 1]!.post) &&
      !BREAK_PUNCT.test(toks[rel.p.b - 1]!.post) && /^(a|an)$/.test(toks[rel.p.a]!.norm) &&
      toks.slice(rel.p.a, rel.p.b).every((t) => t.mention === undefined && !t.tags.has('ProperNoun'))) return rel.p;
    if (subj?.kind !== 'np' || ant?.kind !== 'np' || ant.p.temporal) return undefined;
    const w = this.relWord(rel, toks);
    if (!w || !/^(which|that|whom)$/.test(w)) return undefined;
    const head = toks[ant.p.b - 1]!;
    if (w === 'that' && (this.cues.contentNouns.has(head.norm) || this.cues.contentNouns.has(head.lemma))) return undefined;
    // "told reporters that …": the phrase before "that" is a speech verb's object, the clause its content
    const before = units[k - 4];
    if (before?.kind === 'vg' && this.cues.attributionVerbs.has(before.v.lemma)) return undefined;
    // "companies in Hong Kong, Turkey and the UAE that it accused": a relative clause after places listed in a
    // prepositional phrase describes the phrase they complement
    let q = k - 3;
    while (units[q - 1]?.kind === 'cc' && units[q - 2]?.kind === 'np' || (units[q - 1]?.kind === 'np' && /,/.test(toks[(units[q - 1] as { p: Phrase }).p.b - 1]!.post))) q -= units[q - 1]!.kind === 'cc' ? 2 : 1;
    const placeOf = (x: Unit | undefined) => x?.kind === 'np' && toks.slice(x.p.a, x.p.b).some((t) => t.mention !== undefined || t.tags.has('Place') || t.tags.has('Country'));
    // (every listed item after the first a place's name only)
    const onlyPlace = (x: Unit | undefined) => x?.kind === 'np' && toks.slice(x.p.a, x.p.b).every((t) => t.mention !== undefined || t.tags.has('Place') || t.tags.has('Country') || /^(the|and)$/.test(t.norm));
    if (!units.slice(q + 1, k - 2).every((x) => x.kind === 'cc' || onlyPlace(x))) return ant.p;
    const pr = units[q - 1], host = units[q - 2];
    if (q < k - 3 && onlyPlace(units[q]) && pr?.kind === 'prep' && /^(in|from)$/.test(toks[pr.t]!.norm) && host?.kind === 'np' && !host.p.temporal) return host.p;
    // (the complement merged into the phrase: "companies in Hong Kong" then ", Turkey and the UAE")
    const first = units[q];
    if (q < k - 3 && first?.kind === 'np') {
      const ts = toks.slice(first.p.a, first.p.b);
      const at = ts.findIndex((t, x) => x > 0 && /^(in|from)$/.test(t.norm) && t.mention === undefined);
      if (at > 0 && placeOf({ kind: 'np', p: { a: first.p.a + at + 1, b: first.p.b, temporal: false } })) return { a: first.p.a, b: first.p.a + at, temporal: false };
    }
    return ant.p;
  }

  /**
   * Unit k's clause is the content of a noun (evidence that [X] threatened …, concerns that [X] could …), an
   * indirect question (investigating whether [X] obtained …) or a condition (if [X] …): not claimed.
   */
  private inNounContent(units: Unit[], k: number, toks: Tok[]): boolean | 'accusation' {
    let s = k - 1;
    while (units[s]?.kind === 'adv') s--;
    if (units[s]?.kind !== 'np') return false;
    if (/^(whether|if|unless)$/.test(this.relWord(units[s - 1], toks) ?? '')) return true;
    // an indirect question after a noun or preposition: concerns about how (effectively) the agency can enforce …
    {
      let w = s - 1;
      while (units[w]?.kind === 'adv' && !/^(how|why)$/.test(toks[(units[w] as { t: number }).t]!.norm)) w--;
      const wt = units[w] && units[w]!.kind !== 'np' && units[w]!.kind !== 'vg' ? toks[(units[w] as { t: number }).t] : undefined;
      const before = units[w - 1];
      if (wt && /^(how|why)$/.test(wt.norm) && (before?.kind === 'prep' || before?.kind === 'np')) return true;
    }
    if (this.relWord(units[s - 1], toks) !== 'that') return false;
    const n = units[s - 2];
    if (n?.kind !== 'np') return false;
    const head = toks[n.p.b - 1]!;
    if (this.cues.accusationNouns.has(head.norm) || this.cues.accusationNouns.has(head.lemma)) return 'accusation';
    return this.cues.contentNouns.has(head.norm) || this.cues.contentNouns.has(head.lemma);
  }

  /** The phrase whose members start at unit `at` after a member cue: [US officials] including A … */
  private memberHead(units: Unit[], at: number, toks: Tok[]): Phrase | undefined {
    const u = units[at];
    if (u?.kind !== 'np') return undefined;
    const start = u.p.a;
    const cue = this.cues.memberCues.find((w) => start - w.length > 0 && w.every((x, k) => toks[start - w.length + k]!.norm === x));
    if (!cue) return undefined;
    const end = start - cue.length; // the head phrase ends right before the cue
    for (let q = at - 1; q >= 0; q--) {
      const x = units[q]!;
      if (x.kind === 'np') return x.p.b === end && !x.p.temporal ? x.p : undefined;
      const xa = x.kind === 'vg' ? x.v.a : x.t;
      if (xa < end) return undefined;
    }
    return undefined;
  }

  /** The unit of a speech verb (X said) before unit `q` in the same sentence, if any. */
  private speechVerbBefore(units: Unit[], q: number, frameOfUnit: Map<number, number>): number | undefined {
    for (let x = q - 1; x >= 0; x--) if (units[x]!.kind === 'vg' && frameOfUnit.get(x) === -1) return x;
    return undefined;
  }

  /** Both main verbs simple past, or both simple present, without auxiliaries. */
  private sameTense(toks: Tok[], a: VerbGroup, b: VerbGroup): boolean {
    if (a.aux || b.aux) return false;
    const ta = toks[a.predA]!.tags, tb = toks[b.predA]!.tags;
    return (ta.has('PastTense') && tb.has('PastTense')) || (ta.has('PresentTense') && tb.has('PresentTense') && !ta.has('Infinitive') && !tb.has('Infinitive'));
  }

  /** A duration or date phrase: a year, six months, 90 days, another year, next year. */
  private isDuration(u: { p: Phrase }, toks: Tok[]): boolean {
    if (u.p.temporal) return true;
    const ts = toks.slice(u.p.a, u.p.b);
    return ts.length <= 3 && /^(year|years|month|months|week|weeks|day|days|decade|decades|quarter|quarters)$/.test(ts[ts.length - 1]!.norm) &&
      ts.slice(0, -1).every((t) => t.tags.has('Value') || t.tags.has('Determiner') || /^(another|further|additional|a|an|one|two|several|few)$/.test(t.norm));
  }

  private objectsOf(units: Unit[], k: number, toks: Tok[]): { phrases: Phrase[]; endUnit?: number } {
    // a verb closing its clause with a comma takes no object after it (were arrested and charged, the department said)
    const vk = units[k];
    if (vk?.kind === 'vg' && /,/.test(toks[vk.v.b - 1]!.post)) return { phrases: [], endUnit: k + 1 };
    let j = k + 1;
    for (;;) {
      const x = units[j];
      if (x?.kind === 'adv') { j++; continue; }
      // a duration before a heavy object: suspend for a year a rule that …
      if (x?.kind === 'prep' && /^(for|until|through)$/.test(toks[x.t]!.norm) && units[j + 1]?.kind === 'np' && this.isDuration(units[j + 1] as { p: Phrase }, toks)) {
        let e = j + 1;
        while (units[e]?.kind === 'np' && this.isDuration(units[e] as { p: Phrase }, toks) && e < j + 3) e++;
        if (units[e]?.kind === 'np' && !(units[e] as { p: Phrase }).p.temporal && !toks[(units[e] as { p: Phrase }).p.a]!.tags.has('Pronoun')) { j = e; continue; }
      }
      // about 98% of …, nearly half of …
      if ((x?.kind === 'prep' || x?.kind === 'other') && this.cues.approximators.has(toks[x.t]!.norm) && units[j + 1]?.kind === 'np' &&
        (toks[(units[j + 1] as { p: Phrase }).p.a]!.tags.has('Value') || /^(half|a|one|two|three)$/.test(toks[(units[j + 1] as { p: Phrase }).p.a]!.norm) || !/^(over|up|than)$/.test(toks[x.t]!.norm))) { j++; continue; }
      // opposes what it called the abuse of …, criticised what he described as a ban on …: the object is what is named
      if (x && x.kind !== 'vg' && x.kind !== 'cc' && (x.kind === 'np' ? x.p.b - x.p.a === 1 && toks[x.p.a]!.norm === 'what' : toks[x.t]!.norm === 'what') &&
        units[j + 1]?.kind === 'np' && units[j + 2]?.kind === 'vg' && /^(call|describe|term|dub|label|characterise|characterize)$/.test((units[j + 2] as { v: VerbGroup }).v.lemma.split(' ')[0]!)) {
        let e = j + 3;
        if (units[e]?.kind === 'prep' && toks[(units[e] as { t: number }).t]!.norm === 'as') e++;
        if (units[e]?.kind === 'np') { j = e; continue; }
      }
      break;
    }
    const u = units[j];
    // a bare count after a verb whose patients are people counts them (headline "Singapore charges three in …")
    const counted = u?.kind === 'np' && u.p.temporal && vk?.kind === 'vg' && this.cues.countObjectVerbs.has(vk.v.lemma.split(' ')[0]!) &&
      toks.slice(u.p.a, u.p.b).every((t) => t.tags.has('Cardinal') && !t.tags.has('Money') && !t.tags.has('Percent') && !t.tags.has('Date') && !/^\d{4}$/.test(t.text));
    if (u?.kind !== 'np' || (u.p.temporal && !counted)) return { phrases: [], endUnit: j };
    if (counted) return { phrases: [{ ...u.p, counted: true }], endUnit: j + 1 };
    if (toks[u.p.a]!.tags.has('Pronoun') && units[j + 1]?.kind === 'vg') return { phrases: [] }; // said it would …
    // a clause, not an object — unless the verb is a bare participle modifying the phrase (a lawsuit challenging …,
    // a chip made by SMIC)
    // (the phrase closing a parenthetical clause is its object: Estevez, who leads the bureau, said …)
    // (nor the object of a headline's first verb before the comma of the second: "X quadruples tariffs on EVs, raises …")
    // (after a copula, a participle phrase set off by a comma describes the complement: is India's biggest export
    // category, driven largely by …)
    const described = vk?.kind === 'vg' && vk.v.lemma === 'be' && /,/.test(toks[u.p.b - 1]!.post) && units[j + 1]?.kind === 'vg' &&
      !(units[j + 1] as { v: VerbGroup }).v.aux && (units[j + 1] as { v: VerbGroup }).v.a === (units[j + 1] as { v: VerbGroup }).v.predA && /^(prep|adv)$/.test(units[j + 2]?.kind ?? '') &&
      (toks[(units[j + 1] as { v: VerbGroup }).v.predA]!.tags.has('PastTense') || toks[(units[j + 1] as { v: VerbGroup }).v.predA]!.tags.has('Participle')) &&
      !this.cues.attributionVerbs.has((units[j + 1] as { v: VerbGroup }).v.lemma);
    if (units[j + 1]?.kind === 'vg' && !described && !this.paren.has(j) && !(this.headline && /,/.test(toks[u.p.b - 1]!.post)) && !(units[j + 1] as { v: VerbGroup }).v.complement && !(units[j + 1] as { v: VerbGroup }).v.nonFinite &&
      !((this.isBareParticiple(units, j + 1, toks) || this.startsWithParticiple(units[j + 1]!, toks)) && !this.cues.attributionVerbs.has((units[k] as { v: VerbGroup }).v?.lemma ?? ''))) return { phrases: [] };
    const phrases = [u.p];
    let e = j + 1;
    // "run El Monte, California-based ALX Solutions": a town before its region's hyphenated "-based" modifier is part of it
    const nx = units[j + 1];
    if (nx?.kind === 'np' && /,/.test(toks[u.p.b - 1]!.post) && nx.p.b - nx.p.a > 2 && toks[nx.p.a]!.tags.has('Hyphenated') && /^(based|headquartered)$/.test(toks[nx.p.a + 1]!.norm)) {
      phrases[0] = nx.p;
      e = j + 2;
    }
    for (;;) {
      // A, B and C / A and B — stop before a new clause (… and B restricted C)
      const x = units[e];
      // (a member's description inside the list: A, a maker of B, and C)
      if (x?.kind === 'np' && x.p.appositiveOf === phrases[phrases.length - 1] && !x.p.locative && /,/.test(toks[x.p.b - 1]!.post) && units[e + 1]?.kind === 'cc') { e++; continue; }
      if (x?.kind === 'np' && /,/.test(toks[phrases[phrases.length - 1]!.b - 1]!.post) && !x.p.appositiveOf && !x.p.temporal && (units[e + 1]?.kind === 'cc' || units[e + 1]?.kind === 'np')) {
        phrases.push(x.p); e++; continue;
      }
      if (x?.kind === 'cc' && toks[x.t]!.norm !== 'but' && units[e + 1]?.kind === 'np' && units[e + 2]?.kind !== 'vg' && !(units[e + 1] as { p: Phrase }).p.temporal) {
        phrases.push((units[e + 1] as { p: Phrase }).p); e += 2; continue;
      }
      break;
    }
    while (units[e]?.kind === 'np' && ((units[e] as { p: Phrase }).p.appositiveOf || (units[e] as { p: Phrase }).p.temporal)) e++;
    return { phrases, endUnit: e };
  }

  /**
   * The quantity a figure predicate takes: a bare figure right after the verb (fell 6%), or the figure of the
   * object's "of" complement (a charge of about $5.5 billion). `hadObject`: the verb already took a noun object.
   */
  /** A percentage written with a word: 2.5 percent, 3 per cent, 40 basis points. */
  private isPercent(p: Phrase, toks: Tok[]): boolean {
    const ts = toks.slice(p.a, p.b);
    return ts.some((t) => t.tags.has('Value') && /\d/.test(t.text)) && ts.every((t) => (t.tags.has('Value') && !t.tags.has('Date')) || /^(percent|per|cent|percentage|points?|basis)$/.test(t.norm)) &&
      ts.some((t) => /^(percent|cent|percentage|points?)$/.test(t.norm));
  }

  private figureObject(units: Unit[], j: number, toks: Tok[], hadObject: boolean): Phrase | undefined {
    const isFigure = (u: Unit | undefined) => u?.kind === 'np' && toks.slice(u.p.a, u.p.b).some((t) => t.tags.has('Value') && !t.tags.has('Date') && /\d|%/.test(t.text + t.post));
    const skipApprox = (x: number) => {
      while ((units[x]?.kind === 'prep' || units[x]?.kind === 'other' || units[x]?.kind === 'adv') && (this.cues.approximators.has(toks[(units[x] as { t: number }).t]!.norm) || /^(up|to|than|more|less)$/.test(toks[(units[x] as { t: number }).t]!.norm))) x++;
      return x;
    };
    if (!hadObject) {
      const x = skipApprox(j);
      const u = units[x];
      return isFigure(u) ? (u as { p: Phrase }).p : undefined;
    }
    const of = units[j];
    if (of?.kind !== 'prep' || toks[of.t]!.norm !== 'of') return undefined;
    const u = units[skipApprox(j + 1)];
    return isFigure(u) ? (u as { p: Phrase }).p : undefined;
  }

  /**
   * A light verb's noun complement: a preposition (not of/to) after the noun, then the phrase it takes, through a
   * gerund (interest in acquiring X → X). Temporal phrases are no complement (filed a lawsuit on Tuesday).
   */
  /** The time right after a pair (in 120 days, on March 1, for model year 2030, next year), if one follows. */
  private timeAfter(units: Unit[], end: number | undefined, toks: Tok[]): Phrase[] {
    if (end === undefined) return [];
    let j = end;
    if (units[j]?.kind === 'prep' && /^(in|on|for|from|at|by|within|after)$/.test(toks[(units[j] as { t: number }).t]!.norm)) j++;
    else if (units[j]?.kind !== 'np') return [];
    const np = units[j], nx = units[j + 1];
    if (np?.kind !== 'np') return [];
    // a count or date run on by a noun before it (model year 2030, fiscal 2026)
    if (!np.p.temporal && nx?.kind === 'np' && nx.p.temporal && nx.p.a === np.p.b && !this.breaksAfter(toks[np.p.b - 1])) return [{ a: np.p.a, b: nx.p.b, temporal: true, time: true }];
    // a time: a date or count, or a phrase with a number in it (model year 2030)
    return np.p.temporal || toks.slice(np.p.a, np.p.b).some((t) => t.tags.has('Value') || t.tags.has('Date')) ? [{ ...np.p, time: true }] : [];
  }

  private lightComplement(units: Unit[], end: number | undefined, toks: Tok[]): Phrase | undefined {
    if (end === undefined) return undefined;
    const p = units[end];
    // (at, under, before name a venue or a framework, not what the act is aimed at: filed a challenge at the WTO)
    if (p?.kind !== 'prep' || /^(of|to|by|at|under|before)$/.test(toks[p.t]!.norm)) return undefined;
    let j = end + 1;
    const g = units[j];
    if (g?.kind === 'vg' && g.v.nonFinite && toks[g.v.predA]!.tags.has('Gerund')) j++;
    const np = units[j];
    // "in its first quarter": a phrase running into a date is a time, not a complement
    const next = units[j + 1];
    if (next?.kind === 'np' && next.p.temporal) return undefined;
    return np?.kind === 'np' && !np.p.temporal ? np.p : undefined;
  }

  /** The unit after ", including A, B and C" starting at unit `from`, if such a member list starts there. */
  private membersEnd(units: Unit[], from: number, toks: Tok[]): number | undefined {
    const u = units[from];
    if (!u) return undefined;
    const t0 = u.kind === 'np' ? u.p.a : u.kind === 'vg' ? u.v.a : u.t;
    const cue = this.cues.memberCues.find((w) => w.every((x, k) => toks[t0 + k]?.norm === x));
    if (!cue || t0 === 0 || !/,/.test(toks[t0 - 1]!.post)) return undefined;
    let e = from;
    while (e < units.length) {
      const x = units[e]!;
      if ((x.kind === 'np' ? x.p.a : x.kind === 'vg' ? x.v.a : x.t) >= t0 + cue.length) break;
      e++;
    }
    while (units[e]?.kind === 'np') {
      const p = (units[e] as { p: Phrase }).p;
      if (units[e + 1]?.kind === 'cc' && units[e + 2]?.kind === 'np') { e += 2; continue; }
      if (/,/.test(toks[p.b - 1]!.post) && units[e + 1]?.kind === 'np') { e += 1; continue; }
      return e + 1;
    }
    return undefined;
  }

  /** ", including A, B and C" after a verb's complements: the members are objects too. */
  private members(units: Unit[], from: number | undefined, toks: Tok[]): Phrase[] {
    if (from === undefined) return [];
    for (let j = from; j < units.length && j < from + 9; j++) {
      const u = units[j]!;
      const t0 = u.kind === 'np' ? u.p.a : u.kind === 'vg' ? u.v.a : u.t;
      if (u.kind === 'sub' || u.kind === 'rel') return [];
      const cue = this.cues.memberCues.find((w) => w.every((x, k) => toks[t0 + k]?.norm === x));
      // after a comma, or right after the phrase (firms such as Micron)
      if (!cue || t0 === 0 || (!/,/.test(toks[t0 - 1]!.post) && j !== from)) {
        // (a participle describing the object may come first: grants set aside for chipmakers, including …)
        const reducedPart = u.kind === 'vg' && !u.v.aux && units[j - 1]?.kind === 'np' && !this.breaksAfter(toks[u.v.a - 1]) && units[j + 1]?.kind !== 'np' &&
          (this.isBareParticiple(units, j, toks) || /^(set|cut|put|hit|shed|spread|let)$/.test(toks[u.v.predA]!.norm));
        if (u.kind === 'vg' && !reducedPart) return [];
        continue;
      }
      // the units after the cue's words: A, B and C
      let e = j;
      while (e < units.length) {
        const x = units[e]!;
        const xa = x.kind === 'np' ? x.p.a : x.kind === 'vg' ? x.v.a : x.t;
        if (xa >= t0 + cue.length) break;
        e++;
      }
      const out: Phrase[] = [];
      // (a sum of money may be a member: a $1.5 billion award to A and $123 million for B)
      const money = (x: Unit | undefined) => x?.kind === 'np' && toks.slice(x.p.a, x.p.b).some((t) => t.tags.has('Money') || /^[$€£¥]/.test(t.text));
      while (units[e]?.kind === 'np' && (!(units[e] as { p: Phrase }).p.temporal || money(units[e]))) {
        let p = (units[e] as { p: Phrase }).p;
        // ($123 million for B: the sum with its beneficiary)
        if (money(units[e]) && units[e + 1]?.kind === 'prep' && /^(for|to)$/.test(toks[(units[e + 1] as { t: number }).t]!.norm) && units[e + 2]?.kind === 'np') {
          p = { a: p.a, b: (units[e + 2] as { p: Phrase }).p.b, temporal: false };
          e += 2;
        }
        out.push(p);
        // (a short form in parentheses after a member: GlobalFoundries (GFS.O) and …)
        while (units[e + 1]?.kind === 'np' && (units[e + 1] as { p: Phrase }).p.locative) e++;
        const last = toks[(units[e] as { p: Phrase }).p.b - 1]!;
        if (units[e + 1]?.kind === 'cc' && units[e + 2]?.kind === 'np') { e += 2; continue; }
        // (a comma list closes with "and": "…, a little-known Minnesota firm that …" is a description, not a member)
        if (/,/.test(last.post) && units[e + 1]?.kind === 'np' && !(units[e + 1] as { p: Phrase }).p.appositiveOf && !/^(a|an)$/.test(toks[(units[e + 1] as { p: Phrase }).p.a]!.norm)) {
          let x = e + 1;
          while (units[x]?.kind === 'np') x++;
          if (units[x]?.kind === 'cc' || x >= units.length) { e += 1; continue; }
        }
        break;
      }
      return out;
    }
    return [];
  }

  /** The by-agent of a passive verb, within its clause. */
  private agentOf(units: Unit[], k: number, toks: Tok[]): Phrase[] | undefined {
    // (after an event in between, "by" names that event's agent: unveiled during a visit to Beijing by Raimondo)
    let event = false;
    for (let j = k + 1; j < units.length; j++) {
      const u = units[j]!;
      if (u.kind === 'vg' || u.kind === 'sub' || u.kind === 'rel') return undefined;
      if (u.kind === 'prep' && /^(during|amid|after|before|following)$/.test(toks[u.t]!.norm) && units[j + 1]?.kind === 'np' && !(units[j + 1] as { p: Phrase }).p.temporal) event = true;
      if (u.kind === 'prep' && toks[u.t]!.norm === 'by' && units[j + 1]?.kind === 'np') {
        if (event) return undefined;
        const out = [(units[j + 1] as { p: Phrase }).p];
        if (units[j + 2]?.kind === 'cc' && units[j + 3]?.kind === 'np') out.push((units[j + 3] as { p: Phrase }).p);
        return out;
      }
    }
    return undefined;
  }

  // ---- names -----------------------------------------------------------------------------------------

  /**
   * Runs of capitalised proper-noun tokens that no gazetteer name covers (a common-noun alias inside a name,
   * "Hua Hong Semiconductor", does not count as covering it). Typed from compromise's tags.
   */
  private names(toks: Tok[], mentions: Mention[], capitalised?: ReadonlySet<string>): Array<{ a: number; b: number; tag: string }> {
    const out: Array<{ a: number; b: number; tag: string }> = [];
    const COMMON = new Set(['Technology', 'Material', 'Policy', 'Concept']);
    // (a plural acronym is a common noun: EVs, GPUs, SUVs)
    const cap = (t: Tok) => /^[A-Z]/.test(t.text) && !/^[A-Z]{2,}s$/.test(t.text) && !t.tags.has('Demonym') && !this.cues.demonyms.has(t.norm) && !t.tags.has('Pronoun') && !t.tags.has('Date') &&
      !t.tags.has('Verb') && !t.tags.has('Determiner') && !t.tags.has('Preposition') && !t.tags.has('Conjunction') &&
      (t.mention === undefined || COMMON.has(mentions[t.mention]!.type));
    // a capital inside the word marks a name whatever the tagger says (SoftBank, ByteDance)
    const midCap = (t: Tok) => !!capitalised?.has(t.text.replace(/['’]s?$/, ''));
    // an acronym heading its phrase after a common noun describing it names a body (industry group AMIA, trade body SIA)
    const describedAcronym = (t: Tok) => /^[A-Z]{2,6}$/.test(t.text) && t.tags.has('Acronym') && t.i > 0 && /^[a-z]/.test(toks[t.i - 1]!.text) &&
      toks[t.i - 1]!.tags.has('Noun') && !toks[t.i - 1]!.tags.has('Possessive') && toks[t.i - 1]!.mention === undefined && !this.breaksAfter(toks[t.i - 1], t) &&
      !(toks[t.i + 1] && !this.breaksAfter(t, toks[t.i + 1]) && (toks[t.i + 1]!.tags.has('Noun') || toks[t.i + 1]!.tags.has('Adjective')));
    const proper = (t: Tok) => t.mention === undefined && (['ProperNoun', 'Person', 'Organization', 'Place', 'Company'].some((g) => t.tags.has(g)) ||
      /^[A-Z][a-z]+[A-Z][a-z]/.test(t.text) || midCap(t) || describedAcronym(t));
    const capWord = (t: Tok | undefined) => !!t && /^[A-Z]/.test(t.text) && !t.tags.has('Pronoun') && !t.tags.has('Verb') && !t.tags.has('Determiner');
    const head = (t: Tok) => this.cues.nameHeads.has(t.norm) || this.cues.nameHeads.has(t.lemma);
    /** Tokens a run may go on with at j: a capitalised word, particles of a person's name before one (Ursula von der
     * Leyen), a connector after an organisation's head word (School of Economics, Alliance for American Manufacturing,
     * Organization for Metals and Energy Security) with a capitalised word (or nationality) after it. 0: the run ends. */
    const goOn = (i: number, j: number): number => {
      const t = toks[j]!;
      if (this.breaksAfter(toks[j - 1], t)) return 0;
      if (cap(t)) return 1;
      let p = j;
      while (p < toks.length && NAME_PARTICLES.has(t.norm) && NAME_PARTICLES.has(toks[p]!.norm) && !/[,;]/.test(toks[p]!.post)) p++;
      if (p > j && cap(toks[p]!) && /^[A-Z]/.test(toks[j - 1]!.text)) return p - j + 1;
      if (/^(of|for|and|&|on)$/.test(t.norm) && !/[,;]/.test(t.post) && capWord(toks[j + 1]) && toks[j + 1]!.mention === undefined &&
        (head(toks[j - 1]!) || (t.norm !== 'of' && toks.slice(i, j).some((x) => /^(of|for|on)$/.test(x.norm))))) {
        // a nationality may follow (Alliance for American Manufacturing) when a capitalised word follows it
        if (cap(toks[j + 1]!) || (capWord(toks[j + 2]) && cap(toks[j + 2]!))) return toks[j + 1] && cap(toks[j + 1]!) ? 2 : 3;
      }
      return 0;
    };
    let i = 0;
    while (i < toks.length) {
      // a country's name opening an organisation's (Japan Organization for …)
      const countryLead = toks[i]!.mention !== undefined && mentions[toks[i]!.mention!]!.type === 'Country' && !/['’]/.test(toks[i]!.text + toks[i]!.post) &&
        toks[i + 1] !== undefined && toks[i + 1]!.mention === undefined && head(toks[i + 1]!) && /^[A-Z]/.test(toks[i + 1]!.text) && !this.breaksAfter(toks[i], toks[i + 1]);
      if (!cap(toks[i]!) && !countryLead) { i++; continue; }
      let j = i + 1;
      for (let n = j < toks.length ? goOn(i, j) : 0; n > 0; n = j < toks.length ? goOn(i, j) : 0) j += n;
      // a country's name with only a head after it (Japan Ministry) is left to the gazetteer
      if (countryLead && j - i < 3) { i++; continue; }
      // a company's short name known from earlier in the document, right before the rest of its full name (the
      // headline's "Altavera", then "Altavera Design Systems"): the full name is the run
      const pm = i > 0 && j - i >= 2 ? toks[i - 1]!.mention : undefined;
      if (pm !== undefined && ['Organization', 'Company'].includes(mentions[pm]!.type) && /^[A-Z]/.test(toks[i - 1]!.text) && !this.breaksAfter(toks[i - 1], toks[i]) &&
        !/['’]/.test(toks[i - 1]!.text + toks[i - 1]!.post) && toks.slice(i, j).every((t) => t.mention === undefined && t.tags.has('ProperNoun'))) {
        while (i > 0 && toks[i - 1]!.mention === pm) i--;
      }
      const run = toks.slice(i, j);
      const strong = run.filter(proper);
      // a single sentence-initial word is capitalised by position, not by being a name
      const ok = strong.length > 0 && (run.length > 1 || i > 0 || strong[0]!.tags.has('Organization') || strong[0]!.tags.has('Person') ||
        /^[A-Z][a-z]+[A-Z][a-z]/.test(strong[0]!.text) || midCap(strong[0]!));
      if (ok && !(run.length === 1 && run[0]!.mention !== undefined)) {
        const tag = run.some((t) => t.mention === undefined && head(t) && /^[A-Z]/.test(t.text)) && run.length > 1 ? 'Organization'
          : run.some((t) => t.tags.has('Person')) ? 'Person' : run.some((t) => t.tags.has('Country')) && run.length === 1 ? 'Country'
          : run.some((t) => t.tags.has('Place')) && !run.some((t) => t.tags.has('Organization')) ? 'Place'
          : run.some((t) => t.tags.has('Company')) ? 'Company' : 'Organization';
        for (const t of run) delete t.mention;
        out.push({ a: i, b: j, tag });
      }
      i = j;
    }
    return out;
  }
}
