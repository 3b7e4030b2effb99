// Korean triple extraction. Stages (each its own file):
//   morph.ts    lindera ko-dic tokens with string offsets, and repairs of its slips on news words (여러 번, 쓰고, 조지아주)
//   names.ts    names the gazetteer lacks, discovered once per document (persons before titles, originals in
//               parentheses, names after descriptors or countries, courts, ministries, industries, company endings)
//   words.ts    repairs: gazetteer names merged (the user dictionary), glossary words re-cut, typo'd names
//               resolved, unknown particles, predicates grouped (verbal noun + 하다, verb + endings, compound verbs)
//   phrases.ts  noun phrases (의-genitives, 와/과/이나/및 coordination, 등/같은 examples) with their case role
//   clause.ts   predicate frames: subjects, objects, adnominal/connective/quoted clauses, modality
//   gloss.ts    English labels for phrases from data/glossary.ko.yaml
//   index.ts    frames → triples (relation map, action-noun objects, 에 대한 phrases, support verbs
//               (수출 통제에 나서다), licence requirements, attribution, agentless list additions resolved
//               against the document's latest list author), quotations as statements of their speaker, phrases
//               standing for earlier names (두 회사, 양사, 이 회사; bare 정부 = the Korean government), sentences going
//               on from the previous subject (또 …) and noun-final headlines
import type { DocumentEntities, EntityLinker, Mention } from '../../entities/index.js';
import { makeTriple, type SentenceExtractor, type SentenceResult } from '../../extract/index.js';
import { GENERIC_RELATION, type RelationMap } from '../../relations/index.js';
import type { EntityRef, NewsDocument, Sentence, Span, Triple } from '../../types/index.js';
import { resolveOptions } from '../../util/options.js';
import { analyseClauses, phrasal, type Frame, type ObjectArg } from './clause.js';
import { glossPhrase, glossWord } from './gloss.js';
import { DEFAULT_KO_GLOSSARY_FILE, DEFAULT_KO_LEXICON_FILE, DEFAULT_KO_MODALITY_FILE, loadKoLexicon, type KoLexicon } from './lexicon.js';
import { analyse, analyseInDocument, type Token } from './morph.js';
import { headNoun, partReferent, phraseReferents, possessors, toPhrases, type NounPhrase } from './phrases.js';
import { discoverNames } from './names.js';
import { toWords, type NounWord } from './words.js';

export { warmUp } from './morph.js';

export interface KoOptions {
  lexiconFile: string;
  modalityFile: string;
  glossaryFile: string;
  /**
   * Unmapped predicates (RELATED_TO + lemma): 'entities' keeps them only between two named entities,
   * 'known' only when the object is a named entity or a concept the glossary knows (not 내용, 서한, 361억),
   * 'all' keeps every one, 'none' drops them.
   */
  unmapped: 'entities' | 'known' | 'all' | 'none';
  /** Emit speaker → SAYS/REPORTS → quoted object triples for quotations. */
  speechTriples: boolean;
}

export const DEFAULT_KO_OPTIONS: KoOptions = {
  lexiconFile: DEFAULT_KO_LEXICON_FILE,
  modalityFile: DEFAULT_KO_MODALITY_FILE,
  glossaryFile: DEFAULT_KO_GLOSSARY_FILE,
  unmapped: 'entities',
  speechTriples: true,
};

const isNamed = (r: EntityRef) => r.type !== 'Concept';
/** A named entity, or a concept with an English gloss from the glossary (an unglossed phrase keeps its Korean label). */
const isKnown = (r: EntityRef) => isNamed(r) || (r.labelKo !== undefined && r.label !== r.labelKo);
/** Words that only qualify an amount (약 30%, 최대 1년, 연간 2만t). */
const QUANTITY_WORDS = new Set(['약', '최대', '최소', '총', '연간', '연', '무려', '모두', '전체', '평균', '누적']);
/** Entity types that are traded or controlled goods rather than actors. */
const GOODS = new Set(['Material', 'Product', 'Technology']);

export function createKoreanExtractor(opts: Partial<KoOptions> & { linker: EntityLinker; relations: RelationMap }): SentenceExtractor {
  const { linker: _linker, relations, ...rest } = opts;
  const o = resolveOptions('lang/ko', DEFAULT_KO_OPTIONS, rest, (x) =>
    ['entities', 'known', 'all', 'none'].includes(x.unmapped) ? [] : [`unmapped must be entities, known, all or none, got ${x.unmapped}`]);
  const lx = loadKoLexicon({ lexicon: o.lexiconFile, modality: o.modalityFile, glossary: o.glossaryFile });
  // Fuzzy name look-ups per document (the document's short forms make results document-specific).
  const caches = new WeakMap<DocumentEntities, Map<string, EntityRef | null>>();
  const docTokens = new WeakMap<NewsDocument, { text: string; tokens: Token[] }>();
  // Per document: the latest named actor of each relation (for agentless passives in later sentences), the names
  // mentioned so far (for 두 회사, 양사, 이 회사) and the last sentence's subjects (for a sentence that goes on 또 …).
  const actors = new WeakMap<NewsDocument, DocMemory>();
  const tokensFor = (sentence: Sentence, doc: NewsDocument): Token[] => {
    if (doc.text.slice(sentence.start, sentence.end) !== sentence.text) return analyse(sentence.text);
    let d = docTokens.get(doc);
    if (!d || d.text !== doc.text) { d = { text: doc.text, tokens: analyse(doc.text) }; docTokens.set(doc, d); }
    return analyseInDocument(d.tokens, sentence.text, sentence.start, sentence.end) ?? analyse(sentence.text);
  };
  const discovered = new WeakSet<DocumentEntities>();
  return {
    lang: 'ko',
    extract(sentence: Sentence, doc: NewsDocument, entities: DocumentEntities): SentenceResult {
      let cache = caches.get(entities);
      if (!cache) { cache = new Map(); caches.set(entities, cache); }
      // Names the gazetteer lacks, from the whole document at once (the headline needs the body's introductions).
      if (!discovered.has(entities)) {
        discovered.add(entities);
        if (doc.text.slice(sentence.start, sentence.end) === sentence.text) {
          let d = docTokens.get(doc);
          if (!d || d.text !== doc.text) { d = { text: doc.text, tokens: analyse(doc.text) }; docTokens.set(doc, d); }
          discoverNames(doc.text, d.tokens, entities, lx);
        }
      }
      let memory = actors.get(doc);
      if (!memory) { memory = { actors: new Map(), recent: [], lastSubjects: [] }; actors.set(doc, memory); }
      return extractSentence(sentence, doc, entities, relations, lx, o, cache, tokensFor(sentence, doc), memory);
    },
  };
}

/** Relations of a restrictive measure: the doer of one is the likely doer of an agentless other. */
const MEASURES = ['BANS', 'RESTRICTS', 'IMPOSES', 'SANCTIONS', 'BLACKLISTS'];

function extractSentence(sentence: Sentence, doc: NewsDocument, entities: DocumentEntities, relations: RelationMap,
  lx: KoLexicon, o: KoOptions, cache: Map<string, EntityRef | null>, tokens: Token[], memory: DocMemory = { actors: new Map(), recent: [], lastSubjects: [] }): SentenceResult {
  const text = sentence.text;
  const off = sentence.start;
  const { words, mentions } = toWords(text, off, tokens, entities, lx, cache);
  const phrases = toPhrases(words, lx);
  const relational = (l: string) => !!relations.lookup(l, 'ko');
  const frames = analyseClauses(phrases, text, lx, relational);
  const span = (s: number, e: number): Span => ({ start: off + s, end: off + e, text: text.slice(s, e) });
  const withSpan = (r: EntityRef, np?: NounPhrase): EntityRef => (r.span || !np ? r : { ...r, span: span(np.start, koEnd(np)) });

  /** The concept node for a phrase (or part of it from `from`). */
  const clean = (s: string) => s.replace(/[‘’'“”"]/g, '').replace(/\s+/g, ' ').trim();
  const conceptOf = (np: NounPhrase): EntityRef => {
    let ko = clean(text.slice(np.start, koEnd(np)));
    let en = glossPhrase(np, lx);
    let start = np.start;
    // X에 대한 Y → "Y on X" (tariffs on Chinese electric vehicles, exports to China).
    if (np.about) {
      const aboutEn = glossPhrase(np.about, lx);
      ko = clean(text.slice(np.about.start, koEnd(np)));
      const prep = lx.glossary.aboutPrepositions.get(headNoun(np).text) ?? lx.glossary.aboutPrepositions.get('*') ?? 'on';
      en = en && aboutEn ? glossPhrase(np, lx, 0, { prep, text: aboutEn }) : undefined;
      start = np.about.start;
    }
    return entities.concept(en ? { ko, en } : { ko }, span(start, koEnd(np)));
  };
  /** Named referents of X in "X에 대한 Y", or of the nouns an action/verbal noun governs (흑연 수출 통제 → graphite). */
  const governed = (np: NounPhrase, headIsAction: (n: string) => boolean): EntityRef[] => {
    const last = np.parts[np.parts.length - 1]!;
    const before = last.nouns.slice(0, -1).filter((n) => !headIsAction(n.text));
    // The last name before the action, a country only when nothing else is named (대중 수출 → China).
    const cands = before.filter((n, j) => n.entity && isNamed(n.entity) && n.entity.type !== 'Policy' && !modifiesNext(before, j, lx));
    const pick = [...cands].reverse().find((n) => n.entity!.type !== 'Country') ?? cands[cands.length - 1];
    const named = pick ? [withSpan(pick.entity!, undefined)] : [];
    if (named.length && !np.parts.some((p) => p.link === 'genitive')) {
      const k = last.nouns.indexOf(pick!);
      const out = [...named];
      if (np.parts.length > 1 && k === 0) {
        for (let i = np.parts.length - 2; i >= 0 && np.parts[i]!.link === 'conjunction'; i--) {
          const r = partReferent(np.parts[i]!, lx);
          if (r) out.unshift(r);
        }
      }
      return out;
    }
    if (np.about) return phraseReferents(np.about, lx).filter(isNamed).map((r) => withSpan(r, np.about));
    return [];
  };

  /**
   * What a subject phrase without a name of its own stands for: 두 회사, 양사 (the two companies last named), 이 회사,
   * 동사 (the last one), 두 장관, 양국; bare 정부 in Korean news is the Korean government (unless the document made it
   * another country's, which the entity layer resolves before this).
   */
  const stands = (np: NounPhrase): EntityRef[] => {
    const an = lx.anaphora;
    if (!an || np.parts.length !== 1) return [];
    const nouns = np.parts[0]!.nouns;
    const head = nouns[nouns.length - 1]!;
    const words = nouns.map((n) => n.text).join(' ');
    if (an.home.nouns.has(words) || (nouns.length === 2 && nouns[0]!.text === '우리' && an.home.nouns.has(head.text))) {
      const home = entities.resolve(an.home.name);
      return home ? [withSpan(home, np)] : [];
    }
    // 회사 측은, 회사는: the company of the story (the last one named).
    const before = text.slice(Math.max(0, np.start - 3), np.start).trim().split(/\s+/).pop() ?? '';
    if (nouns.every((n) => !n.entity) && an.storyCompany.has(words) && np.role !== 'oblique' && !an.pair.has(before) && !an.single.has(before)) {
      const last = [...memory.recent].reverse().find((r) => r.type === 'Company');
      return last ? [withSpan(last, np)] : [];
    }
    // 이 회사 (이 read as a noun of the phrase), 두 회사 (두 a determiner before it).
    const inner = nouns.length === 2 && (an.pair.has(nouns[0]!.text) || an.single.has(nouns[0]!.text)) ? nouns[0]!.text : undefined;
    if (nouns.length > 1 && !inner) return [];
    const pre = inner ?? text.slice(Math.max(0, np.start - 3), np.start).trim().split(/\s+/).pop() ?? '';
    let det = '', noun = head.text;
    if (an.pair.has(pre) || an.single.has(pre)) det = pre;
    else for (const p of [...an.pair, ...an.single]) if (noun.length > p.length && noun.startsWith(p) && an.types.has(noun.slice(p.length))) { det = p; noun = noun.slice(p.length); break; }
    const type = an.types.get(noun.replace(/들$/, ''));
    if (!det || !type) return [];
    const group = type === 'Country' ? ['Country', 'Government'] : type === 'Company' ? ['Company'] : [type];
    const seen = [...memory.recent, ...(mentions as Mention[]).filter((m) => m.span.end - off <= np.start).map(({ span: _s, ...r }) => r as EntityRef)];
    const cands: EntityRef[] = [];
    for (const r of [...seen].reverse()) if (group.includes(r.type) && !cands.some((c) => c.id === r.id)) cands.push(r);
    const n = an.pair.has(det) ? 2 : 1;
    return cands.length >= n ? cands.slice(0, n).reverse().map((r) => withSpan(r, np)) : [];
  };
  const continues = !!lx.anaphora && [...lx.anaphora.continuations].some((c) => new RegExp(`^\\s*${c}(?:[\\s,]|$)`).test(text));

  /** The noun phrases of the sentence that end before `pos`. */
  const phrasesBefore = (pos: number): NounPhrase[] => phrases.filter((p): p is NounPhrase => p.kind === 'np' && p.end <= pos);

  /** What a predicate's object slot stands for. */
  /** 유럽산 돼지고기와 유제품 → pork, dairy: coordinated unnamed things are each an object (undefined: not such a list). */
  const conjuncts = (np: NounPhrase): EntityRef[] | undefined => {
    if (np.parts.length < 2 || np.about || !np.parts.slice(0, -1).every((p) => p.link === 'conjunction')) return undefined;
    if (!np.parts.every((p) => p.nouns.length && !p.nouns[p.nouns.length - 1]!.entity)) return undefined;
    const heads = np.parts.map((p) => p.nouns[p.nouns.length - 1]!.text);
    if (!heads.every((h) => !lx.vagueNouns.has(h) && !lx.timeNouns.has(h) && !lx.pronouns.has(h) && !/^[\d.,%]+$/.test(h))) return undefined;
    return np.parts.map((p) => conceptOf({ ...np, parts: [{ nouns: p.nouns }], start: p.nouns[0]!.start, end: p.nouns[p.nouns.length - 1]!.end }));
  };
  const objectRefs = (arg: ObjectArg | undefined, f: Frame): EntityRef[] => {
    if (!arg) return [];
    if ('clause' in arg) {
      // V-는 것을: the embedded action; its own object when that is a name, else "<object> <action>".
      const inner = arg.clause;
      const refs = objectRefs(inner.dative ? { np: inner.dative } : inner.object, inner);
      if (refs.some(isNamed)) return refs.filter(isNamed);
      const obj = inner.object && 'np' in inner.object ? inner.object.np : undefined;
      const noun = inner.main.noun;
      // …분야에 투자하는 것을: "investment in <the field>".
      if (!obj && inner.dative && noun) {
        const d = inner.dative;
        const ko = clean(text.slice(d.start, inner.main.stemEnd));
        const dEn = glossPhrase(d, lx), nounEn = glossWord(noun, lx);
        const prep = lx.glossary.aboutPrepositions.get(noun) ?? 'on';
        return [entities.concept(dEn && nounEn ? { ko, en: `${nounEn} ${prep} ${dEn}` } : { ko }, span(d.start, inner.main.stemEnd))];
      }
      if (!obj || !noun) return refs;
      const ko = `${text.slice(obj.start, koEnd(obj)).trim()} ${noun}`;
      const objEn = glossPhrase(obj, lx), nounEn = glossWord(noun, lx);
      return [entities.concept(objEn && nounEn ? { ko, en: `${objEn} ${nounEn}` } : { ko }, span(obj.start, inner.main.stemEnd))];
    }
    const np = arg.np;
    const refs = phraseReferents(np, lx);
    // 흑연에 대한 수출 통제: a policy name with what it is about is a phrase of its own.
    if (refs.length && !(np.about && refs.every((r) => r.type === 'Policy'))) return refs.map((r) => withSpan(r, np));
    const head = headNoun(np);
    // 흑연의 90% 이상: a quantity of something is about that thing.
    const gi = np.parts.findIndex((p) => p.link === 'genitive');
    const quantityOnly = np.parts[np.parts.length - 1]!.nouns.every((n) => !n.entity && (lx.timeNouns.has(n.text) || QUANTITY_WORDS.has(n.text) || /^[\d.,]+[%％]?$/.test(n.text)));
    // (삼성전자의 D램 공정 자료 수백 건 is the documents, not Samsung: only a bare quantity stands for its owner.)
    if (gi >= 0 && !head.entity && quantityOnly && (lx.timeNouns.has(head.text) || /^[\d.,%]+$/.test(head.text))) {
      const whole: NounPhrase = { ...np, parts: np.parts.slice(0, gi + 1).map((p, k) => (k === gi ? { nouns: p.nouns } : p)) };
      return objectRefs({ np: whole }, f);
    }
    if (lx.pronouns.has(head.text) && np.parts.length === 1 && np.parts[0]!.nouns.length === 1) return [];
    // Dates and quantities (지난 7월부터, 65% 이상을) are never what a predicate is about; 기업 36곳 is about 기업.
    if (!head.entity && (lx.timeNouns.has(head.text) || /^[\d.,%]+$/.test(head.text))) {
      const trimmed = trimCounters(np, lx);
      return trimmed && trimmed.end < np.end && !lx.timeNouns.has(headNoun(trimmed).text) ? objectRefs({ np: trimmed }, f) : [];
    }
    // ASML의 중국 수출, H800과 A800의 중국 수출: a country right before the action noun is its destination; the
    // genitive possessor is the actor whose action the predicate is about.
    if (lx.actionNouns.has(head.text)) {
      const last = np.parts[np.parts.length - 1]!;
      const prev = last.nouns[last.nouns.length - 2];
      if (prev?.entity?.type === 'Country') {
        const owners = possessors(np, lx).filter(isNamed);
        if (owners.length) return owners;
      }
      // 갈륨과 게르마늄 관련 품목의 수출: the goods named in a possessor that is no actor are what is traded.
      const pi = np.parts.map((p) => p.link).lastIndexOf('genitive');
      if (pi >= 0) {
        // 갈륨과 게르마늄 등 반도체 핵심 광물의 수출: with examples, the category after them (반도체 …) is not traded itself.
        const exi = np.parts.slice(0, pi + 1).findIndex((p) => p.link === 'exemplifier');
        const owner = np.parts.slice(0, exi >= 0 ? exi + 1 : pi + 1);
        const goods = owner.flatMap((p) => {
          const r = partReferent(p, lx);
          return r ? [r] : p.nouns.filter((n) => n.entity && GOODS.has(n.entity.type)).map((n) => n.entity!);
        }).filter((r) => GOODS.has(r.type));
        const actors = owner.flatMap((p) => p.nouns).filter((n) => n.entity && isNamed(n.entity) && !GOODS.has(n.entity.type));
        if (goods.length && !actors.length) return [...new Map(goods.map((g) => [g.id, g])).values()];
      }
    }
    // An action noun's own object (마이크론 제품 구매 → Micron; 갈륨과 게르마늄 수출 → both) unless a genitive
    // makes the phrase a possession (중국 업체의 클라우드 접근 stays a phrase).
    if (lx.actionNouns.has(head.text) && !np.parts.some((p) => p.link === 'genitive')) {
      const last = np.parts[np.parts.length - 1]!;
      const before = last.nouns.slice(0, -1);
      // The last name before the action; a country only when nothing else is named (HBM 대중 수출 → HBM; 대중 수출 → China).
      // 미국산 대두 수입: a country of origin (X산) is no party to the action.
      const named = before.map((n, j) => !!n.entity && isNamed(n.entity) && before[j + 1]?.text !== '산' && !modifiesNext(before, j, lx));
      const nonCountry = before.map((n, j) => named[j] && n.entity!.type !== 'Country').lastIndexOf(true);
      const k = nonCountry >= 0 ? nonCountry : named.lastIndexOf(true);
      if (k >= 0) {
        const out = [withSpan(before[k]!.entity!, undefined)];
        if (k === 0) {
          for (let i = np.parts.length - 2; i >= 0 && np.parts[i]!.link === 'conjunction'; i--) {
            const r = partReferent(np.parts[i]!, lx);
            if (r) out.unshift(r);
          }
        }
        return out;
      }
    }
    // …을 수출할 때 허가를 받도록 하는 조치를 발표하다: a measure a relative clause describes is named by that clause
    // when it is published or put in force (what is announced is its content; a measure pursued stays the measure).
    if (np.parts.length === 1 && !np.about && (((lx.measureNouns.has(head.text) || lx.vagueNouns.has(head.text)) && lx.contentVerbs.has(f.lemma)) || lx.clauseNouns.has(head.text))) {
      const g = frames.find((h) => h !== f && h.kind === 'adnominal' && /^\s*$/.test(text.slice(h.last.end, np.start)) && h.last.end <= np.start);
      if (g) {
        let from = 0;
        for (const h of frames) if (h !== g && !['adnominal', 'adverbial', 'nominal'].includes(h.kind) && h.last.end <= g.main.start) from = Math.max(from, h.last.end);
        if (f.subject?.np && f.subject.np.end <= g.main.start) from = Math.max(from, f.subject.np.end);
        let ko = clean(text.slice(from, koEnd(np))).replace(lx.sceneLead, '');
        if (ko.length > 70) ko = `…${ko.slice(ko.length - 70).replace(/^\S*\s/, '')}`;
        if (ko.length > head.text.length + 4) return [entities.concept({ ko }, span(from, koEnd(np)))];
      }
    }
    // 모든 조치를 취하다, 방안을 마련하다: a generic noun alone (no modifier, no clause on it) names nothing.
    // (A relative clause on the noun says which, unless it is the clause this noun is the object of: 중국이 취한 조치.)
    const plain = np.parts.length === 1 && np.parts[0]!.nouns.every((n) => n === head || (!n.entity && (lx.timeNouns.has(n.text) || /^[\d.,]+$/.test(n.text))));
    const aboutNothing = !np.about || (np.about.parts.length === 1 && np.about.parts[0]!.nouns.every((n) => lx.pronouns.has(n.text)));
    if (plain && aboutNothing && lx.vagueNouns.has(head.text)
      && !frames.some((g) => g !== f && !g.silent && g.kind === 'adnominal' && /^\s*$/.test(text.slice(g.last.end, np.start)))) return [];
    void f;
    return conjuncts(np) ?? [conceptOf(np)];
  };

  const triples: Triple[] = [];
  const emitted = new Set<string>();
  const emit = (f: Frame, subj: EntityRef, rel: string, predicate: string, obj: EntityRef, confidence: number) => {
    if (subj.id === obj.id) return;
    const key = `${subj.id}|${rel}|${obj.id}`;
    if (emitted.has(key)) return;
    emitted.add(key);
    let modality = f.modality;
    const attribution = f.attribution?.refs[0];
    if (f.attribution && modality === 'asserted') modality = 'reported';
    triples.push(makeTriple(doc, sentence, {
      subject: subj, relation: rel, predicate, object: obj, modality, confidence,
      ...(attribution ? { attribution } : {}),
      predicateSpan: span(f.main.start, f.last.end),
    }));
  };

  const lic = lx.licensing;
  /** 엔비디아 주가, ASML의 매출: the owners of a figure noun (the last name before it, or the genitive possessor). */
  const figureOwners = (np: NounPhrase): EntityRef[] => {
    if (!lx.figureNouns.has(headNoun(np).text)) return [];
    const owners = possessors(np, lx).filter(isNamed);
    if (owners.length) return owners;
    const last = np.parts[np.parts.length - 1]!;
    const named = last.nouns.slice(0, -1).filter((n) => n.entity && isNamed(n.entity));
    return named.length ? [named[named.length - 1]!.entity!] : [];
  };
  /** An amount phrase as written (75억 유로, 16%): figures are kept whole, counters and all. */
  const figureOf = (np: NounPhrase): EntityRef => {
    let end = koEnd(np);
    while (end < text.length && /[%％]/.test(text[end]!)) end++;
    return entities.concept({ ko: clean(text.slice(np.start, end)) }, span(np.start, end));
  };
  const isFigure = (np: NounPhrase) => np.parts.some((p) => p.nouns.some((n) => /^[\d.,]+(?:%|억|만|천|조)?$/.test(n.text)));

  for (const [fi, f] of frames.entries()) {
    // 이번 명단에는 A와 B 등이 포함됐다: an agentless list addition is the doing of whoever last added to a list in this
    // document (the earlier sentence that named the list's author).
    if (f.agentless && f.kind !== 'adnominal') {
      const rel = relations.lookup(f.lemma, 'ko')?.type;
      // (a measure's passive with no doer of that measure yet: whoever last restricted in the document)
      const actor = rel ? memory.actors.get(rel) ?? (MEASURES.includes(rel) && f.agentless.role === 'topic' ? MEASURES.map((m) => memory.actors.get(m)).find(Boolean) : undefined) : undefined;
      if (actor && rel) for (const np of [f.agentless, ...(f.agentlessMore ?? [])]) for (const ob of phraseReferents(np, lx).filter(isNamed)) emit(f, actor, rel, f.lemma, withSpan(ob, np), 0.5);
      continue;
    }
    if (f.silent) continue;
    let subjects = (f.subject?.refs ?? []).filter(isNamed).map((r) => withSpan(r, f.subject?.np));
    if (!subjects.length && f.subject?.np) subjects = stands(f.subject.np);
    // 또 …도 확대할 방침이다: a sentence that goes on (또, 아울러) without a subject of its own has the previous one's;
    // a thing it topicalises (…와의 협력도 확대하다) is then the object.
    let carriedObject: ObjectArg | undefined;
    if (!subjects.length && continues && f.kind !== 'adnominal') {
      const np = f.subject?.np;
      if (!f.subject || (f.subject.inherited && !f.subject.refs.length && !np)) subjects = memory.lastSubjects;
      else if (np && !f.subject.refs.length && np.role === 'topic' && !lx.agentNouns.has(headNoun(np).text) && !f.object && relations.lookup(f.lemma, 'ko')) {
        subjects = memory.lastSubjects;
        carriedObject = { np };
      }
    }
    const figural = lx.figurePredicates.has(f.lemma);
    if (!subjects.length && figural && f.subject?.np) subjects = figureOwners(f.subject.np).map((r) => withSpan(r, f.subject?.np));
    // 인텔은 … 순손실을 기록했고 주가는 60% 하락했다: an ownerless figure is the sentence topic's.
    if (!subjects.length && figural && f.subject?.np && lx.figureNouns.has(headNoun(f.subject.np).text) && !possessors(f.subject.np, lx).length) {
      const topic = frames.find((g) => g.subject?.np?.role === 'topic' && g.subject.refs.some(isNamed) && g.subject.np.start < f.subject!.np!.start);
      if (topic) subjects = topic.subject!.refs.filter(isNamed).map((r) => withSpan(r, topic.subject?.np));
    }
    if (!subjects.length) continue;
    // …할 때 허가를 받도록 하다: a licence requirement on the preceding clause's actor (or its goods).
    if (f.causative && lic && f.lemma === lic.verb && f.object && 'np' in f.object && lic.nouns.has(headNoun(f.object.np).text)) {
      const prev = frames[fi - 1];
      const rel = relations.lookup(lic.lemma, 'ko')?.type;
      if ((!prev && !f.target) || !rel) continue;
      // The one who must obtain the licence, unless that is the one requiring it (미국 정부가 H20을 수출할 때 …를
      // 받도록 요구했다: the goods are what is controlled).
      const actors = prev?.subject && !prev.subject.inherited ? prev.subject.refs.filter((r) => isNamed(r) && !subjects.some((s) => s.id === r.id)) : [];
      // ASML의 DUV 장비에 대해서도 허가를 받도록 하다: what the licence is required for.
      const aimed = f.target ? phraseReferents(f.target, lx).filter(isNamed) : [];
      const targets = actors.length ? actors : aimed.length ? aimed : f.target ? [conceptOf(f.target)] : objectRefs(prev!.object, prev!);
      for (const s of subjects) for (const ob of targets) emit(f, s, rel, lic.lemma, ob, 0.7);
      continue;
    }
    // …하는 방안을 검토하다: the relative clause carries the content (already marked considered); "considers plan" is noise.
    const objNp = f.object && 'np' in f.object ? f.object.np : undefined;
    const prevFrame = frames[fi - 1];
    if (lx.modality.governing.has(f.lemma) && objNp && lx.measureNouns.has(headNoun(objNp).text) && objNp.parts.length === 1 && objNp.parts[0]!.nouns.length === 1
      && prevFrame?.kind === 'adnominal' && !prevFrame.silent && /^\s*$/.test(text.slice(prevFrame.last.end, objNp.start))) continue;
    // X에 대해 부정적인 입장을 밝히다: a stance on X is opposition to (or support for) X.
    const st = lx.stance;
    if (st && objNp && st.nouns.has(headNoun(objNp).text) && f.target) {
      const before = text.slice(Math.max(0, objNp.start - 10), headNoun(objNp).start).replace(/(?:인|의|한)?\s*$/, '');
      const against = [...st.against].some((w) => before.endsWith(w)), pro = [...st.for].some((w) => before.endsWith(w));
      const type = against ? relations.lookup('반대하다', 'ko')?.type : pro ? relations.lookup('지지하다', 'ko')?.type : undefined;
      if (type) {
        const named = phraseReferents(f.target, lx).filter(isNamed);
        const obs = named.length ? named.map((r) => withSpan(r, f.target)) : [conceptOf(f.target)];
        for (const s of subjects) for (const ob of obs) emit(f, s, type, against ? '반대하다' : '지지하다', ob, 0.7);
        continue;
      }
    }
    const relType = relations.lookup(f.lemma, 'ko')?.type;
    const rel = relType ?? GENERIC_RELATION;
    // 제재를 가하다: an unmapped support verb says nothing the verbal noun's relation (below) does not.
    if (!relType && lx.supportVerbs.has(f.lemma) && objNp && verbalNoun(headNoun(objNp).text, relations)) continue;
    // Recipient-taking verbs: a named recipient beats a common-noun object (중국 업체에 서비스를 제공).
    let objs = objectRefs(f.object ?? carriedObject, f);
    if (f.dative && (!objs.some(isNamed) || !f.object)) {
      const d = objectRefs({ np: f.dative }, f);
      if (d.length && (d.some(isNamed) || !objs.length)) objs = d;
    }
    // 중국 기업을 대상으로 수출을 제한: a named target beats a bare action noun.
    if (f.target && objs.every((r) => !isNamed(r))) {
      const tr = phraseReferents(f.target, lx).filter(isNamed);
      if (tr.length) objs = tr.map((r) => withSpan(r, f.target));
    }
    // 16% 급락했다, 매출 75억 유로, 순이익 21억 유로를 기록했다: a figure predicate is about its amounts.
    if (figural) {
      const objFig = objNp && isFigure(objNp) ? [objNp] : [];
      const figs = [...(f.figures ?? []), ...objFig];
      if (figs.length && (!objNp || objFig.length)) objs = figs.map(figureOf);
    }
    // 안덕근 장관과 사이토 경제산업상이 만나: a coordinated subject of a verb done with each other relates its members.
    if (!objs.length && relType && subjects.length > 1 && lx.symmetricVerbs.has(f.lemma)) {
      for (const ob of subjects.slice(1)) emit(f, subjects[0]!, relType, f.lemma, ob, 0.7);
      continue;
    }
    if (!objs.length) continue;
    if (!relType && (o.unmapped === 'none' || (o.unmapped === 'entities' && !objs.every(isNamed)))) continue;
    if (!relType && o.unmapped === 'known') objs = objs.filter(isKnown);
    if (!objs.length) continue;
    const confidence = (relType ? 0.85 : 0.5) - (f.subject?.inherited ? 0.1 : 0) - (f.modality === 'negated' ? 0.1 : 0);
    for (const s of subjects) for (const ob of objs) emit(f, s, rel, f.lemma, ob, confidence);
    // 테슬라와 공급 계약을 체결하다: a joint undertaking's named partner is related the same way.
    if (relType && objNp && lx.agreementNouns.has(headNoun(objNp).text) && lx.signingVerbs.has(f.lemma)) {
      const partner = frames.length ? phrasesBefore(objNp.start).reverse().find((p) => /^(?:와|과)$/.test(p.particle ?? '')) : undefined;
      for (const ob of partner ? phraseReferents(partner, lx).filter(isNamed) : []) for (const s of subjects) emit(f, s, rel, f.lemma, withSpan(ob, partner), confidence - 0.1);
    }
  }
  // Support verbs (수출 통제에 나서다, 추가 제재를 검토하다, 제재를 가하다): the verbal noun's own relation holds too,
  // about what the noun governs (흑연에 대한 수출 통제 → graphite; 마이크론에 대한 제재 → Micron).
  const carried = new Set<Frame>();
  for (const f of frames) {
    if (f.silent || !(lx.supportVerbs.has(f.lemma) || lx.lightSupport.has(f.lemma))) continue;
    let subjects = (f.subject?.refs ?? []).filter(isNamed).map((r) => withSpan(r, f.subject?.np));
    if (!subjects.length && f.subject?.np) subjects = stands(f.subject.np);
    // 조사에 착수하다, 협상을 진행하다: the verbal noun is the object, or the 에-phrase when the object is something else.
    const objNoun = f.object && 'np' in f.object ? f.object.np : undefined;
    const np = objNoun && verbalNoun(headNoun(objNoun).text.split(/\s+/).pop()!, relations) ? objNoun : f.dative && verbalNoun(headNoun(f.dative).text.split(/\s+/).pop()!, relations) ? f.dative : objNoun ?? f.dative;
    if (!subjects.length || !np) continue;
    const head = headNoun(np);
    const noun = (head.text.split(/\s+/).pop() ?? head.text);
    const inner = verbalNoun(noun, relations);
    if (!inner || inner.lemma === f.lemma) continue;
    let objs = governed(np, (n) => lx.actionNouns.has(n) || n === noun);
    if (!objs.length && f.target) objs = phraseReferents(f.target, lx).filter(isNamed).map((r) => withSpan(r, f.target));
    // X와 공급 협상을 진행하다: the partner of a joint undertaking.
    if (!objs.length && f.dative && f.dative !== np && /^(?:와|과)$/.test(f.dative.particle ?? '')) objs = phraseReferents(f.dative, lx).filter(isNamed).map((r) => withSpan(r, f.dative));
    // 브랜디에 대한 반덤핑 조사에 착수하다, 유제품에 대해서도 조사를 검토하다: what the verbal noun is about.
    if (!objs.length && np.about) objs = conjuncts(np.about) ?? [conceptOf(np.about)];
    // 일본의 … 움직임에 대해 보복을 예고하다: the actor whose move it answers, else the move.
    if (!objs.length && f.target) {
      const owners = possessors(f.target, lx).filter((r) => isNamed(r) && !GOODS.has(r.type));
      objs = owners.length ? owners.map((r) => withSpan(r, f.target)) : [conceptOf(f.target)];
    }
    // 국내 산업계 영향 점검에 착수하다: what the verbal noun is about, as written before it (no name in it).
    if (!objs.length && lx.lightSupport.has(f.lemma)) {
      const last = np.parts[np.parts.length - 1]!;
      const before = last.nouns.slice(0, -1).filter((n) => !lx.actionNouns.has(n.text) && !lx.timeNouns.has(n.text) && !/^[\d.,%]+$/.test(n.text));
      if (np.parts.length === 1 && before.length && !np.about) {
        const k = last.nouns.indexOf(before[0]!);
        const part: NounPhrase = { ...np, parts: [{ nouns: last.nouns.slice(k, -1) }], start: before[0]!.start, end: last.nouns[last.nouns.length - 2]!.end };
        objs = [conceptOf(part)];
      }
    }
    const n0 = triples.length;
    for (const s of subjects) for (const ob of objs) emit(f, s, inner.type, inner.lemma, ob, 0.75 - (f.subject?.inherited ? 0.1 : 0));
    if (triples.length > n0 && lx.lightSupport.has(f.lemma)) carried.add(f);
  }
  // 협상을 진행하다, 수출 통제에 나서다: a support verb that only carries out its verbal noun says nothing of its own.
  if (carried.size) {
    const drop = new Set(triples.filter((t) => [...carried].some((f) => sameFrame(t, f, off) && t.predicate === f.lemma)));
    for (let k = triples.length - 1; k >= 0; k--) if (drop.has(triples[k]!)) triples.splice(k, 1);
  }
  if (o.speechTriples) {
    const speech = (f: Frame): void => {
      if (!f.quoted?.length && !f.quotedSubject) return;
      const quotedFrames = f.quoted ?? [];
      const speaker = (f.subject?.refs ?? []).filter(isNamed)[0] ?? (f.subject?.np ? stands(f.subject.np)[0] : undefined);
      const rel = relations.lookup(f.lemma, 'ko')?.type;
      if (!speaker || (!rel && !lx.accusingSpeech.has(f.lemma))) return;
      // The quotation's main claim: Korean puts the main clause last, so prefer the last non-adnominal frame.
      // A conditional (…하면) only sets the claim's condition.
      const claims = quotedFrames.filter((q) => !/면$/.test(q.last.endings[q.last.endings.length - 1]?.form ?? ''));
      const quotedTriples = triples.filter((t) => claims.some((q) => sameFrame(t, q, off)));
      const main = quotedTriples.filter((t) => claims.some((q) => q.kind !== 'adnominal' && sameFrame(t, q, off)));
      // The last frame's own relation comes first (확대한다고 발표했다: EXPANDS, not a support verb's RESTRICTS).
      const pool = main.length ? main : quotedTriples;
      const lastStart = Math.max(...pool.map((t) => t.evidence.predicateSpan?.start ?? -1));
      const about = pool.find((t) => (t.evidence.predicateSpan?.start ?? -1) === lastStart);
      // "Y가 …하고 있다"며 반발했다/비판했다: the speaker criticises the quoted clause's actor.
      // The relation is that of the list's first mapped verb (비판하다 → CRITICIZES), whatever the verb (반발하다).
      // Any speech verb quoting a wrongdoing (“Y가 무역을 방해하고 있다”며 … 말했다) accuses Y too.
      const wrong = quotedFrames.filter((q) => lx.wrongdoing.has(q.lemma));
      const accusing = lx.accusingSpeech.has(f.lemma) || wrong.length > 0;
      const accuse = accusing ? [...lx.accusingSpeech].map((l) => relations.lookup(l, 'ko')?.type).find(Boolean) : undefined;
      if (accuse) {
        const actors = new Map<string, EntityRef>();
        const pool = lx.accusingSpeech.has(f.lemma) ? quotedFrames : wrong;
        // Frames before the quotation (담화를 내고) are the speaker's own: only other actors are accused.
        const qs = [...pool.filter((q) => q.kind !== 'adnominal' && !q.silent), ...pool.filter((q) => q.kind === 'adnominal' && !q.silent), ...pool.filter((q) => q.silent)];
        for (const q of qs) {
          const np = q.subject?.np;
          const refs = (q.subject?.refs ?? []).filter((r) => isNamed(r) && r.id !== speaker.id);
          for (const r of refs.length ? refs : np ? possessors(np, lx).filter(isNamed) : []) actors.set(r.id, withSpan(r, np));
          if (actors.size) break;
        }
        // “EU의 조치는 보호무역주의”라고 반발했다: the quoted noun predicate's subject (or its owner) is accused.
        const qsub = lx.accusingSpeech.has(f.lemma) && !actors.size ? f.quotedSubject : undefined;
        if (qsub) {
          const refs = phraseReferents(qsub, lx).filter((r) => isNamed(r) && r.id !== speaker.id);
          for (const r of refs.length ? refs : possessors(qsub, lx).filter((r) => isNamed(r) && r.id !== speaker.id)) actors.set(r.id, withSpan(r, qsub));
        }
        for (const a of actors.values()) emit({ ...f, attribution: undefined, modality: 'asserted' } as Frame, withSpan(speaker, f.subject?.np), accuse, f.lemma, a, 0.7);
        if (actors.size) return;
      }
      // ASML은 …를 기록했다고 밝혔다: a speaker stating its own act says nothing the act (already reported) does not.
      if (about && rel) { if (about.subject.id !== speaker.id) emit({ ...f, attribution: undefined, modality: 'asserted' } as Frame, withSpan(speaker, f.subject?.np), rel, f.lemma, about.object, 0.7); }
      else if (rel && !f.object) {
        // “…의 우려는 정당하다”고 밝혔다, X가 합헌이라고 판결했다: a quotation that relates nothing is about its subject
        // (unless the verb has an object of its own: “재고가 바닥날 수 있다”며 해결을 촉구했다 urges the resolution).
        const np = f.quotedSubject ?? [...claims].reverse().find((q) => q.kind !== 'adnominal' && q.subject?.np && !q.subject.inherited)?.subject?.np;
        const named = np ? phraseReferents(np, lx).filter(isNamed) : [];
        const ob = named[0] ? withSpan(named[0], np) : np && !lx.pronouns.has(headNoun(np).text) ? conceptOf(np) : undefined;
        if (ob && isKnown(ob) && ob.id !== speaker.id) emit({ ...f, attribution: undefined, modality: 'asserted' } as Frame, withSpan(speaker, f.subject?.np), rel, f.lemma, ob, 0.6);
      }
    };
    /**
     * 러몬도 장관은 "…국가가 될 것"이라고 말했다: a quotation from which no triple could be read is still a claim
     * of its named speaker; its text becomes a statement node (speaker -[SAYS, URGES, …]-> "…").
     */
    const quoteStatement = (f: Frame): void => {
      if (!f.quoted?.length || f.silent || f.kind === 'adnominal') return;
      const rel = relations.lookup(f.lemma, 'ko')?.type;
      const speaker = (f.subject?.refs ?? []).filter(isNamed)[0] ?? (f.subject?.np ? stands(f.subject.np)[0] : undefined);
      if (!rel || !speaker || !f.subject?.np || f.subject.np.start > f.main.start) return;
      // …의 해결을 촉구했다: a speech verb with an object of its own says that, not the quotation.
      if (f.object || (f.dative && rel !== 'SAYS')) return;
      const quoteEnd = Math.max(...f.quoted.map((q) => q.last.end));
      const from = f.subject.np.end;
      if (quoteEnd <= from) return;
      const region = text.slice(from, Math.max(quoteEnd, f.main.start));
      const marked = [...region.matchAll(/[“"「『]([^”"」』]{4,})[”"」』]/g)].map((m) => m[1]!.trim());
      // A quoted clause that gave a triple of its own is the claim (…을 양산했다고 발표했다) — unless the speaker's own
      // words are quoted verbatim about what the speaker will do (“…을 해소하겠다”고 말했다): that is still a statement.
      const own = triples.filter((t) => f.quoted!.some((q) => sameFrame(t, q, off)));
      if (own.length && !(marked.length && own.every((t) => t.subject.id === speaker.id))) return;
      // An indirect quotation of the speaker's own intentions (…을 검토하겠다고 밝혔다) is no statement about anything
      // else: only one with a subject of its own (국내 기업들이 …다고 밝혔다) is.
      if (!marked.length && !f.quoted.some((q) => q.subject?.np && !q.subject.inherited && q.subject.np.start >= from)) return;
      // An indirect quotation ends at its quoting ending (…했다며 이같이 밝혔다: not at the speech verb).
      const unmarked = (): string => {
        const r = text.slice(from, f.main.start);
        const ends = [...r.matchAll(/(?:다|라)(?:고|며|면서)(?=[\s,]|$)/g)];
        const cut = ends.length ? r.slice(0, ends[ends.length - 1]!.index! + 1) : r;
        return cut.trim().replace(/^(?:[^\s]+에서\s+)?/, '').replace(/(?:것)?(?:이)?라$/, (m) => (m.startsWith('것') ? '것' : '')).replace(/(?:고|며|면서)$/, '');
      };
      let said = marked.length ? marked.join(' … ') : unmarked();
      said = said.replace(/[‘’'“”"]/g, '').replace(/\s+/g, ' ').replace(/[.,…]+$/, '').trim();
      if ([...said.matchAll(/[\uac00-\ud7a3]/g)].length < 4) return;
      if (said.length > 90) said = `${said.slice(0, 90).replace(/\s+\S*$/, '')}…`;
      const ob = entities.concept({ ko: said }, span(from, quoteEnd));
      // 삼성전자 측은 "…"이라고 전했다: only an outlet reports; anyone else passing on their own words says them.
      // 반박했다 (rebutted): what the speaker rejects is someone else's claim; their own words are said. (A protest,
      // 반발했다, keeps its relation: the statement is what is protested.)
      const saysRel = relations.lookup('말하다', 'ko')?.type ?? rel;
      const said_ = (rel === relations.lookup('전하다', 'ko')?.type && speaker.type !== 'Media') || rel === relations.lookup('반박하다', 'ko')?.type ? saysRel : rel;
      emit({ ...f, attribution: undefined, modality: 'asserted' } as Frame, withSpan(speaker, f.subject.np), said_, f.lemma, ob, 0.55);
    };
    for (const f of frames) {
      const n0 = triples.length;
      speech(f);
      if (triples.length === n0) quoteStatement(f);
    }
  }
  // 화웨이는 미국의 제재로 …: "X의 <verbal noun>(으)로" (because of X's sanctions) — X acts on the clause's topic.
  for (const [pi, np] of phrases.entries()) {
    if (np.kind !== 'np' || np.role !== 'oblique' || !(np.particle === '로' || np.particle === '으로')) continue;
    if (np.parts.length !== 2 || np.parts[0]!.link !== 'genitive' || np.parts[1]!.nouns.length !== 1) continue;
    const agent = partReferent(np.parts[0]!, lx);
    const vn = verbalNoun(np.parts[1]!.nouns[0]!.text, relations);
    if (!agent || GOODS.has(agent.type) || !isNamed(agent) || !vn) continue;
    const holder = phrases.slice(0, pi).reverse().find((p): p is NounPhrase => p.kind === 'np' && (p.role === 'topic' || p.role === 'subject'));
    // H20에 대한 미국 정부의 수출 제한으로: what the action is about is its target, not the clause's topic.
    const aboutRefs = np.about ? phraseReferents(np.about, lx).filter(isNamed) : [];
    const targets = aboutRefs.length ? aboutRefs.map((r) => withSpan(r, np.about)) : holder ? phraseReferents(holder, lx).filter(isNamed).map((r) => withSpan(r, holder)) : [];
    for (const target of targets) {
      if (target.id === agent.id) continue;
      const n = np.parts[1]!.nouns[0]!;
      const a = np.parts[0]!.nouns.find((x) => x.entity?.id === agent.id);
      triples.push(makeTriple(doc, sentence, {
        subject: { ...agent, span: a ? span(a.start, a.end) : span(np.start, np.end) }, relation: vn.type, predicate: vn.lemma,
        object: target, modality: 'asserted', confidence: 0.6, predicateSpan: span(n.start, n.end),
      }));
    }
  }
  // Affiliation: ORG의 PERSON 직함 (조지타운 CSET의 와인스타인 연구원) → the person works for the organisation.
  for (const np of phrases) {
    if (np.kind !== 'np') continue;
    for (let i = 0; i + 1 < np.parts.length; i++) {
      if (np.parts[i]!.link !== 'genitive') continue;
      const org = partReferent(np.parts[i]!, lx);
      const next = np.parts[i + 1]!;
      const lastNoun = next.nouns[next.nouns.length - 1]!;
      const person = partReferent(next, lx);
      if (!org || !person || person.type !== 'Person' || !['Organization', 'Company', 'Agency', 'Government', 'Media'].includes(org.type)) continue;
      if (!lx.roleNouns.has(lastNoun.text)) continue;
      const rel = relations.types.has('WORKS_FOR') ? 'WORKS_FOR' : GENERIC_RELATION;
      const p = next.nouns.find((n) => n.entity?.id === person.id)!;
      const o = np.parts[i]!.nouns.find((n) => n.entity?.id === org.id)!;
      triples.push(makeTriple(doc, sentence, {
        subject: { ...person, span: span(p.start, p.end) }, relation: rel, predicate: lastNoun.text,
        object: { ...org, span: span(o.start, o.end) }, modality: 'asserted', confidence: 0.7, predicateSpan: span(lastNoun.start, lastNoun.end),
      }));
    }
  }
  // Headlines without an inflected predicate: "바이든 행정부, 中기업 … 접근 규제 검토".
  triples.push(...headline(phrases, text, off, doc, sentence, entities, relations, lx, conceptOf, span, governed));
  for (const t of triples) if (isNamed(t.subject) && t.relation !== GENERIC_RELATION) { const { span: _s, ...plain } = t.subject; memory.actors.set(t.relation, plain); }
  remember(memory, mentions as Mention[], frames, triples, off);
  return { triples, mentions: mentions as Mention[] };
}

/** What a document's earlier sentences leave for the next ones. */
interface DocMemory {
  /** The latest named actor of each relation type. */
  actors: Map<string, EntityRef>;
  /** Named actors in order of mention (latest last). */
  recent: EntityRef[];
  /** The named subjects of the previous sentence's main clause. */
  lastSubjects: EntityRef[];
}

const ACTOR_TYPES = new Set(['Country', 'Government', 'Agency', 'Company', 'Organization', 'Person', 'Media']);

function remember(memory: DocMemory, mentions: Mention[], frames: Frame[], triples: Triple[], off: number): void {
  for (const m of mentions) {
    if (!ACTOR_TYPES.has(m.type)) continue;
    const { span: _s, ...plain } = m;
    memory.recent = [...memory.recent.filter((r) => r.id !== plain.id), plain].slice(-30);
  }
  // The main clause's subject: that of the last clause (not a relative clause) that gave a triple; else the last final
  // frame's named subject.
  let subs: EntityRef[] = [];
  for (const f of [...frames].reverse()) {
    if (f.kind === 'adnominal' || f.kind === 'adverbial') continue;
    const ts = triples.filter((t) => isNamed(t.subject) && sameFrame(t, f, off));
    if (ts.length) { subs = [...new Map(ts.map((t) => [t.subject.id, t.subject])).values()]; break; }
  }
  if (!subs.length) {
    const main = [...frames].reverse().find((f) => f.kind === 'final' && f.subject?.refs.some(isNamed));
    subs = main ? main.subject!.refs.filter(isNamed) : [];
  }
  if (subs.length) memory.lastSubjects = subs.map(({ span: _s, ...plain }) => plain);
}

/**
 * 반도체 장비 수출, 中기업 美클라우드 서비스 접근: a name followed by a plain noun before the action noun only modifies
 * that noun (the equipment is traded, the companies' access is restricted); only names, countries (대중) and
 * generic goods nouns (마이크론 제품 구매, 흑연 제품) may stand between a name and the action it is the object of.
 */
function modifiesNext(nouns: NounWord[], j: number, lx: KoLexicon): boolean {
  return nouns.slice(j + 1).some((m) => !m.entity && !lx.goodsNouns.has(m.text));
}

/** The relation of a verbal noun (통제 → 통제하다 → RESTRICTS), also at the end of an unspaced compound (수출통제). */
function verbalNoun(noun: string, relations: RelationMap): { lemma: string; type: string } | undefined {
  for (let k = 0; k + 1 < noun.length; k++) {
    const lemma = `${noun.slice(k)}하다`;
    const r = relations.lookup(lemma, 'ko');
    if (r) return { lemma, type: r.type };
  }
  return undefined;
}

function sameFrame(t: Triple, f: Frame, off: number): boolean {
  const ps = t.evidence.predicateSpan;
  return !!ps && ps.start === off + f.main.start;
}

const withRefSpan = (r: EntityRef, sp: Span): EntityRef => (r.span ? r : { ...r, span: sp });

/** End of a phrase's nouns (before its closing particle). */
function koEnd(np: NounPhrase): number {
  const last = np.parts[np.parts.length - 1]!;
  return last.nouns[last.nouns.length - 1]!.end;
}

/**
 * Headline style: each segment between ellipses (…) that ends in a bare noun phrase, with a named subject set
 * off by a comma: "美, 中 전기차 관세 100%로 인상", "中, 흑연도 수출 통제", "바이든 행정부, 中기업 … 접근 규제 검토".
 * The innermost verbal noun with a relation is the predicate (규제 → RESTRICTS), governing ones after it give
 * modality (검토 → considered); the nouns before it are the object, or else the argument phrase before it
 * (흑연도 수출 통제 → graphite). A noun + 에 + verbal noun can be a phrasal predicate (명단에 추가 → SANCTIONS).
 */
function headline(phrases: ReturnType<typeof toPhrases>, text: string, off: number, doc: NewsDocument, sentence: Sentence,
  entities: DocumentEntities, relations: RelationMap, lx: KoLexicon, conceptOf: (np: NounPhrase) => EntityRef,
  span: (s: number, e: number) => Span, governed: (np: NounPhrase, isAction: (n: string) => boolean) => EntityRef[]): Triple[] {
  const out: Triple[] = [];
  const segments: Array<typeof phrases> = [[]];
  for (const p of phrases) {
    if (p.kind === 'mark' && /…|\.\.|⋯/.test(p.text)) segments.push([]);
    else segments[segments.length - 1]!.push(p);
  }
  const relational = (l: string) => !!relations.lookup(l, 'ko');
  // 美, 中 드론업체 제재 확대…부품 수출도 금지: a later segment without a subject of its own has the headline's.
  const h0 = segments[0]?.[0], h1 = segments[0]?.[1];
  const headNp = h0?.kind === 'np' && h0.role === 'bare' && h1?.kind === 'mark' && h1.mark === 'comma' ? h0 : undefined;
  for (const [si, seg] of segments.entries()) {
    const content = seg.filter((p) => p.kind !== 'mark' || p.mark === 'comma');
    const objNp = content[content.length - 1];
    if (!objNp || objNp.kind !== 'np' || objNp.role !== 'bare') continue;
    if (seg.some((p) => p.kind === 'pred' && p.endings[p.endings.length - 1]?.tag === 'EF')) continue;
    const comma = content.findIndex((p) => p.kind === 'mark' && p.mark === 'comma');
    // The subject: a bare name set off by a comma (美, …), or a topic-marked name opening the segment (AMD도 …).
    const lead = content[0];
    // …한국 "WTO 제소 검토": a later segment opening with a bare actor name has that subject.
    const topical = comma < 1 && lead?.kind === 'np' && content.length > 1 && (lead.role === 'topic' || (lead.role === 'bare' && si > 0))
      && phraseReferents(lead, lx).some((r) => isNamed(r) && !GOODS.has(r.type) && r.type !== 'Policy') ? 0 : -1;
    const inherits = comma < 1 && topical < 0 && si > 0 && !!headNp;
    // 한미 관세협상 타결, 中 희토류 수출통제: a headline opening with a country (or a compound of countries) and no comma
    // has the countries as its subject.
    const firstPart = objNp.parts[0]!;
    const unmarked = comma < 1 && topical < 0 && !inherits && si === 0 && content.length === 1 && objNp.parts.length === 1 && firstPart.nouns.length > 2
      && firstPart.nouns[0]!.entity?.type === 'Country' ? firstPart.nouns.filter((n, k) => k < 2 && n.entity?.type === 'Country' && n.start < firstPart.nouns[0]!.end + 1).length : 0;
    if (comma < 1 && topical < 0 && !inherits && !unmarked) continue;
    const subjNp = inherits ? headNp! : topical === 0 ? lead! : unmarked ? { ...objNp, parts: [{ nouns: firstPart.nouns.slice(0, unmarked) }], end: firstPart.nouns[unmarked - 1]!.end } : content[comma - 1]!;
    if (subjNp.kind !== 'np' || (subjNp.role !== 'bare' && topical < 0)) continue;
    const subjects = unmarked ? [...new Map(firstPart.nouns.slice(0, unmarked).map((n) => [n.entity!.id, withRefSpan(n.entity!, span(n.start, n.end))])).values()] : phraseReferents(subjNp, lx).filter(isNamed);
    if (!subjects.length) continue;
    // (예비안보다 26% 감액: a comparison is no argument; 테일러 공장서 생산: nor is a place.)
    const body = content.slice(inherits ? 0 : topical === 0 ? 1 : comma + 1, -1).filter((p): p is NounPhrase => p.kind === 'np' && !/^(?:보다|처럼|만큼|에서|서|에서는|에선)$/.test(p.particle ?? ''));
    const last = objNp.parts[objNp.parts.length - 1]!;
    const nouns = [...(unmarked && objNp.parts.length === 1 ? last.nouns.slice(unmarked) : last.nouns)];
    let modality: Triple['modality'] = 'asserted';
    let rel: { type: string } | undefined, lemma = '', predStart = 0, predEnd = 0;
    let argNp: NounPhrase | undefined;
    let suffered = false;
    while (nouns.length) {
      const n = nouns[nouns.length - 1]!;
      // AMD도 8억달러 타격: a noun one suffers makes the subject lose the amount before it.
      const suffer = lx.suffer && !n.entity && lx.suffer.nouns.has(n.text) ? relations.lookup(lx.suffer.lemma, 'ko') : undefined;
      if (suffer && nouns.length > 1) {
        rel = suffer; lemma = lx.suffer!.lemma; predStart = n.start; predEnd = predEnd || n.end; suffered = true;
        nouns.pop();
        break;
      }
      // A policy name ending in a verbal noun (수출 통제) is the predicate 통제 with its object 수출.
      const word = n.entity ? (n.entity.type === 'Policy' ? n.text.split(/\s+/).pop()! : '') : n.text;
      const vn = word ? verbalNoun(word, relations) : undefined;
      const l = vn?.lemma ?? `${word}하다`;
      const gov = lx.modality.governing.get(l);
      // 명단에 추가, or inside one compound: 블랙리스트 추가 (the list noun right before).
      const listNp: NounPhrase | undefined = nouns.length > 1 ? { ...objNp, parts: [{ nouns: nouns.slice(0, -1) }], role: 'oblique', particle: '에' } : undefined;
      const inner = listNp && !vn && !gov && word ? phrasal(l, [listNp], lx, relational) : undefined;
      const ph = !vn && !gov && word ? (inner && !inner.passive ? { lemma: inner.lemma, arg: undefined } : phrasalHead(l, body, lx, relational)) : undefined;
      if (inner && !inner.passive) nouns.pop(); // the list noun goes with the predicate
      // 조사 착수, 확보 총력: a noun that only carries out (or presses) the action before it.
      const aspect = !vn && !gov && !ph && !n.entity && (lx.lightSupport.has(`${n.text}하다`) || lx.mannerNouns.has(n.text)) && nouns.length > 1;
      if (aspect) { nouns.pop(); continue; }
      if (!gov && !vn && !ph) break;
      nouns.pop();
      if (gov) { if (modality === 'asserted') modality = gov; if (!rel) { lemma = l; predStart = n.start; predEnd = n.end; } continue; }
      if (ph) { rel = relations.lookup(ph.lemma, 'ko'); lemma = ph.lemma; argNp = ph.arg; }
      else { rel = { type: vn!.type }; lemma = vn!.lemma; }
      predStart = n.start; predEnd = predEnd || n.end;
      break; // the innermost relation noun; what precedes it is the object (접근 규제: restricting access)
    }
    if (!rel) continue;
    // 긴급 점검: a manner noun right before the predicate is no object.
    while (nouns.length && !nouns[nouns.length - 1]!.entity && lx.mannerNouns.has(nouns[nouns.length - 1]!.text)) nouns.pop();
    // 기술 유출 혐의 前 임원 기소: what follows the charge is the one charged.
    const charge = nouns.map((n) => !n.entity && lx.allegationNouns.has(n.text)).lastIndexOf(true);
    const charged = charge >= 0 && charge < nouns.length - 1;
    if (charged) nouns.splice(0, charge + 1);
    // The object: the nouns before the predicate, unless they only name the action (수출); else the argument before.
    let obj: NounPhrase | undefined;
    // Counters and multipliers (4배, 100%) are no object either: the argument before carries it (관세 100%로 4배 인상).
    const content2 = nouns.filter((n) => !lx.actionNouns.has(n.text) && (n.entity || !(lx.timeNouns.has(n.text) || /^[\d.,%]+$/.test(n.text))));
    const rest: NounPhrase | undefined = !nouns.length ? undefined : charged ? { ...objNp, parts: [{ nouns }], start: nouns[0]!.start, end: nouns[nouns.length - 1]!.end }
      : { ...objNp, parts: [...objNp.parts.slice(0, -1), { nouns }], end: nouns[nouns.length - 1]!.end };
    if (suffered && rest) obj = rest; // the amount, counters and all
    // (中 업체 캠브리콘 등 27곳 블랙리스트 추가: the examples before the counters are the object.)
    else if ((content2.length || (objNp.parts.length > 1 && objNp.parts[objNp.parts.length - 2]!.link === 'exemplifier')) && !argNp && rest) obj = trimCounters(rest, lx);
    else {
      const before = argNp ?? body[body.length - 1];
      if (before) obj = trimCounters(before, lx);
    }
    if (!obj) continue;
    const refs = phraseReferents(obj, lx);
    let acted = refs.length || !lx.actionNouns.has(headNoun(obj).text) ? [] : governed(obj, (n) => lx.actionNouns.has(n));
    // 中기업 美클라우드 서비스 접근: an actor's access to a thing stays one phrase (the actor is not the object).
    const actors = obj.parts.flatMap((p) => p.nouns).filter((n) => n.entity && isNamed(n.entity) && !GOODS.has(n.entity.type) && n.entity.type !== 'Country');
    if (acted.length && actors.some((n) => !acted.some((a) => a.id === n.entity!.id))) acted = [];
    const objects = refs.length ? refs : acted.length ? acted : [conceptOf(obj)];
    // DJI 제재 확대: a support verb (확대, 강화, 추진) over a verbal noun also states the noun's relation about what it governs.
    const innerVn = lx.supportVerbs.has(lemma) && !refs.length ? verbalNoun(headNoun(obj).text.split(/\s+/).pop()!, relations) : undefined;
    const inner = innerVn && innerVn.lemma !== lemma ? governed(obj, (n) => lx.actionNouns.has(n) || n === headNoun(obj!).text) : [];
    for (const s of subjects) {
      const sub = { ...s, span: s.span ?? span(subjNp.start, koEnd(subjNp)) };
      for (const ob of objects) {
        if (s.id === ob.id) continue;
        out.push(makeTriple(doc, sentence, { subject: sub, relation: rel.type, predicate: lemma, object: ob, modality, confidence: 0.6, predicateSpan: span(predStart, predEnd) }));
      }
      for (const ob of inner) {
        if (s.id === ob.id) continue;
        out.push(makeTriple(doc, sentence, { subject: sub, relation: innerVn!.type, predicate: innerVn!.lemma, object: ob, modality, confidence: 0.55, predicateSpan: span(predStart, predEnd) }));
      }
    }
  }
  void text; void off; void entities;
  return out;
}

/** A headline's phrasal predicate: verbal noun + the noun phrase with 에 before it (명단에 추가); its object is the phrase before that. */
function phrasalHead(lemma: string, body: NounPhrase[], lx: KoLexicon, relational: (l: string) => boolean): { lemma: string; arg?: NounPhrase } | undefined {
  const k = body.length - 1;
  if (k < 0) return undefined;
  const ph = phrasal(lemma, [body[k]!], lx, relational);
  if (!ph || ph.passive) return undefined;
  if (body[k - 1]) return { lemma: ph.lemma, arg: body[k - 1] };
  // SMIC 수출통제 명단에 추가: the names compounded with the list are what is added.
  const list = body[k]!;
  const named = list.parts.flatMap((p) => p.nouns).filter((n) => n.entity && isNamed(n.entity) && n.entity.type !== 'Policy');
  return named.length ? { lemma: ph.lemma, arg: { ...list, parts: [{ nouns: named }], role: 'bare', end: named[named.length - 1]!.end } } : { lemma: ph.lemma };
}

/** Drop trailing numbers, counters and dates (中 반도체 기업 36곳 → 中 반도체 기업). */
function trimCounters(np: NounPhrase, lx: KoLexicon): NounPhrase | undefined {
  const last = np.parts[np.parts.length - 1]!;
  const nouns = [...last.nouns];
  while (nouns.length > 1) {
    const n = nouns[nouns.length - 1]!;
    if (n.entity || !(lx.timeNouns.has(n.text) || /^[\d.,%]+$/.test(n.text))) break;
    nouns.pop();
  }
  // 최대 4760억엔: an amount with its qualifier only is no thing.
  if (!nouns.length || (np.parts.length === 1 && nouns.every((n) => !n.entity && (QUANTITY_WORDS.has(n.text) || lx.timeNouns.has(n.text) || /^[\d.,%]+$/.test(n.text))))) return undefined;
  return { ...np, parts: [...np.parts.slice(0, -1), { ...last, nouns }], end: nouns[nouns.length - 1]!.end };
}
