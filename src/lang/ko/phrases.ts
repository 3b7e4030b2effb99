// Stage 3: words → phrases. Noun phrases are built from noun words joined by genitive 의, coordination
// (와/과/이나/및) and exemplifiers (등, 같은), and take the role of the particle that closes them.
import type { EntityRef } from '../../types/index.js';
import type { KoLexicon, ParticleRole } from './lexicon.js';
import type { MarkWord, NounWord, ParticleWord, PredWord, Word } from './words.js';

/** A run of nouns (a compound) and how it links to the next part of the phrase. */
export interface Part { nouns: NounWord[]; link?: 'genitive' | 'conjunction' | 'exemplifier' }

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
const GOODS = new Set(['Material', 'Product', 'Technology']);
const MIDDLE_DOT = /^[·ㆍ・]$/;

export function toPhrases(words: Word[], lx?: Pick<KoLexicon, 'aboutPredicates'> & Partial<Pick<KoLexicon, 'dateNouns' | 'aboutAdnominal'>>): Phrase[] {
  const out: Phrase[] = [];
  let np: NounPhrase | undefined;
  let about: NounPhrase | undefined;
  let linkWord: ParticleWord | undefined;
  const part = () => np!.parts[np!.parts.length - 1]!;
  const close = (role: NounPhrase['role'], particle?: string, end?: number) => {
    if (!np) return;
    if (!part().nouns.length) {
      np.parts.pop();
      // X와 + predicate: comitative, not coordination (타이 대표와 만나).
      const last = np.parts[np.parts.length - 1];
      if (last?.link === 'conjunction' && role === 'bare' && linkWord && COMITATIVE.has(linkWord.form)) {
        delete last.link; role = 'oblique'; particle = linkWord.form; end = linkWord.end;
      }
    }
    if (np.parts.length) { np.role = role; if (particle) np.particle = particle; if (end) np.end = end; out.push(np); }
    np = undefined;
  };
  /** A comma that continues a list of nouns ending in 등/와/및 (텐센트와 알리바바, 바이트댄스 등). */
  const listComma = (k: number): boolean => {
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
        linkWord = w;
        np.parts.push({ nouns: [] });
        continue;
      }
      close(w.role, w.form, w.end);
      continue;
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

/** Named entity a part refers to: the part is one name (with determiners), or a name + role noun (와인스타인 연구원). */
export function partReferent(p: Part, lx: KoLexicon): EntityRef | undefined {
  const content = p.nouns.filter((n) => !lx.pronouns.has(n.text) || n.entity);
  const named = content.filter((n) => n.entity);
  if (!named.length) return undefined;
  // A parenthesised short form repeats the name: 마이크로소프트(MS).
  const distinct = new Set(named.map((n) => n.entity!.id));
  const last = content[content.length - 1]!;
  if (last.entity && distinct.size === 1) return named[0]!.entity;
  // A name after its description is the referent (중국 최대 파운드리 업체 SMIC, 미국 반도체 기업 마이크론).
  if (last.entity && isNamedRef(last.entity)) return last.entity;
  // 조 바이든 미국 행정부, 일본 정부: a government stands for its country, whoever heads it.
  if (!last.entity && lx.stateNouns.has(last.text)) {
    const state = [...named].reverse().find((n) => ['Country', 'Government'].includes(n.entity!.type));
    if (state) return state.entity;
  }
  // 흑연 제품, 갈륨 품목: a generic goods noun after a named good stands for the good.
  if (!last.entity && lx.goodsNouns.has(last.text)) {
    const good = [...named].reverse().find((n) => ['Material', 'Product', 'Technology'].includes(n.entity!.type));
    if (good) return good.entity;
  }
  if (!last.entity && lx.roleNouns.has(last.text)) {
    const person = [...named].reverse().find((n) => n.entity!.type === 'Person') ?? named[named.length - 1];
    return person!.entity;
  }
  return undefined;
}

// Names that stand alone after a description; a policy, technology or material after modifiers makes a compound term.
const isNamedRef = (r: EntityRef) => !['Concept', 'Policy', 'Technology', 'Material'].includes(r.type);

/** The named entities a phrase stands for: each conjunct or example that is a name. */
export function phraseReferents(np: NounPhrase, lx: KoLexicon): EntityRef[] {
  // After a genitive, the phrase is about the possessed part (조지타운 CSET의 와인스타인 연구원 → Weinstein).
  const gi = np.parts.map((p) => p.link).lastIndexOf('genitive');
  const parts = np.parts.slice(gi + 1);
  const ex = parts.findIndex((p) => p.link === 'exemplifier');
  // 아마존이나 MS 등 클라우드 업체들: the examples are the referents.
  const scope = ex >= 0 ? parts.slice(0, ex + 1) : parts;
  if (!scope.length) return [];
  const refs = scope.map((p) => partReferent(p, lx));
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
