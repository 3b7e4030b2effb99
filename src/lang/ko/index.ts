// Korean triple extraction. Stages (each its own file):
//   morph.ts    lindera ko-dic tokens with string offsets
//   words.ts    repairs: gazetteer names merged (the user dictionary), typo'd names resolved, unknown particles,
//               predicates grouped (verbal noun + 하다, verb + endings)
//   phrases.ts  noun phrases (의-genitives, 와/과/이나/및 coordination, 등/같은 examples) with their case role
//   clause.ts   predicate frames: subjects, objects, adnominal/connective/quoted clauses, modality
//   gloss.ts    English labels for phrases from data/glossary.ko.yaml
//   index.ts    frames → triples (relation map, action-noun objects, attribution)
import type { DocumentEntities, EntityLinker, Mention } from '../../entities/index.js';
import { makeTriple, type SentenceExtractor, type SentenceResult } from '../../extract/index.js';
import { GENERIC_RELATION, type RelationMap } from '../../relations/index.js';
import type { EntityRef, NewsDocument, Sentence, Span, Triple } from '../../types/index.js';
import { resolveOptions } from '../../util/options.js';
import { analyseClauses, type Frame, type ObjectArg } from './clause.js';
import { glossPhrase, glossWord } from './gloss.js';
import { DEFAULT_KO_GLOSSARY_FILE, DEFAULT_KO_LEXICON_FILE, DEFAULT_KO_MODALITY_FILE, loadKoLexicon, type KoLexicon } from './lexicon.js';
import { analyse, analyseInDocument, type Token } from './morph.js';
import { headNoun, partReferent, phraseReferents, toPhrases, type NounPhrase } from './phrases.js';
import { toWords } from './words.js';

export { warmUp } from './morph.js';

export interface KoOptions {
  lexiconFile: string;
  modalityFile: string;
  glossaryFile: string;
  /**
   * Unmapped predicates (RELATED_TO + lemma): 'entities' keeps them only between two named entities,
   * 'all' keeps every one, 'none' drops them.
   */
  unmapped: 'entities' | 'all' | 'none';
  /** Emit speaker → SAYS/REPORTS → quoted object triples for quotations. */
  speechTriples: boolean;
}

export const DEFAULT_KO_OPTIONS: KoOptions = {
  lexiconFile: DEFAULT_KO_LEXICON_FILE,
  modalityFile: DEFAULT_KO_MODALITY_FILE,
  glossaryFile: DEFAULT_KO_GLOSSARY_FILE,
  unmapped: 'all',
  speechTriples: true,
};

const isNamed = (r: EntityRef) => r.type !== 'Concept';

export function createKoreanExtractor(opts: Partial<KoOptions> & { linker: EntityLinker; relations: RelationMap }): SentenceExtractor {
  const { linker: _linker, relations, ...rest } = opts;
  const o = resolveOptions('lang/ko', DEFAULT_KO_OPTIONS, rest, (x) =>
    ['entities', 'all', 'none'].includes(x.unmapped) ? [] : [`unmapped must be entities, all or none, got ${x.unmapped}`]);
  const lx = loadKoLexicon({ lexicon: o.lexiconFile, modality: o.modalityFile, glossary: o.glossaryFile });
  // Fuzzy name look-ups per document (the document's short forms make results document-specific).
  const caches = new WeakMap<DocumentEntities, Map<string, EntityRef | null>>();
  const docTokens = new WeakMap<NewsDocument, { text: string; tokens: Token[] }>();
  const tokensFor = (sentence: Sentence, doc: NewsDocument): Token[] => {
    if (doc.text.slice(sentence.start, sentence.end) !== sentence.text) return analyse(sentence.text);
    let d = docTokens.get(doc);
    if (!d || d.text !== doc.text) { d = { text: doc.text, tokens: analyse(doc.text) }; docTokens.set(doc, d); }
    return analyseInDocument(d.tokens, sentence.text, sentence.start, sentence.end) ?? analyse(sentence.text);
  };
  return {
    lang: 'ko',
    extract(sentence: Sentence, doc: NewsDocument, entities: DocumentEntities): SentenceResult {
      let cache = caches.get(entities);
      if (!cache) { cache = new Map(); caches.set(entities, cache); }
      return extractSentence(sentence, doc, entities, relations, lx, o, cache, tokensFor(sentence, doc));
    },
  };
}

function extractSentence(sentence: Sentence, doc: NewsDocument, entities: DocumentEntities, relations: RelationMap,
  lx: KoLexicon, o: KoOptions, cache: Map<string, EntityRef | null>, tokens: Token[]): SentenceResult {
  const text = sentence.text;
  const off = sentence.start;
  const { words, mentions } = toWords(text, off, tokens, entities, lx, cache);
  const phrases = toPhrases(words);
  const frames = analyseClauses(phrases, text, lx);
  const span = (s: number, e: number): Span => ({ start: off + s, end: off + e, text: text.slice(s, e) });
  const withSpan = (r: EntityRef, np?: NounPhrase): EntityRef => (r.span || !np ? r : { ...r, span: span(np.start, koEnd(np)) });

  /** The concept node for a phrase (or part of it from `from`). */
  const conceptOf = (np: NounPhrase): EntityRef => {
    const ko = text.slice(np.start, koEnd(np)).replace(/[‘’'“”"]/g, '').replace(/\s+/g, ' ').trim();
    const en = glossPhrase(np, lx);
    return entities.concept(en ? { ko, en } : { ko }, span(np.start, koEnd(np)));
  };

  /** What a predicate's object slot stands for. */
  const objectRefs = (arg: ObjectArg | undefined, f: Frame): EntityRef[] => {
    if (!arg) return [];
    if ('clause' in arg) {
      // V-는 것을: the embedded action; its own object when that is a name, else "<object> <action>".
      const inner = arg.clause;
      const refs = objectRefs(inner.dative ? { np: inner.dative } : inner.object, inner);
      if (refs.some(isNamed)) return refs.filter(isNamed);
      const obj = inner.object && 'np' in inner.object ? inner.object.np : undefined;
      const noun = inner.main.noun;
      if (!obj || !noun) return refs;
      const ko = `${text.slice(obj.start, koEnd(obj)).trim()} ${noun}`;
      const objEn = glossPhrase(obj, lx), nounEn = glossWord(noun, lx);
      return [entities.concept(objEn && nounEn ? { ko, en: `${objEn} ${nounEn}` } : { ko }, span(obj.start, inner.main.stemEnd))];
    }
    const np = arg.np;
    const refs = phraseReferents(np, lx);
    if (refs.length) return refs.map((r) => withSpan(r, np));
    const head = headNoun(np);
    if (lx.pronouns.has(head.text) && np.parts.length === 1 && np.parts[0]!.nouns.length === 1) return [];
    // An action noun's own object (마이크론 제품 구매 → Micron; 갈륨과 게르마늄 수출 → both) unless a genitive
    // makes the phrase a possession (중국 업체의 클라우드 접근 stays a phrase).
    if (lx.actionNouns.has(head.text) && !np.parts.some((p) => p.link === 'genitive')) {
      const last = np.parts[np.parts.length - 1]!;
      const before = last.nouns.slice(0, -1);
      const k = before.map((n) => !!n.entity && isNamed(n.entity)).lastIndexOf(true);
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
    void f;
    return [conceptOf(np)];
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

  for (const f of frames) {
    if (f.silent) continue;
    const subjects = (f.subject?.refs ?? []).filter(isNamed).map((r) => withSpan(r, f.subject?.np));
    if (!subjects.length) continue;
    const relType = relations.lookup(f.lemma, 'ko')?.type;
    const rel = relType ?? GENERIC_RELATION;
    // Recipient-taking verbs: a named recipient beats a common-noun object (중국 업체에 서비스를 제공).
    let objs = objectRefs(f.object, f);
    if (f.dative && (!objs.some(isNamed) || !f.object)) {
      const d = objectRefs({ np: f.dative }, f);
      if (d.length && (d.some(isNamed) || !objs.length)) objs = d;
    }
    if (!objs.length) continue;
    if (!relType && (o.unmapped === 'none' || (o.unmapped === 'entities' && !objs.every(isNamed)))) continue;
    const confidence = (relType ? 0.85 : 0.5) - (f.subject?.inherited ? 0.1 : 0) - (f.modality === 'negated' ? 0.1 : 0);
    for (const s of subjects) for (const ob of objs) emit(f, s, rel, f.lemma, ob, confidence);
  }
  if (o.speechTriples) {
    for (const f of frames) {
      if (!f.quoted?.length) continue;
      const speaker = (f.subject?.refs ?? []).filter(isNamed)[0];
      const rel = relations.lookup(f.lemma, 'ko')?.type;
      if (!speaker || !rel) continue;
      // The quotation's main claim: Korean puts the main clause last, so prefer the last non-adnominal frame.
      const quotedTriples = triples.filter((t) => f.quoted!.some((q) => sameFrame(t, q, off)));
      const main = quotedTriples.filter((t) => f.quoted!.some((q) => q.kind !== 'adnominal' && sameFrame(t, q, off)));
      const about = (main.length ? main : quotedTriples).pop();
      if (about) emit({ ...f, attribution: undefined, modality: 'asserted' } as Frame, withSpan(speaker, f.subject?.np), rel, f.lemma, about.object, 0.7);
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
  if (!frames.length) triples.push(...headline(phrases, text, off, doc, sentence, entities, relations, lx, conceptOf, span));
  return { triples, mentions: mentions as Mention[] };
}

function sameFrame(t: Triple, f: Frame, off: number): boolean {
  const ps = t.evidence.predicateSpan;
  return !!ps && ps.start === off + f.main.start;
}

/** End of a phrase's nouns (before its closing particle). */
function koEnd(np: NounPhrase): number {
  const last = np.parts[np.parts.length - 1]!;
  return last.nouns[last.nouns.length - 1]!.end;
}

/**
 * Headline style: a named subject set off by a comma, then a noun phrase ending in verbal nouns. The innermost
 * verbal noun with a relation is the predicate (규제 → RESTRICTS), governing ones after it give modality
 * (검토 → considered), the nouns before it are the object.
 */
function headline(phrases: ReturnType<typeof toPhrases>, text: string, off: number, doc: NewsDocument, sentence: Sentence,
  entities: DocumentEntities, relations: RelationMap, lx: KoLexicon, conceptOf: (np: NounPhrase) => EntityRef,
  span: (s: number, e: number) => Span): Triple[] {
  const comma = phrases.findIndex((p) => p.kind === 'mark' && p.mark === 'comma');
  if (comma < 1) return [];
  const subjNp = phrases[comma - 1]!;
  if (subjNp.kind !== 'np' || subjNp.role !== 'bare') return [];
  const subjects = phraseReferents(subjNp, lx).filter(isNamed);
  const objNp = phrases.slice(comma + 1).filter((p): p is NounPhrase => p.kind === 'np').pop();
  if (!subjects.length || !objNp || objNp !== phrases[phrases.length - 1] && phrases[phrases.length - 1]!.kind !== 'mark') return [];
  const last = objNp.parts[objNp.parts.length - 1]!;
  const nouns = [...last.nouns];
  let modality: Triple['modality'] = 'asserted';
  let rel: { type: string } | undefined, lemma = '', predStart = 0, predEnd = 0;
  while (nouns.length > 1) {
    const n = nouns[nouns.length - 1]!;
    if (n.entity) break;
    const l = `${n.text}하다`;
    const gov = lx.modality.governing.get(l);
    const r = relations.lookup(l, 'ko');
    if (!gov && !r) break;
    nouns.pop();
    if (gov) { if (modality === 'asserted') modality = gov; if (!rel) { lemma = l; predStart = n.start; predEnd = n.end; } continue; }
    rel = r; lemma = l; predStart = n.start; predEnd = predEnd || n.end;
    break; // the innermost relation noun; what precedes it is the object (접근 규제: restricting access)
  }
  if (!rel || !nouns.length) return [];
  const obj: NounPhrase = { ...objNp, parts: [...objNp.parts.slice(0, -1), { nouns }], end: nouns[nouns.length - 1]!.end };
  const refs = phraseReferents(obj, lx);
  const objects = refs.length ? refs : [conceptOf(obj)];
  const out: Triple[] = [];
  for (const s of subjects) for (const ob of objects) {
    if (s.id === ob.id) continue;
    out.push(makeTriple(doc, sentence, {
      subject: { ...s, span: s.span ?? span(subjNp.start, koEnd(subjNp)) }, relation: rel.type, predicate: lemma, object: ob,
      modality, confidence: 0.6, predicateSpan: span(predStart, predEnd),
    }));
  }
  void text; void off; void entities;
  return out;
}
