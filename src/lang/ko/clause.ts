// Stage 4: phrases → predicate frames. A left-to-right pass over the sentence that keeps the grammatical
// context Korean leaves implicit:
//  - topics (은/는) and pending subjects (이/가); a subject right before an adnominal predicate belongs to
//    that relative clause and is closed with it (사양이 낮은 A800);
//  - connective clauses (-고, -며, -아/어, -려면) share the subject;
//  - an adnominal clause (-는/-ㄴ/-ㄹ + noun) takes its subject from the head noun when the head is an agent
//    (…기술을 활용하는 중국 업체), from the main clause or the head's genitive when the head is a measure
//    (…접근을 제한하는 제재를 추진하는: the main subject restricts), and its object from the head when it has
//    its own subject but no object (중국이 취한 조치);
//  - V-는 것을 / V-기를 make a clause the object of the next predicate;
//  - quotations (…다고, …라며, "…") are buffered and attributed to the subject of the next speech verb;
//  - auxiliaries (하고 있다, 하지 않다, 해야 한다) fold into their main verb; modality comes from
//    data/ko/modality.yaml markers on the text after the stem;
//  - X에 의해 + passive: X is the subject and the patient the object; phrasal predicates from the lexicon
//    (블랙리스트에 올리다, 수출 규제 대상에 포함하다); X를 대상으로 (the target); X에 따르면 (the source);
//  - V-도록 clauses, purpose clauses (-기 위해) and V-는 것을 under verbs with another actor (금지하다) keep
//    the sentence subject out of the embedded clause; a topicalised thing after an agent topic is an object.
import type { EntityRef, Modality } from '../../types/index.js';
import type { KoLexicon } from './lexicon.js';
import { headNoun, phraseReferents, possessors, type NounPhrase, type Phrase } from './phrases.js';
import type { PredWord } from './words.js';

export interface Subject { refs: EntityRef[]; np?: NounPhrase; inherited: boolean }

export type ObjectArg = { np: NounPhrase } | { clause: Frame };

export interface Frame {
  lemma: string;
  main: PredWord;
  last: PredWord;
  auxLemmas: string[];
  kind: 'final' | 'connective' | 'adnominal' | 'nominal' | 'quote' | 'complement';
  subject?: Subject;
  object?: ObjectArg;
  dative?: NounPhrase;
  modality: Modality;
  /** The speaker or outlet, for quoted clauses. */
  attribution?: Subject;
  /** Relation-less predicate (functional, adjective, passive without agent): context only. */
  silent: boolean;
  /** For speech verbs: the frames they attribute. */
  quoted?: Frame[];
  /** Set when the subject should come from the next frame (V-기를 원하다). */
  deferred?: boolean;
  /** A passive whose agent (X에 의해) became the subject and whose patient became the object. */
  agentive?: boolean;
  /** V-도록 하다: the subject makes someone else do it (허가를 받도록 했다). */
  causative?: boolean;
  /** X를 대상으로: what the action is aimed at. */
  target?: NounPhrase;
  /** Bare amounts before the predicate (16% 급락하다, 매출 75억 유로, 순이익 …를 기록하다). */
  figures?: NounPhrase[];
}

interface Group { kind: 'group'; main: PredWord; last: PredWord; aux: string[]; neg: boolean; index: number }

const QUOTE_END = /(?:다|라|냐|자|까)고$|(?:다|라)며$|(?:다|라)면서$/;
const OBJECT_PARTICLES = new Set(['을', '를']);
const QUOTE_MARKER = /^(?:이)?라(?:며|고|면서)$/;

function endKind(g: Group, after: string): Frame['kind'] {
  const surface = g.last.endings.map((e) => e.form).join('');
  const tags = g.last.endings.map((e) => e.tag);
  const lastTag = tags[tags.length - 1];
  if (QUOTE_END.test(surface) || /^(?:[ᆫ는]다고|다고|라고)$/.test(surface)) return 'quote';
  if (lastTag === 'ETM') {
    if (/^\s*것(?:이)?(?:라고|라며|라면서|이라고)/.test(after)) return 'quote';
    // …할 수 있다, …할 예정이다: the clause goes on; not a relative clause on 수/예정.
    if (/^\s*(?:수\s*(?:있|없|도)|예\s*정|계획이|방침이|전망이|바\s*(?:있|없))/.test(after)) return 'complement';
    if (/^\s*것(?:으로|이다|이라)/.test(after)) return 'complement';
    if (/^\s*것(?:을|를|이|은|도|에)/.test(after)) return 'nominal';
    return 'adnominal';
  }
  if (lastTag === 'ETN') return 'nominal';
  if (lastTag === 'EF') return 'final';
  return 'connective';
}

/** The phrasal predicate (noun + particle + verb) an oblique argument makes with `lemma`, if any. */
export function phrasal(lemma: string, obls: NounPhrase[], lx: KoLexicon, relational: (lemma: string) => boolean): { lemma: string; passive: boolean; np: NounPhrase; keepObject: boolean } | undefined {
  const cands = lx.phrasal.get(lemma);
  if (!cands) return undefined;
  const same = (a?: string, b?: string) => a === b || (OBJECT_PARTICLES.has(a ?? '') && OBJECT_PARTICLES.has(b ?? ''));
  for (const o of [...obls].reverse()) {
    // 매출의 약 30%를 올리다: a quantity of a noun stands for the noun.
    let head = headNoun(o);
    const gi = o.parts.map((p) => p.link).lastIndexOf('genitive');
    if (gi >= 0 && !head.entity && (lx.timeNouns.has(head.text) || /^[\d.,%]+$/.test(head.text))) head = o.parts[gi]!.nouns[o.parts[gi]!.nouns.length - 1]!;
    for (const p of cands) {
      if (!same(o.particle, p.particle)) continue;
      const noun = p.nouns.find((n) => head.text === n || head.text.endsWith(n));
      if (!noun) continue;
      if (p.lemma !== 'modifier') return { lemma: p.lemma, passive: p.passive, np: o, keepObject: p.keepObject };
      // 수출 규제 대상, 제재대상: the verbal noun before the noun names the relation.
      const last = o.parts[o.parts.length - 1]!;
      const words = [head.text.slice(0, head.text.length - noun.length), ...last.nouns.slice(0, -1).reverse().map((n) => n.text.split(/\s+/).pop()!)];
      // The traded action itself (수출 관리 대상: 수출) is no cue; a few nouns name control in compounds (관리).
      for (const w of words) {
        if (lx.actionNouns.has(w)) continue;
        const alias = lx.modifierLemmas.get(w);
        if (alias) return { lemma: alias, passive: p.passive, np: o, keepObject: true };
        for (let k = 0; k + 1 < w.length; k++) {
          if (!lx.actionNouns.has(w.slice(k)) && relational(`${w.slice(k)}하다`)) return { lemma: `${w.slice(k)}하다`, passive: p.passive, np: o, keepObject: true };
        }
      }
    }
  }
  return undefined;
}

export function analyseClauses(phrases: Phrase[], text: string, lx: KoLexicon, relational: (lemma: string) => boolean = () => false): Frame[] {
  // Group auxiliaries with their main predicate.
  const items: Array<Phrase | Group> = [];
  for (let i = 0; i < phrases.length; i++) {
    const p = phrases[i]!;
    if (p.kind !== 'pred') { items.push(p); continue; }
    const prev = items[items.length - 1];
    const prevEnds = prev && (prev as Group).kind === 'group' ? (prev as Group).last.endings : [];
    const prevLast = prevEnds[prevEnds.length - 1];
    if (prev && (prev as Group).kind === 'group' && lx.auxiliaries.has(p.lemma) && prevLast?.tag === 'EC') {
      const g = prev as Group;
      g.last = p; g.aux.push(p.lemma);
      continue;
    }
    const neg = prev?.kind === 'mark' && (prev as { mark: string }).mark === 'neg';
    items.push({ kind: 'group', main: p, last: p, aux: [], neg, index: i });
  }

  const frames: Frame[] = [];
  const topics: Subject[] = [];
  let pending: Subject[] = [];
  let args: { subj?: Subject; objs: ObjectArg[]; obls: NounPhrase[]; delims: NounPhrase[]; agent?: NounPhrase; target?: NounPhrase; figures?: NounPhrase[] } = { objs: [], obls: [], delims: [] };
  let open: Frame[] = [];
  let quoted: Frame[] = [];
  const scopes: Array<{ topics: number; pending: Subject[] }> = [];
  let lastFrame: Frame | undefined;
  let deferred: Frame[] = [];

  const mainSubject = (): Subject | undefined => {
    const s = pending[pending.length - 1] ?? topics[topics.length - 1];
    return s ? { ...s, inherited: true } : undefined;
  };
  const nextHead = (from: number): NounPhrase | undefined => {
    for (let k = from + 1; k < items.length; k++) {
      const it = items[k]!;
      if (it.kind === 'np') {
        // 포괄적인 조치, 핵심 소재인 흑연: a noun + adnominal copula modifies the next noun.
        const nx = items[k + 1];
        if (it.role === 'bare' && nx && (nx as Group).kind === 'group' && (nx as Group).main.adjective && (nx as Group).last.endings.some((e) => e.tag === 'ETM')) { k++; continue; }
        return it;
      }
      if (it.kind === 'group' && it.main.adjective && it.last.endings.some((e) => e.tag === 'ETM')) continue;
      if (it.kind === 'mark' && (it.mark === 'other' || it.mark === 'open' || it.mark === 'close')) continue;
      return undefined;
    }
    return undefined;
  };
  const lastNp = (from: number): NounPhrase | undefined => { const x = items[from - 1]; return x && x.kind === 'np' ? x : undefined; };
  /** A relative clause modifies the phrase up to its first genitive (AI 칩 H20의 수출 → AI 칩 H20). */
  const modified = (np: NounPhrase): NounPhrase => {
    const gi = np.parts.findIndex((p) => p.link === 'genitive');
    if (gi < 0) return np;
    const parts = np.parts.slice(0, gi + 1).map((p, k) => (k === gi ? { nouns: p.nouns } : p));
    const last = parts[gi]!.nouns;
    return { ...np, parts, end: last[last.length - 1]!.end, role: 'bare' };
  };
  const inanimate = (s: Subject) => s.refs.length > 0 && s.refs.every((r) => ['Material', 'Technology', 'Product', 'Policy'].includes(r.type));
  const quantity = (a: ObjectArg | undefined) => !!a && 'np' in a && (lx.timeNouns.has(headNoun(a.np).text) || /^[\d.,%]+$/.test(headNoun(a.np).text));
  let chain: Subject | undefined;
  let source: Subject | undefined;
  const isAgent = (np: NounPhrase) => phraseReferents(np, lx).length > 0 || lx.agentNouns.has(headNoun(np).text);
  const subjectOf = (np: NounPhrase): Subject => {
    const refs = phraseReferents(np, lx);
    // 삼성전자와 SK하이닉스의 중국 공장은 …: a facility acts for its genitive owners.
    if (!refs.length && lx.facilityNouns.has(headNoun(np).text)) return { refs: possessors(np, lx).filter((r) => r.type !== 'Concept'), np, inherited: false };
    return { refs, np, inherited: false };
  };

  const flushQuote = () => { quoted.push(...open); open = []; };

  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.kind === 'np') {
      const head = headNoun(it);
      if (it.role === 'subject') { const s = subjectOf(it); pending.push(s); args.subj = s; }
      else if (it.role === 'topic') {
        const s = subjectOf(it);
        if (s.refs.length || !lx.pronouns.has(head.text)) { topics.push(s); args.subj = s; }
      } else if (it.role === 'object') {
        // V-는 것을 / V-기를: the clause just before is the object.
        if (head.text === '것' && it.parts.length === 1 && it.parts[0]!.nouns.length === 1 && lastFrame?.kind === 'nominal') args.objs.push({ clause: lastFrame });
        else args.objs.push({ np: it });
      } else if (it.role === 'oblique' && head.text === '대상' && it.parts.length === 1 && it.parts[0]!.nouns.length === 1
        && (it.particle === '으로' || it.particle === '로') && args.objs.length && 'np' in args.objs[args.objs.length - 1]!) {
        // X를 대상으로 (aimed at X): X is the target, not the object of the predicate.
        args.target = (args.objs.pop() as { np: NounPhrase }).np;
      } else if (it.role === 'oblique') args.obls.push(it);
      else if (it.role === 'delimiter') args.delims.push(it);
      else if (it.role === 'bare' && it.parts.some((p) => p.nouns.some((n) => /^[\d.,]+(?:%|억|만|천|조)?$/.test(n.text)))) (args.figures ??= []).push(it);
      continue;
    }
    if (it.kind === 'mark') {
      if (it.mark === 'open') scopes.push({ topics: topics.length, pending: [...pending] });
      else if (it.mark === 'close' && scopes.length) {
        const sc = scopes.pop()!;
        topics.length = Math.min(topics.length, sc.topics); pending = sc.pending;
        flushQuote();
      } else if (it.mark === 'end') { pending = []; }
      continue;
    }
    if (it.kind === 'pred') continue; // grouped above
    const g = it as Group;
    const surface = text.slice(g.main.start, g.last.end);
    if (QUOTE_MARKER.test(surface) || g.main.lemma === '이라다') { flushQuote(); args = { objs: [], obls: [], delims: [] }; continue; }
    // X에 따르면 (according to X): X is the source of every claim in the sentence.
    if (lx.sourcePredicates.has(g.main.lemma) && /면$/.test(g.last.endings.map((e) => e.form).join(''))) {
      const k = args.obls.map((o) => o.particle).lastIndexOf('에');
      const src = k >= 0 ? subjectOf(args.obls[k]!) : undefined;
      if (src?.refs.length) { source = src; args.obls.splice(k, 1); continue; }
    }
    // X에 대해(서)(는/도) + predicate: X is what the action is aimed at (테무에 대해서도 실태를 조사 중이다).
    if (lx.aboutPredicates.has(g.main.lemma) && g.last === g.main && g.main.endings.length === 1 && g.main.endings[0]!.tag === 'EC') {
      const k = args.obls.map((o) => o.particle).lastIndexOf('에');
      if (k >= 0) { args.target = args.obls[k]; args.obls.splice(k, 1); continue; }
    }
    // X에 의해: the agent of the coming passive; no clause of its own.
    if (lx.agentPredicates.has(g.main.lemma)) {
      const k = args.obls.map((o) => o.particle).lastIndexOf('에');
      if (k >= 0) { args.agent = args.obls[k]; args.obls.splice(k, 1); continue; }
    }
    const after = text.slice(g.last.end);
    // -게 on a 하다-word is an adverb (광범위하게): no clause, no arguments consumed.
    if (g.last === g.main && g.main.endings.length === 1 && g.main.endings[0]!.form === '게') continue;
    const kind = endKind(g, after);
    // 수출통제 대상인 '…목록'에, 핵심 원료인 갈륨: a noun + adnominal copula only modifies the next noun; the
    // clause's arguments carry on past it.
    if (g.main.lemma === '이다' && g.last === g.main && kind === 'adnominal' && lastNp(i)?.role === 'bare') continue;
    const lemma = g.main.lemma;
    const functional = lx.functional.has(lemma);
    const silent = functional || g.main.adjective || (g.main.passive && !!g.main.noun);
    const frame: Frame = { lemma, main: g.main, last: g.last, auxLemmas: g.aux, kind, modality: 'asserted', silent };

    // Modality: markers on the text after the stem, auxiliaries, a preceding 안/못.
    const found = new Set<Modality>();
    const local = text.slice(g.main.stemEnd, Math.min(text.length, g.last.end + 16));
    const rest = text.slice(g.main.stemEnd);
    for (const m of lx.modality.markers) if (m.re.test(m.scope === 'local' ? local : rest)) found.add(m.modality);
    if (g.neg || g.aux.some((a) => a === '않다' || a === '못하다' || a === '말다')) found.add('negated');
    frame.modality = lx.modality.precedence.find((m) => found.has(m)) ?? 'asserted';

    // Subject.
    if (kind === 'adnominal') {
      const head = nextHead(i);
      if (head && args.objs.length && isAgent(head) && !lx.measureNouns.has(headNoun(head).text)) frame.subject = subjectOf(head);
      else if (args.subj && (!silent || lastNp(i) === args.subj.np) && g.main.lemma !== '이다') {
        // A copula or adjective relative clause keeps only a subject right before it (사양이 낮은 A800).
        frame.subject = args.subj;
        pending = pending.filter((s) => s !== args.subj);
        if (head && !args.objs.length && !args.delims.length && !silent) args.objs.push({ np: modified(head) });
      } else if (chain && !silent && !(head && lx.measureNouns.has(headNoun(head).text))) {
        // …을 겨냥해 만든 칩: a connective clause's own subject carries into the relative clause it leads to.
        frame.subject = chain;
        pending = pending.filter((s) => s !== chain);
        if (head && !args.objs.length) args.objs.push({ np: modified(head) });
      } else if (head && lx.measureNouns.has(headNoun(head).text)) {
        const owners = possessors(head, lx);
        frame.subject = owners.length ? { refs: owners, np: head, inherited: true } : mainSubject();
      } else if (head && isAgent(head)) frame.subject = subjectOf(head);
    } else if (kind === 'nominal' && args.subj?.np?.role !== 'subject') {
      // A topic before a V-는 것을 clause is the main clause's; the embedded actor comes from the governing verb.
      frame.deferred = true;
    } else if (kind === 'nominal') {
      // The embedded clause closes with its own subject (클라우드 기업이 …하는 것을), except a purpose clause
      // (엔비디아가 …을 피하기 위해 …했다), whose subject is the main clause's.
      frame.subject = args.subj;
      if (!/^\s*위(?:해|한|하여)/.test(after)) pending = pending.filter((s) => s !== args.subj);
    } else if (g.last.endings[g.last.endings.length - 1]?.form === '도록' && args.subj?.np?.role !== 'subject') {
      // …을 사용하도록 권고하다: the one told to act is not the subject of the sentence.
      frame.subject = undefined;
    } else {
      frame.subject = args.subj ?? mainSubject();
    }
    // 흑연은 …을 생산한다 after 중국은 …: a topicalised thing is the object; the earlier agent topic is the subject.
    let topicObject: NounPhrase | undefined;
    if ((kind === 'final' || kind === 'connective') && args.subj?.np?.role === 'topic' && inanimate(args.subj)) {
      const agent = [...topics].reverse().find((s) => s !== args.subj && s.refs.length > 0 && !inanimate(s));
      if (agent) { frame.subject = { ...agent, inherited: true }; topicObject = args.subj.np; }
    }
    // 상무부는 홍콩 업체 12곳도 명단에 올렸다: after an agent topic, a 도-phrase naming no actor is the object of
    // a transitive predicate (the agent also did it to X), not a second subject.
    let alsoObject: NounPhrase | undefined;
    const also = args.subj?.np;
    if ((kind === 'final' || kind === 'connective') && also?.role === 'topic' && also.particle === '도' && !args.objs.length && !args.delims.length
      && !silent && !g.main.passive && !lx.figurePredicates.has(lemma) && !lx.dativeObject.has(lemma) && !lx.speech.has(lemma)
      && args.subj!.refs.every((r) => ['Material', 'Technology', 'Product', 'Policy', 'Concept'].includes(r.type))) {
      const agent = [...topics].reverse().find((s) => s !== args.subj && s.np !== also && s.refs.length > 0 && !inanimate(s));
      if (agent && agent.np && agent.np.end <= also.start) { frame.subject = { ...agent, inherited: true }; alsoObject = also; }
    }
    frame.causative = g.aux.includes('하다') && g.main.endings[g.main.endings.length - 1]?.form === '도록';
    chain = kind === 'connective' && !silent && args.subj?.np?.role === 'subject' ? args.subj : undefined;
    if (frame.subject && !frame.deferred) {
      // …에 투자하는 것을 금지하다: the one who bans is not the one who would invest.
      if (!lx.otherActor.has(frame.lemma)) for (const d of deferred) if (!d.subject) d.subject = frame.subject;
      deferred = [];
    }
    if (frame.deferred) deferred.push(frame);

    // Objects: the nearest 을/를 argument; the 에/에게 recipient for verbs that prefer it.
    frame.object = args.objs[args.objs.length - 1] ?? (args.delims.length ? { np: args.delims[args.delims.length - 1]! } : undefined);
    const dative = [...args.obls].reverse().find((o) => o.particle === '에' || o.particle === '에게' || o.particle === '한테');
    if (dative && lx.dativeObject.has(lemma)) frame.dative = dative;
    // X와 만나다, X와 회담하다: the partner is the object.
    const partner = [...args.obls].reverse().find((o) => o.particle === '와' || o.particle === '과' || o.particle === '이랑' || o.particle === '랑');
    if (partner && !frame.object && lx.comitativeObject.has(lemma)) frame.dative = partner;
    if (topicObject && (!frame.object || quantity(frame.object))) frame.object = { np: topicObject };
    if (alsoObject && !frame.object) frame.object = { np: alsoObject };
    if (args.figures?.length && lx.figurePredicates.has(lemma)) frame.figures = args.figures;
    if (args.target) frame.target = args.target;

    // Phrasal predicates (블랙리스트에 올리다, 규제 대상에 포함하다) and passives with an agent (X에 의해 제재되다).
    // Noun + 을/를 + verb (관심을 보이다, 출하를 시작하다): the noun is part of the predicate; the object is the
    // noun's genitive owner (910C의 출하) or else the 에/로 phrase (인수에 관심을 보이다).
    const lastObj = args.objs[args.objs.length - 1];
    const ph = phrasal(lemma, args.obls, lx, relational) ?? (lastObj && 'np' in lastObj ? phrasal(lemma, [lastObj.np], lx, relational) : undefined);
    if (ph) { frame.lemma = ph.lemma; frame.silent = false; }
    const owner = (np: NounPhrase): NounPhrase | undefined => {
      if (np.parts.some((p) => p.link === 'genitive')) return modified(np);
      // 910C 출하를 시작하다: a name compounded before the noun.
      const last = np.parts[np.parts.length - 1]!;
      const before = last.nouns.slice(0, -1);
      if (np.parts.length > 1 || !before.some((n) => n.entity)) return undefined;
      return { ...np, parts: [{ nouns: before }], end: before[before.length - 1]!.end, role: 'bare' };
    };
    if (ph && lastObj && 'np' in lastObj && ph.np === lastObj.np && !ph.keepObject) {
      const to = [...args.obls].reverse().find((o) => /^(?:에|에게|으로|로)$/.test(o.particle ?? ''));
      const own = owner(ph.np);
      frame.object = own ? { np: own } : undefined;
      if (!frame.object && to) frame.dative = to;
    } else if (ph && !ph.passive && !frame.object && ph.np.parts.some((p) => p.link === 'genitive')) {
      // HBM4의 양산에 들어가다: the noun's owner is what the predicate is about.
      frame.object = { np: modified(ph.np) };
    }
    if ((ph?.passive || (!ph && g.main.passive && !!g.main.noun && !functional)) ) {
      const patient = frame.subject;
      if (args.agent && patient?.np) {
        frame.subject = subjectOf(args.agent); frame.object = { np: patient.np }; frame.silent = false; frame.agentive = true;
      } else frame.silent = true;
    }
    // 타격을 받다, 제재를 받다: a passive made with a light verb.
    const lp = lx.lightPassive.get(lemma);
    if (!ph && lp && frame.object && 'np' in frame.object && lp.has(headNoun(frame.object.np).text)) frame.silent = true;

    // A governing verb (…규제를 검토하다) states that its object is only considered.
    const gov = lx.modality.governing.get(lemma);
    if (gov && frame.modality === 'asserted') frame.modality = gov;

    // Speech verbs take the buffered quotation.
    if (lx.speech.has(lemma) && (quoted.length || kind === 'final' || kind === 'connective')) {
      if (kind === 'quote') flushQuote();
      if (quoted.length) {
        frame.quoted = quoted;
        for (const q of quoted) q.attribution = frame.subject;
        quoted = [];
      }
    }
    frames.push(frame);
    open.push(frame);
    lastFrame = frame;
    if (kind === 'quote') {
      flushQuote();
      pending = [];
      if (topics.length > 1 && !scopes.length) topics.pop();
    }
    args = { objs: [], obls: [], delims: [] };
  }
  if (source) for (const f of frames) if (!f.attribution && !f.quoted && f.subject?.refs[0]?.id !== source.refs[0]!.id) f.attribution = source;
  // Quotations with no speech verb after them (…라며 at the end of a fragment): the topic speaks.
  if (quoted.length && topics.length) for (const q of quoted) q.attribution ??= topics[0];
  return frames;
}
