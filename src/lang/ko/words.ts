// Stage 2: tokens → words. Repairs the tagger's output with the gazetteer and the grammar lexicon:
//  - gazetteer names (and this document's short forms) become single NNP words, whatever the tagger did to
//    them (엔비디아 → 엔/비디아, 마이크로소프트 → 마이크/로/소프트). lindera-wasm 1.1 cannot load a user
//    dictionary in Node (its file loader has no filesystem under wasm), so this merge pass plays that role;
//  - an eojeol the tagger shattered that reads as name + particles goes through entities.resolve(), which
//    knows near-miss spellings (엔비이다는 → Nvidia + 는);
//  - a one-syllable unknown token right after a noun that is a particle becomes that particle (미국/NNP 이/UNK);
//  - predicates are grouped: verbal noun + 하다/되다 (제한/NNG 하/XSV 는/ETM), verb + endings.
import type { DocumentEntities, Mention } from '../../entities/index.js';
import { isParticleTail } from '../../entities/index.js';
import type { EntityRef, Span } from '../../types/index.js';
import type { KoLexicon, ParticleRole } from './lexicon.js';
import type { Token } from './morph.js';

export interface NounWord { kind: 'noun'; text: string; start: number; end: number; pos: string; entity?: EntityRef; spaced: boolean }
export interface ParticleWord { kind: 'particle'; role: ParticleRole; form: string; start: number; end: number }
export interface PredWord {
  kind: 'pred';
  /** Dictionary form used for the relation map (제한하다; 알리다). */
  lemma: string;
  /** 되다-passive of a verbal noun (고려되다), or a verb lemma ending in 되다/지다 built on one. */
  passive: boolean;
  /** Adjectival (VA, XSA): describes, relates nothing. */
  adjective: boolean;
  /** The verbal noun when there is one (제한). */
  noun?: string;
  /** Grammatical ending tags in order (EP, EC, EF, ETM, ETN) with their forms. */
  endings: Array<{ form: string; tag: string }>;
  start: number;
  /** End of the stem (the verbal noun or verb root): modality markers are read from here on. */
  stemEnd: number;
  end: number;
  spaced: boolean;
}
export interface MarkWord { kind: 'mark'; mark: 'open' | 'close' | 'comma' | 'end' | 'exemplifier' | 'neg' | 'other'; text: string; start: number; end: number; spaced: boolean }
export type Word = NounWord | ParticleWord | PredWord | MarkWord;

// Double quotes delimit speech; single quotes (‘美클라우드’) only set off terms and stay inside phrases.
const OPEN_QUOTES = new Set(['“', '「', '『']);
const CLOSE_QUOTES = new Set(['”', '」', '』']);
const HANGUL = /[\uac00-\ud7a3]/;
const NOUN_TAGS = new Set(['NNG', 'NNP', 'NNB', 'NNBC', 'NR', 'NP', 'SL', 'SH', 'SN', 'XSN', 'XPN']);
const PARTICLE_TAG_ROLE: Record<string, ParticleRole> = { JKS: 'subject', JKC: 'subject', JKO: 'object', JKG: 'genitive', JKB: 'oblique', JC: 'conjunction' };

const firstTag = (t: Token) => t.tag.split('+')[0]!;
const lastTag = (t: Token) => t.tag.split('+').pop()!;
const isEnding = (tag: string) => tag === 'EP' || tag === 'EC' || tag === 'EF' || tag === 'ETM' || tag === 'ETN';

function particleRole(t: Token, lx: KoLexicon): ParticleRole | undefined {
  const tags = t.tag.split('+');
  if (!tags.every((x) => x.startsWith('J') || x === 'XSN')) return undefined;
  const last = tags[tags.length - 1]!;
  if (PARTICLE_TAG_ROLE[last]) return PARTICLE_TAG_ROLE[last];
  if (last === 'JX') {
    // 에선/엔 (에서+는) stay obliques; 은/는/ㄴ/도 mark a topic.
    if (tags.includes('JKB')) return 'oblique';
    const form = t.morphs[t.morphs.length - 1]?.form ?? t.surface;
    if (/^(?:은|는|ᆫ|도)$/.test(form)) return 'topic';
    return lx.particles.get(t.surface);
  }
  return undefined;
}

interface Cover { start: number; end: number; entity: EntityRef }

export function toWords(text: string, offset: number, rawTokens: Token[], entities: DocumentEntities, lx: KoLexicon,
  cache: Map<string, EntityRef | null>): { words: Word[]; mentions: Mention[] } {
  const tokens = glossaryWords(glossedNames(rawTokens), text, lx);
  // 1. Names: gazetteer matches, then near-miss eojeols.
  const mentions = entities.mentions(text, offset);
  const covers: Cover[] = mentions.map((m) => ({ start: m.span.start - offset, end: m.span.end - offset, entity: m }));
  for (const e of eojeols(tokens)) {
    const s = e[0]!.start, end = e[e.length - 1]!.end;
    if (covers.some((c) => c.start < end && s < c.end)) continue;
    const surface = text.slice(s, end);
    if (!HANGUL.test(surface[0]!) || !NOUN_TAGS.has(firstTag(e[0]!))) continue;
    // Only eojeols the tagger could not read as one known noun + particles are worth a fuzzy look-up.
    const nouns = e.filter((t) => NOUN_TAGS.has(firstTag(t)));
    if (nouns.length === 1 && e[0]!.known && e.slice(1).every((t) => particleRole(t, lx) || lx.particles.has(t.surface))) continue;
    // Only eojeols ending in a case or topic particle (argument positions); the two longest readings.
    if (!lx.particles.has(e[e.length - 1]!.surface) && !particleRole(e[e.length - 1]!, lx) && !/[은는이가을를]$/.test(surface)) continue;
    let tries = 0;
    for (let cut = surface.length - 1; cut >= 3 && tries < 2; cut--) {
      if (!isParticleTail(surface.slice(cut))) continue;
      tries++;
      const name = surface.slice(0, cut);
      let ref = cache.get(name);
      if (ref === undefined) { ref = entities.resolve(name) ?? null; cache.set(name, ref); }
      if (ref) {
        const span: Span = { start: offset + s, end: offset + s + cut, text: name };
        covers.push({ start: s, end: s + cut, entity: { ...ref, span } });
        mentions.push({ ...ref, span });
        break;
      }
    }
  }
  covers.sort((a, b) => a.start - b.start);

  // 2. Tokens → words.
  const words: Word[] = [];
  let ci = 0;
  let pred: PredWord | undefined;
  const pushNoun = (w: NounWord) => { pred = undefined; words.push(w); };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (ci < covers.length && covers[ci]!.end <= t.start) ci++;
    const c = covers[ci];
    if (c && c.start <= t.start && t.start < c.end) {
      // Swallow every token the name covers; a token running past the name's end leaves its tail (a particle).
      const spaced = t.spaced;
      let j = i;
      while (j + 1 < tokens.length && tokens[j + 1]!.start < c.end) j++;
      pushNoun({ kind: 'noun', text: text.slice(c.start, c.end), start: c.start, end: c.end, pos: 'NNP', entity: c.entity, spaced });
      const last = tokens[j]!;
      // 한미, 미중: a compound of country abbreviations is one name per syllable, all inside one token.
      let reach = c.end;
      while (covers[ci + 1] && covers[ci + 1]!.start === reach && covers[ci + 1]!.end <= last.end) {
        ci++;
        const c2 = covers[ci]!;
        words.push({ kind: 'noun', text: text.slice(c2.start, c2.end), start: c2.start, end: c2.end, pos: 'NNP', entity: c2.entity, spaced: false });
        reach = c2.end;
      }
      if (last.end > reach) {
        const tail = text.slice(reach, last.end);
        const role = lx.particles.get(tail);
        if (role) words.push({ kind: 'particle', role, form: tail, start: reach, end: last.end });
        else if (HANGUL.test(tail[0]!)) {
          // 관세청장은: the rest of a word a name opens (장 + 은) is a noun of its own and its particle.
          for (let k = 1; k <= tail.length; k++) {
            const p = tail.slice(k), r = p ? lx.particles.get(p) : undefined;
            if (p && !r) continue;
            words.push({ kind: 'noun', text: tail.slice(0, k), start: reach, end: reach + k, pos: 'NNG', spaced: false });
            if (r) words.push({ kind: 'particle', role: r, form: p, start: reach + k, end: last.end });
            break;
          }
        }
      }
      i = j; ci++;
      continue;
    }
    const ft = firstTag(t), lt = lastTag(t);
    const prev = words[words.length - 1];
    // 멜라녹스는 (녹스/VV 는/ETM): after a name, a particle's form is a particle whatever the tagger made of it.
    if (!t.spaced && prev?.kind === 'noun' && prev.entity && prev.end === t.start && lx.particles.has(t.surface) && /^(?:E|J|X|V|N)/.test(ft)) {
      pred = undefined;
      words.push({ kind: 'particle', role: lx.particles.get(t.surface)!, form: t.surface, start: t.start, end: t.end });
      continue;
    }
    // 제품이다. — ko-dic reads a sentence-final copula after a noun as a conjunction particle (이다/JC).
    if (t.tag === 'JC' && /^(?:이)?다$/.test(t.surface) && prev?.kind === 'noun' && (!tokens[i + 1] || /^(?:SF|UNK)$/.test(firstTag(tokens[i + 1]!)) && /^[.!?]/.test(tokens[i + 1]!.surface))) {
      pred = { kind: 'pred', lemma: '이다', passive: false, adjective: true, endings: [{ form: '다', tag: 'EF' }], start: t.start, stemEnd: t.start, end: t.end, spaced: false };
      words.push(pred);
      continue;
    }
    // 이는/UNK, 그는/UNK: a pronoun and its particle the tagger left unknown.
    if (t.tag === 'UNK' && HANGUL.test(t.surface)) {
      const k = [...t.surface].findIndex((_, j) => j > 0 && lx.pronouns.has(t.surface.slice(0, j)) && !!lx.particles.get(t.surface.slice(j)));
      if (k > 0) {
        pushNoun({ kind: 'noun', text: t.surface.slice(0, k), start: t.start, end: t.start + k, pos: 'NP', spaced: t.spaced });
        words.push({ kind: 'particle', role: lx.particles.get(t.surface.slice(k))!, form: t.surface.slice(k), start: t.start + k, end: t.end });
        continue;
      }
    }
    // Particles, including unknown one-syllable ones glued to a noun.
    // After a closing parenthesis glued to a noun (국내총생산(GDP)이), a particle form is a particle, whatever the tag.
    // 의 is the genitive whatever the tagger says (고대역폭메모리(HBM)의: JKB after a parenthesis).
    const role = (t.surface === '의' && (t.tag.startsWith('J') || (!t.spaced && prev?.kind === 'noun' && prev.end === t.start)) ? 'genitive' : particleRole(t, lx)) ?? (!t.spaced && ((prev?.kind === 'noun' && (t.tag === 'UNK' || !t.known)) || (prev?.kind === 'mark' && prev.text === ')' && !prev.spaced)) ? lx.particles.get(t.surface) : undefined);
    if (role && !t.spaced) { pred = undefined; words.push({ kind: 'particle', role, form: t.surface, start: t.start, end: t.end }); continue; }
    if (ft === 'MAJ' && lx.particles.get(t.surface) === 'conjunction') { pred = undefined; words.push({ kind: 'particle', role: 'conjunction', form: t.surface, start: t.start, end: t.end }); continue; }
    // Predicate continuation: endings, 하다/되다 after a verbal noun, compound tokens starting with either.
    // 공급받다, 허가받다, 승인받다: a verbal noun glued to 받다 is one verb (receive supply, obtain a licence).
    if (ft === 'VV' && t.morphs[0]?.form === '받' && prev?.kind === 'noun' && !t.spaced && prev.pos === 'NNG' && !prev.entity && prev.end === t.start) {
      words.pop();
      pred = {
        kind: 'pred', lemma: `${prev.text}받다`, noun: prev.text, passive: false, adjective: false,
        endings: t.morphs.slice(1).filter((m) => isEnding(m.tag)), start: prev.start, stemEnd: t.start + 1, end: t.end, spaced: prev.spaced,
      };
      words.push(pred);
      continue;
    }
    if ((ft === 'XSV' || ft === 'XSA') && prev?.kind === 'noun' && !t.spaced && (prev.pos === 'NNG' || prev.pos === 'XR') && !prev.entity) {
      words.pop();
      const stem = t.morphs[0]!.form;
      // 재/XPN 검토/NNG 하다: a prefix glued to the verbal noun belongs to the lemma (재검토하다 ≠ 검토하다).
      const pfx = words[words.length - 1];
      const prefixed = pfx?.kind === 'noun' && pfx.pos === 'XPN' && !prev.spaced && pfx.end === prev.start;
      if (prefixed) words.pop();
      const noun = prefixed ? pfx.text + prev.text : prev.text;
      pred = {
        kind: 'pred', lemma: `${noun}하다`, noun, passive: stem === '되', adjective: ft === 'XSA',
        endings: t.morphs.slice(1).filter((m) => isEnding(m.tag)), start: prefixed ? pfx.start : prev.start, stemEnd: prev.end, end: t.end,
        spaced: prefixed ? pfx.spaced : prev.spaced,
      };
      words.push(pred);
      continue;
    }
    if (pred && !t.spaced && (isEnding(ft) || (ft === 'VCP' && lt !== 'VCP'))) {
      pred.endings.push(...t.morphs.filter((m) => isEnding(m.tag)));
      pred.end = t.end;
      continue;
    }
    // 내려받다, 쏟아내다, 끌어들이다: verb + -아/어 + verb in one eojeol is a compound verb (an auxiliary after
    // -아/어 stays an auxiliary: 해 주다, 하고 있다).
    const prevEnd = prev?.kind === 'pred' ? prev.endings[prev.endings.length - 1] : undefined;
    if ((ft === 'VV' || ft === 'VX') && prev?.kind === 'pred' && pred === prev && !t.spaced && prev.end === t.start && !prev.noun && prev.endings.length === 1
      && prevEnd?.tag === 'EC' && /^[아어여]$/.test(prevEnd.form) && !lx.auxiliaries.has(`${t.morphs[0]!.form}다`)) {
      const root = t.morphs[0]!.form;
      prev.lemma = `${text.slice(prev.start, t.start)}${root}다`;
      prev.endings = t.morphs.slice(1).filter((m) => isEnding(m.tag));
      prev.stemEnd = t.start + Math.min(root.length, t.surface.length);
      prev.end = t.end;
      continue;
    }
    // …하도록 한 법률: 한 after a -도록 predicate is 하다 + ㄴ, not the determiner 한 (one).
    if (ft === 'MM' && t.surface === '한' && prev?.kind === 'pred' && prevEnd?.form === '도록') {
      pred = { kind: 'pred', lemma: '하다', passive: false, adjective: false, endings: [{ form: 'ᆫ', tag: 'ETM' }], start: t.start, stemEnd: t.start + 1, end: t.end, spaced: t.spaced };
      words.push(pred);
      continue;
    }
    if (ft === 'VV' || ft === 'VA' || ft === 'VX' || ft === 'VCP' || ft === 'VCN' || ft === 'XSV') {
      const root = t.morphs[0]!.form;
      const lemma = `${root}다`;
      pred = {
        kind: 'pred', lemma, passive: /(?:되|지)$/.test(root) && root.length > 1, adjective: ft === 'VA' || ft === 'VCP' || ft === 'VCN',
        endings: t.morphs.slice(1).filter((m) => isEnding(m.tag)), start: t.start, stemEnd: t.start + Math.min(root.length, t.surface.length),
        end: t.end, spaced: t.spaced,
      };
      words.push(pred);
      continue;
    }
    pred = undefined;
    // A full stop the tagger left unknown before a line break (다./UNK) ends the sentence all the same.
    if (ft === 'SF' || (/^[.!?]+$/.test(t.surface) && (!tokens[i + 1] || tokens[i + 1]!.spaced))) { words.push({ kind: 'mark', mark: 'end', text: t.surface, start: t.start, end: t.end, spaced: t.spaced }); continue; }
    if (ft === 'SC' || t.surface === ',') { words.push({ kind: 'mark', mark: 'comma', text: t.surface, start: t.start, end: t.end, spaced: t.spaced }); continue; }
    if (t.surface === '‘' || t.surface === '’' || t.surface === "'") { words.push({ kind: 'mark', mark: 'other', text: t.surface, start: t.start, end: t.end, spaced: t.spaced }); continue; }
    if ((ft === 'SSO' && t.surface !== '(' && t.surface !== '[') || OPEN_QUOTES.has(t.surface) || (t.surface === '"' && (t.spaced || i === 0))) { words.push({ kind: 'mark', mark: 'open', text: t.surface, start: t.start, end: t.end, spaced: t.spaced }); continue; }
    if ((ft === 'SSC' && t.surface !== ')' && t.surface !== ']') || CLOSE_QUOTES.has(t.surface) || t.surface === '"') { words.push({ kind: 'mark', mark: 'close', text: t.surface, start: t.start, end: t.end, spaced: t.spaced }); continue; }
    // 등이/NNG, 등을/NNG: ko-dic sometimes reads exemplifier + particle as one noun after a list.
    const exParticle = ft === 'NNG' && t.surface.length > 1 && lx.exemplifiers.has(t.surface[0]!) ? lx.particles.get(t.surface.slice(1)) : undefined;
    if (exParticle && (prev?.kind === 'noun' || (prev?.kind === 'mark' && prev.text.includes(')')))) {
      words.push({ kind: 'mark', mark: 'exemplifier', text: t.surface[0]!, start: t.start, end: t.start + 1, spaced: t.spaced });
      words.push({ kind: 'particle', role: exParticle, form: t.surface.slice(1), start: t.start + 1, end: t.end });
      continue;
    }
    if (lx.exemplifiers.has(t.surface) && (ft === 'NNB' || ft === 'NNG')) { words.push({ kind: 'mark', mark: 'exemplifier', text: t.surface, start: t.start, end: t.end, spaced: t.spaced }); continue; }
    if (ft === 'MAG' && (t.surface === '안' || t.surface === '못')) { words.push({ kind: 'mark', mark: 'neg', text: t.surface, start: t.start, end: t.end, spaced: t.spaced }); continue; }
    // 정당/XR 하/XSA 다, 엄격/XR 하/XSA 게: a root takes its 하다 like a verbal noun.
    if (ft === 'XR' && tokens[i + 1] && !tokens[i + 1]!.spaced && /^XS[AV]/.test(firstTag(tokens[i + 1]!))) {
      pushNoun({ kind: 'noun', text: t.surface, start: t.start, end: t.end, pos: 'XR', spaced: t.spaced });
      continue;
    }
    if (NOUN_TAGS.has(ft) || (ft === 'UNK' && /^[\p{L}\p{N}][\p{L}\p{N}.&-]*$/u.test(t.surface))) {
      // Latin letters and digits the tagger split (A/UNK 100/UNK) are one word.
      if (prev?.kind === 'noun' && !t.spaced && !prev.entity && /^[A-Za-z0-9]/.test(t.surface) && /[A-Za-z0-9]$/.test(prev.text)) {
        prev.text += t.surface; prev.end = t.end; continue;
      }
      // 35/UNK ./UNK 3/UNK: a decimal number the tagger split is one number (35.3).
      const w2 = words[words.length - 2];
      if (/^\d/.test(t.surface) && !t.spaced && prev?.kind === 'mark' && prev.text === '.' && !prev.spaced && w2?.kind === 'noun' && /\d$/.test(w2.text) && w2.end === prev.start) {
        words.pop(); w2.text += `.${t.surface}`; w2.end = t.end; continue;
      }
      // 업체/NNG 들/XSN, 가능/NNG 성/XSN: a noun suffix belongs to its noun (업체들, 가능성), so that the head noun is
      // the whole word, not the suffix.
      if (ft === 'XSN' && lastTag(t) === 'XSN' && prev?.kind === 'noun' && !t.spaced && !prev.entity && prev.pos !== 'SN' && !/^\d/.test(prev.text) && prev.end === t.start) {
        prev.text += t.surface; prev.end = t.end; continue;
      }
      pushNoun({ kind: 'noun', text: t.surface, start: t.start, end: t.end, pos: ft === 'UNK' ? 'SL' : ft, spaced: t.spaced });
      continue;
    }
    words.push({ kind: 'mark', mark: 'other', text: t.surface, start: t.start, end: t.end, spaced: t.spaced });
  }
  // 같은 (VA+ETM 같/은) after a noun introduces a category, like 등.
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    // N 간 (미국과 중국 간 갈등: between), which ko-dic reads as 가다 + ㄴ: a bound noun.
    if (w.kind === 'pred' && w.lemma === '가다' && w.spaced && text.slice(w.start, w.end) === '간' && words[k - 1]?.kind === 'noun') {
      words[k] = { kind: 'noun', text: '간', start: w.start, end: w.end, pos: 'NNB', spaced: true };
      continue;
    }
    // 검토 중이다, 조사 중인: a verbal noun + 중 + copula is that verb in progress (검토하다).
    const nx = words[k + 1], nx2 = words[k + 2];
    if (w.kind === 'noun' && w.pos === 'NNG' && !w.entity && nx?.kind === 'noun' && !nx.entity && nx.spaced) {
      const cop = nx.text === '중이' ? nx2 : nx.text === '중' ? nx2 : undefined;
      const copEnd = cop?.kind === 'pred' && cop.lemma === '이다' ? cop : undefined;
      if (copEnd && (nx.text === '중' || !copEnd.spaced)) {
        words.splice(k, 3, { kind: 'pred', lemma: `${w.text}하다`, noun: w.text, passive: false, adjective: false,
          endings: copEnd.endings, start: w.start, stemEnd: w.end, end: copEnd.end, spaced: w.spaced });
        continue;
      }
    }
    // 이 같은 (such): a determiner, not an example list.
    if (w.kind === 'noun' && !w.entity && (w.text === '이' || w.text === '그') && nx?.kind === 'pred' && nx.lemma === '같다' && nx.endings.some((e) => e.tag === 'ETM')) {
      words.splice(k, 2); k--; continue;
    }
    // Determiner-like adnominals (지난 7월): no clause.
    if (w.kind === 'pred' && lx.determiners.has(w.lemma) && w.endings.length === 1 && w.endings[0]!.tag === 'ETM' && words[k + 1]?.kind === 'noun') {
      words.splice(k, 1); k--; continue;
    }
    // MI308이 같은 규제 대상에 (the same): after a case particle other than 와/과 (X와 같은 = like X), 같은 before a noun
    // is a determiner, not a clause taking the subject before it.
    const pw = words[k - 1];
    if (w.kind === 'pred' && w.lemma === '같다' && w.endings.length === 1 && w.endings[0]!.tag === 'ETM' && words[k + 1]?.kind === 'noun'
      && pw?.kind === 'particle' && !/^(?:와|과|이나|나|랑|이랑)$/.test(pw.form)) {
      words.splice(k, 1); k--; continue;
    }
    if (w.kind === 'pred' && w.lemma === '같다' && w.endings.some((e) => e.tag === 'ETM') && words[k - 1]?.kind === 'noun') {
      words[k] = { kind: 'mark', mark: 'exemplifier', text: '같은', start: w.start, end: w.end, spaced: w.spaced };
    }
  }
  return { words, mentions };
}

function eojeols(tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  for (const t of tokens) {
    if (t.spaced || !out.length) out.push([t]); else out[out.length - 1]!.push(t);
  }
  return out;
}

const ROLE_TAG: Record<ParticleRole, string> = { subject: 'JKS', topic: 'JX', object: 'JKO', genitive: 'JKG', oblique: 'JKB', conjunction: 'JC', delimiter: 'JX' };

/** `rest` as one or two known particles (에는, 에서도) or a copula ending (이라며, 이다), or undefined. */
function particleTokens(rest: string, start: number, lx: KoLexicon): Token[] | undefined {
  if (!rest) return [];
  // 보복이라며, 허점이다: the copula and its ending.
  const cop = /^(이)?(라고|라며|라면서|라는|다|며|고|지만|었다|였다|ᆫ|인)$/.exec(rest);
  if (cop) {
    const ending = cop[2]!;
    return [{ surface: rest, tag: 'VCP+EC', start, end: start + rest.length, morphs: [{ form: '이', tag: 'VCP' }, { form: ending, tag: ending === '인' || ending === 'ᆫ' ? 'ETM' : /다$/.test(ending) ? 'EF' : 'EC' }], spaced: false, known: true }];
  }
  for (let k = rest.length; k >= 1; k--) {
    const role = lx.particles.get(rest.slice(0, k));
    if (!role) continue;
    const tail = rest.slice(k);
    const tailRole = tail ? lx.particles.get(tail) : undefined;
    if (tail && !tailRole) continue;
    const tok = (form: string, r: ParticleRole, s: number): Token => ({ surface: form, tag: ROLE_TAG[r], start: s, end: s + form.length, morphs: [{ form, tag: ROLE_TAG[r] }], spaced: false, known: true });
    return tail ? [tok(rest.slice(0, k), role, start), tok(tail, tailRole!, start + k)] : [tok(rest, role, start)];
  }
  return undefined;
}

/**
 * The domain glossary doubles as a user dictionary: an eojeol that spells a glossary word and particles
 * (이중용도, 안보, 전망치도, 위험이) but that the tagger cut elsewhere (이중용/NNP 도/JX; 안/MAG 보/VV; 전망/NNG
 * 치도/XSV…) becomes that noun and its particles. Eojeols the tagger already cut at the word's end into nouns
 * are left alone.
 */
const glossaryHeads = new WeakMap<Map<string, string>, Set<string>>();
function glossaryWords(tokens: Token[], text: string, lx: KoLexicon): Token[] {
  const words = lx.glossary.words;
  // The first two letters of every glossary word: most eojeols start with none of them and are passed over.
  let heads = glossaryHeads.get(words);
  if (!heads) { heads = new Set([...words.keys()].map((w) => w.slice(0, 2))); glossaryHeads.set(words, heads); }
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let j = i;
    while (j + 1 < tokens.length && !tokens[j + 1]!.spaced) j++;
    const starts = t.spaced || (i > 0 && /^S[^NLH]/.test(firstTag(tokens[i - 1]!))); // after a space or “ ( ‘
    if (!starts || !HANGUL.test(t.surface[0] ?? '') || !heads.has(text.slice(t.start, t.start + 2))) { out.push(t); continue; }
    const s = t.start, e = tokens[j]!.end;
    const surface = text.slice(s, e);
    let done = false;
    for (let len = Math.min(surface.length, 10); len >= 2 && !done; len--) {
      if (!words.has(surface.slice(0, len))) continue;
      const cut = s + len;
      const before = tokens.slice(i, j + 1).filter((x) => x.end <= cut);
      const aligned = before.length > 0 && before[before.length - 1]!.end === cut && before.every((x) => NOUN_TAGS.has(firstTag(x)) && NOUN_TAGS.has(lastTag(x)));
      if (aligned && before.length === 1) break;
      if (aligned) {
        // 자사/NNG 주/NNG: nouns that spell one glossary word are that word (its head is not 주).
        const word = surface.slice(0, len);
        out.push({ surface: word, tag: 'NNG', start: s, end: cut, morphs: [{ form: word, tag: 'NNG' }], spaced: t.spaced, known: true });
        i += before.length - 1;
        done = true;
        continue;
      }
      const parts = particleTokens(surface.slice(len), cut, lx);
      if (!parts) continue;
      const word = surface.slice(0, len);
      out.push({ surface: word, tag: 'NNG', start: s, end: cut, morphs: [{ form: word, tag: 'NNG' }], spaced: t.spaced, known: true }, ...parts);
      i = j;
      done = true;
    }
    if (!done) out.push(t);
  }
  return out;
}

/**
 * A transliterated name followed by its original in parentheses (어센드(Ascend), 피오텍(Piotech)) is one name,
 * however the tagger cut the Hangul part (어/EC 센/VV 드/NNG): the eojeol becomes a single proper noun.
 */
function glossedNames(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.spaced) { out.push(t); continue; }
    let j = i;
    while (j + 1 < tokens.length && !tokens[j + 1]!.spaced && HANGUL.test(tokens[j + 1]!.surface) && tokens[j + 1]!.surface !== '(') j++;
    const open = tokens[j + 1], latin = tokens[j + 2], close = tokens[j + 3];
    const parenthesised = open && !open.spaced && open.surface.startsWith('(') && latin && /^[A-Za-z]/.test(latin.surface) && close;
    const run = tokens.slice(i, j + 1);
    if (j > i && parenthesised && run.every((x) => HANGUL.test(x.surface)) && run.some((x) => !NOUN_TAGS.has(firstTag(x)))) {
      const surface = run.map((x) => x.surface).join('');
      out.push({ surface, tag: 'NNP', start: t.start, end: tokens[j]!.end, morphs: [{ form: surface, tag: 'NNP' }], spaced: true, known: false });
      i = j;
      continue;
    }
    out.push(t);
  }
  return out;
}
