// Stage 3: words → phrases. Noun phrases are built from noun words joined by genitive 의, coordination
// (와/과/이나/및) and exemplifiers (등, 같은), and take the role of the particle that closes them.
import type { EntityRef } from '../../types/index.js';
import type { KoLexicon, ParticleRole } from './lexicon.js';
import type { MarkWord, NounWord, ParticleWord, PredWord, Word } from './words.js';

/** A run of nouns (a compound) and how it links to the next part of the phrase. */
export interface Part { nouns: NounWord[]; link?: 'genitive' | 'conjunction' | 'exemplifier'; /** The particle of a 와/과 link. */ linkForm?: string }

export interface NounPhrase {
  kind: 'np';
  parts: Part[];
  /** The particle closing the phrase; 'bare' when none (headline style, before 하다-less nouns). */
  role: ParticleRole | 'bare';
  particle?: string;
  start: number;
  end: number;
  /** X에 대한 Y: the phrase X that this phrase is about (중국에 대한 수출 → 중국). */
  about?: NounPhrase;
}
export type Phrase = NounPhrase | PredWord | MarkWord;

const COMITATIVE = new Set(['와', '과', '랑', '이랑']);
/** Words for "both" after two names (한미 양국, 두 회사). */
const PAIR_WORDS = new Set(['양국', '양측', '양사', '두 나라', '양국간']);
const GOODS = new Set(['Material', 'Product', 'Technology']);
const MIDDLE_DOT = /^[·ㆍ・]$/;

export function toPhrases(words: Word[], lx?: Pick<KoLexicon, 'aboutPredicates'> & Partial<Pick<KoLexicon, 'dateNouns' | 'aboutAdnominal' | 'jointNouns' | 'agentNouns' | 'stateNouns'>>): Phrase[] {
  const out: Phrase[] = [];
  let np: NounPhrase | undefined;
  let about: NounPhrase | undefined;
  let linkWord: ParticleWord | undefined;
  const part = () => np!.parts[np!.parts.length - 1]!;
  const close = (role: NounPhrase['role'], particle?: string, end?: number) => {
    if (!np) return;
    if (!part().nouns.length) {
      // (Two links in a row, 의 then a mark, can leave more than one empty part.)
      while (np.parts.length && !part().nouns.length) np.parts.pop();
      // X와 + predicate: comitative, not coordination (타이 대표와 만나).
      const last = np.parts[np.parts.length - 1];
      if (last?.link === 'conjunction' && role === 'bare' && linkWord && COMITATIVE.has(linkWord.form)) {
        delete last.link; role = 'oblique'; particle = linkWord.form; end = linkWord.end;
      }
    }
    if (np.parts.length) {
      // 블랙록마이닝과 흑연 구매 계약을 맺다, X와 공급 협상을: an actor joined by 와/과 to a joint undertaking (계약, 협상)
      // is its partner (a comitative phrase), not a second conjunct.
      const j = lx?.jointNouns?.size ? comitativeSplit(np, lx.jointNouns, lx.agentNouns ?? new Set()) : -1;
      if (j >= 0) {
        const first: NounPhrase = { kind: 'np', parts: np.parts.slice(0, j + 1).map((p, k) => (k === j ? { nouns: p.nouns } : p)), role: 'oblique', particle: np.parts[j]!.linkForm!,
          start: np.start, end: np.parts[j + 1]!.nouns[0]!.start };
        if (np.about) first.about = np.about;
        const restStart = np.parts[j + 1]!.nouns[0]!.start;
        out.push(first);
        np = { kind: 'np', parts: np.parts.slice(j + 1), role: 'bare', start: restStart, end: np.end };
      }
      np.role = role; if (particle) np.particle = particle; if (end) np.end = end; out.push(np);
    }
    np = undefined;
  };
  /** A comma that continues a list of nouns ending in 등/와/및 (텐센트와 알리바바, 바이트댄스 등). */
  // 美 상무부, 中 업체 캠브리콘 등 …추가: in a headline (no final ending), the comma after the opening phrase sets off
  // its subject, whatever list follows.
  const headlineText = !words.some((w) => w.kind === 'pred' && w.endings.some((e) => e.tag === 'EF'));
  const firstStart = words.find((w) => w.kind === 'noun')?.start;
  const listComma = (k: number): boolean => {
    if (headlineText && np && np.start === firstStart && np.parts.length === 1) return false;
    const hasConj = !!np && np.parts.some((p) => p.link === 'conjunction');
    let commas = 1, nouns = 0;
    for (let j = k + 1; j < words.length; j++) {
      const x = words[j]!;
      if (x.kind === 'noun') { nouns++; continue; }
      // 엠피리언(Empyrean) 등: a parenthesised original after a name is skipped.
      if (x.kind === 'mark' && x.text.includes('(') && nouns) {
        while (j + 1 < words.length) { const y = words[j]!; if (y.kind === 'mark' && y.text.includes(')')) break; j++; }
        continue;
      }
      if (x.kind === 'mark' && x.mark === 'comma' && nouns) { commas++; nouns = 0; continue; }
      if (!nouns) return false;
      if (x.kind === 'mark' && x.mark === 'exemplifier') return true;
      // A, B, C의 …; A와 B, C에 …: after an earlier conjunct any particle closes the list.
      if (x.kind === 'particle') return x.role === 'conjunction' || (x.role === 'genitive' && commas + commaLinks >= 2) || hasConj;
      return false;
    }
    return false;
  };
  let paren = 0;
  let commaLinks = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    // A parenthesis inside a phrase glosses or abbreviates it (디리스킹(de-risking·위험제거), 인공지능(AI)): skipped.
    if (np && w.kind === 'mark' && w.text.includes('(')) { paren++; continue; }
    if (paren > 0 && !(w.kind === 'mark' && w.mark === 'end')) { if (w.kind === 'mark' && w.text.includes(')')) paren--; continue; }
    paren = 0;
    // X에 대한 Y: X becomes Y's `about` phrase.
    // X에 부과하는 관세 (tariffs on X): the same for verbs that only say what the next noun applies to.
    const aboutVerb = w.kind === 'pred' && (lx?.aboutPredicates.has(w.lemma) || lx?.aboutAdnominal?.has(w.lemma));
    if (w.kind === 'pred' && aboutVerb && w.endings.some((e) => e.tag === 'ETM') && !np) {
      const prev = out[out.length - 1];
      if (prev?.kind === 'np' && (prev.particle === '에' || prev.particle === '에게') && words[k + 1]?.kind === 'noun') {
        out.pop(); about = prev; continue;
      }
    }
    if (w.kind === 'noun') {
      if (!np) {
        np = { kind: 'np', parts: [{ nouns: [] }], role: 'bare', start: w.start, end: w.end };
        commaLinks = 0;
        if (about) { np.about = about; about = undefined; }
      }
      // 2일(현지시간) 이 같은 내용, 발표 직후 엔비디아 주가, 수출할 때 최종 사용자: a date or time noun ends an
      // adverbial; the phrase starts after it.
      const cur = part().nouns;
      const prevNoun = cur[cur.length - 1];
      if (np.parts.length === 1 && prevNoun && !prevNoun.entity && lx?.dateNouns?.has(prevNoun.text)) {
        cur.length = 0;
        np.start = w.start;
      }
      part().nouns.push(w);
      np.end = w.end;
      continue;
    }
    if (w.kind === 'particle') {
      if (!np) continue;
      if (w.role === 'genitive' || w.role === 'conjunction' || (w.role === 'oblique' && COMITATIVE.has(w.form))) {
        part().link = w.role === 'genitive' ? 'genitive' : 'conjunction';
        if (COMITATIVE.has(w.form)) part().linkForm = w.form;
        linkWord = w;
        np.parts.push({ nouns: [] });
        continue;
      }
      close(w.role, w.form, w.end);
      continue;
    }
    // 미·중 전략경쟁특위, 한·미 관세 협상: two one-syllable nouns joined by a middle dot in front of more nouns are one
    // modifier (the phrase is one name or thing), not a coordination of two phrases.
    if (w.kind === 'mark' && w.mark === 'comma' && np && MIDDLE_DOT.test(w.text) && !w.spaced) {
      const left = part().nouns[part().nouns.length - 1], right = words[k + 1], after = words[k + 2];
      // (한·미 양국 정부, 한·일 정부: before a word for both or for the state, the names stay names.)
      const stateOrPair = after?.kind === 'noun' && (PAIR_WORDS.has(after.text) || !!lx?.stateNouns?.has(after.text));
      if (left && left.text.length === 1 && right?.kind === 'noun' && right.text.length === 1 && !right.spaced && after?.kind === 'noun' && after.spaced && !stateOrPair) {
        part().nouns[part().nouns.length - 1] = { ...left, text: `${left.text}${w.text}${right.text}`, end: right.end, entity: undefined } as NounWord;
        np.end = right.end;
        k++;
        continue;
      }
    }
    // 갈륨·게르마늄, 알리바바, 바이트댄스 등: a middle dot or a list comma coordinates.
    if (w.kind === 'mark' && w.mark === 'comma' && np && part().nouns.length && words[k + 1]?.kind === 'noun'
      && ((MIDDLE_DOT.test(w.text) && !w.spaced) || listComma(k))) {
      part().link = 'conjunction'; linkWord = undefined; commaLinks++;
      np.parts.push({ nouns: [] });
      continue;
    }
    if (w.kind === 'mark' && w.mark === 'exemplifier' && np) {
      part().link = 'exemplifier';
      np.parts.push({ nouns: [] });
      // 삼성전자와 SK하이닉스 등 H20에 …을 공급해 온 국내 업체들: a product or material after a list of actors and 등
      // is no category noun; the examples wait, as a phrase of their own, for the category after the relative clause.
      let j = k + 1;
      while (words[j]?.kind === 'noun') j++;
      const next = words[j - 1];
      const kinds = np.parts.flatMap((p) => p.nouns).map((n) => n.entity?.type).filter((t): t is NonNullable<typeof t> => !!t);
      if (j > k + 1 && next?.kind === 'noun' && next.entity && GOODS.has(next.entity.type) && kinds.length && !kinds.some((t) => GOODS.has(t))) close('bare');
      continue;
    }
    // Parenthesised short forms (마이크로소프트(MS), 인공지능(AI)) and inner quote marks stay inside the phrase.
    if (w.kind === 'mark' && (w.mark === 'open' || w.mark === 'close' || w.mark === 'other') && np && /^[()‘’'\[\]%]$/.test(w.text)) continue;
    close('bare');
    out.push(w);
  }
  close('bare');
  return out;
}

/** The part after which a 와/과 link is comitative: a named actor before, a joint undertaking (계약, 협상) as the head. */
function comitativeSplit(np: NounPhrase, joint: Set<string>, agents: Set<string>): number {
  const last = np.parts[np.parts.length - 1]!;
  const head = last.nouns[last.nouns.length - 1];
  if (!head || head.entity || !joint.has(head.text) || np.parts.length < 2) return -1;
  for (let j = np.parts.length - 2; j >= 0; j--) {
    const p = np.parts[j]!;
    // 블랙록마이닝과 연간 2만t 규모의 흑연 구매 계약: genitive modifiers of the undertaking are passed over.
    if (p.link === 'genitive') continue;
    if (p.link !== 'conjunction' || !p.linkForm) return -1;
    const lastNoun = p.nouns[p.nouns.length - 1];
    const named = lastNoun?.entity;
    // 포스코퓨처엠과 LG에너지솔루션 등 배터리 업체들과 점검회의를: an agent noun closing a list of examples counts too.
    const actor = (named && !['Material', 'Product', 'Technology', 'Policy', 'Concept'].includes(named.type)) || (!named && !!lastNoun && agents.has(lastNoun.text));
    if (actor) return np.parts.slice(j + 1).some((q) => q.link === 'conjunction' || !q.nouns.length) ? -1 : j;
  }
  return -1;
}

/** Named entity a part refers to: the part is one name (with determiners), or a name + role noun (와인스타인 연구원). */
export function partReferent(p: Part, lx: KoLexicon): EntityRef | undefined {
  const content = p.nouns.filter((n) => !lx.pronouns.has(n.text) || n.entity);
  const named = content.filter((n) => n.entity);
  if (!named.length) return undefined;
  // A parenthesised short form repeats the name: 마이크로소프트(MS).
  const distinct = new Set(named.map((n) => n.entity!.id));
  const last = content[content.length - 1]!;
  if (last.entity && distinct.size === 1) return named[0]!.entity;
  // 서울중앙지법 형사합의25부, 수원지법 형사11부: a court's panel is the court.
  const lastNamed = content.map((n) => !!n.entity).lastIndexOf(true);
  if (lastNamed >= 0 && lastNamed < content.length - 1 && content[lastNamed]!.entity!.type === 'Agency'
    && /^(?:형사|민사|행정|가사|특허)(?:합의)?\d*(?:부|단독)$/.test(content.slice(lastNamed + 1).map((n) => n.text).join(''))) return content[lastNamed]!.entity;
  // 서울중앙지검 반부패수사부, 공정위 시장감시국, 삼성전자 DS부문: a unit of an organisation named in one word right
  // after it acts for the organisation.
  if (lastNamed >= 0 && lastNamed < content.length - 1 && ['Agency', 'Organization', 'Company', 'Government'].includes(content[lastNamed]!.entity!.type)) {
    const unit = content.slice(lastNamed + 1);
    const word = unit.map((n) => n.text).join('');
    if (unit.every((n, k) => k === 0 || unit[k - 1]!.end === n.start) && syllableCount(word) >= 3 && ORG_UNIT.test(word) && !lx.roleNouns.has(word)) return content[lastNamed]!.entity;
  }
  // A name after its description is the referent (중국 최대 파운드리 업체 SMIC, 미국 반도체 기업 마이크론).
  if (last.entity && isNamedRef(last.entity)) return last.entity;
  // 조 바이든 미국 행정부, 일본 정부: a government stands for its country, whoever heads it.
  if (!last.entity && lx.stateNouns.has(last.text)) {
    const state = [...named].reverse().find((n) => ['Country', 'Government'].includes(n.entity!.type));
    if (state) return state.entity;
  }
  // 흑연 제품, 갈륨 품목: a generic goods noun after a named good stands for the good.
  if (!last.entity && lx.goodsNouns.has(last.text)) {
    // Only a good right before the noun (numbers and counters aside): 반도체 장비 23개 품목 is equipment, not chips.
    const before = content.slice(0, -1).filter((n) => n.entity || !(/^[\d.,]+$/.test(n.text) || lx.timeNouns.has(n.text)));
    const good = before[before.length - 1];
    if (good?.entity && ['Material', 'Product', 'Technology'].includes(good.entity.type)) return good.entity;
  }
  // 경제/산업/상: a title the tagger split is read whole (the unspaced run of nouns at the end).
  let title = last.text;
  for (let k = content.length - 2; k >= 0 && content[k]!.end === content[k + 1]!.start; k--) { title = content[k]!.text + title; if (content[k]!.entity) break; }
  const titled = (w: string) => lx.roleNouns.has(w) || !!lx.names?.titles.has(w) || [...(lx.names?.titles ?? [])].some((t) => t.length >= 2 && w.endsWith(t));
  if (!last.entity && (lx.roleNouns.has(last.text) || (title !== last.text && titled(title)))) {
    const person = [...named].reverse().find((n) => n.entity!.type === 'Person') ?? named[named.length - 1];
    return person!.entity;
  }
  return undefined;
}

/** The last word of an organisation's unit: a department, bureau, division, team or squad. */
const ORG_UNIT = /(?:수사부|수사단|수사과|수사팀|감시국|조사국|심판부|사업부|사업본부|부문|본부|센터|[^정]부|국|과|팀|실|단)$/;
const syllableCount = (w: string) => [...w].filter((c) => /[\uac00-\ud7a3]/.test(c)).length;

// Names that stand alone after a description; a policy, technology or material after modifiers makes a compound term.
const isNamedRef = (r: EntityRef) => !['Concept', 'Policy', 'Technology', 'Material'].includes(r.type);

/** The named entities a phrase stands for: each conjunct or example that is a name. */
export function phraseReferents(np: NounPhrase, lx: KoLexicon): EntityRef[] {
  // After a genitive, the phrase is about the possessed part (조지타운 CSET의 와인스타인 연구원 → Weinstein).
  const gi = np.parts.map((p) => p.link).lastIndexOf('genitive');
  const parts = np.parts.slice(gi + 1);
  const ex = parts.findIndex((p) => p.link === 'exemplifier');
  // 아마존이나 MS 등 클라우드 업체들: the examples are the referents — unless the head after them names a plan or an
  // action rather than a class they belong to (반도체 등 공급망 협력 방안 is a plan, not semiconductors).
  const catHead = ex >= 0 ? parts[parts.length - 1]!.nouns.at(-1) : undefined;
  if (catHead && !catHead.entity && (lx.measureNouns.has(catHead.text) || lx.vagueNouns?.has(catHead.text) || lx.jointNouns?.has(catHead.text))) return [];
  const scope = ex >= 0 ? parts.slice(0, ex + 1) : parts;
  if (!scope.length) return [];
  // 한미 양국, 한·일 양국 정부: the names before a word for "both" are each a referent.
  if (scope.length === 1) {
    const ns = scope[0]!.nouns;
    const both = ns.findIndex((n) => !n.entity && PAIR_WORDS.has(n.text));
    const named = both > 0 ? ns.slice(0, both).filter((n) => n.entity) : [];
    if (named.length >= 2 && named.length === both && (both === ns.length - 1 || lx.stateNouns.has(ns[ns.length - 1]!.text))) return [...new Map(named.map((n) => [n.entity!.id, n.entity!])).values()];
  }
  const refs = scope.map((p) => partReferent(p, lx));
  // 캠브리콘과 슈퍼컴퓨터 업체 등: named examples stand, an unnamed one of the category (업체) aside.
  // (텐센트와 알리바바, 넷이즈 등: a list mostly of names keeps them, an unknown one aside.)
  const namedCount = refs.filter(Boolean).length;
  if (ex >= 0 && namedCount && (refs.every((r, k) => r || lx.agentNouns.has(scope[k]!.nouns.at(-1)!.text)) || (namedCount >= 2 && namedCount * 2 >= refs.length)))
    return [...new Map((refs.filter(Boolean) as EntityRef[]).map((r) => [r.id, r])).values()];
  if (refs.some((r) => !r)) return [];
  const seen = new Set<string>();
  return (refs as EntityRef[]).filter((r) => !seen.has(r.id) && seen.add(r.id));
}


export const headNoun = (np: NounPhrase): NounWord => {
  const last = np.parts[np.parts.length - 1]!;
  return last.nouns[last.nouns.length - 1]!;
};

/** Genitive possessor parts' referents (미국과 서방의 움직임 → US). */
export function possessors(np: NounPhrase, lx: KoLexicon): EntityRef[] {
  const gi = np.parts.map((p) => p.link).lastIndexOf('genitive');
  if (gi < 0) return [];
  let i = gi;
  while (i > 0 && np.parts[i - 1]!.link === 'conjunction') i--;
  return np.parts.slice(i, gi + 1).map((p) => partReferent(p, lx)).filter((r): r is EntityRef => !!r);
}
