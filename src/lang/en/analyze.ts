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
  /** Recipients of a transfer (supplies batteries to Tesla): objects too when they are named. */
  recipients?: Phrase[];
  /** The subject came from a controlling clause (urged X to …, headline "X to …"). */
  controlled?: boolean;
  /** For a negated verb group: its modality without the negation (would not allow → planned). */
  unnegated?: Exclude<Modality, 'reported' | 'negated'>;
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

  /** Index of the sentence's last token (set per analysis). */
  private lastTok = 0;

  /**
   * `capitalised`: words the document capitalises in mid-sentence, where a capital is no sentence start's (a name
   * met first at the start of a sentence, "Nexperia, a Dutch chipmaker, …", is a name there too).
   */
  analyze(toks: Tok[], mentions: Mention[], capitalised?: ReadonlySet<string>): Analysis {
    this.lastTok = toks.length - 1;
    const speakers: Phrase[] = [];
    const consumed = new Set<number>();
    this.attributionPhrases(toks, speakers, consumed);
    const names = this.names(toks, mentions, capitalised);
    const units = this.chunk(toks, consumed);
    const frames = this.frames(units, toks, speakers);
    return { toks, frames, speakers, names };
  }

  // ---- tokens ----------------------------------------------------------------------------------------

  private breaksAfter(t: Tok | undefined, next?: Tok): boolean {
    if (!t) return true;
    // a period inside the sentence ends an abbreviation (Corp., Ltd.), not a clause
    if (/^\.\s*$/.test(t.post) && t.i < this.lastTok) return !!next && /[("\u201c]/.test(next.pre);
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
        speakers.push({ a, b: j, temporal: false, cited: true });
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
      if (this.isNounish(t)) {
        const temporal = this.isTemporalStart(toks, i);
        let j = i + 1;
        const sameName = (x: number) => toks[x]!.mention !== undefined && toks[x]!.mention === toks[x - 1]!.mention;
        // an adverb grading the next adjective stays in the phrase (the most advanced chips)
        const grading = (x: number) => toks[x]!.tags.has('Adverb') && !!toks[x + 1]?.tags.has('Adjective') && this.isNounish(toks[x + 1]!) && !this.breaksAfter(toks[x], toks[x + 1]);
        while (j < n && !consumed.has(j) && (this.isNounish(toks[j]!) || grading(j)) && (!this.breaksAfter(toks[j - 1], toks[j]) || sameName(j))) {
          const tj = toks[j]!;
          if (!temporal && this.isTemporalStart(toks, j)) break;
          if (tj.tags.has('Pronoun') && !tj.tags.has('Possessive')) break;
          // an article starts a phrase of its own (the most advanced processor | the company can sell), save after a
          // predeterminer (all the, half the, such a)
          if (/^(the|a|an)$/.test(tj.norm) && (tj.mention === undefined || tj.mention !== toks[j - 1]!.mention) &&
            !/^(all|both|half|such|quite|what|many|twice)$/.test(toks[j - 1]!.norm) && !this.cues.approximators.has(toks[j - 1]!.norm)) break;
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
      // "as" right after a verb is a preposition (seen as, listed as), not a subordinator
      else if (this.cues.subordinators.has(norm) && !(norm === 'as' && (toks[i + 1]?.norm === 'well' || units[units.length - 1]?.kind === 'vg'))) units.push({ kind: 'sub', t: i });
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
        const x = (units[end + 1] as { p: Phrase }).p;
        // "facilities in Wuxi and a plant in Dalian": an indefinite phrase is a new item of the list, not a complement;
        // nor is a gerund's ("restricting exports of minerals and launching probes")
        if (/^(a|an)$/.test(toks[x.a]!.norm) || toks[x.a]!.tags.has('Gerund')) break;
        items.push([x.a, x.b]);
        end += 2;
      }
      // a comma list must close with "and": otherwise the commas were no list
      if (items.length > 1 && units[end - 2]?.kind !== 'cc') { items.splice(1); end = k + 3; }
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

  private markParentheticals(units: Unit[], toks: Tok[]): void {
    this.paren = new Map();
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
          if (units[e + 1]?.kind === 'vg' || units[e + 1]?.kind === 'adv') { w.p.appositiveOf = ant.p; this.paren.set(e, r - 1); }
          break;
        }
      }
    }
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
      if (!/^(a|an|the)$/.test(first.norm) && !possessiveStart && !possessedRole) continue;
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
    let question = false;
    for (let k = 0; k < units.length; k++) {
      if (question) break;
      const u = units[k]!;
      if (u.kind === 'np' && u.p.appositiveOf) {
        if (u.p.locative) continue;
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
      // (a time phrase may sit between: agreed Thursday to strengthen …)
      const skipTime = (x: number) => (units[x]?.kind === 'np' && (units[x] as { p: Phrase }).p.temporal) || this.relWord(units[x], toks) === 'whether' ? x + 1 : x;
      while (units[skipTime(last + 1)]?.kind === 'prep' && toks[(units[skipTime(last + 1)] as { t: number }).t]!.norm === 'to' &&
        units[skipTime(last + 1) + 1]?.kind === 'vg' && (units[skipTime(last + 1) + 1] as { v: VerbGroup }).v.complement) {
        const head = chain[chain.length - 1]!;
        // a control verb, "be to", or an object-control verb in the passive (was forced to, is required to)
        const m = this.cues.controlVerbs.get(head.lemma) ?? (head.lemma === 'be' ? 'planned' : undefined) ??
          (head.passive ? this.cues.objectControlVerbs.get(head.lemma) : undefined);
        if (!m) break;
        modality = strongerModality(modality, m);
        last = skipTime(last + 1) + 1;
        const v = (units[last] as { v: VerbGroup }).v;
        chain.push(v);
        modality = strongerModality(modality, v.modality);
        negated ||= v.negated;
      }
      const v = chain[chain.length - 1]!;
      // a bare gerund acts only when its subject is clear: by/after/without + gerund (the clause's subject), or
      // right after an object it describes (rules restricting X)
      const gerund = v.nonFinite && chain.length === 1 ? this.gerundSubject(units, k, toks, frames, frameOfUnit, objectOwner) : undefined;
      if (v.nonFinite && chain.length === 1 && !gerund) continue;
      if (gerund) modality = strongerModality(modality, gerund.modality);
      const unnegated = modality;
      if (negated) modality = 'negated';

      const reduced = !entry && chain.length === 1 ? this.reducedPassive(units, k, toks, objectOwner) : undefined;
      const subj = entry ? { phrases: entry.subjects, relative: false, inherited: false } as ReturnType<Analyzer['subjectOf']>
        : gerund ? gerund.subj
        : reduced ? { phrases: [reduced], relative: true, inherited: false, ...(objectOwner.has(reduced) ? { from: objectOwner.get(reduced)! } : {}) }
        : this.subjectOf(units, k, toks, frames, frameOfUnit, objectOwner, saidBy);
      // the content of a noun (evidence that X threatened Y, fears that …) is not claimed
      if (!entry && this.inNounContent(units, k, toks)) continue;
      // (a speech verb under a control verb is an act: considering adding X)
      const attribution = !entry && chain.length === 1 && !v.controls.length && this.cues.attributionVerbs.has(v.lemma) && this.isSpeechUse(units, k, toks);
      if (attribution) {
        // an indirect question (did not say which products were affected): what follows is no claim
        if (/^(which|whether|what|how|why|who)$/.test(toks[v.b]?.norm ?? '')) question = true;
        const speaker = subj.phrases[0] ?? this.invertedSubject(units, k);
        if (speaker) speakers.push(...(subj.phrases.length ? subj.phrases : [speaker]));
        frameOfUnit.set(k, -1);
        saidBy.set(k, subj.phrases.length ? subj.phrases : speaker ? [speaker] : []);
        continue;
      }
      let objects: Phrase[] = [];
      const recipients: Phrase[] = [];
      let subjects = subj.phrases;
      let lemma = v.lemma;
      // a bare participle coordinated with a passive shares its auxiliary: was passed by A and signed by B
      const sharedAux = !!subj.afterPassive && !v.aux && chain.length === 1 && toks[v.predA]!.tags.has('PastTense') && !!this.agentOf(units, last, toks);
      let passive = v.passive || sharedAux || !!reduced;
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
        // Split phrasal verb: add X to …, cut X off from … (also after the object's members: add X, including A
        // and B, to …)
        if (obj.endUnit !== undefined && !v.tookPrep) {
          let after = obj.endUnit;
          if (objects.length && units[after]?.kind !== 'prep') {
            const m = this.membersEnd(units, after, toks);
            if (m !== undefined) after = m;
          }
          const nu = units[after];
          if (nu?.kind === 'prep' || nu?.kind === 'other' || (nu?.kind === 'sub' && toks[nu.t]!.norm === 'as')) {
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
          if (cand) {
            lemma = cand;
            // the noun's own complement is what the act is about: expressed interest in (acquiring) X → X,
            // filed a lawsuit against X → X
            const figureLike = this.cues.figureRelations.has(this.relations.lookup(lemma, 'en')?.type ?? '');
            // a bare light noun with its "of" phrase: took control of X → X
            if (objects.length === 1 && !figureLike && h === o.a && toks[h + 1]?.norm === 'of' && h + 2 < o.b) objects = [{ a: h + 2, b: o.b, temporal: false }];
            else {
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
          }
        }
        // a verb meaning a change when it takes a bare figure: BYD gained 1.5%, AMD lost 4%, shares added 2%
        if (!objects.length && this.cues.figureVerbs.has(lemma) && this.figureObject(units, obj.endUnit ?? last + 1, toks, false)) lemma = this.cues.figureVerbs.get(lemma)!;
        // … or a share: control about 70% of the DRAM market → accounts for 70%
        else if (objects.length === 1 && this.cues.figureVerbs.has(lemma) && !v.tookPrep) {
          const o = objects[0]!;
          let a = o.a;
          while (a < o.b && this.cues.approximators.has(toks[a]!.norm)) a++;
          if (toks[a]?.tags.has('Percent') && toks[a + 1]?.norm === 'of') lemma = this.cues.figureVerbs.get(lemma)!;
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
              if (/,/.test(toks[(units[e] as { p: Phrase }).p.b - 1]!.post) && units[e + 1]?.kind === 'np') { e += 1; continue; }
              break;
            }
          }
        }
        // a role held towards someone: X is (among) Y's customers, X is a supplier of Y → X buys from / supplies Y
        if (v.lemma === 'be' && chain.length === 1) {
          const role = this.roleObject(units, last, toks);
          if (role) { lemma = role.lemma; objects = [role.owner]; }
        }
        // an object relative clause: the H20, which Nvidia designed …; a plant that it acquired → its antecedent
        if (!objects.length && !entry) {
          const ant = this.objectRelativeAntecedent(units, k, toks);
          if (ant) objects = [ant];
        }
        // object control (ordered X to divest, required X to apply): the map may name that use apart
        if (objects.length && !v.tookPrep && this.cues.objectControlVerbs.has(lemma) && obj.endUnit !== undefined) {
          const to = units[obj.endUnit], nv = units[obj.endUnit + 1];
          if (to?.kind === 'prep' && toks[to.t]!.norm === 'to' && nv?.kind === 'vg' && nv.v.complement && this.relations.lookup(`${lemma} to`, 'en')) lemma = `${lemma} to`;
        }
      }
      // A complement naming no relation of its own (considered adding 200 firms, plans to hold talks): the
      // control verb's relation, when it has one, carries the claim.
      if (!this.relations.lookup(lemma, 'en') || (lemma === v.lemma && this.cues.attributionVerbs.has(lemma))) {
        const control = [...chain.slice(0, -1).map((c) => c.lemma), ...v.controls].reverse()
          .find((c) => this.cues.controlVerbs.has(c) && this.cues.controlVerbs.get(c) !== 'negated' && this.relations.lookup(c, 'en'));
        if (control) lemma = control;
      }
      frameOfUnit.set(k, frames.length);
      const figure = !passive && this.cues.figureRelations.has(this.relations.lookup(lemma, 'en')?.type ?? '');
      const f: Frame = { subjects, objects, lemma, ...(recipients.length ? { recipients } : {}), predA: v.predA, predB, modality, relative: subj.relative, inherited: subj.inherited, passive,
        ...(negated && unnegated !== 'negated' ? { unnegated } : {}), ...(entry ? { controlled: true } : {}), ...(subj.from !== undefined ? { from: subj.from } : {}), ...(subj.ownClaim ? { ownClaim: true } : {}), ...(figure ? { figure: true } : {}) };
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
    // said in a notice that …, said on its website that …
    if (units[j]?.kind === 'prep' && units[j + 1]?.kind === 'np' && units[j + 2]?.kind === 'other' && toks[(units[j + 2] as { t: number }).t]!.norm === 'that') j += 2;
    const nu = units[j];
    if (!nu) return true;
    if (nu.kind === 'rel' || (nu.kind === 'other' && toks[nu.t]!.norm === 'that') || (nu.kind === 'np' && toks[nu.p.a]!.norm === 'that')) return true;
    if ((nu.kind === 'other' || nu.kind === 'sub' || nu.kind === 'adv') && /^(which|whether|what|how|why|who|if)$/.test(toks[nu.kind === 'other' || nu.kind === 'sub' || nu.kind === 'adv' ? nu.t : 0]!.norm)) return true; // did not say which …
    // said China would … (not a participle or "including" after the phrase: added 27 companies, including …)
    const finite = (x: Unit | undefined) => x?.kind === 'vg' && !x.v.nonFinite && !x.v.complement;
    if (nu.kind === 'np' && (finite(units[j + 1]) || (units[j + 1]?.kind === 'adv' && finite(units[j + 2])))) return true;
    // said China's market for AI chips would …: the clause's subject may carry prepositional phrases
    if (nu.kind === 'np') {
      let x = j + 1;
      while (units[x]?.kind === 'prep' && units[x + 1]?.kind === 'np') x += 2;
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
  private invertedSubject(units: Unit[], k: number): Phrase | undefined {
    const nu = units[k + 1];
    return nu?.kind === 'np' ? nu.p : undefined;
  }

  private subjectOf(units: Unit[], k: number, toks: Tok[], frames: Frame[], frameOfUnit: Map<number, number>, objectOwner: Map<Phrase, number>,
    saidBy: Map<number, Phrase[]>): { phrases: Phrase[]; relative: boolean; inherited: boolean; from?: number; ownClaim?: boolean; afterPassive?: boolean } {
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
      // the object of an infinitive inside the subject (the U.S. move to blacklist Chinese firms angered Beijing):
      // the subject is the phrase that took the infinitive
      const fo = objectOwner.get(p);
      if (fo !== undefined && frames[fo]!.controlled && !(units[k] as { v: VerbGroup }).v.complement) {
        const vu = [...frameOfUnit.entries()].find(([, fi]) => fi === fo)?.[0];
        const head = vu !== undefined ? units[vu - 2] : undefined;
        if (head?.kind === 'np' && units[vu! - 1]?.kind === 'prep' && !this.breaksAfter(toks[p.b - 1])) return { phrases: [head.p], relative: false, inherited: false };
      }
      if (this.breaksAfter(toks[u.p.b - 1]) && !u.p.appositiveOf && !/["\u201d]/.test(toks[u.p.b - 1]!.post) && j === k - 1) {
        // "China, Japan and …" no; a comma right before the verb usually closes an intervening phrase
        return none;
      }
      const phrases = [p];
      // coordination leftwards: A, B and C
      let c = units.findIndex((x) => x.kind === 'np' && x.p === p) - 1;
      while (c >= 1 && units[c]?.kind === 'cc' && toks[(units[c] as { t: number }).t]!.norm !== 'but' && units[c - 1]?.kind === 'np') {
        const prev = (units[c - 1] as { p: Phrase }).p;
        if (prev.temporal || prev.appositiveOf) break;
        phrases.unshift(prev);
        c -= 2;
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
    const ts = toks.slice(a, u.p.b);
    const poss = ts.findIndex((t) => /['’]s?$/.test(t.text) || /^['’]/.test(t.post));
    const prep = ts.findIndex((t, x) => x > Math.max(poss, 0) && t.tags.has('Preposition'));
    const head = ts[(prep > 0 ? prep : ts.length) - 1]!;
    const lemma = this.cues.roleNouns.get(head.norm);
    if (!lemma || !this.relations.lookup(lemma, 'en')) return undefined;
    if (poss >= 0 && poss < ts.indexOf(head)) return { lemma, owner: { a, b: a + poss + 1, temporal: false } };
    if (prep > 0 && ts[prep]!.norm === 'of' && prep + 1 < ts.length) return { lemma, owner: { a: a + prep + 1, b: u.p.b, temporal: false } };
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
    if (!toks[v.predA]!.tags.has('Gerund') || this.cues.attributionVerbs.has(v.lemma)) return undefined;
    if (this.cues.memberCues.some((w) => w.length === 1 && w[0] === toks[v.predA]!.norm)) return undefined; // including
    const before = units[k - 1];
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
    // ", barring them from …", ", escalating its campaign …": after a comma, the main clause's subject (the
    // sentence's first clause of its own, not a relative, complement or appositive one)
    if (v.a > 0 && /,/.test(toks[v.a - 1]!.post) && !this.cues.lightVerbs.has(v.lemma) && !this.cues.skipPredicates.has(v.lemma) && this.relations.lookup(v.lemma, 'en')) {
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
    // inside a clause that already has its verb (not "Beijing retaliated by …")
    if (!units.slice(0, k - 1).some((u) => u.kind === 'vg')) return undefined;
    const next = units[k + 1];
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
    if (subj?.kind !== 'np' || ant?.kind !== 'np' || ant.p.temporal) return undefined;
    const w = this.relWord(rel, toks);
    if (!w || !/^(which|that|whom)$/.test(w)) return undefined;
    const head = toks[ant.p.b - 1]!;
    if (w === 'that' && (this.cues.contentNouns.has(head.norm) || this.cues.contentNouns.has(head.lemma))) return undefined;
    // "told reporters that …": the phrase before "that" is a speech verb's object, the clause its content
    const before = units[k - 4];
    if (before?.kind === 'vg' && this.cues.attributionVerbs.has(before.v.lemma)) return undefined;
    return ant.p;
  }

  /**
   * Unit k's clause is the content of a noun (evidence that [X] threatened …, concerns that [X] could …), an
   * indirect question (investigating whether [X] obtained …) or a condition (if [X] …): not claimed.
   */
  private inNounContent(units: Unit[], k: number, toks: Tok[]): boolean {
    let s = k - 1;
    while (units[s]?.kind === 'adv') s--;
    if (units[s]?.kind !== 'np') return false;
    if (/^(whether|if)$/.test(this.relWord(units[s - 1], toks) ?? '')) return true;
    if (this.relWord(units[s - 1], toks) !== 'that') return false;
    const n = units[s - 2];
    if (n?.kind !== 'np') return false;
    const head = toks[n.p.b - 1]!;
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
    // a clause, not an object — unless the verb is a bare participle modifying the phrase (a lawsuit challenging …,
    // a chip made by SMIC)
    if (units[j + 1]?.kind === 'vg' && !(units[j + 1] as { v: VerbGroup }).v.complement && !(units[j + 1] as { v: VerbGroup }).v.nonFinite &&
      !((this.isBareParticiple(units, j + 1, toks) || this.startsWithParticiple(units[j + 1]!, toks)) && !this.cues.attributionVerbs.has((units[k] as { v: VerbGroup }).v?.lemma ?? ''))) return { phrases: [] };
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

  /**
   * A light verb's noun complement: a preposition (not of/to) after the noun, then the phrase it takes, through a
   * gerund (interest in acquiring X → X). Temporal phrases are no complement (filed a lawsuit on Tuesday).
   */
  private lightComplement(units: Unit[], end: number | undefined, toks: Tok[]): Phrase | undefined {
    if (end === undefined) return undefined;
    const p = units[end];
    if (p?.kind !== 'prep' || /^(of|to|by)$/.test(toks[p.t]!.norm)) return undefined;
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
    for (let j = from; j < units.length && j < from + 4; j++) {
      const u = units[j]!;
      const t0 = u.kind === 'np' ? u.p.a : u.kind === 'vg' ? u.v.a : u.t;
      if (u.kind === 'sub' || u.kind === 'rel') return [];
      const cue = this.cues.memberCues.find((w) => w.every((x, k) => toks[t0 + k]?.norm === x));
      // after a comma, or right after the phrase (firms such as Micron)
      if (!cue || t0 === 0 || (!/,/.test(toks[t0 - 1]!.post) && j !== from)) {
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
  private names(toks: Tok[], mentions: Mention[], capitalised?: ReadonlySet<string>): Array<{ a: number; b: number; tag: string }> {
    const out: Array<{ a: number; b: number; tag: string }> = [];
    const COMMON = new Set(['Technology', 'Material', 'Policy', 'Concept']);
    const cap = (t: Tok) => /^[A-Z]/.test(t.text) && !t.tags.has('Demonym') && !this.cues.demonyms.has(t.norm) && !t.tags.has('Pronoun') && !t.tags.has('Date') &&
      !t.tags.has('Verb') && !t.tags.has('Determiner') && !t.tags.has('Preposition') && !t.tags.has('Conjunction') &&
      (t.mention === undefined || COMMON.has(mentions[t.mention]!.type));
    // a capital inside the word marks a name whatever the tagger says (SoftBank, ByteDance)
    const midCap = (t: Tok) => !!capitalised?.has(t.text.replace(/['’]s?$/, ''));
    const proper = (t: Tok) => t.mention === undefined && (['ProperNoun', 'Person', 'Organization', 'Place', 'Company'].some((g) => t.tags.has(g)) ||
      /^[A-Z][a-z]+[A-Z][a-z]/.test(t.text) || midCap(t));
    let i = 0;
    while (i < toks.length) {
      if (!cap(toks[i]!)) { i++; continue; }
      let j = i + 1;
      while (j < toks.length && cap(toks[j]!) && !this.breaksAfter(toks[j - 1], toks[j])) j++;
      const run = toks.slice(i, j);
      const strong = run.filter(proper);
      // a single sentence-initial word is capitalised by position, not by being a name
      const ok = strong.length > 0 && (run.length > 1 || i > 0 || strong[0]!.tags.has('Organization') || strong[0]!.tags.has('Person') ||
        /^[A-Z][a-z]+[A-Z][a-z]/.test(strong[0]!.text) || midCap(strong[0]!));
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
