// Constructions met in unseen wire copy: share-price figures, light verbs, list members, passive phrasal verbs,
// title-case headlines, boilerplate objects. One composed sentence per construction.
import { describe, expect, it } from '@jest/globals';
import { EntityLinker } from '../src/entities/index.js';
import { createEnglishExtractor, isTitleCase } from '../src/lang/en/index.js';
import { RelationMap } from '../src/relations/index.js';
import type { Modality, NewsDocument, Sentence, Triple } from '../src/types/index.js';

const linker = EntityLinker.load();
const relations = RelationMap.load();
const extractor = createEnglishExtractor({ linker, relations });

/** One sentence placed after a headline, extracted with fresh document state. */
function one(line: string, headline = 'Headline placeholder.'): Triple[] {
  const prefix = `${headline}\n`;
  const text = prefix + line;
  const doc: NewsDocument = { id: 'doc', path: 'doc.txt', text, removed: [], meta: { lang: 'en', encoding: 'UTF-8', format: 'txt', hash: 'doc', bytes: text.length } };
  const s: Sentence = { id: 'doc:1', docId: 'doc', index: 1, start: prefix.length, end: text.length, text: line, lang: 'en' };
  return extractor.extract(s, doc, linker.forDocument()).triples;
}
/** The headline itself as the document's first sentence. */
function headline(line: string): Triple[] {
  const doc: NewsDocument = { id: 'doc', path: 'doc.txt', text: line, removed: [], meta: { lang: 'en', encoding: 'UTF-8', format: 'txt', hash: 'doc', bytes: line.length } };
  const s: Sentence = { id: 'doc:0', docId: 'doc', index: 0, start: 0, end: line.length, text: line, lang: 'en' };
  return extractor.extract(s, doc, linker.forDocument()).triples;
}

interface Case { construction: string; sentence: string; s: string; r: string; /** object label (exact) or '~' + substring */ o: string; m?: Modality; title?: boolean }

const matches = (t: Triple, c: Case) => t.subject.id === c.s && t.relation === c.r &&
  (c.o.startsWith('~') ? t.object.label.toLowerCase().includes(c.o.slice(1).toLowerCase()) : t.object.label === c.o);

const cases: Case[] = [
  { construction: 'shares of X + fall + percentage', sentence: 'Shares of Micron fell 3% in early trading on Friday.', s: 'micron', r: 'FALLS', o: '3%', m: 'asserted' },
  { construction: 'X shares + rise + percentage', sentence: 'Intel shares rose 4% after the announcement.', s: 'intel', r: 'RISES', o: '4%' },
  { construction: 'second clause after while: name + drop + percentage', sentence: 'Intel shares slid 2%, while Micron dropped 5%.', s: 'micron', r: 'FALLS', o: '5%' },
  { construction: 'light verb: take a charge of + amount', sentence: 'Micron said it expected to take a charge of about $600 million this year.', s: 'micron', r: 'RECORDS', o: '$600 million' },
  { construction: 'figure of a noun object: record charges of up to + amount', sentence: 'Intel could record charges of up to $300 million.', s: 'intel', r: 'RECORDS', o: '$300 million', m: 'possible' },
  { construction: 'account for + share', sentence: 'Japan accounted for 30% of Samsung Electronics revenue last year.', s: 'japan', r: 'ACCOUNTS_FOR', o: '30%' },
  { construction: 'light verb: file a lawsuit', sentence: 'Huawei filed a lawsuit against the agency in March.', s: 'huawei', r: 'SUES', o: '~lawsuit' },
  { construction: 'list members after ", including"', sentence: 'The Commerce Department added several firms to its blacklist, such as Huawei and SMIC.', s: 'us-department-of-commerce', r: 'BLACKLISTS', o: '~smic' },
  { construction: 'add X to a list, with members', sentence: 'Washington added 9 Chinese chip firms to a trade blacklist, including Huawei.', s: 'united-states', r: 'BLACKLISTS', o: 'Huawei' },
  { construction: 'add … to … after "more than" + count', sentence: 'Japan has added more than 40 Chinese entities to its control list.', s: 'japan', r: 'BLACKLISTS', o: '~chinese entities' },
  { construction: 'passive split phrasal verb with by-agent', sentence: 'The firms were added to the list by the Commerce Department.', s: 'us-department-of-commerce', r: 'BLACKLISTS', o: '~firms' },
  { construction: 'by-agent with a possessor before the name', sentence: 'The companies were added to the list by the department\'s Bureau of Industry and Security.', s: 'bureau-of-industry-and-security', r: 'BLACKLISTS', o: '~companies' },
  { construction: 'revoke (new type)', sentence: 'The United States will revoke the export licenses of Huawei suppliers.', s: 'united-states', r: 'REVOKES', o: '~licenses', m: 'planned' },
  { construction: 'operate (new type)', sentence: 'Samsung Electronics operates a memory plant in China.', s: 'samsung-electronics', r: 'OPERATES', o: '~memory plant' },
  { construction: 'resist pressure → REJECTS', sentence: 'Japan has resisted American pressure to curb chip tool servicing.', s: 'japan', r: 'REJECTS', o: '~pressure' },
  { construction: 'raise tariffs', sentence: 'Washington said it would raise tariffs on Chinese solar panels.', s: 'united-states', r: 'RAISES', o: '~tariffs' },
  { construction: 'title-case headline, subject + 3sg verb + compound object', sentence: 'Japan Tightens Export Rules on Huawei After Talks With Washington', s: 'japan', r: 'RESTRICTS', o: '~rules', title: true },
];

describe('English extractor: constructions from unseen wire copy', () => {
  it.each(cases)('$construction', (c) => {
    const ts = c.title ? headline(c.sentence) : one(c.sentence);
    const hit = ts.find((t) => matches(t, c));
    expect(hit ? `${hit.subject.id} ${hit.relation} ${hit.object.label}` : ts.map((t) => `${t.subject.id} ${t.relation} ${t.object.label}`))
      .toBe(`${c.s} ${c.r} ${hit?.object.label ?? c.o}`);
    if (c.m) expect(hit!.modality).toBe(c.m);
  });
});

describe('English extractor: noise that stays out', () => {
  const none: Array<[string, string, (t: Triple) => boolean]> = [
    ['no-comment boilerplate', 'Micron did not respond to a request for comment.', () => true],
    ['unmapped predicate makes no RELATED_TO edge', 'China will take necessary measures to safeguard its firms.', (t) => t.relation === 'RELATED_TO'],
    ['a place before the coordination is no subject', 'Samsung is building a plant in Austin, Texas, and SK Hynix plans a packaging plant in Indiana.', (t) => t.subject.label === 'Texas' || t.subject.label === 'Austin'],
    ['a lone figure is no object of an ordinary verb', 'China banned 5% of its exports.', (t) => /^\d+%$/.test(t.object.label)],
  ];
  it.each(none)('%s', (_name, sentence, bad) => {
    expect(one(sentence).filter(bad).map((t) => `${t.subject.id} ${t.relation} ${t.object.label}`)).toEqual([]);
  });
});

describe('isTitleCase', () => {
  it.each<[string, boolean]>([
    ['Japan Tightens Export Rules on Chip Tools', true],
    ['Dutch Expand Curbs as Tokyo Weighs Limits', true],
    ['Japan tightens export rules on chip tools', false],
    ['Samsung Electronics and SK Hynix said they were reviewing the measure.', false],
  ])('%s → %s', (text, want) => expect(isTitleCase(text)).toBe(want));
});
