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

function partGloss(part: Part, lx: KoLexicon): string | undefined {
  const out: string[] = [];
  const p = { nouns: joinRuns(part.nouns, lx) };
  for (let i = 0; i < p.nouns.length; i++) {
    const n = p.nouns[i]!;
    // A parenthesised repeat of the previous name (마이크로소프트(MS)) adds nothing.
    if (n.entity && p.nouns[i - 1]?.entity?.id === n.entity.id) continue;
    const g = word(n, i < p.nouns.length - 1, lx);
    if (g === undefined) return undefined;
    if (g) out.push(g);
  }
  return out.length ? out.join(' ') : undefined;
}

const possessive = (s: string) => (/s$/.test(s) ? `${s}'` : `${s}'s`);

/** English gloss of the phrase's parts from `from` on, or undefined when a word is not covered. */
export function glossPhrase(np: NounPhrase, lx: KoLexicon, from = 0): string | undefined {
  const parts = np.parts.slice(from);
  const ex = parts.findIndex((p) => p.link === 'exemplifier');
  if (ex >= 0) {
    const examples = parts.slice(0, ex + 1).map((p) => partGloss(p, lx));
    const rest = glossParts(parts.slice(ex + 1), lx);
    if (examples.some((e) => !e) || !rest) return undefined;
    return `${rest} such as ${examples.join(' and ')}`;
  }
  return glossParts(parts, lx);
}

function glossParts(parts: Part[], lx: KoLexicon): string | undefined {
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    // A part made only of ignored words (일종의 …) drops out with its link.
    if (parts[i]!.nouns.every((n) => !n.entity && (lx.glossary.ignore.has(n.text) || lx.pronouns.has(n.text)))) continue;
    const g = partGloss(parts[i]!, lx);
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
