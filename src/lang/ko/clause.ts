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
//  - subordinate clauses (-면, -지만, …할 때/경우) keep their own 이/가 subject after a sentence topic; a time or
//    condition clause (…할 때) asserts nothing;
//  - a 도-phrase naming a thing after the clause's own subject is its object (정부가 … 추가 규제도 발표하다);
//  - requests: Y에 V-아/어 달라고 / V-(으)라고 + a request verb: the asker asks Y, V is not asserted; a V-도록
//    complement is what a directive verb urges (or a licence requirement: …받도록 요구하다);
//  - coordination across a relative clause: A와 B 등 [X에 …한] 업체들 (the examples are the head's), A와 B,
//    [C가 이끄는] D 등 (A and B go on in D); -거나 conjuncts share their object and their embedding;
//  - X는 [S가 … V-ㄴ] N이다: the copula equates N with X, which is V's object.
import type { EntityRef, Modality } from '../../types/index.js';
import type { KoLexicon } from './lexicon.js';
import { headNoun, partReferent, phraseReferents, possessors, type NounPhrase, type Phrase } from './phrases.js';
import type { PredWord } from './words.js';

export interface Subject { refs: EntityRef[]; np?: NounPhrase; inherited: boolean }

export type ObjectArg = { np: NounPhrase } | { clause: Frame };

export interface Frame {
  lemma: string;
  main: PredWord;
  last: PredWord;
  auxLemmas: string[];
  kind: 'final' | 'connective' | 'adnominal' | 'nominal' | 'quote' | 'complement' | 'adverbial';
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
  /** X가 합헌이라고 판결했다: the subject of a quoted noun predicate (what the quotation is about). */
  quotedSubject?: NounPhrase;
  /** Set when the subject should come from the next frame (V-기를 원하다). */
  deferred?: boolean;
  /** A passive whose agent (X에 의해) became the subject and whose patient became the object. */
  agentive?: boolean;
  /** V-도록 하다: the subject makes someone else do it (허가를 받도록 했다). */
  causative?: boolean;
  /** A passive phrasal predicate with no agent (X가 명단에 포함됐다): the patient phrase. */
  agentless?: NounPhrase;
  /** Further 에-targets of an agentless passive (A에 35%, B에 18%의 관세율이 적용된다). */
  agentlessMore?: NounPhrase[];
  /** X를 대상으로: what the action is aimed at. */
  target?: NounPhrase;
  /** Bare amounts before the predicate (16% 급락하다, 매출 75억 유로, 순이익 …를 기록하다). */
  figures?: NounPhrase[];
}

interface Group { kind: 'group'; main: PredWord; last: PredWord; aux: string[]; neg: boolean; index: number }

const QUOTE_END = /(?:다|라|냐|자|까)고$|(?:다|라)며$|(?:다|라)면서$/;
const OBJECT_PARTICLES = new Set(['을', '를']);
const QUOTE_MARKER = /^(?:이)?라(?:며|고|면서)$/;
/** Case forms of an addressee or recipient (에, 에게도, 한테는). */
const DATIVE = /^(?:에|에게|한테)(?:도|는|만)?$/;
/** Entity types that name things rather than actors. */
const THINGS = new Set(['Material', 'Technology', 'Product', 'Policy', 'Concept']);
const lastEnding = (p: PredWord) => p.endings[p.endings.length - 1]?.form ?? '';

function endKind(g: Group, after: string, lx: KoLexicon): Frame['kind'] {
  const surface = g.last.endings.map((e) => e.form).join('');
  const tags = g.last.endings.map((e) => e.tag);
  const lastTag = tags[tags.length - 1];
  if (QUOTE_END.test(surface) || /^(?:[ᆫ는]다고|다고|라고)$/.test(surface)) return 'quote';
  if (lastTag === 'ETM') {
    if (/^\s*것\s*["”’']?\s*(?:이)?(?:라고|라며|라면서|이라고)/.test(after)) return 'quote';
    // …할 수 있다, …할 예정이다: the clause goes on; not a relative clause on 수/예정.
    if (/^\s*(?:수\s*(?:있|없|도)|예\s*정|계획[이인]|방침[이인]|전망[이인]|바\s*(?:있|없))/.test(after)) return 'complement';
    if (/^\s*것(?:으로|이다|이라)/.test(after)) return 'complement';
    // 생산을 중단하는 등 (doing V, among other things): the clause goes on, V is asserted of its subject.
    if (/^\s*등(?:[\s,]|$)/.test(after)) return 'connective';
    if (/^\s*것(?:을|를|이|은|도|에)/.test(after)) return 'nominal';
    // 수출할 때, 막힐 경우: a time or condition clause.
    const bound = /^\s*([가-힣]+?)(?:마다|에는|에도|에|엔|도|는)?(?=[\s,]|$)/.exec(after)?.[1];
    if (bound && lx.temporalHeads.has(bound)) return 'adverbial';
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
  const scopes: Array<{ topics: number; pending: Subject[]; frames: number }> = [];
  /** Objects held back while inside single quotation marks ('신뢰할 수 없는 기업' 명단에 올리다). */
  const held: Array<{ objs: ObjectArg[]; at: number }> = [];
  let lastFrame: Frame | undefined;
  let deferred: Frame[] = [];

  const mainSubject = (): Subject | undefined => {
    const s = pending[pending.length - 1] ?? topics[topics.length - 1];
    return s ? { ...s, inherited: true } : undefined;
  };
  const nextHeadIndex = (from: number): number => {
    for (let k = from + 1; k < items.length; k++) {
      const it = items[k]!;
      if (it.kind === 'np') {
        // 포괄적인 조치, 핵심 소재인 흑연: a noun + adnominal copula modifies the next noun.
        const nx = items[k + 1];
        if (it.role === 'bare' && nx && (nx as Group).kind === 'group' && (nx as Group).main.adjective && (nx as Group).last.endings.some((e) => e.tag === 'ETM')) { k++; continue; }
        return k;
      }
      if (it.kind === 'group' && it.main.adjective && it.last.endings.some((e) => e.tag === 'ETM')) continue;
      if (it.kind === 'mark' && (it.mark === 'other' || it.mark === 'open' || it.mark === 'close')) continue;
      return -1;
    }
    return -1;
  };
  const nextHead = (from: number): NounPhrase | undefined => { const k = nextHeadIndex(from); return k >= 0 ? items[k] as NounPhrase : undefined; };
  /** X는 [S가 … 개발한] 제품이다: a head that the final copula equates with the topic stands for the topic. */
  const copulaTopic = (from: number): NounPhrase | undefined => {
    const k = nextHeadIndex(from);
    const nx = k >= 0 ? items[k + 1] as Group | undefined : undefined;
    if (!nx || nx.kind !== 'group' || nx.main.lemma !== '이다' || nx.last.endings[nx.last.endings.length - 1]?.tag !== 'EF') return undefined;
    const t = topics[topics.length - 1];
    return t?.np?.role === 'topic' ? t.np : undefined;
  };
  /** 연방대법원이 [서비스를 금지하도록 한] 법률이 합헌이라고 판결했다: a head that opens an indirect quotation; the
   *  subject before the relative clause is the speaker's, outside the quotation. */
  const quotedHead = (from: number): boolean => {
    const k = nextHeadIndex(from);
    const h = k >= 0 ? items[k] as NounPhrase : undefined;
    if (!h || (h.role !== 'subject' && h.role !== 'topic')) return false;
    for (let j = k + 1; j < Math.min(items.length, k + 4); j++) {
      const x = items[j]!;
      if (x.kind === 'mark' && QUOTE_MARKER.test(x.text)) return true;
      if ((x as Group).kind === 'group' && QUOTE_END.test(text.slice((x as Group).main.start, (x as Group).last.end))) return true;
    }
    return false;
  };
  /** 중국 업체들이 값싼 패널을: an actor before an adjective is no subject of it (사양이 낮은 A800 is; X가 아닌 Y: X is
   *  아니다's complement all the same). */
  const isActor = (s: Subject) => s.refs.some((r) => !THINGS.has(r.type)) || (!!s.np && lx.agentNouns.has(headNoun(s.np).text));
  /** …한 혐의를 받는 업체: the one the allegation is about (the agent head after 받는), if any. */
  const accused = (from: number): Subject | undefined => {
    const k = nextHeadIndex(from);
    const g2 = k >= 0 ? items[k + 1] as Group | undefined : undefined;
    // 이씨 등은 … 넘긴 혐의를 받고 있다: with 받다 as the main verb, the accused is the sentence's subject.
    if (g2?.kind === 'group' && g2.main.lemma === '받다' && !g2.last.endings.some((e) => e.tag === 'ETM')) return mainSubject();
    if (!g2 || g2.kind !== 'group' || !g2.last.endings.some((e) => e.tag === 'ETM')) return undefined;
    const h = nextHead(k + 1);
    return h && isAgent(h) ? subjectOf(h) : undefined;
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
  /** Referents a phrase stands for beyond its own words (a list's examples given before a relative clause). */
  const aliasRefs = new Map<NounPhrase, EntityRef[]>();
  const subjectOf = (np: NounPhrase): Subject => {
    const alias = aliasRefs.get(np);
    if (alias) return { refs: alias, np, inherited: false };
    const refs = phraseReferents(np, lx);
    // 삼성전자와 SK하이닉스의 중국 공장은 …: a facility acts for its genitive owners.
    if (!refs.length && lx.facilityNouns.has(headNoun(np).text)) {
      const owners = possessors(np, lx).filter((r) => r.type !== 'Concept');
      // 삼성전자 중국 시안 공장과 SK하이닉스 우시 공장은: a company opening a facility's name (each conjunct's) owns it.
      if (!owners.length) for (const p of np.parts) {
        const e = p.nouns[0]?.entity;
        if (e && (e.type === 'Company' || e.type === 'Organization') && lx.facilityNouns.has(p.nouns[p.nouns.length - 1]!.text)) owners.push(e);
      }
      return { refs: owners, np, inherited: false };
    }
    // 한국과 일본의 산업장관이, 삼성전자의 관계자는: an unnamed official acts for the actors that own the title.
    const hn = headNoun(np).text;
    if (!refs.length && (lx.roleNouns.has(hn) || [...(lx.names?.titles ?? [])].some((t) => t.length >= 2 && hn.endsWith(t)))) {
      const owners = possessors(np, lx).filter((r) => !THINGS.has(r.type));
      if (owners.length) return { refs: owners, np, inherited: false };
    }
    return { refs, np, inherited: false };
  };

  const flushQuote = () => { quoted.push(...open); open = []; };
  /** A topic within the current quotation (or sentence): it scopes over the clauses that follow. */
  const scopedTopic = () => topics.length > (scopes[scopes.length - 1]?.topics ?? 0);
  // A quotation's own subjects stay in it; with no topic and another subject after it, the sentence's first
  // subject is the speaker (연방대법원이 … 법률이 합헌이라고 판결했다; but 업계에서는 정부가 …고 분석했다: 정부 is quoted).
  const endQuote = () => { pending = topics.length || pending.length < 2 ? [] : pending.slice(0, 1); };
  /** Y에 V-아/어 달라고: who asks and whom, for the request verb that follows. */
  let request: { addressee?: NounPhrase; requester?: Subject } | undefined;
  /** 삼성전자와 SK하이닉스 등 [H20에 …를 공급해 온] 국내 업체들: a list of examples waiting for its category noun. */
  let dangling: NounPhrase | undefined;
  let quotedSubject: NounPhrase | undefined;
  let closedSubject: NounPhrase | undefined;
  let prevObls: NounPhrase[] = [];
  /** Objects a relative clause leaves to the main clause (they came before its own subject). */
  let heldObjs: ObjectArg[] = [];
  // 美, 中 … 수출도 막는다: a headline's named subject set off by a comma is the topic of what follows.
  const h0 = items[0], h1 = items[1];
  if (h0?.kind === 'np' && h0.role === 'bare' && h1?.kind === 'mark' && h1.mark === 'comma') {
    const s0 = subjectOf(h0);
    if (s0.refs.length && s0.refs.every((r) => !THINGS.has(r.type))) topics.push(s0);
  }

  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.kind === 'np') {
      const head = headNoun(it);
      if (it.role === 'subject') { const s = subjectOf(it); pending.push(s); args.subj = s; }
      else if (it.role === 'topic') {
        const s = subjectOf(it);
        // 미국 정부가 … 추가 규제도 발표할 예정: a 도-phrase naming no actor after the clause's own named 이/가 subject
        // is its object (도 replaces 을/를), not a second subject.
        const own = args.subj ?? pending[pending.length - 1];
        if (it.particle === '도' && own?.np?.role === 'subject' && own.refs.length && !args.objs.length
          && !lx.agentNouns.has(head.text) && s.refs.every((r) => THINGS.has(r.type))) { args.objs.push({ np: it }); continue; }
        if (s.refs.length || !lx.pronouns.has(head.text)) {
          // A …하며, 일본 정부는 …: a new topic after a finished clause opens a clause of its own; the earlier clause's
          // 이/가 subject no longer stands for what follows.
          if (lastFrame?.kind === 'connective' && lastFrame.last.end <= it.start && /^\s*,/.test(text.slice(lastFrame.last.end, it.start)) && isActor(s)) pending = [];
          topics.push(s); args.subj = s;
        }
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
      if (it.role === 'bare' && it.parts.length > 1 && it.parts[it.parts.length - 1]!.link === 'exemplifier') dangling = it;
      continue;
    }
    if (it.kind === 'mark') {
      if (it.mark === 'open') scopes.push({ topics: topics.length, pending: [...pending], frames: frames.length });
      else if (it.mark === 'close' && scopes.length) {
        const sc = scopes.pop()!;
        // “EU의 조치는 보호무역주의”라고: a quotation without a predicate of its own is about its subject.
        const inner = frames.length > sc.frames ? undefined : [...topics.slice(sc.topics), ...pending.filter((x) => !sc.pending.includes(x))].pop();
        closedSubject = inner?.np && lastNp(i) ? inner.np : undefined;
        topics.length = Math.min(topics.length, sc.topics); pending = sc.pending;
        flushQuote();
      } else if (it.mark === 'end') { pending = []; }
      // '신뢰할 수 없는 기업' 명단에 올리다: a predicate inside single quotation marks (a name) takes no object from
      // before them; what it leaves is the outer clause's again.
      else if (it.mark === 'other' && (it.text === '‘' || (it.text === "'" && it.spaced))) { held.push({ objs: args.objs, at: it.end }); args.objs = []; }
      else if (it.mark === 'other' && (it.text === '’' || it.text === "'") && held.length) args.objs = [...held.pop()!.objs, ...args.objs];
      else if (it.mark === 'other' && QUOTE_MARKER.test(it.text)) {
        // X가 합헌이라고 판결했다, …할 예정이라고 보도했다: a quotation ending in a noun + (이)라고.
        const inner = pending.length > (topics.length ? 0 : 1) ? pending[pending.length - 1] : undefined;
        if (inner?.np && lastNp(i)) quotedSubject = inner.np;
        flushQuote(); endQuote(); args = { objs: [], obls: [], delims: [] };
      }
      continue;
    }
    if (it.kind === 'pred') continue; // grouped above
    const g = it as Group;
    // (the closing mark may sit inside a noun phrase: '… 기업' 명단에)
    if (held.length && /[’']/.test(text.slice(held[held.length - 1]!.at, g.main.start))) args.objs = [...held.pop()!.objs, ...args.objs];
    const surface = text.slice(g.main.start, g.last.end);
    if (QUOTE_MARKER.test(surface) || g.main.lemma === '이라다') {
      const prevItem = items[i - 1];
      if (closedSubject && prevItem?.kind === 'mark') quotedSubject = closedSubject;
      else if (prevItem?.kind === 'np') {
        // 일본의 조치가 경제 보복이라며: an unmarked quotation ending in a noun + copula keeps its subject to itself.
        const inner = pending.length > (topics.length ? 0 : 1) ? pending[pending.length - 1] : undefined;
        if (inner?.np) quotedSubject = inner.np;
        endQuote();
      }
      flushQuote(); args = { objs: [], obls: [], delims: [] }; continue;
    }
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
    const kind = endKind(g, after, lx);
    // 수출통제 대상인 '…목록'에, 핵심 원료인 갈륨: a noun + adnominal copula only modifies the next noun; the
    // clause's arguments carry on past it.
    if (g.main.lemma === '이다' && g.last === g.main && kind === 'adnominal' && lastNp(i)?.role === 'bare') continue;
    let lemma = g.main.lemma;
    // 2.55% 하락 마감하다, 상승 출발하다: the figure verb is the noun before the closing verb.
    const closing = lx.closingVerbs.has(lemma) ? lastNp(i) : undefined;
    if (closing && closing.role === 'bare') {
      const cl = closing.parts[closing.parts.length - 1]!;
      const h = cl.nouns[cl.nouns.length - 1]!;
      if (!h.entity && lx.figurePredicates.has(`${h.text}하다`)) {
        lemma = `${h.text}하다`;
        if (args.figures) args.figures = args.figures.filter((x) => x !== closing);
        if (cl.nouns.length > 1) (args.figures ??= []).push({ ...closing, parts: [...closing.parts.slice(0, -1), { nouns: cl.nouns.slice(0, -1) }], end: cl.nouns[cl.nouns.length - 2]!.end });
      }
    }
    const functional = lx.functional.has(lemma);
    // A time or condition clause asserts nothing; X를 인용해 (citing X) only attributes.
    // ko-dic tags 하다 after some verbal nouns as an adjective suffix (설계/NNG 한/XSA): a mapped verbal noun acts all the same.
    const adjective = g.main.adjective && !(g.main.noun && relational(lemma));
    // 시장 상황을 고려해: a connective that only sets the scene.
    const idle = kind === 'connective' && lx.idleConnectives.has(lemma) && g.last === g.main && /^(?:아|어|여|해)$/.test(lastEnding(g.main));
    const silent = functional || adjective || idle || (g.main.passive && !!g.main.noun) || kind === 'adverbial'
      || (kind === 'connective' && lx.citingVerbs.has(lemma));
    const endForm = lastEnding(g.last);
    // A functional verb in a phrasal predicate (대상에 포함하다) is a full predicate.
    const lastArg = args.objs[args.objs.length - 1];
    const phrasalEarly = phrasal(lemma, args.obls, lx, relational) ?? (lastArg && 'np' in lastArg ? phrasal(lemma, [lastArg.np], lx, relational) : undefined);
    const quiet = silent && !phrasalEarly;
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
      const measure = !!head && lx.measureNouns.has(headNoun(head).text);
      const equated = copulaTopic(i);
      if (head && lx.allegationNouns.has(headNoun(head).text)) {
        // …에 부품을 공급한 혐의를 받는 업체: the accused acted, not the sentence subject.
        frame.subject = accused(i);
      } else if (head && lx.headSubjectVerbs.has(lemma) && !isAgent(head)) {
        // 중국산 소프트웨어를 탑재한 차량, 내용을 담은 규정: the thing itself carries or contains.
        frame.subject = undefined;
      } else if (head && args.objs.length && isAgent(head) && !measure) {
        frame.subject = subjectOf(head);
        // 삼성전자와 SK하이닉스 등 [H20에 HBM을 공급해 온] 국내 업체들: the examples before the clause are the head's.
        if (dangling) {
          const refs = phraseReferents(dangling, lx).filter((r) => !THINGS.has(r.type));
          if (refs.length) { aliasRefs.set(head, refs); frame.subject = { refs, np: head, inherited: false }; }
        }
      } else if (quiet && !adjective && args.subj?.np?.role === 'subject' && scopedTopic() && head && !isAgent(head) && g.main.lemma !== '이다') {
        // 정부는 [일본의 조치가 국내 기업에 미칠] 영향을 분석했다: after a sentence topic, a 이/가 subject before a
        // relative clause belongs to it, even a clause with no relation of its own (not an adjective one:
        // 집행위는 중국 정부가 업체들에 [불공정한] 보조금을 지급해).
        frame.subject = args.subj;
        pending = pending.filter((s) => s !== args.subj);
      } else if (args.subj && (!quiet || (lastNp(i) === args.subj.np && (!isActor(args.subj) || g.main.lemma === '아니다'))) && g.main.lemma !== '이다' && !(measure && quotedHead(i))) {
        // A copula or adjective relative clause keeps only a subject right before it (사양이 낮은 A800).
        frame.subject = args.subj;
        // 틱톡의 미국 사업을 [오라클이 주도하는] 컨소시엄에 매각하다: an object before the relative clause's own subject
        // is the main clause's; the clause's own object is then its head.
        const subjStart = args.subj.np?.start ?? -1;
        const earlier = lastNp(i) === args.subj.np ? args.objs.filter((o) => 'np' in o && o.np.end <= subjStart) : [];
        if (earlier.length) { heldObjs = earlier; args.objs = args.objs.filter((o) => !earlier.includes(o)); }
        // SMIC가 [노광을 반복하는] 방식으로 칩을 만들다: a relative clause on a non-agent head the clause goes on from
        // (a means or manner, with 으로) shares the subject with the main clause; otherwise the subject is the clause's own.
        // 미국 정부가 [삼성전자에 부여했던] 지위를 철회하다: so does one on the object when no other actor is about.
        const alone = ![...topics, ...pending].some((x) => x !== args.subj && isActor(x));
        // (A place or recipient head, …에 짓는 공장에, ends the relative clause's subject there.)
        const instrumental = head?.role === 'oblique' && /^(?:으로|로)$/.test(head.particle ?? '');
        const shared = !!head && (instrumental || (head.role === 'object' && alone)) && !isAgent(head) && lastNp(i) !== args.subj.np && isActor(args.subj);
        if (!shared) pending = pending.filter((s) => s !== args.subj);
        // 오라클과 MS, [매코트가 이끄는] 컨소시엄 등이: a list whose last member is the clause's subject goes on in the
        // head, which closes the list with 등.
        const sp = args.subj.np?.parts ?? [];
        if (head && sp.length > 1 && sp.slice(0, -1).every((p) => p.link === 'conjunction') && head.parts.some((p) => p.link === 'exemplifier')) {
          const last = partReferent(sp[sp.length - 1]!, lx);
          const earlier = sp.slice(0, -1).map((p) => partReferent(p, lx)).filter((r): r is EntityRef => !!r);
          frame.subject = { refs: last ? [last] : [], np: args.subj.np, inherited: false };
          if (earlier.length) aliasRefs.set(head, [...earlier, ...phraseReferents(head, lx)]);
        }
        // 포드와 합작한 공장: a verb done with a partner has the partner, not the head, as its object.
        const partnered = lx.comitativeObject.has(lemma) && args.obls.some((o) => /^(?:와|과)$/.test(o.particle ?? ''));
        if (head && !args.objs.length && !args.delims.length && !quiet && !partnered) args.objs.push({ np: equated ?? modified(head) });
      } else if (chain && !quiet && !measure) {
        // …을 겨냥해 만든 칩: a connective clause's own subject carries into the relative clause it leads to (and on
        // past it when the head is the main clause's object: A가 B와 합작해 세운 공장의 지분을 인수한다).
        frame.subject = chain;
        const alone = ![...topics, ...pending].some((x) => x !== chain && isActor(x));
        if (!(head && head.role === 'object' && alone && !isAgent(head))) pending = pending.filter((s) => s !== chain);
        if (head && !args.objs.length) args.objs.push({ np: equated ?? modified(head) });
      } else if (equated && !quiet && pending[pending.length - 1]?.np?.role === 'subject') {
        // H20은 [엔비디아가 … 성능을 낮춰 … 개발한] 제품이다: the clause's subject is still open across its connectives.
        frame.subject = pending[pending.length - 1];
        pending = pending.slice(0, -1);
        if (!args.objs.length) args.objs.push({ np: equated });
      } else if (head && measure) {
        // …를 제한하는 제재를 추진하다: the measure's owner, else the main clause's subject acts — unless the measure is
        // itself the subject or topic of what follows (…하도록 한 법률이 합헌이다).
        const owners = possessors(head, lx);
        frame.subject = owners.length ? { refs: owners, np: head, inherited: true } : head.role === 'subject' || head.role === 'topic' ? undefined : mainSubject();
      } else if (head && isAgent(head)) frame.subject = subjectOf(head);
    } else if (kind === 'adverbial') {
      // 수출할 때, 막힐 경우: only a subject of the clause's own, which after a sentence topic stays in the clause
      // (네덜란드 정부는 [ASML이 수출할 때] …).
      frame.subject = args.subj?.np?.role === 'subject' ? args.subj : undefined;
      // (중국은 "일본이 가담할 경우 …를 취할 것"이라고: inside a quotation whose speaker is the topic, too.)
      // (A condition, …할 경우, not a time: 미국 정부가 수출할 때 …를 요구했다 keeps its subject for the main verb.)
      const condition = /^\s*경우/.test(after);
      if (frame.subject && (scopedTopic() || (condition && scopes.length > 0 && topics.length > 0))) pending = pending.filter((x) => x !== frame.subject);
    } else if (kind === 'nominal' && args.subj?.np?.role !== 'subject' && /^\s*위한/.test(after)) {
      // …을 메우기 위한 조치: a purpose on a noun belongs to its clause's subject or the topic, never to a later
      // clause's subject.
      frame.subject = args.subj ?? (scopedTopic() ? { ...topics[topics.length - 1]!, inherited: true } : undefined);
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
    if (kind !== 'adnominal' && kind !== 'nominal' && kind !== 'adverbial' && also?.role === 'topic' && also.particle === '도' && !args.objs.length && !args.delims.length
      && !quiet && !g.main.passive && !lx.figurePredicates.has(lemma) && !lx.dativeObject.has(lemma) && !lx.speech.has(lemma)
      && args.subj!.refs.every((r) => ['Material', 'Technology', 'Product', 'Policy', 'Concept'].includes(r.type))) {
      const agent = [...topics].reverse().find((s) => s !== args.subj && s.np !== also && s.refs.length > 0 && !inanimate(s));
      if (agent && agent.np && agent.np.end <= also.start) { frame.subject = { ...agent, inherited: true }; alsoObject = also; }
    }
    frame.causative = g.aux.includes('하다') && g.main.endings[g.main.endings.length - 1]?.form === '도록';
    // "…하려면 허가를 받아야 한다"고 발표했다: a quoted obligation with no one named to meet it is the speaker's
    // requirement, like …받도록 했다 (the licence check in index.ts decides whether it is one).
    if (kind === 'quote' && !args.subj && !pending.some((x) => x.np?.role === 'subject') && g.aux.includes('하다') && /^(?:아|어|여|해)야$/.test(g.main.endings.map((e) => e.form).join(''))) {
      frame.causative = true;
      // …을 수출하려면: the condition names what the requirement covers; whoever would export is not the speaker.
      const cond = frames[frames.length - 1];
      const lic = lx.licensing;
      const o = frame.object ?? args.objs[args.objs.length - 1];
      if (cond && cond === lastFrame && cond.kind === 'connective' && /려면$/.test(lastEnding(cond.last)) && (!cond.subject || cond.subject.inherited || cond.subject.np?.role !== 'subject')
        && lic && lemma === lic.verb && o && 'np' in o && lic.nouns.has(headNoun(o.np).text)) cond.silent = true;
    }
    chain = kind === 'connective' && !silent && args.subj?.np?.role === 'subject' && !lx.localSubjectEndings.has(endForm) ? args.subj : undefined;
    // 중국은 [EU가 관세를 부과하면] …에 나설 수 있다: after a sentence topic, a subordinate clause's own subject stays
    // in it (a -면서 clause's only when it is a thing: AMD도 [MI308의 수출이 제한되면서] 손실을 볼 수 있다).
    if (kind === 'connective' && !functional && lx.localSubjectEndings.has(endForm) && args.subj?.np?.role === 'subject' && scopedTopic()
      && (!/면서$/.test(endForm) || args.subj.refs.every((r) => THINGS.has(r.type)))) pending = pending.filter((x) => x !== args.subj);
    // [차질이 없도록] 협의하다: the subject of a -도록 clause of being (없다, 있다) or of a state names no one; it is
    // that clause's own and never the subject of the clause it leads to.
    if (kind === 'connective' && endForm === '도록' && (functional || adjective) && args.subj?.np?.role === 'subject' && !args.subj.refs.length) pending = pending.filter((x) => x !== args.subj);
    if (frame.subject && !frame.deferred) {
      // …에 투자하는 것을 금지하다: the one who bans is not the one who would invest.
      if (!lx.otherActor.has(frame.lemma)) for (const d of deferred) if (!d.subject) d.subject = frame.subject;
      deferred = [];
    }
    if (frame.deferred) deferred.push(frame);
    // 수출하거나 사용하는 것을 금지하다: a -거나 conjunct belongs to the embedded clause of the predicate it joins.
    const prevFrame = frames[frames.length - 1];
    const disjunct = prevFrame && prevFrame === lastFrame && prevFrame.kind === 'connective' && /^(?:거나|든지|든가)$/.test(lastEnding(prevFrame.last)) ? prevFrame : undefined;
    if (frame.deferred && disjunct) {
      if (disjunct.subject?.np?.role === 'subject' && !disjunct.subject.inherited) {
        // 기업이 판매하거나 수출하는 것을: the conjunct's own subject is the clause's.
        frame.subject = disjunct.subject; frame.deferred = false; deferred = deferred.filter((d) => d !== frame);
        pending = pending.filter((x) => x !== disjunct.subject);
      } else { disjunct.subject = undefined; disjunct.deferred = true; deferred.push(disjunct); }
    }

    // Objects: the nearest 을/를 argument; the 에/에게 recipient for verbs that prefer it.
    frame.object = args.objs[args.objs.length - 1] ?? (args.delims.length ? { np: args.delims[args.delims.length - 1]! } : undefined);
    // 정책 대화를 정례화하기로 합의하다: what is agreed or decided is the V-기로 clause.
    if (!frame.object && prevFrame && prevFrame === lastFrame && prevFrame.kind === 'nominal' && lx.decisionVerbs.has(lemma)
      && /^기$/.test(lastEnding(prevFrame.last)) && /^\s*로/.test(text.slice(prevFrame.last.end))) frame.object = { clause: prevFrame };
    // Coordinated predicates share their object (이중용도 물자를 수출하거나 사용하는 것).
    if (!frame.object && disjunct?.object) frame.object = disjunct.object;
    // EU산 브랜디에 보증금을 부과하다: like X에 부과하는 관세, the levy is on X ("deposits on EU brandy").
    if (lx.aboutAdnominal.has(lemma) && kind !== 'adnominal' && frame.object && 'np' in frame.object && !frame.object.np.about) {
      const on = [...args.obls].reverse().find((o) => /^에(?:도|는)?$/.test(o.particle ?? '') && o.end <= (frame.object as { np: NounPhrase }).np.start);
      if (on) frame.object = { np: { ...frame.object.np, about: on } };
    }
    const dative = [...args.obls].reverse().find((o) => DATIVE.test(o.particle ?? ''));
    if (dative && lx.dativeObject.has(lemma)) frame.dative = dative;
    // X와 만나다, X와 회담하다: the partner is the object.
    // CXMT로 이직하다, BOE로 옮기다: where one moves to is the object.
    const destination = [...args.obls].reverse().find((o) => /^(?:으로|로)$/.test(o.particle ?? ''));
    if (destination && !frame.object && !frame.dative && lx.destinationObject.has(lemma)) frame.dative = destination;
    // 기자들과 만나: meeting the press is no relation.
    const partner = [...args.obls].reverse().find((o) => (o.particle === '와' || o.particle === '과' || o.particle === '이랑' || o.particle === '랑') && !lx.pressNouns.has(headNoun(o).text));
    if (partner && !frame.object && lx.comitativeObject.has(lemma)) frame.dative = partner;
    if (topicObject && (!frame.object || quantity(frame.object))) frame.object = { np: topicObject };
    if (alsoObject && !frame.object) frame.object = { np: alsoObject };
    if (args.figures?.length && lx.figurePredicates.has(lemma)) frame.figures = args.figures;
    if (args.target) frame.target = args.target;

    // 재고를 점검하고 공급처를 확보하라고 권고했다, 재검토하라는 지시: an imperative quotation is only asked of its addressee.
    const imperative = lemma !== '이다' && lemma !== '아니다' && /^(?:으)?라(?:고|는|며|면서)$/.test(endForm) && (g.last === g.main || g.aux.every((a) => a === '말다'));
    const commandPart = imperative && prevFrame && prevFrame === lastFrame && prevFrame.kind === 'connective' && lastEnding(prevFrame.last) === '고' && prevFrame.subject?.np?.role !== 'subject';
    if (commandPart) prevFrame!.silent = true;
    if (g.aux.includes('달다') || imperative) {
      // Y에 V-아/어 달라고 요구하다: V is only asked of Y; the asker is this clause's subject.
      const datives = [...(commandPart ? prevObls : []), ...args.obls].filter((o) => DATIVE.test(o.particle ?? ''));
      const addressee = [...datives].reverse().find((o) => isAgent(o)) ?? (datives.length > 1 || !lx.dativeObject.has(lemma) ? datives[0] : undefined);
      // 백악관이 한국 정부에 [삼성이 …하지 않도록] 해 달라고: a subject after the addressee is the asked-for act's own.
      const embedded = args.subj?.np && addressee && addressee.start < args.subj.np.start;
      const before = embedded ? [...pending].reverse().find((x) => x.np && x.np.end <= addressee!.start) ?? topics[topics.length - 1] : undefined;
      const requester = embedded ? (before ? { ...before, inherited: true } : undefined) : args.subj ?? mainSubject();
      request = { ...(addressee ? { addressee } : {}), ...(requester ? { requester } : {}) };
      frame.silent = true;
    } else if (request && lx.requestVerbs.has(lemma)) {
      // …동참해 달라고 요구하다: the asker asks the addressee.
      if (request.requester && (!frame.subject?.refs.length || frame.subject.inherited)) frame.subject = { ...request.requester, inherited: true };
      if (request.addressee && !frame.object) frame.object = { np: request.addressee };
      request = undefined;
    } else if (lx.requestVerbs.has(lemma) && prevFrame && prevFrame === lastFrame && prevFrame.kind === 'connective' && lastEnding(prevFrame.last) === '도록' && !prevFrame.causative) {
      const lic = lx.licensing;
      const o = prevFrame.object && 'np' in prevFrame.object ? prevFrame.object.np : undefined;
      if (lic && prevFrame.lemma === lic.verb && o && lic.nouns.has(headNoun(o).text)) {
        // …할 때 라이선스를 받도록 요구했다: a licence requirement, as with …받도록 했다.
        prevFrame.causative = true; prevFrame.subject = frame.subject; frame.silent = true;
      } else if (!frame.object) frame.object = { clause: prevFrame }; // …을 사용하도록 권고하다: what is urged
    } else if (lx.otherActor.has(lemma) && !frame.object && prevFrame && prevFrame === lastFrame && prevFrame.kind === 'connective'
      && lastEnding(prevFrame.last) === '도록' && prevFrame.modality === 'negated' && prevFrame.object && 'np' in prevFrame.object) {
      // X를 (Y가) 구매하지 못하도록 금지하다: what is banned is the object of the prevented act; that act is not asserted.
      frame.object = prevFrame.object; prevFrame.silent = true;
      // 정부는 [은행들이 … 거래하지 않도록] 금지했다: the one prevented is not the one who bans.
      const own = prevFrame.subject?.np?.role === 'subject' && !prevFrame.subject.inherited ? prevFrame.subject : undefined;
      if (own && frame.subject?.np === own.np) {
        const causer = [...pending].reverse().find((x) => x !== own && x.np !== own.np) ?? topics[topics.length - 1];
        frame.subject = causer ? { ...causer, inherited: true } : undefined;
      }
    }
    if (kind === 'final') request = undefined;
    // …을 내려받을 수 없도록 해야 한다: making V impossible blocks V's object.
    if (lx.preventLemma && g.main.lemma === '없다' && lastEnding(g.main) === '도록' && g.aux.includes('하다') && prevFrame && prevFrame === lastFrame
      && prevFrame.kind === 'complement' && /^\s*수\s*(?:가\s*)?없/.test(text.slice(prevFrame.last.end))) {
      prevFrame.lemma = lx.preventLemma; prevFrame.modality = 'asserted'; prevFrame.silent = false;
      // 정부는 [통신사들이 …을 구매할 수 없도록] 했다: the one who makes it impossible blocks, not the one blocked.
      if (prevFrame.subject?.np?.role === 'subject' && !prevFrame.subject.inherited) {
        const causer = scopedTopic() ? topics[topics.length - 1] : pending.find((x) => x !== prevFrame.subject);
        prevFrame.subject = causer ? { ...causer, inherited: true } : undefined;
      }
    }

    // Phrasal predicates (블랙리스트에 올리다, 규제 대상에 포함하다) and passives with an agent (X에 의해 제재되다).
    // Noun + 을/를 + verb (관심을 보이다, 출하를 시작하다): the noun is part of the predicate; the object is the
    // noun's genitive owner (910C의 출하) or else the 에/로 phrase (인수에 관심을 보이다).
    const lastObj = args.objs[args.objs.length - 1];
    const ph = lastObj === lastArg ? phrasalEarly : phrasal(lemma, args.obls, lx, relational) ?? (lastObj && 'np' in lastObj ? phrasal(lemma, [lastObj.np], lx, relational) : undefined);
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
      // …에 관심을 보이다; else where it happens (미국 시장에서 반사이익을 얻다).
      const to = [...args.obls].reverse().find((o) => /^(?:에|에게|으로|로)$/.test(o.particle ?? '')) ?? [...args.obls].reverse().find((o) => o.particle === '에서');
      const own = owner(ph.np);
      frame.object = own ? { np: own } : undefined;
      if (!frame.object && to) frame.dative = to;
    } else if (ph && !ph.passive && !frame.object && ph.np.parts.some((p) => p.link === 'genitive')) {
      // HBM4의 양산에 들어가다: the noun's owner is what the predicate is about.
      frame.object = { np: modified(ph.np) };
    }
    // A phrasal predicate is passive by its entry (명단에 오르다) or by its verb's form (명단에 포함되다).
    const phPassive = !!ph && (ph.passive || (g.main.passive && !!g.main.noun));
    if (phPassive || (!ph && g.main.passive && !!g.main.noun && !functional)) {
      const patient = frame.subject;
      // 윙테크에 인수되다: with some verbs the 에-phrase of the passive is its agent (X에 의해).
      const base = `${g.main.noun ?? ''}하다`;
      const byWhom = !args.agent && !ph && lx.agentivePassives.has(base)
        ? [...args.obls].reverse().find((o) => /^(?:에|에게)$/.test(o.particle ?? '') && subjectOf(o).refs.some((r) => !THINGS.has(r.type) && r.type !== 'Country')) : undefined;
      // 미국 상무부의 수출통제 명단에 오르다: the list's owner put the subject on it.
      const owners = phPassive && !args.agent && ph ? possessors(ph.np, lx).filter((r) => !THINGS.has(r.type)) : [];
      // [윙테크에 인수된] 기업: the patient of a passive relative clause is its head (or, for a generic head, the topic).
      // (A main-clause patient must be the clause's own: an inherited topic may be another clause's.)
      let patientNp = byWhom && patient?.inherited ? undefined : patient?.np;
      if (kind === 'adnominal') {
        const h = nextHead(i);
        const tp = topics[topics.length - 1];
        const generic = !!h && lx.agentNouns.has(headNoun(h).text) && !h.parts.some((p) => p.nouns.some((n) => n.entity && !['Country', 'Location'].includes(n.entity.type)));
        patientNp = generic && tp?.np ? tp.np : h ?? patientNp;
      }
      if ((args.agent || byWhom) && patientNp) {
        frame.subject = subjectOf((args.agent ?? byWhom)!); frame.object = { np: patientNp }; frame.silent = false; frame.agentive = true;
        if (!ph) frame.lemma = base;
      } else if (owners.length && patientNp) {
        frame.subject = { refs: owners, np: ph!.np, inherited: false }; frame.object = { np: patientNp }; frame.silent = false; frame.agentive = true;
      } else {
        frame.silent = true;
        if (phPassive && patient?.np) frame.agentless = patient.np;
        // 테슬라 차량에는 7.8%가 부과된다, A에 35%, B에 18%의 관세율이 적용된다: an agentless passive of a measure names
        // what it applies to with 에; the doer is whoever last did it in the document (index.ts).
        else if (!ph && (kind === 'final' || kind === 'connective') && !args.agent) {
          const on = args.obls.filter((o) => /^에(?:는|도)?$/.test(o.particle ?? '') && phraseReferents(o, lx).some((r) => !THINGS.has(r.type) || r.type === 'Product'));
          if (on.length) { frame.lemma = base; frame.agentless = on[0]; if (on.length > 1) frame.agentlessMore = on.slice(1); }
          // 우려 국가는 … 칩 수입이 금지된다: with no 에-target, a named party topic is what the measure falls on.
          else if (args.subj?.np?.role === 'subject' && !args.subj.refs.some((r) => !THINGS.has(r.type))) {
            const tp = scopedTopic() ? topics[topics.length - 1] : undefined;
            // (countries only, in a main clause: AMD도 … 수출이 제한되면서 손실을 봤다 names the one who suffers, not the target)
            if (kind === 'final' && tp?.np && tp.refs.length && tp.refs.every((r) => r.type === 'Country')) { frame.lemma = base; frame.agentless = tp.np; }
          }
        }
      }
    }
    // 타격을 받다, 제재를 받다: a passive made with a light verb.
    const lp = lx.lightPassive.get(lemma);
    if (!ph && lp && frame.object && 'np' in frame.object && lp.has(headNoun(frame.object.np).text)) frame.silent = true;
    // AMD도 … 8억달러의 손실이 예상된다: a loss that happens or is expected, with an actor topic: the topic suffers it.
    const sf = lx.suffer;
    if (sf?.incurred.has(lemma) && !ph && kind !== 'adnominal' && kind !== 'nominal' && args.subj?.np?.role === 'subject' && !args.subj.refs.length
      && sf.nouns.has(headNoun(args.subj.np).text)
      // (국내 배터리 업계의 타격: a loss with an owner of its own is the owner's; 8억달러의 손실 is an amount)
      && !args.subj.np.parts.some((p) => p.link === 'genitive' && !p.nouns.some((n) => /\d/.test(n.text)))) {
      const actor = [...topics].reverse().find((t) => t.refs.length > 0 && !inanimate(t));
      if (actor) {
        frame.lemma = sf.lemma; frame.subject = { ...actor, inherited: true }; frame.object = { np: args.subj.np }; frame.silent = false;
        if (frame.modality !== 'negated' && sf.expected.has(lemma)) frame.modality = 'possible';
      }
    }

    // A governing verb (…규제를 검토하다) states that its object is only considered.
    const gov = lx.modality.governing.get(lemma);
    if (gov && frame.modality === 'asserted') frame.modality = gov;

    // 규정을 지키지 않았다: a negated compliance is a violation.
    const antonym = lx.negatedAs.get(frame.lemma);
    if (antonym && frame.modality === 'negated') { frame.lemma = antonym; frame.modality = 'asserted'; }

    // Speech verbs take the buffered quotation.
    if (lx.speech.has(lemma) && (quoted.length || kind === 'final' || kind === 'connective')) {
      if (kind === 'quote') flushQuote();
      if (quoted.length) {
        frame.quoted = quoted;
        // …고 분석했다 with no named speaker (업계에서는): still a report, not an assertion.
        for (const q of quoted) q.attribution = frame.subject ?? { refs: [], inherited: true };
        // "…을 막아야 한다"며 촉구했다: an obligation quoted by one who urges it, with no one named to meet it, is only
        // urged: the speaker does not do it.
        if (lx.requestVerbs.has(lemma)) for (const q of quoted) if ((!q.subject || q.subject.inherited) && q.auxLemmas.includes('하다') && /(?:아|어|여|해)야$/.test(q.main.endings.map((e) => e.form).join(''))) q.silent = true;
        quoted = [];
      }
      if (quotedSubject) frame.quotedSubject = quotedSubject;
      quotedSubject = undefined;
    }
    frames.push(frame);
    open.push(frame);
    lastFrame = frame;
    if (kind === 'quote') {
      flushQuote();
      endQuote();
      if (topics.length > 1 && !scopes.length) topics.pop();
    }
    const keep = kind === 'adverbial' ? args.target : undefined; // X에 대해서도 …할 때 …를 심사하다
    // 틱톡 인수에는 … [매코트가 이끄는] 컨소시엄 등이 관심을 보이다: what precedes a relative clause's own subject is
    // the main clause's.
    const own = kind === 'adnominal' && args.subj?.np && frame.subject?.np === args.subj.np ? args.subj.np.start : -1;
    const carried = own >= 0 ? args.obls.filter((o) => o.end <= own) : [];
    prevObls = args.obls;
    args = { objs: heldObjs, obls: carried, delims: [] };
    heldObjs = [];
    if (keep) args.target = keep;
  }
  if (source) for (const f of frames) if (!f.attribution && !f.quoted && f.subject?.refs[0]?.id !== source.refs[0]!.id) f.attribution = source;
  // Quotations with no speech verb after them (…라며 at the end of a fragment): the topic speaks.
  if (quoted.length && topics.length) for (const q of quoted) q.attribution ??= topics[0];
  return frames;
}
