// Stage 1b: names the gazetteer does not know, discovered once per document before its sentences are read
// (so a headline already knows a name the body introduces). Each rule reads a construction Korean news uses to
// introduce a name, never the name itself; discovered names become document-local entities (DocumentEntities
// .tryDiscover), found in every sentence by the entity layer's local matcher:
//  - persons before a title, with their organisation between (박종원 통상차관보, 제프리 케슬러 상무부 … 차관,
//    사이토 겐 일본 경제산업상); a surname + title later (박 차관보) is that person; 김모(56)씨 / 김씨;
//  - an original name in parentheses (테크인사이츠(TechInsights), 시라 리소시스(Syrah Resources)): the Latin
//    form is the canonical name, so English articles meet the same node;
//  - a name after a company descriptor (장비업체 멜라녹스, 시장조사업체 카운터포인트리서치) or after a country
//    (호주 블랙록마이닝, 중국 윙테크(원타이커지)): a company;
//  - names with an organisation head (서울중앙지법, 양형위원회, 한국광해광업공단); a court makes 재판부 its panel;
//  - a country + an unknown ministry (네덜란드 경제부): that country's body, bare 경제부 its short form;
//  - an industry acting as one party (배터리 업계, 반도체업계): a group;
//  - a company name by its ending (롯데정밀화학, MBK파트너스) when a proper name precedes the ending.
import { isParticleTail, type DocumentEntities } from '../../entities/index.js';
import type { EntityRef, EntityType } from '../../types/index.js';
import type { KoLexicon } from './lexicon.js';
import type { Token } from './morph.js';

interface Eojeol { start: number; end: number; surface: string; toks: Token[]; stem: string; stemEnd: number; bare: boolean }
interface Known { start: number; end: number; ref: EntityRef }

const HANGUL = /[\uac00-\ud7a3]/;
const HANGUL_ONLY = /^[\uac00-\ud7a3]+$/;
const syllables = (s: string) => [...s].filter((c) => HANGUL.test(c)).length;
const firstTag = (t: Token) => t.tag.split('+')[0]!;
/** The case particle closing an eojeol (는, 가, 를, 와, 에서, 으로부터 …). */
const CASE_ENDING = /(?:으로부터|로부터|에서는|에서|에게|으로|와의|과의|은|는|이|가|을|를|의|에|와|과|도|로)$/;

/** Tokens that show the tagger does not know the word as a common noun (a proper name, an unknown word). */
const namelike = (t: Token) => !t.known || /^(?:NNP|UNK|SL)$/.test(firstTag(t));

export function discoverNames(text: string, tokens: Token[], entities: DocumentEntities, lx: KoLexicon): void {
  const nm = lx.names;
  if (!nm) return;
  const eojeols = toEojeols(text, tokens);
  // Known names, sorted by start (binary search: documents can be long); names defined here are added as found.
  const known: Known[] = entities.spans(text).map((m) => ({ start: m.span.start, end: m.span.end, ref: m }));
  const covered = (s: number, e: number): Known | undefined => {
    let lo = 0, hi = known.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (known[mid]!.start < e) lo = mid + 1; else hi = mid; }
    for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) if (known[k]!.end > s) return known[k];
    return undefined;
  };
  const addKnown = (surface: string, ref: EntityRef) => {
    if (!surface) return;
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length)) {
      if (covered(at, at + surface.length)) continue;
      let lo = 0, hi = known.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (known[mid]!.start < at) lo = mid + 1; else hi = mid; }
      known.splice(lo, 0, { start: at, end: at + surface.length, ref });
    }
  };
  /** Persons named before `pos`, the latest last. */
  const personsBefore = (pos: number): EntityRef[] => {
    const out = new Map<string, EntityRef>();
    for (const k of known) { if (k.start >= pos) break; if (k.ref.type === 'Person') { out.delete(k.ref.id); out.set(k.ref.id, k.ref); } }
    return [...out.values()];
  };
  const define = (surface: string, ref: EntityRef) => { entities.define(surface, ref); addKnown(surface, ref); };
  const discover = (name: string, type: EntityType, aliases: string[] = []): EntityRef | undefined => {
    const ref = entities.tryDiscover(name, type, HANGUL.test(name) ? 'ko' : 'en');
    if (!ref) return undefined;
    addKnown(name, ref);
    for (const a of aliases) if (a && a !== name) define(a, ref);
    return ref;
  };
  const isTitle = (stem: string): string | undefined => {
    if (nm.titles.has(stem)) return stem;
    // 통상차관보, 상무장관: a short qualifier glued to a title.
    for (let k = 1; k <= 4 && k < stem.length; k++) {
      const t = stem.slice(k);
      if (t.length >= 2 && nm.titles.has(t) && HANGUL_ONLY.test(stem.slice(0, k)) && !nm.orgHeads.some((h) => stem.slice(0, k).endsWith(h.head))) return t;
    }
    return undefined;
  };
  /** The title an eojeol is (경제산업상이: the tagger glued the particle, so the stem may still carry it). */
  const titleOf = (e: Eojeol): string | undefined => {
    if (!e.stem) return undefined;
    const t = isTitle(e.stem);
    if (t) return t;
    for (let k = e.stem.length - 1; k >= 2; k--) if (isParticleTail(e.stem.slice(k))) { const t2 = isTitle(e.stem.slice(0, k)); if (t2) return t2; }
    return undefined;
  };
  const stemToks = (e: Eojeol) => e.toks.filter((t) => t.start < e.stemEnd);
  const nameish = (e: Eojeol): boolean => {
    const stem = e.stem;
    if (!HANGUL_ONLY.test(stem) || syllables(stem) > 4 || nm.notNames.has(stem) || covered(e.start, e.stemEnd)) return false;
    if (lx.timeNouns.has(stem) || lx.dateNouns.has(stem) || lx.pronouns.has(stem)) return false;
    const toks = stemToks(e);
    return toks.some(namelike) || (toks.length >= 2 && toks.every((t) => syllables(t.surface) === 1));
  };
  /** An unknown name in eojeol i (after a descriptor or a country), with a Hangul alias in parentheses. */
  const companyName = (i: number, strict: boolean): { name: string; alias?: string } | undefined => {
    const e0 = eojeols[i];
    if (!e0) return undefined;
    // 에스엘모터는 (에스/NNP 엘/JKO 모터/NNG 는/JX): a name the tagger cut at a particle-like syllable is read by its
    // text, up to the case particle that ends the eojeol.
    const word = /^[\uac00-\ud7a3]+/.exec(e0.surface)?.[0] ?? '';
    const cut = CASE_ENDING.exec(word);
    const textStem = cut && word.length - cut[0].length >= 3 ? word.slice(0, word.length - cut[0].length) : '';
    const allHangul = word.length === e0.surface.replace(/[^\uac00-\ud7a3]/g, '').length;
    const e = allHangul && HANGUL_ONLY.test(e0.stem) && textStem.length > e0.stem.length ? { ...e0, stem: textStem, stemEnd: e0.start + textStem.length } : e0;
    if (!e.stem || covered(e.start, e.stemEnd) || titleOf(e)) return undefined;
    const stem = e.stem;
    if (/^\d/.test(stem) || nm.notNames.has(stem) || lx.exemplifiers.has(stem) || nm.descriptors.some((d) => d.word === stem) || /들$/.test(stem)) return undefined;
    if (lx.timeNouns.has(stem) || lx.dateNouns.has(stem) || lx.pronouns.has(stem)) return undefined;
    if (nm.placeSuffixes.some((p) => stem.endsWith(p)) && syllables(stem) > 2) return undefined;
    const toks = stemToks(e);
    const latin = /^[A-Za-z][A-Za-z0-9&.-]+$/.test(stem);
    if (!latin) {
      if (!HANGUL_ONLY.test(stem) || syllables(stem) < 2) return undefined;
      if (toks.length === 1 && toks[0]!.known && !namelike(toks[0]!)) return undefined;
      if (strict ? !toks.some(namelike) : !(toks.some(namelike) || toks.length >= 2)) return undefined;
    }
    // Followed by a particle or a parenthesis; a bare noun goes on (독일 볼프스부르크 공장: a modifier).
    if (e.bare && !/^\(/.test(text.slice(e.stemEnd))) return undefined;
    const after = eojeols[i + 1];
    if (after && titleOf(after)) return undefined; // a person
    const alias = /^\(([\uac00-\ud7a3]{2,10})\)/.exec(text.slice(e.stemEnd))?.[1];
    return { name: stem, ...(alias ? { alias } : {}) };
  };

  // Originals in parentheses: 테크인사이츠(TechInsights), 시라 리소시스(Syrah Resources).
  for (const m of text.matchAll(/([\uac00-\ud7a3]+)\(([A-Z][A-Za-z0-9&.'’-]*[a-z][A-Za-z0-9&.'’-]*(?: [A-Z][A-Za-z0-9&.'’-]*){0,4})\)/g)) {
    const hStart = m.index!, hEnd = hStart + m[1]!.length;
    if (covered(hStart, hEnd)) continue;
    const ei = eojeols.findIndex((x) => x.start <= hStart && hStart < x.end);
    const e = eojeols[ei];
    if (!e || e.start !== hStart) continue;
    const toks = e.toks.filter((t) => t.start >= hStart && t.end <= hEnd);
    if (toks.length === 1 && toks[0]!.known && !namelike(toks[0]!)) continue;
    const latin = m[2]!;
    let ko = m[1]!;
    let first = ei;
    const prev = eojeols[ei - 1];
    if (latin.includes(' ') && prev && prev.bare && HANGUL_ONLY.test(prev.stem) && syllables(prev.stem) <= 4 && !covered(prev.start, prev.stemEnd)
      && !nm.descriptors.some((d) => prev.stem.endsWith(d.word)) && !nm.notNames.has(prev.stem)) { ko = `${prev.stem} ${ko}`; first = ei - 1; }
    const next = eojeols[ei + 1];
    if (next && titleOf(next)) { discover(ko, 'Person'); continue; }
    const before = eojeols[first - 1];
    const desc = before?.bare ? nm.descriptors.find((d) => before.stem.endsWith(d.word)) : undefined;
    const ref = entities.tryDiscover(latin, desc?.type ?? 'Company', 'en');
    if (ref && ref.type !== 'Concept') { addKnown(latin, ref); define(ko, ref); }
  }

  for (let i = 0; i < eojeols.length; i++) {
    const e = eojeols[i]!;
    // 김모(56)씨, 김씨: a surname (+ 모) and an honorific.
    const hon = /^([\uac00-\ud7a3])(모)?(?:\(\d+\))?씨(?![\uac00-\ud7a3]{3})/.exec(e.surface);
    if (hon && !covered(e.start, e.end)) {
      const surname = hon[1]!;
      const prior = personsBefore(e.start).reverse().find((p) => (p.labelKo ?? p.label).startsWith(surname) && /(?:모|씨)$/.test(p.labelKo ?? p.label));
      if (prior) { define(`${surname}씨`, prior); if (hon[2]) define(`${surname}모씨`, prior); }
      else discover(hon[2] ? `${surname}모` : `${surname}씨`, 'Person', [`${surname}씨`, `${surname}모씨`]);
      continue;
    }
    // A title: look back over the bare nouns before it for the name.
    const title = titleOf(e);
    if (title && i > 0) {
      const w: number[] = [];
      for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
        const x = eojeols[j]!;
        // (A known name the tagger cut with a particle inside, LG/에/너지솔루션, is one bare word all the same.)
        const whole = covered(x.start, x.end);
        if (!x.bare && !(whole && whole.start <= x.start && whole.end >= x.end)) break;
        w.unshift(j);
      }
      // 사이토 경제산업상, 케슬러 차관: one word of a person's two-word name before a title is that person.
      const last = w.length ? eojeols[w[w.length - 1]!]! : undefined;
      if (last && HANGUL_ONLY.test(last.stem) && syllables(last.stem) >= 2 && !covered(last.start, last.stemEnd)) {
        const prior = personsBefore(e.start).reverse().find((p) => (p.labelKo ?? '').split(' ').length === 2 && (p.labelKo ?? '').split(' ').includes(last.stem));
        if (prior) { define(`${last.stem} ${e.stem}`, prior); continue; }
      }
      // 박 차관보, 구 부총리: a surname alone before a title is a person this document (or the gazetteer) named.
      if (last && syllables(last.stem) === 1 && HANGUL_ONLY.test(last.stem) && nm.surnames.has(last.stem)) {
        const prior = personsBefore(e.start).reverse().find((p) => (p.labelKo ?? '').startsWith(last.stem) && syllables(p.labelKo ?? '') >= 2);
        if (prior && !covered(last.start, e.stemEnd)) define(`${last.stem} ${e.stem}`, prior);
        continue;
      }
      // A person the phrase already names (앨런 에스테베스 상무부 … 차관): nothing to discover.
      if (w.some((x) => covered(eojeols[x]!.start, eojeols[x]!.stemEnd)?.ref.type === 'Person')) continue;
      // Skip what opens the phrase without naming (같은 날, dates) and known names before the person (중국 외교부 린젠).
      const skippable = (x: Eojeol) => !!covered(x.start, x.stemEnd) || lx.dateNouns.has(x.stem) || lx.timeNouns.has(x.stem) || nm.notNames.has(x.stem) || /^\d/.test(x.stem);
      let k = 0;
      while (k < w.length && !nameish(eojeols[w[k]!]!) && skippable(eojeols[w[k]!]!)) k++;
      const a = w[k] !== undefined ? eojeols[w[k]!]! : undefined;
      if (!a) continue;
      const b = w[k + 1] !== undefined ? eojeols[w[k + 1]!]! : undefined;
      const familyName = (x?: Eojeol): x is Eojeol => !!x && HANGUL_ONLY.test(x.stem) && syllables(x.stem) <= 6 && !covered(x.start, x.stemEnd) && !titleOf(x)
        && !nm.notNames.has(x.stem) && !nm.orgHeads.some((h) => x.stem.endsWith(h.head));
      let name: string | undefined;
      if (!nameish(a)) {
        // 마이크 갤러거, 사이토 겐: a given name the tagger knows as a common word, then the family name.
        if (k === 0 && familyName(b) && nameish(b) && HANGUL_ONLY.test(a.stem) && syllables(a.stem) <= 4 && !nm.notNames.has(a.stem)) name = `${a.stem} ${b.stem}`;
      } else if (familyName(b) && (stemToks(b).some(namelike) || syllables(b.stem) <= 1 || k + 2 === w.length) && HANGUL_ONLY.test(a.stem)
        && !(syllables(a.stem) === 3 && nm.surnames.has(a.stem[0]!) && !stemToks(b).some(namelike))) {
        // 제프리 케슬러, 제이미슨 그리어: a given name and a family name (구윤철 부총리: one Korean name).
        name = `${a.stem} ${b.stem}`;
      } else name = a.stem;
      if (!name || syllables(name) < 2) continue;
      discover(name, 'Person');
      continue;
    }
    if (!e.bare || !e.stem) continue;
    const c = covered(e.start, e.stemEnd);
    const country = c?.ref.type === 'Country' && c.start === e.start && c.end === e.stemEnd;
    const desc = !c ? nm.descriptors.find((d) => e.stem.endsWith(d.word)) : undefined;
    const next = eojeols[i + 1];
    if ((desc || country) && next) {
      // 네덜란드 경제부: an unknown ministry of a known country.
      const ministry = country && next.stem && HANGUL_ONLY.test(next.stem) && !covered(next.start, next.stemEnd) && !nm.notNames.has(next.stem)
        && syllables(next.stem) <= 7 && nm.ministryHeads.some((h) => next.stem.endsWith(h) && next.stem.length > h.length);
      if (ministry) { discover(`${e.stem} ${next.stem}`, 'Agency', [next.stem]); continue; }
      const run = companyName(i + 1, !!country);
      if (run) { discover(run.name, desc?.type ?? 'Company', run.alias ? [run.alias] : []); continue; }
    }
  }
  // Industries acting as one party: 배터리 업계, 반도체업계 (국내 배터리 업계 too).
  for (const [i, e] of eojeols.entries()) {
    const own = e.stem ? covered(e.start, e.stemEnd) : undefined;
    if (!e.stem || (own && !['Technology', 'Material', 'Product'].includes(own.ref.type))) continue;
    const glued = new RegExp(`^([\\uac00-\\ud7a3]{2,4})(${nm.industryHeads.join('|')})$`).exec(e.stem);
    const prev = eojeols[i - 1];
    const fieldCover = prev ? covered(prev.start, prev.stemEnd) : undefined;
    const spaced = nm.industryHeads.includes(e.stem) && prev?.bare && /^[\uac00-\ud7a3]{2,4}$/.test(prev.stem)
      && (!fieldCover || ['Technology', 'Material', 'Product'].includes(fieldCover.ref.type)) ? prev.stem : undefined;
    const field = glued?.[1] ?? spaced;
    const head = glued?.[2] ?? (spaced ? e.stem : undefined);
    if (!field || !head || lx.dateNouns.has(field) || lx.timeNouns.has(field) || lx.pronouns.has(field) || ['국내', '해외', '관련', '전체', '일부'].includes(field)) continue;
    const ft = stemToks(glued ? e : prev!).filter((t) => t.start < (glued ? e.start + field.length : prev!.stemEnd));
    if (!ft.length || ft.some((t) => !/^NN/.test(t.tag))) continue;
    discover(`${field} ${head}`, 'Organization', [`${field}${head}`]);
  }
  // Company names by their ending: 롯데정밀화학, LG화학, 한화솔루션 (a proper name before a company word; 석유화학 is no name).
  const suffixes = [...nm.companySuffixes].sort((a, b) => b.length - a.length);
  for (const e of eojeols) {
    if (!e.stem || covered(e.start, e.stemEnd) || titleOf(e) || !/^[A-Za-z\uac00-\ud7a3&]+$/.test(e.stem)) continue;
    const suffix = suffixes.find((x) => e.stem.endsWith(x) && e.stem.length >= x.length + 2);
    if (!suffix) continue;
    const prefixEnd = e.start + e.stem.length - suffix.length;
    const pre = stemToks(e).filter((t) => t.start < prefixEnd);
    // (A known word running over the ending, 석유화/학, is no name with that ending.)
    if (!pre.length || pre.some((t) => t.end > prefixEnd && !namelike(t))) continue;
    // (A proper name the tagger knows nothing of: an unknown or proper token, Latin, or syllables it cut apart, 한/MM 빛/NNG.)
    const fragmented = pre.length >= 2 && pre.every((t) => syllables(t.surface) === 1);
    if (!fragmented && !pre.some((t) => namelike(t) || /^[A-Z]/.test(t.surface) || !/^(?:NN|XPN|XSN)/.test(firstTag(t)))) continue;
    discover(e.stem, 'Company');
  }
  // Organisation heads: 서울중앙지법, 대법원 양형위원회, 한국광해광업공단.
  for (const e of eojeols) {
    if (!e.stem || !HANGUL_ONLY.test(e.stem) || covered(e.start, e.stemEnd) || titleOf(e)) continue;
    const head = nm.orgHeads.find((h) => e.stem.endsWith(h.head) && syllables(e.stem) >= h.head.length + 2);
    if (!head) continue;
    const ref = discover(e.stem, head.type);
    if (ref && nm.courtHeads.some((c) => e.stem.endsWith(c))) for (const a of nm.courtAliases) define(a, ref);
  }
}

function toEojeols(text: string, tokens: Token[]): Eojeol[] {
  const out: Eojeol[] = [];
  let cur: Token[] = [];
  const flush = () => {
    if (!cur.length) return;
    const start = cur[0]!.start, end = cur[cur.length - 1]!.end;
    const surface = text.slice(start, end);
    // The stem: the word before its particles (경제산업상이 → 경제산업상, 테크인사이츠(TechInsights)는 → 테크인사이츠).
    const word = /^[\uac00-\ud7a3A-Za-z0-9·&.-]+/.exec(surface)?.[0]?.replace(/[.·]+$/, '') ?? '';
    const j = cur.find((t) => /^(?:J|E)/.test(firstTag(t)) || (t !== cur[0] && t.tag === 'UNK' && isParticleTail(t.surface) && HANGUL.test(t.surface)));
    const stem = j ? word.slice(0, Math.max(0, j.start - start)) : word;
    // A bare noun (no particle, ending or punctuation after it) goes on into the next eojeol; 연구원(KIGAM) is one too.
    const inflected = !!j;
    const rest = surface.slice(word.length);
    const bare = !!word && stem === word && !inflected && (rest === '' || /^\([^()]*\)$/.test(rest));
    out.push({ start, end, surface, toks: cur, stem, stemEnd: start + stem.length, bare });
    cur = [];
  };
  // Quotes and ellipses end a word even without a space ("…배터리업계,": the name starts after them).
  const breaker = (t: Token) => /^[“”"‘’'…·⋯「」『』\[\]]+$/.test(t.surface) || (/^S[FE]$/.test(firstTag(t)) && t.surface !== '.');
  for (const t of tokens) {
    if (t.spaced || (cur.length && breaker(cur[cur.length - 1]!) && !breaker(t))) flush();
    if (breaker(t) && cur.length && !breaker(cur[cur.length - 1]!) && t.surface !== '·') flush();
    cur.push(t);
  }
  flush();
  return out;
}
