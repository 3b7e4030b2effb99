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
  /** The predicate takes a quantity (fell 6%, a charge of $5.5 billion): the figure itself is the object. */
  figure?: boolean;
  /** Coordinated with the sentence's attribution verb (X said … and banned Y): the speaker's own act, not reported. */
  ownClaim?: boolean;
}

export interface Analysis {
  toks: Tok[];
  frames: Frame[];
  /** Speaker/outlet phrases (X said, according to X) for the whole sentence. */
  speakers: Phrase[];
  /** Named-entity candidates compromise found that no gazetteer mention covers. */
  names: Array<{ a: number; b: number; tag: string }>;
}

const RANK: Record<Exclude<Modality, 'reported'>, number> = { asserted: 0, planned: 1, possible: 2, considered: 3, negated: 4 };
export const strongerModality = <M extends Modality>(a: M, b: M): M =>
  ((RANK as Record<string, number>)[a]! >= (RANK as Record<string, number>)[b]! ? a : b);

const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", 'am']);
const BREAK_PUNCT = /[,;:()\u2014\u2013"\u201c\u201d]|\s[-–—]\s?|\.\s*$/;

/** Tokens with document offsets; `base` is the sentence's document offset. */
export function toTokens(terms: CompromiseTerm[], text: string, base: number, mentions: Mention[]): Tok[] {
  const toks: Tok[] = [];
  let pos = 0;
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
    if (tags.has('Copula') || BE.has(norm)) lemma = BE.has(norm) || lemma === 'is' ? 'be' : lemma;
    toks.push({ i: toks.length, text: t.text, norm, lemma, tags, pre: t.pre, post: t.post, start: base + start, end: base + end });
  }
  mentions.forEach((m, mi) => {
    // a token may carry a possessive ending beyond the name (China's)
    for (const tk of toks) if (tk.start >= m.span.start && tk.start < m.span.end && (tk.end <= m.span.end || /^['’]s?$/.test(tk.text.slice(m.span.end - tk.start)))) tk.mention = mi;
  });
  return toks;
}

export class Analyzer {
  constructor(private readonly cues: Cues, private readonly relations: RelationMap) {}

  analyze(toks: Tok[], mentions: Mention[]): Analysis {
    const speakers: Phrase[] = [];
    const consumed = new Set<number>();
    this.attributionPhrases(toks, speakers, consumed);
    const names = this.names(toks, mentions);
    const units = this.chunk(toks, consumed);
    const frames = this.frames(units, toks, speakers);
    return { toks, frames, speakers, names };
  }

  // ---- tokens ----------------------------------------------------------------------------------------

  private breaksAfter(t: Tok | undefined, next?: Tok): boolean {
    if (!t) return true;
    return BREAK_PUNCT.test(t.post) || (!!next && /[("\u201c]/.test(next.pre));
  }

  private isNegator(toks: Tok[], i: number): boolean {
    const t = toks[i]!;
    return this.cues.negators.has(t.norm) || t.tags.has('Negative') || (t.norm === 'no' && toks[i + 1]?.norm === 'longer');
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
        speakers.push({ a, b: j, temporal: false });
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
      if (this.cues.relativePronouns.has(t.norm) && i > 0 && this.startsVerb(toks, i + 1) && t.mention === undefined) {
        units.push({ kind: 'rel', t: i }); i++; continue;
      }
      if (this.isNounish(t)) {
        const temporal = this.isTemporalStart(toks, i);
        let j = i + 1;
        while (j < n && !consumed.has(j) && this.isNounish(toks[j]!) && !this.breaksAfter(toks[j - 1], toks[j])) {
          const tj = toks[j]!;
          if (!temporal && this.isTemporalStart(toks, j)) break;
          if (tj.tags.has('Pronoun') && !tj.tags.has('Possessive')) break;
          if (toks[j - 1]!.tags.has('Pronoun') && !toks[j - 1]!.tags.has('Possessive')) break;
          if (this.cues.relativePronouns.has(tj.norm) && this.startsVerb(toks, j + 1)) break;
          j++;
        }
        units.push({ kind: 'np', p: { a: i, b: j, temporal: temporal || toks.slice(i, j).every((x) => x.tags.has('Date') || x.tags.has('Value')) } });
        i = j; continue;
      }
      if (this.isVerb(t) || (this.isNegator(toks, i) && this.startsVerb(toks, i + 1))) {
        const j = this.verbGroupEnd(toks, i, consumed);
        const prevTo = i > 0 && toks[i - 1]!.norm === 'to';
        const v = this.verbGroup(toks, i, j, prevTo);
        units.push({ kind: 'vg', v });
        i = Math.max(j, v.b); continue;
      }
      const norm = t.norm;
      if (t.tags.has('Adverb')) units.push({ kind: 'adv', t: i });
      else if (/^(and|or|but)$/.test(norm)) units.push({ kind: 'cc', t: i });
      else if (this.cues.subordinators.has(norm) && !(norm === 'as' && toks[i + 1]?.norm === 'well')) units.push({ kind: 'sub', t: i });
      else if (t.tags.has('Preposition') || norm === 'to') units.push({ kind: 'prep', t: i });
      else units.push({ kind: 'other', t: i });
      i++;
    }
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
    for (const c of controls) {
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
      if (words.length < k || words.some((w) => w.mention !== undefined || this.isNounish(w))) continue;
      const cand = [lemma, ...words.map((w) => w.norm)].join(' ');
      if (this.relations.lookup(cand, 'en')) { lemma = cand; predB += k; tookPrep = true; break; }
    }
    const hasAux = auxBefore.length > 0;
    const nonFinite = !hasAux && !complement && (last.tags.has('Gerund') || (last.tags.has('Participle') && !last.tags.has('PastTense')));
    return { a, b: Math.max(b, predB), lemma, predA: last.i, predB, passive, negated, modality, controls, nonFinite, complement, tookPrep, aux: hasAux };
  }

  /** NP + of + NP, and NP + complement preposition (access to, curbs on) + NP, become one phrase. */
  private attachPhrases(units: Unit[], toks: Tok[]): void {
    for (let k = 0; k + 2 < units.length; k++) {
      const u = units[k]!, p = units[k + 1]!, w = units[k + 2]!;
      if (u.kind !== 'np' || p.kind !== 'prep' || w.kind !== 'np' || w.p.temporal) continue;
      const prep = toks[p.t]!.norm;
      // a bare quantity is kept apart like a date, except before "of" (98% of the world's gallium)
      if (u.p.temporal && !(prep === 'of' && toks.slice(u.p.a, u.p.b).every((t) => t.tags.has('Value') && !t.tags.has('Date')))) continue;
      const head = toks[u.p.b - 1]!;
      const ok = prep === 'of' || !!this.cues.nounComplements.get(head.norm)?.has(prep) || !!this.cues.nounComplements.get(head.lemma)?.has(prep);
      if (!ok || this.breaksAfter(head)) continue;
      // Coordinated complements: of A and B (unless B starts a new clause).
      const items: Array<[number, number]> = [[w.p.a, w.p.b]];
      let end = k + 3;
      while (end + 1 < units.length && units[end]!.kind === 'cc' && units[end + 1]!.kind === 'np' && units[end + 2]?.kind !== 'vg') {
        const x = (units[end + 1] as { p: Phrase }).p;
        items.push([x.a, x.b]);
        end += 2;
      }
      const last = items[items.length - 1]!;
      const merged: Phrase = { a: u.p.a, b: last[1], temporal: false, ...(items.length > 1 ? { headEnd: p.t + 1, items } : {}) };
      units.splice(k, end - k, { kind: 'np', p: merged });
      k--; // the merged phrase may take another complement
    }
  }

  /** Unit index closing a ", which/who …," clause → the unit index of the phrase it describes. */
  private paren = new Map<number, number>();

  private markParentheticals(units: Unit[], toks: Tok[]): void {
    this.paren = new Map();
    const lastTok = (u: Unit): number => (u.kind === 'np' ? u.p.b - 1 : u.kind === 'vg' ? u.v.b - 1 : u.t);
    for (let r = 1; r < units.length; r++) {
      const ant = units[r - 1]!;
      if (units[r]!.kind !== 'rel' || ant.kind !== 'np' || !/,/.test(toks[ant.p.b - 1]!.post)) continue;
      for (let e = r + 1; e < units.length; e++) {
        const ue = units[e]!;
        if (ue.kind === 'rel' || ue.kind === 'sub') break;
        if (/,/.test(toks[lastTok(ue)]!.post)) { this.paren.set(e, r - 1); break; }
      }
    }
  }

  /** NP_a, NP_b, where NP_b is a description (a memory chipmaker) rather than another name in a list. */
  private markAppositives(units: Unit[], toks: Tok[]): void {
    for (let k = 0; k + 1 < units.length; k++) {
      const u = units[k]!, w = units[k + 1]!;
      if (u.kind !== 'np' || w.kind !== 'np' || u.p.temporal || w.p.temporal) continue;
      if (!/,/.test(toks[u.p.b - 1]!.post)) continue;
      const first = toks[w.p.a]!;
      // a description: "a memory chipmaker", "the Dutch maker of …", "China's largest contract chipmaker"
      const possessiveStart = /['’]s?$/.test(first.text) || /^['’]/.test(first.post) || first.tags.has('Possessive');
      if (!/^(a|an|the)$/.test(first.norm) && !possessiveStart) continue;
      if (!/[,.]/.test(toks[w.p.b - 1]!.post) && w.p.b < toks.length) continue;
      if (!toks.slice(w.p.a, w.p.b).some((t) => t.mention === undefined && /^[a-z]/.test(t.text) && t.tags.has('Noun'))) continue;
      const next = units[k + 2];
      if (next?.kind === 'cc') continue; // a list: A, the B and C
      const allNamed = toks.slice(w.p.a + 1, w.p.b).every((t) => t.mention !== undefined);
      if (allNamed) continue;
      w.p.appositiveOf = u.p;
    }
  }

  // ---- frames ----------------------------------------------------------------------------------------

  private frames(units: Unit[], toks: Tok[], speakers: Phrase[]): Frame[] {
    const frames: Frame[] = [];
    const frameOfUnit = new Map<number, number>();
    const objectOwner = new Map<Phrase, number>();
    /** Speech-verb unit → its subject phrases (the speaker). */
    const saidBy = new Map<number, Phrase[]>();
    for (let k = 0; k < units.length; k++) {
      const u = units[k]!;
      if (u.kind === 'np' && u.p.appositiveOf) {
        frames.push({ subjects: [u.p.appositiveOf], objects: [u.p], lemma: 'be', predA: u.p.a, predB: u.p.a, modality: 'asserted', relative: false, inherited: false, passive: false, isA: true });
        continue;
      }
      if (u.kind !== 'vg') continue;
      let entry: { subjects: Phrase[]; modality: VerbGroup['modality'] } | undefined;
      if (u.v.complement) {
        entry = this.complementEntry(units, k, toks);
        if (!entry) continue;
      }
      // Follow to-infinitive complements: is preparing to restrict → restrict.
      let last = k;
      let modality = entry ? strongerModality(u.v.modality, entry.modality) : u.v.modality;
      let negated = u.v.negated;
      const chain = [u.v];
      while (units[last + 1]?.kind === 'prep' && toks[(units[last + 1] as { t: number }).t]!.norm === 'to' &&
        units[last + 2]?.kind === 'vg' && (units[last + 2] as { v: VerbGroup }).v.complement) {
        const head = chain[chain.length - 1]!;
        const m = this.cues.controlVerbs.get(head.lemma) ?? (head.lemma === 'be' ? 'planned' : undefined);
        if (!m) break;
        modality = strongerModality(modality, m);
        last += 2;
        const v = (units[last] as { v: VerbGroup }).v;
        chain.push(v);
        modality = strongerModality(modality, v.modality);
        negated ||= v.negated;
      }
      const v = chain[chain.length - 1]!;
      if (v.nonFinite && chain.length === 1) continue;
      if (negated) modality = 'negated';

      const subj = entry ? { phrases: entry.subjects, relative: false, inherited: false } as ReturnType<Analyzer['subjectOf']>
        : this.subjectOf(units, k, toks, frames, frameOfUnit, objectOwner, saidBy);
      const attribution = chain.length === 1 && this.cues.attributionVerbs.has(v.lemma) && this.isSpeechUse(units, k, toks);
      if (attribution) {
        const speaker = subj.phrases[0] ?? this.invertedSubject(units, k);
        if (speaker) speakers.push(...(subj.phrases.length ? subj.phrases : [speaker]));
        frameOfUnit.set(k, -1);
        saidBy.set(k, subj.phrases.length ? subj.phrases : speaker ? [speaker] : []);
        continue;
      }
      let objects: Phrase[] = [];
      let subjects = subj.phrases;
      let passive = v.passive;
      let lemma = v.lemma;
      let predB = v.predB;
      if (passive) {
        // Split phrasal verb in the passive: were added to the list (by X) → add to
        const nu = units[last + 1];
        if (!v.tookPrep && (nu?.kind === 'prep' || nu?.kind === 'other')) {
          const cand = `${lemma} ${toks[nu.t]!.norm}`;
          if (this.relations.lookup(cand, 'en')) lemma = cand;
        }
        const agent = this.agentOf(units, last, toks);
        if (!agent) { frameOfUnit.set(k, frames.length); frames.push({ subjects, objects: [], lemma, predA: v.predA, predB, modality, relative: subj.relative, inherited: subj.inherited, passive, ...(subj.from !== undefined ? { from: subj.from } : {}), ...(subj.ownClaim ? { ownClaim: true } : {}) }); continue; }
        objects = subjects;
        subjects = agent;
      } else {
        const obj = this.objectsOf(units, last, toks);
        objects = obj.phrases;
        // Split phrasal verb: add X to …, cut X off from …
        if (obj.endUnit !== undefined && !v.tookPrep) {
          const nu = units[obj.endUnit];
          if (nu?.kind === 'prep' || nu?.kind === 'other') {
            const cand = `${lemma} ${toks[nu.t]!.norm}`;
            if (this.relations.lookup(cand, 'en')) { lemma = cand; predB = v.predB; }
          }
        }
        // Light verb + noun: the relation is named by the pair (take a charge, file a lawsuit).
        if (objects.length && !v.tookPrep && this.cues.lightVerbs.has(lemma)) {
          const o = objects[0]!;
          // the head noun: before the phrase's first preposition (a charge of $5.5 billion → charge)
          let h = o.a;
          while (h + 1 < (o.headEnd ?? o.b) && !toks[h + 1]!.tags.has('Preposition')) h++;
          const head = toks[h]!;
          const cand = [`${lemma} ${head.lemma}`, `${lemma} ${head.norm}`].find((c) => this.relations.lookup(c, 'en'));
          if (cand) lemma = cand;
        }
        const figure = this.cues.figureRelations.has(this.relations.lookup(lemma, 'en')?.type ?? '');
        if (figure) {
          const fig = this.figureObject(units, obj.endUnit ?? last + 1, toks, objects.length > 0);
          if (fig) objects = [fig];
        }
        objects.push(...this.members(units, obj.endUnit, toks));
      }
      frameOfUnit.set(k, frames.length);
      const figure = !passive && this.cues.figureRelations.has(this.relations.lookup(lemma, 'en')?.type ?? '');
      const f: Frame = { subjects, objects, lemma, predA: v.predA, predB, modality, relative: subj.relative, inherited: subj.inherited, passive, ...(subj.from !== undefined ? { from: subj.from } : {}), ...(subj.ownClaim ? { ownClaim: true } : {}), ...(figure ? { figure: true } : {}) };
      frames.push(f);
      for (const o of objects) objectOwner.set(o, frames.length - 1);
    }
    return frames;
  }

  /**
   * A to-infinitive that starts a clause of its own: after an object-control verb (urged the administration to
   * crack down → the administration acts) or right after a sentence-initial name (headline "China to restrict").
   */
  private complementEntry(units: Unit[], k: number, toks: Tok[]): { subjects: Phrase[]; modality: VerbGroup['modality'] } | undefined {
    const to = units[k - 1], np = units[k - 2];
    if (to?.kind !== 'prep' || toks[to.t]!.norm !== 'to' || np?.kind !== 'np' || np.p.temporal) return undefined;
    if (k - 2 === 0) return { subjects: [np.p], modality: 'planned' };
    let h = k - 3;
    const subjects = [np.p];
    if (units[h]?.kind === 'cc' && units[h - 1]?.kind === 'np') { subjects.unshift((units[h - 1] as { p: Phrase }).p); h -= 2; }
    const head = units[h];
    if (head?.kind !== 'vg') return undefined;
    const m = this.cues.objectControlVerbs.get(head.v.lemma);
    if (!m) return undefined;
    return { subjects, modality: strongerModality(m, head.v.negated ? 'negated' : head.v.modality) };
  }

  /** A speech verb used as attribution: X said (that) …, … X said, said X — not "X reported record sales". */
  private isSpeechUse(units: Unit[], k: number, toks: Tok[]): boolean {
    const v = (units[k] as { v: VerbGroup }).v;
    const before = units[k - 1];
    const lastTok = toks[v.b - 1]!;
    if (BREAK_PUNCT.test(lastTok.post) || v.b >= toks.length) return true; // … , X said.
    let j = k + 1;
    while (units[j]?.kind === 'adv' || (units[j]?.kind === 'prep' && units[j + 1]?.kind === 'np' && (units[j + 1] as { p: Phrase }).p.temporal)) j += units[j]!.kind === 'adv' ? 1 : 2;
    while (units[j]?.kind === 'np' && (units[j] as { p: Phrase }).p.temporal) j++;
    const nu = units[j];
    if (!nu) return true;
    if (nu.kind === 'rel' || (nu.kind === 'other' && toks[nu.t]!.norm === 'that') || (nu.kind === 'np' && toks[nu.p.a]!.norm === 'that')) return true;
    if (nu.kind === 'np' && (units[j + 1]?.kind === 'vg' || (units[j + 1]?.kind === 'adv' && units[j + 2]?.kind === 'vg'))) return true; // said China would …
    // tell: X told Reuters (that) …
    if (nu.kind === 'np' && v.lemma === 'tell') return true;
    // a direct object inside the clause is a transitive use: added dozens of companies to …, reported record sales
    if (nu.kind === 'np' && !nu.p.temporal && nu.p.b < toks.length && !BREAK_PUNCT.test(toks[nu.p.b - 1]!.post)) return false;
    if (before && before.kind !== 'np' && before.kind !== 'adv' && before.kind !== 'rel') return true;
    return false;
  }

  /** "…, said Reuters." */
  private invertedSubject(units: Unit[], k: number): Phrase | undefined {
    const nu = units[k + 1];
    return nu?.kind === 'np' ? nu.p : undefined;
  }

  private subjectOf(units: Unit[], k: number, toks: Tok[], frames: Frame[], frameOfUnit: Map<number, number>, objectOwner: Map<Phrase, number>,
    saidBy: Map<number, Phrase[]>): { phrases: Phrase[]; relative: boolean; inherited: boolean; from?: number; ownClaim?: boolean } {
    let j = k - 1;
    const none = { phrases: [] as Phrase[], relative: false, inherited: false };
    for (;;) {
      const u = units[j];
      if (!u) return none;
      if (this.paren.has(j)) { j = this.paren.get(j)!; break; } // Huawei, which was added to the list in 2019, has …
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
    if (u.kind === 'rel') {
      let a = j - 1;
      while (units[a]?.kind === 'np' && (units[a] as { p: Phrase }).p.appositiveOf) a--;
      const ant = units[a];
      if (ant?.kind !== 'np') return none;
      const owner = objectOwner.get(ant.p);
      return { phrases: [ant.p], relative: true, inherited: false, ...(owner !== undefined ? { from: owner } : {}) };
    }
    if (u.kind === 'np') {
      let p = u.p;
      // an appositive sits between the subject and its verb: Micron, a memory chipmaker, said …
      if (p.appositiveOf) p = p.appositiveOf;
      if (this.breaksAfter(toks[u.p.b - 1]) && !u.p.appositiveOf && !/["\u201d]/.test(toks[u.p.b - 1]!.post) && j === k - 1) {
        // "China, Japan and …" no; a comma right before the verb usually closes an intervening phrase
        return none;
      }
      const phrases = [p];
      // coordination leftwards: A, B and C
      let c = units.findIndex((x) => x.kind === 'np' && x.p === p) - 1;
      while (c >= 1 && units[c]?.kind === 'cc' && toks[(units[c] as { t: number }).t]!.norm !== 'but' && units[c - 1]?.kind === 'np') {
        const prev = (units[c - 1] as { p: Phrase }).p;
        if (prev.temporal) break;
        phrases.unshift(prev);
        c -= 2;
        while (c >= 0 && units[c]?.kind === 'np' && /,/.test(toks[(units[c] as { p: Phrase }).p.b - 1]!.post)) {
          phrases.unshift((units[c] as { p: Phrase }).p);
          c--;
        }
      }
      // "in Taylor, Texas, and SK Hynix plans …": items after a preposition are its complements, not subjects
      const firstAt = units.findIndex((x) => x.kind === 'np' && x.p === phrases[0]);
      if (phrases.length > 1 && units[firstAt - 1]?.kind === 'prep') return { phrases: [p], relative: false, inherited: false };
      return { phrases, relative: false, inherited: false };
    }
    if (u.kind === 'cc') {
      // verb coordination: X banned A and restricted B → X is the subject of both
      for (let q = j - 1; q >= 0; q--) {
        const fi = frameOfUnit.get(q);
        if (fi !== undefined && fi >= 0) {
          const f = frames[fi]!;
          // X said (that) A had failed … and banned B: a verb in the speech verb's plain tense, where the reported
          // clause's verb has an auxiliary, coordinates with the speech verb (tense parallelism).
          const said = this.speechVerbBefore(units, q, frameOfUnit);
          const cur = (units[k] as { v: VerbGroup }).v, prev = (units[q] as { v: VerbGroup }).v;
          if (said !== undefined && prev.aux && !cur.aux && !cur.complement && this.sameTense(toks, cur, (units[said] as { v: VerbGroup }).v)) {
            const phrases = saidBy.get(said) ?? [];
            return phrases.length ? { phrases, relative: false, inherited: true, ownClaim: true } : none;
          }
          const subj = f.passive ? f.objects : f.subjects;
          if (f.passive) return none;
          return { phrases: subj, relative: f.relative, inherited: true, from: f.from ?? fi };
        }
        const uq = units[q]!;
        if (uq.kind === 'sub' || uq.kind === 'rel') break;
      }
    }
    return none;
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

  private objectsOf(units: Unit[], k: number, toks: Tok[]): { phrases: Phrase[]; endUnit?: number } {
    let j = k + 1;
    for (;;) {
      const x = units[j];
      if (x?.kind === 'adv') { j++; continue; }
      // about 98% of …, nearly half of …
      if ((x?.kind === 'prep' || x?.kind === 'other') && this.cues.approximators.has(toks[x.t]!.norm) && units[j + 1]?.kind === 'np') { j++; continue; }
      break;
    }
    const u = units[j];
    if (u?.kind !== 'np' || u.p.temporal) return { phrases: [], endUnit: j };
    if (toks[u.p.a]!.tags.has('Pronoun') && units[j + 1]?.kind === 'vg') return { phrases: [] }; // said it would …
    if (units[j + 1]?.kind === 'vg' && !(units[j + 1] as { v: VerbGroup }).v.complement) return { phrases: [] }; // a clause, not an object
    const phrases = [u.p];
    let e = j + 1;
    for (;;) {
      // A, B and C / A and B — stop before a new clause (… and B restricted C)
      const x = units[e];
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

  /** ", including A, B and C" after a verb's complements: the members are objects too. */
  private members(units: Unit[], from: number | undefined, toks: Tok[]): Phrase[] {
    if (from === undefined) return [];
    for (let j = from; j < units.length && j < from + 4; j++) {
      const u = units[j]!;
      const t0 = u.kind === 'np' ? u.p.a : u.kind === 'vg' ? u.v.a : u.t;
      if (u.kind === 'sub' || u.kind === 'rel') return [];
      const cue = this.cues.memberCues.find((w) => w.every((x, k) => toks[t0 + k]?.norm === x));
      if (!cue || t0 === 0 || !/,/.test(toks[t0 - 1]!.post)) {
        if (u.kind === 'vg') return [];
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
      while (units[e]?.kind === 'np' && !(units[e] as { p: Phrase }).p.temporal) {
        const p = (units[e] as { p: Phrase }).p;
        out.push(p);
        const last = toks[p.b - 1]!;
        if (units[e + 1]?.kind === 'cc' && units[e + 2]?.kind === 'np') { e += 2; continue; }
        if (/,/.test(last.post) && units[e + 1]?.kind === 'np' && !(units[e + 1] as { p: Phrase }).p.appositiveOf) { e += 1; continue; }
        break;
      }
      return out;
    }
    return [];
  }

  /** The by-agent of a passive verb, within its clause. */
  private agentOf(units: Unit[], k: number, toks: Tok[]): Phrase[] | undefined {
    for (let j = k + 1; j < units.length; j++) {
      const u = units[j]!;
      if (u.kind === 'vg' || u.kind === 'sub' || u.kind === 'rel') return undefined;
      if (u.kind === 'prep' && toks[u.t]!.norm === 'by' && units[j + 1]?.kind === 'np') {
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
  private names(toks: Tok[], mentions: Mention[]): Array<{ a: number; b: number; tag: string }> {
    const out: Array<{ a: number; b: number; tag: string }> = [];
    const COMMON = new Set(['Technology', 'Material', 'Policy', 'Concept']);
    const cap = (t: Tok) => /^[A-Z]/.test(t.text) && !t.tags.has('Demonym') && !t.tags.has('Pronoun') && !t.tags.has('Date') &&
      !t.tags.has('Verb') && !t.tags.has('Determiner') && !t.tags.has('Preposition') && !t.tags.has('Conjunction') &&
      (t.mention === undefined || COMMON.has(mentions[t.mention]!.type));
    const proper = (t: Tok) => t.mention === undefined && ['ProperNoun', 'Person', 'Organization', 'Place', 'Company'].some((g) => t.tags.has(g));
    let i = 0;
    while (i < toks.length) {
      if (!cap(toks[i]!)) { i++; continue; }
      let j = i + 1;
      while (j < toks.length && cap(toks[j]!) && !this.breaksAfter(toks[j - 1], toks[j])) j++;
      const run = toks.slice(i, j);
      const strong = run.filter(proper);
      // a single sentence-initial word is capitalised by position, not by being a name
      const ok = strong.length > 0 && (run.length > 1 || i > 0 || strong[0]!.tags.has('Organization') || strong[0]!.tags.has('Person'));
      if (ok && !(run.length === 1 && run[0]!.mention !== undefined)) {
        const tag = run.some((t) => t.tags.has('Person')) ? 'Person' : run.some((t) => t.tags.has('Country')) && run.length === 1 ? 'Country'
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
