// English labels for Korean phrases from the domain glossary: word order kept for compounds
// (클라우드 컴퓨팅 접근 → cloud computing access), genitive 의 → possessive, 와/과 → and,
// names as their English canonical names (China before a noun → Chinese, via glossary modifiers).
// A phrase with any content word the glossary does not cover gets no English label.
import type { KoLexicon } from './lexicon.js';
import type { NounPhrase, Part } from './phrases.js';
import type { NounWord } from './words.js';

function word(n: NounWord, beforeNoun: boolean, lx: KoLexicon): string | null | undefined {
  const g = lx.glossary;
  if (n.entity) return (beforeNoun ? g.modifiers.get(n.entity.id) : undefined) ?? n.entity.label;
  if (g.ignore.has(n.text) || lx.pronouns.has(n.text)) return null; // dropped, not a failure
  const direct = g.words.get(n.text) ?? g.words.get(n.text.replace(/들$/, ''));
  if (direct) return direct;
  if (/^[A-Za-z0-9][A-Za-z0-9.&-]*$/.test(n.text)) return n.text;
  // Unspaced compounds of two glossary words (수출규제, AI업체들).
  const t = n.text.replace(/들$/, '');
  for (let i = 1; i < t.length; i++) {
    const a = t.slice(0, i), b = t.slice(i);
    const ga = g.words.get(a) ?? (/^[A-Za-z0-9]+$/.test(a) ? a : undefined), gb = g.words.get(b);
    if (ga && gb) return `${ga} ${gb}`;
  }
  return undefined;
}

/** Unspaced runs of plain nouns the tagger split (최종/본, 공급/망) are looked up whole first. */
function joinRuns(nouns: NounWord[], lx: KoLexicon): NounWord[] {
  const out: NounWord[] = [];
  for (const n of nouns) {
    const prev = out[out.length - 1];
    if (prev && !prev.entity && !n.entity && !n.spaced && prev.end === n.start) {
      const joined = prev.text + n.text;
      if (lx.glossary.words.has(joined) || !lx.glossary.words.has(n.text) || !lx.glossary.words.has(prev.text)) {
        out[out.length - 1] = { ...prev, text: joined, end: n.end };
        if (lx.glossary.words.has(joined) || !lx.glossary.words.has(prev.text)) continue;
        out[out.length - 1] = prev;
      }
    }
    out.push(n);
  }
  return out;
}

/** Plural nouns that are not plurals of a count noun (sales revenue, dual-use goods). */
const PLURALIA = new Set(['sales', 'means', 'news', 'series', 'goods', 'arms', 'earnings', 'savings', 'proceeds', 'customs', 'logistics', 'economics', 'politics', 'species', 'data', 'analysis']);

/** A plural count noun used as a modifier is singular in English (semiconductor equipment, export control rules). */
function singular(phrase: string): string {
  const words = phrase.split(' ');
  const w = words[words.length - 1]!;
  if (!/^[a-z][a-z-]*s$/.test(w) || PLURALIA.has(w) || /(?:ss|us|is)$/.test(w)) return phrase;
  words[words.length - 1] = /ies$/.test(w) ? `${w.slice(0, -3)}y` : /(?:ches|shes|xes|sses)$/.test(w) ? w.slice(0, -2) : w.slice(0, -1);
  return words.join(' ');
}

/** 대중, 대미, 對中: a country in its bound "toward X" form (the glossary's `toward` list), by its English name. */
const toward = (n: NounWord, lx: KoLexicon): string | undefined => {
  const g = lx.glossary.toward.get(n.text);
  return g && (!n.entity || n.entity.type === 'Country') ? n.entity?.label ?? g : undefined;
};

/** Name types that stand alone after a description (미국 반도체 기업 마이크론 → Micron). */
const STANDALONE = new Set(['Company', 'Person', 'Organization', 'Agency', 'Government', 'Media', 'Country', 'Product']);

function partGloss(part: Part, lx: KoLexicon, about?: { prep: string; text: string }): string | undefined {
  const p = { nouns: joinRuns(part.nouns, lx) };
  // 미국 반도체 기업 마이크론, 중국 최대 파운드리 업체 SMIC: a name after its description is what the part names.
  const last = p.nouns[p.nouns.length - 1];
  if (last?.entity && STANDALONE.has(last.entity.type) && p.nouns.length > 1 && !toward(last, lx)
    && p.nouns.slice(0, -1).some((n) => !n.entity && !lx.glossary.ignore.has(n.text))) return last.entity.label;
  const out: string[] = [];
  let to: string | undefined;
  for (let i = 0; i < p.nouns.length; i++) {
    const n = p.nouns[i]!;
    // A parenthesised repeat of the previous name (마이크로소프트(MS)) adds nothing.
    if (n.entity && p.nouns[i - 1]?.entity?.id === n.entity.id) continue;
    // 반도체 장비 대중 수출통제 → "semiconductor equipment export controls on China": the bound form goes after the noun.
    const tw = i < p.nouns.length - 1 ? toward(n, lx) : undefined;
    if (tw) { to = tw; continue; }
    // 홍콩 소재 업체 → Hong Kong-based companies.
    const suffix = lx.glossary.placeSuffixes.get(n.text);
    const prevNoun = i > 0 ? p.nouns[i - 1] : undefined;
    if (suffix && out.length && prevNoun?.entity && ['Country', 'City', 'Region', 'Location'].includes(prevNoun.entity.type)) { out[out.length - 1] += `-${suffix}`; continue; }
    const g = word(n, i < p.nouns.length - 1, lx);
    if (g === undefined) return undefined;
    if (!g) continue;
    // DUV lithography + lithography equipment: a word repeated across the seam is said once.
    const prev = out[out.length - 1];
    const first = g.split(' ')[0]!;
    const gg = prev && prev.split(' ').pop() === first && g.includes(' ') ? g.slice(first.length + 1) : g;
    if (prev && !(n.entity && /^[A-Z]/.test(prev))) out[out.length - 1] = singular(prev);
    out.push(gg);
  }
  if (!out.length) return undefined;
  let text = out.join(' ');
  // X에 대한 대중 수출통제: "export controls on X to China".
  if (about) text += ` ${about.prep} ${about.text}`;
  if (to) {
    const head = p.nouns[p.nouns.length - 1]!.text;
    text += ` ${about ? 'to' : lx.glossary.aboutPrepositions.get(head) ?? 'to'} ${to}`;
  }
  return text;
}

const possessive = (s: string) => (/s$/.test(s) ? `${s}'` : `${s}'s`);

/** English gloss of the phrase's parts from `from` on, or undefined when a word is not covered. */
export function glossPhrase(np: NounPhrase, lx: KoLexicon, from = 0, about?: { prep: string; text: string }): string | undefined {
  const parts = np.parts.slice(from);
  const ex = parts.findIndex((p) => p.link === 'exemplifier');
  if (ex >= 0) {
    const examples = parts.slice(0, ex + 1).map((p) => partGloss(p, lx));
    const rest = glossParts(parts.slice(ex + 1), lx, about);
    if (examples.some((e) => !e) || !rest) return undefined;
    return `${rest} such as ${examples.join(' and ')}`;
  }
  return glossParts(parts, lx, about);
}

/** `about` (X에 대한 …) attaches to the head part: "tariffs on Chinese electric vehicles". */
function glossParts(parts: Part[], lx: KoLexicon, about?: { prep: string; text: string }): string | undefined {
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    // A part made only of ignored words (일종의 …) drops out with its link.
    if (parts[i]!.nouns.every((n) => !n.entity && (lx.glossary.ignore.has(n.text) || lx.pronouns.has(n.text)))) continue;
    const g = partGloss(parts[i]!, lx, i === parts.length - 1 ? about : undefined);
    if (!g) return undefined;
    out += g;
    const link = parts[i]!.link;
    if (i < parts.length - 1) {
      if (link === 'genitive') out = `${possessive(out)} `;
      else out += ' and ';
    }
  }
  return out || undefined;
}

/** Gloss of a single Korean word (verbal nouns of nominalised clauses). */
export function glossWord(text: string, lx: KoLexicon): string | undefined {
  return lx.glossary.words.get(text);
}
