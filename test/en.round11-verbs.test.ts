// Round 11 (named subjects whose verb or object construction was missed): a verb of ceasing before a gerund, an aspect
// verb whose action noun names no patient, a short form set off with "or" before the verb, claiming X as one's own, a
// revoked permit's holders, and coordinated items inside a light verb's complement. One composed sentence per construction.
import { describe, expect, it } from '@jest/globals';
import type { Triple } from '../src/types/index.js';
import { type TripleCase, expectCase } from './helpers/cases.js';
import { englishCases } from './helpers/extract.js';

const { one, headline } = englishCases();
const run = (c: TripleCase): Triple[] => (c.title ? headline(c.sentence) : one(c.sentence));

const cases: TripleCase[] = [
  { construction: 'stop + gerund: the stopping, with the gerund\'s object', sentence: 'Kioxia stopped selling flash memory to Chinese phone makers last year.', s: '~kioxia', r: 'STOPS', o: '~flash memory', m: 'asserted' },
  { construction: 'modal + cease + gerund', sentence: 'Panasonic will cease producing batteries in Osaka.', s: '~panasonic', r: 'CEASES', o: '~batteries', m: 'planned' },
  { construction: 'halt + gerund (its own relation)', sentence: 'Toyota halted exporting hybrid cars to Russia.', s: '~toyota', r: 'SUSPENDS', o: '~hybrid cars' },
  { construction: 'control verb + aspect verb + action noun with no patient, and its place', sentence: 'Rapidus is preparing to start production at its Hokkaido plant.', s: '~rapidus', r: 'STARTS', o: '~production at its Hokkaido plant', m: 'planned' },
  { construction: 'aspect verb + bare action noun', sentence: 'Boeing resumed production on Monday.', s: '~boeing', r: 'RESUMES', o: 'production' },
  { construction: 'short form set off with "or" before the verb', sentence: 'The Export Finance and Insurance Corporation, or EFIC, has invested in a graphite mine in Tanzania.', s: '~efic', r: 'INVESTS_IN', o: '~graphite mine' },
  { construction: 'claim X as its own', sentence: 'Beijing claims the disputed reef as part of its territory.', s: 'china', r: 'CLAIMS', o: '~disputed reef' },
  { construction: 'claim sovereignty over X', sentence: 'Vietnam claims sovereignty over the Paracel Islands.', s: '~vietnam', r: 'CLAIMS', o: '~paracel' },
  { construction: 'revoking a permit that allowed named holders: the holders too', sentence: 'Washington revoked the licences that allowed Intel and Qualcomm to sell chips to Huawei.', s: 'united-states', r: 'REVOKES', o: '~qualcomm' },
  { construction: 'light verb + noun + complement whose own complement is coordinated', sentence: 'Brussels opened an anti-subsidy investigation into imports of Chinese wind turbines, solar panels and electric buses.', s: '~european union', r: 'INVESTIGATES', o: '~imports of solar panels' },
];

describe('English extractor: round 11 verb constructions', () => {
  it.each(cases)('$construction: $sentence', (c) => {
    const ts = run(c);
    expectCase(ts, c);
  });

  it('a directive\'s "stop buying" stays the order\'s content (the giver bars the goods), not a stopping', () => {
    const ts = one('Beijing told operators to stop buying Micron products.');
    expect(ts.map((t) => t.relation)).not.toContain('STOPS');
    expect(ts.some((t) => t.subject.id === 'china' && t.relation === 'BANS')).toBe(true);
  });

  it('a negated stopping keeps the negation', () => {
    const ts = one('Kioxia did not stop selling flash memory to Chinese phone makers.');
    expect(ts.filter((t) => t.relation === 'STOPS').map((t) => t.modality)).toEqual(['negated']);
  });

  it('an action noun with its "of" patient keeps the noun\'s act ("resumed shipments of X" ships X)', () => {
    const ts = one('Nexperia resumed shipments of chips to European carmakers.');
    expect(ts.map((t) => t.relation)).not.toContain('RESUMES');
  });

  it('"or" + a capitalised short form after a common noun phrase is no name', () => {
    const ts = one('Tariffs on chips, or TOC, would hurt Samsung.');
    expect(ts.filter((t) => t.subject.label === 'TOC')).toEqual([]);
  });

  it('claiming a statement is no CLAIMS', () => {
    const ts = one('Huawei claimed its new processor was as fast as Nvidia\'s.');
    expect(ts.map((t) => t.relation)).not.toContain('CLAIMS');
  });

  it('a later coordinated complement is written as its own words (its span runs through no other item)', () => {
    const ts = one('Brussels opened an anti-subsidy investigation into imports of Chinese wind turbines, solar panels and electric buses.');
    expect(ts.find((t) => t.object.label === 'imports of solar panels')?.object.span?.text).toBe('solar panels');
  });

  it('a common gazetteer noun under a description keeps its node and the words as written (server chips)', () => {
    const ts = one('Kioxia stopped selling server chips to Chinese phone makers.');
    const t = ts.find((x) => x.relation === 'STOPS');
    expect([t?.object.id, t?.object.span?.text]).toEqual(['semiconductors', 'server chips']);
  });

  it('a revoked permit\'s unnamed holders are no objects', () => {
    const ts = one('Washington revoked the licences that allowed companies to sell chips to Huawei.');
    expect(ts.filter((t) => t.relation === 'REVOKES').map((t) => t.object.label)).toEqual(['licences']);
  });
});
