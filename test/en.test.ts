import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EntityLinker } from '../src/entities/index.js';
import { DataFileError, OptionsError } from '../src/errors.js';
import { createEnglishExtractor, DEFAULT_EN_OPTIONS } from '../src/lang/en/index.js';
import { RelationMap } from '../src/relations/index.js';
import type { Modality, NewsDocument, Triple } from '../src/types/index.js';
import { PROJECT_ROOT } from '../src/util/paths.js';
import { extractLines } from './helpers/extract.js';

const linker = EntityLinker.load();
const relations = RelationMap.load();
const extractor = createEnglishExtractor({ linker, relations });
/** With the optional triple kinds on (appositive IS_A, negated acts, requested acts): what those capabilities emit. */
const full = createEnglishExtractor({ linker, relations, appositives: true, negatedTriples: true, requestedActs: true });

/** Sentences of one document, each extracted in order with shared document state; the sentence sits mid-document. */
const run = (...lines: string[]): Triple[][] => extractLines(extractor, linker, 'en', lines, { prefix: 'Headline placeholder.\n', firstIndex: 0 });
const one = (line: string) => run(line)[0]!;
const oneFull = (line: string) => extractLines(full, linker, 'en', [line], { prefix: 'Headline placeholder.\n', firstIndex: 0 })[0]!;

interface Case {
  construction: string;
  sentence: string;
  s: string;
  r: string;
  /** Object id, or a substring of its label when prefixed with '~'. */
  o: string;
  m: Modality;
  attribution?: string;
  /** Needs the optional triple kinds (see `full`). */
  full?: boolean;
}

const find = (ts: Triple[], c: Pick<Case, 's' | 'r' | 'o'>) => ts.find((t) => t.subject.id === c.s && t.relation === c.r &&
  (c.o.startsWith('~') ? t.object.label.toLowerCase().includes(c.o.slice(1).toLowerCase()) : t.object.id === c.o));

const cases: Case[] = [
  { construction: 'active voice, simple past', sentence: 'China banned purchases of Micron products.', s: 'china', r: 'BANS', o: 'micron', m: 'asserted' },
  { construction: 'passive voice with by-agent', sentence: 'Micron products were banned by China last month.', s: 'china', r: 'BANS', o: '~micron products', m: 'asserted' },
  { construction: 'temporal phrase between subject and verb', sentence: 'Beijing last month barred operators from buying memory chips.', s: 'china', r: 'BANS', o: 'semiconductors', m: 'asserted' },
  { construction: 'phrasal verb (particle)', sentence: 'The Netherlands cut off shipments of lithography machines to China.', s: 'netherlands', r: 'CUTS_OFF', o: '~shipments of lithography machines', m: 'asserted' },
  { construction: 'phrasal verb from the relation map', sentence: 'Regulators in Washington said the Commerce Department would crack down on chip smugglers.', s: 'us-department-of-commerce', r: 'RESTRICTS', o: '~chip smugglers', m: 'planned' },
  { construction: 'coordinated subjects (first)', sentence: 'Amazon and Microsoft must obtain licenses.', s: 'amazon', r: 'OBTAINS', o: 'licenses', m: 'asserted' },
  { construction: 'coordinated subjects (second)', sentence: 'Amazon and Microsoft must obtain licenses.', s: 'microsoft', r: 'OBTAINS', o: 'licenses', m: 'asserted' },
  { construction: 'coordinated objects after of', sentence: 'Beijing will restrict exports of gallium and germanium.', s: 'china', r: 'RESTRICTS', o: 'germanium', m: 'planned' },
  { construction: 'relative clause on a phrase acts for the main subject', sentence: 'The United States imposed sanctions that restrict Chinese access to advanced chips.', s: 'united-states', r: 'RESTRICTS', o: '~chinese access to advanced chips', m: 'asserted' },
  { construction: 'relative clause on a name', sentence: 'Lawmakers want to punish Chinese firms that evade export controls.', s: 'chinese-companies', r: 'EVADES', o: 'export-controls', m: 'asserted' },
  { construction: 'infinitival complement: preparing to', sentence: 'The Commerce Department is preparing to restrict Chinese access to cloud computing.', s: 'us-department-of-commerce', r: 'RESTRICTS', o: 'cloud-computing', m: 'planned' },
  { construction: 'infinitival complement: decided to', sentence: 'Japan decided to control exports of chipmaking equipment.', s: 'japan', r: 'RESTRICTS', o: '~exports of chipmaking equipment', m: 'planned' },
  { construction: 'gerund complement: considering', sentence: 'Washington is considering restricting sales of AI chips.', s: 'united-states', r: 'RESTRICTS', o: '~sales of ai chips', m: 'considered' },
  { construction: 'modal could', sentence: 'China could retaliate against Japan.', s: 'china', r: 'RETALIATES_AGAINST', o: 'japan', m: 'possible' },
  { construction: 'modal will', sentence: 'Nvidia will develop a new chip for China.', s: 'nvidia', r: 'DEVELOPS', o: 'semiconductors', m: 'planned' },
  { construction: 'set to', sentence: 'The Netherlands is set to expand its export controls.', s: 'netherlands', r: 'EXPANDS', o: '~export controls', m: 'planned' },
  { construction: 'negation: did not', sentence: 'Nvidia did not sell its H100 chips to Huawei.', s: 'nvidia', r: 'SELLS', o: "~nvidia's h100 chips", m: 'negated', full: true },
  { construction: 'negation: refused to', sentence: 'TSMC refused to supply Huawei.', s: 'tsmc', r: 'SELLS', o: 'huawei', m: 'negated', full: true },
  { construction: 'attribution: according to X', sentence: 'The Commerce Department plans to restrict sales of AI chips to China, according to Reuters.', s: 'us-department-of-commerce', r: 'RESTRICTS', o: '~sales of ai chips', m: 'planned', attribution: 'reuters' },
  { construction: 'attribution: …, X reported', sentence: 'China banned the export of rare earth processing technology, the Wall Street Journal reported.', s: 'china', r: 'BANS', o: '~rare earth', m: 'reported', attribution: 'the-wall-street-journal' },
  { construction: 'attribution: X said (that) …', sentence: 'Gina Raimondo said that the United States had blacklisted SMIC.', s: 'united-states', r: 'BLACKLISTS', o: 'smic', m: 'reported', attribution: 'gina-raimondo' },
  { construction: 'attribution with pronoun subject: X said it would …', sentence: 'Micron said it would cut off supplies to Chinese customers.', s: 'micron', r: 'CUTS_OFF', o: '~supplies', m: 'planned', attribution: 'micron' },
  { construction: 'appositive gives IS_A', sentence: 'Micron, a memory chipmaker, expanded production in Japan.', s: 'micron', r: 'IS_A', o: '~memory chipmaker', m: 'asserted', full: true },
  { construction: 'appositive between subject and verb', sentence: 'ASML, the Dutch maker of lithography machines, needs licenses.', s: 'asml', r: 'NEEDS', o: 'licenses', m: 'asserted' },
  { construction: 'parenthetical relative clause between subject and verb', sentence: 'Huawei, which was added to the entity list in 2019, has developed its own processors.', s: 'huawei', r: 'DEVELOPS', o: '~processors', m: 'asserted' },
  { construction: 'object control: urged X to', sentence: 'Lawmakers urged the Commerce Department to blacklist YMTC.', s: 'us-department-of-commerce', r: 'BLACKLISTS', o: 'ymtc', m: 'possible', full: true },
  { construction: 'headline infinitive', sentence: 'China to restrict exports of gallium', s: 'china', r: 'RESTRICTS', o: 'gallium', m: 'planned' },
  { construction: 'headline present tense', sentence: 'China bans Micron chips in key infrastructure', s: 'china', r: 'BANS', o: '~micron chips', m: 'asserted' },
  { construction: 'noun compound after an acronym: U.S. export restrictions', sentence: 'Chinese companies evaded U.S. export restrictions.', s: 'chinese-companies', r: 'EVADES', o: '~export restrictions', m: 'asserted' },
  { construction: 'metonymy: officials of a country', sentence: 'Dutch officials blocked the sale.', s: 'netherlands', r: 'BANS', o: 'sale', m: 'asserted' },
  { construction: 'quantity phrase resolves to what follows of', sentence: 'The Commerce Department added dozens of Chinese companies to its entity list.', s: 'us-department-of-commerce', r: 'BLACKLISTS', o: 'chinese-companies', m: 'asserted' },
  { construction: 'action noun: its complement names the object', sentence: 'Beijing banned sales of Micron memory chips.', s: 'china', r: 'BANS', o: 'micron', m: 'asserted' },
  { construction: 'action noun: a name in the compound before it', sentence: 'China banned Micron product purchases.', s: 'china', r: 'BANS', o: 'micron', m: 'asserted' },
  { construction: 'action noun: a possessor', sentence: "The Netherlands restricted ASML's exports to China.", s: 'netherlands', r: 'RESTRICTS', o: 'asml', m: 'asserted' },
  { construction: 'action noun: a destination is not its object', sentence: 'Japan restricted exports to China.', s: 'japan', r: 'RESTRICTS', o: 'exports-to-china', m: 'asserted' },
  { construction: 'action noun: a country modifying the complement is origin, not object', sentence: "Washington will restrict Chinese companies' access to U.S. cloud computing services.", s: 'united-states', r: 'RESTRICTS', o: '~access to u.s. cloud computing services', m: 'planned' },
  { construction: 'evaluative adjective before a known name', sentence: 'The Commerce Department announced sweeping new export controls.', s: 'us-department-of-commerce', r: 'ANNOUNCES', o: 'export-controls', m: 'asserted' },
  { construction: 'evaluative adjective before a phrase stays', sentence: 'The Commerce Department announced new licensing rules.', s: 'us-department-of-commerce', r: 'ANNOUNCES', o: '~new licensing rules', m: 'asserted' },
  { construction: 'verb coordinated with the speech verb by tense (said A had … and banned B)', sentence: 'The Commerce Department said that Huawei had violated the rules and blacklisted SMIC.', s: 'us-department-of-commerce', r: 'BLACKLISTS', o: 'smic', m: 'asserted' },
  { construction: 'speech verb used transitively after and (added X to …) is no attribution', sentence: 'The Commerce Department tightened the rules and added SMIC to the entity list.', s: 'us-department-of-commerce', r: 'BLACKLISTS', o: 'smic', m: 'asserted' },
  { construction: 'percentage of a thing after an approximator', sentence: "China supplies nearly 80% of the world's rare earths.", s: 'china', r: 'SELLS', o: 'rare-earths', m: 'asserted' },
  { construction: 'agreed to: planned', sentence: 'Japan agreed to restrict exports of gallium.', s: 'japan', r: 'RESTRICTS', o: 'gallium', m: 'planned' },
];

describe('English extractor: one construction per sentence', () => {
  it.each(cases)('$construction', (c) => {
    const ts = c.full ? oneFull(c.sentence) : one(c.sentence);
    const t = find(ts, c);
    expect({ found: !!t, all: ts.map((x) => `${x.subject.id} ${x.relation} ${x.object.id}`) }).toMatchObject({ found: true });
    expect(t!.modality).toBe(c.m);
    expect(t!.attribution?.id).toBe(c.attribution);
  });
});

describe('English extractor: what it must not emit', () => {
  it.each([
    ['a passive without an agent', 'Huawei was added to the entity list in 2019.'],
    ['a sentence without an actor', 'Prices fell 2% in extended trading.'],
    ['a phrase as subject that is neither a measure nor a group of actors', 'Higher prices restrict sales of AI chips.'],
    ['an -s noun read as a verb before a past-tense verb (prices rose)', 'Gallium prices rose sharply in July.'],
  ])('nothing for %s', (_what, sentence) => {
    expect(one(sentence)).toEqual([]);
  });

  it('never emits a negated claim as asserted', () => {
    const ts = one('Washington has never sanctioned TSMC.');
    expect(ts.filter((t) => t.object.id === 'tsmc').map((t) => t.modality)).toEqual(['negated']);
  });

  it('does not read "last month" as a verb', () => {
    const ts = one('China banned Micron chips last month.');
    expect(ts.map((t) => t.relation)).toEqual(['BANS']);
    expect(ts[0]!.object.label).toBe('Micron chips');
  });
});

describe('English extractor: ids, spans and document state', () => {
  it('resolves "the U.S." to the shared country id', () => {
    const [t] = one('The U.S. blacklisted Huawei.');
    expect(t!.subject.id).toBe('united-states');
    expect(t!.object.id).toBe('huawei');
  });

  it('emits document offsets for subject, object and predicate spans', () => {
    const [ts] = run('Beijing banned purchases of Micron products.');
    const t = ts![0]!;
    const text = 'Headline placeholder.\nBeijing banned purchases of Micron products.';
    expect(text.slice(t.subject.span!.start, t.subject.span!.end)).toBe('Beijing');
    expect(text.slice(t.evidence.predicateSpan!.start, t.evidence.predicateSpan!.end)).toBe('banned');
    // the object is the action's object, Micron: its span is the name, which becomes a node alias
    expect(text.slice(t.object.span!.start, t.object.span!.end)).toBe('Micron');
    expect(t.evidence.start).toBe('Headline placeholder.\n'.length);
  });

  it('resolves "it" in a later sentence to the previous subject', () => {
    const [, second] = run('Nvidia designed the H20 for China.', 'It will sell the chip to Chinese customers.');
    expect(second!.map((t) => `${t.subject.id} ${t.relation}`)).toContain('nvidia SELLS');
  });

  it('discovers proper names the gazetteer lacks and reports them as mentions', () => {
    const text = 'Hua Hong Semiconductor shipped chips to Huawei.';
    const doc: NewsDocument = { id: 'd2', path: 'd2', text, removed: [], meta: { lang: 'en', encoding: 'UTF-8', format: 'txt', hash: 'd2', bytes: 0 } };
    const r = extractor.extract({ id: 'd2:0', docId: 'd2', index: 0, start: 0, end: text.length, text, lang: 'en' }, doc, linker.forDocument());
    expect(r.mentions.map((m) => m.id)).toEqual(expect.arrayContaining(['hua-hong-semiconductor', 'huawei']));
    expect(r.triples.map((t) => `${t.subject.id} ${t.relation}`)).toContain('hua-hong-semiconductor SHIPS');
  });

  it('gives the same triple id on every run', () => {
    expect(one('China banned purchases of Micron products.')[0]!.id).toBe(one('China banned purchases of Micron products.')[0]!.id);
  });
});

describe('English extractor: options and data files', () => {
  it('rejects an unknown option', () => {
    expect(() => createEnglishExtractor({ linker, relations, bogus: 1 } as never)).toThrow(OptionsError);
  });

  it('reports a missing data file as a DataFileError', () => {
    expect(() => createEnglishExtractor({ linker, relations, clausesFile: '/nonexistent/clauses.yaml' })).toThrow(DataFileError);
  });

  it('emits appositive IS_A triples by default, and leaves them out when asked', () => {
    const on = createEnglishExtractor({ linker, relations });
    const ex = createEnglishExtractor({ linker, relations, appositives: false });
    const text = 'Micron, a memory chipmaker, expanded production in Japan.';
    const doc: NewsDocument = { id: 'd3', path: 'd3', text, removed: [], meta: { lang: 'en', encoding: 'UTF-8', format: 'txt', hash: 'd3', bytes: 0 } };
    const r = ex.extract({ id: 'd3:0', docId: 'd3', index: 0, start: 0, end: text.length, text, lang: 'en' }, doc, linker.forDocument());
    expect(r.triples.map((t) => t.relation)).not.toContain('IS_A');
    expect(DEFAULT_EN_OPTIONS.appositives).toBe(true);
    const r2 = on.extract({ id: 'd3:0', docId: 'd3', index: 0, start: 0, end: text.length, text, lang: 'en' }, doc, linker.forDocument());
    expect(r2.triples.map((t) => t.relation)).toContain('IS_A');
  });
});

describe('English extractor: cross-lingual pairs (English side)', () => {
  const pairs = readFileSync(path.join(PROJECT_ROOT, 'test', 'fixtures', 'en', 'pairs.jsonl'), 'utf8')
    .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { en: string; ko: string; s: string; r: string; o: string });
  it.each(pairs)('$en', (p) => {
    const ts = one(p.en);
    expect(ts.map((t) => `${t.subject.id} ${t.relation} ${t.object.id}`)).toContain(`${p.s} ${p.r} ${p.o}`);
  });
});
