// Stage 3: words → phrases. Noun phrases are built from noun words joined by genitive 의, coordination
// (와/과/이나/및) and exemplifiers (등, 같은), and take the role of the particle that closes them.
import type { EntityRef } from '../../types/index.js';
import type { KoLexicon, ParticleRole } from './lexicon.js';
import type { MarkWord, NounWord, PredWord, Word } from './words.js';

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
}
export type Phrase = NounPhrase | PredWord | MarkWord;

export function toPhrases(words: Word[]): Phrase[] {
  const out: Phrase[] = [];
  let np: NounPhrase | undefined;
  const part = () => np!.parts[np!.parts.length - 1]!;
  const close = (role: NounPhrase['role'], particle?: string, end?: number) => {
    if (!np) return;
    if (!part().nouns.length) np.parts.pop();
    if (np.parts.length) { np.role = role; if (particle) np.particle = particle; if (end) np.end = end; out.push(np); }
    np = undefined;
  };
  let paren = 0;
  for (const w of words) {
    // A parenthesis inside a phrase glosses or abbreviates it (디리스킹(de-risking·위험제거), 인공지능(AI)): skipped.
    if (np && w.kind === 'mark' && w.text.includes('(')) { paren++; continue; }
    if (paren > 0 && !(w.kind === 'mark' && w.mark === 'end')) { if (w.kind === 'mark' && w.text.includes(')')) paren--; continue; }
    paren = 0;
    if (w.kind === 'noun') {
      if (!np) np = { kind: 'np', parts: [{ nouns: [] }], role: 'bare', start: w.start, end: w.end };
      part().nouns.push(w);
      np.end = w.end;
      continue;
    }
    if (w.kind === 'particle') {
      if (!np) continue;
      if (w.role === 'genitive' || w.role === 'conjunction') {
        part().link = w.role;
        np.parts.push({ nouns: [] });
        continue;
      }
      close(w.role, w.form, w.end);
      continue;
    }
    if (w.kind === 'mark' && w.mark === 'exemplifier' && np) {
      part().link = 'exemplifier';
      np.parts.push({ nouns: [] });
      continue;
    }
    // Parenthesised short forms (마이크로소프트(MS), 인공지능(AI)) and inner quote marks stay inside the phrase.
    if (w.kind === 'mark' && (w.mark === 'open' || w.mark === 'close' || w.mark === 'other') && np && /^[()‘’'\[\]]$/.test(w.text)) continue;
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
  if (!last.entity && lx.roleNouns.has(last.text)) {
    const person = [...named].reverse().find((n) => n.entity!.type === 'Person') ?? named[named.length - 1];
    return person!.entity;
  }
  return undefined;
}

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
