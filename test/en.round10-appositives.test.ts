// Round 10 (topic C): comma appositives (on by default now), copulas, inverted copulas and "include". One composed
// sentence per construction, plus negative cases where a rule could overfire.
import { describe, expect, it } from '@jest/globals';
import type { Triple } from '../src/types/index.js';
import { type TripleCase, expectCase, show } from './helpers/cases.js';
import { englishCases } from './helpers/extract.js';

const { one } = englishCases();
const run = (c: TripleCase): Triple[] => one(c.sentence);

const cases: TripleCase[] = [
  { construction: 'appositive: superlative after a place possessive', sentence: 'Toyota, the world\'s biggest seller of hybrid cars, delayed a plant in Texas.', s: 'toyota', r: 'IS_A', o: '~biggest seller' },
  { construction: 'appositive: compound role noun with a participle tail ("based in")', sentence: 'Harbor Robotics, a drone maker based in Ohio, said it had no suppliers in China.', s: '~harbor robotics', r: 'IS_A', o: '~drone maker' },
  { construction: 'appositive: a person\'s bare role after a post-posed speaker', sentence: '"Supplies are tight," said Anna Weber, managing director of Bremen-based Nordmetall Trading.', s: '~anna weber', r: 'IS_A', o: '~managing director' },
  { construction: 'appositive: indefinite description between two list members', sentence: 'Among the firms named were Lumeo Optics, a maker of thermal cameras, and Brightfield Systems, which sells radar parts.', s: '~lumeo optics', r: 'PRODUCES', o: '~thermal cameras' },
  { construction: 'copula: possessive superlative description', sentence: 'Toyota is Japan\'s most valuable listed company.', s: 'toyota', r: 'IS_A', o: '~most valuable listed company' },
  { construction: 'copula: description with a participle tail after a comma', sentence: 'Toyota is Japan\'s largest exporter of cars, driven largely by sales in North America.', s: 'toyota', r: 'IS_A', o: '~largest exporter' },
  { construction: 'copula: part of', sentence: 'The tariff was part of a wider package aimed at Chinese steel.', s: '~tariff', r: 'PART_OF', o: '~wider package' },
  { construction: 'inverted copula: "Among the N is X"', sentence: 'Among the grant recipients is Lumeo Optics, which makes thermal cameras.', s: '~lumeo optics', r: 'IS_A', o: '~grant recipients' },
  { construction: 'copula: "X is among the N"', sentence: 'Lumeo Optics is among the grant recipients.', s: '~lumeo optics', r: 'IS_A', o: '~grant recipients' },
  { construction: 'definite phrase listing named members ("include")', sentence: 'The approved bidders include Lumeo Optics and Brightfield Systems.', s: '~approved bidders', r: 'INCLUDES', o: '~lumeo optics' },
];

describe('English extractor: round 10 appositives, copulas and "include"', () => {
  it.each(cases)('$construction: $sentence', (c) => {
    expectCase(run(c), c);
  });

  it('a member\'s description inside a coordinated subject leaves the member a subject', () => {
    expectCase(one('Lumeo Optics, a maker of thermal cameras, and Brightfield Systems sued the Commerce Department.'),
      { construction: '', sentence: '', s: '~lumeo optics', r: 'SUES', o: '~commerce' });
  });

  it('a past participle after an article is an adjective, not a verb ("the approved bidders")', () => {
    const ts = one('The approved bidders include Lumeo Optics.');
    expect(ts.map((t) => t.relation)).not.toContain('APPROVES');
  });

  it('a bare class noun after a copula or in an inverted copula classifies nothing', () => {
    expect(show(one('Lumeo Optics is a company.'))).toEqual([]);
    expect(one('Among the firms named were Lumeo Optics and Brightfield Systems.').map((t) => t.relation)).not.toContain('IS_A');
  });

  it('a negated or hedged copula is no classification', () => {
    expect(one('Lumeo Optics is not a defense contractor.').map((t) => t.relation)).not.toContain('IS_A');
    expect(one('Lumeo Optics may be the biggest winner of the program.').map((t) => t.relation)).not.toContain('IS_A');
  });

  it('a quantity or a date after a copula is no class', () => {
    expect(one('Lumeo Optics\' revenue was $40 million last year.').map((t) => t.relation)).not.toContain('IS_A');
    expect(one('The deadline for Lumeo Optics is March 1.').map((t) => t.relation)).not.toContain('IS_A');
  });

  it('a list whose middle member is named is no appositive ("A, the B, and C")', () => {
    const ts = one('Toyota, the Honda Motor, and Nissan cut output.');
    expect(ts.map((t) => t.relation)).not.toContain('IS_A');
  });

  it('"other N include" only goes on with a list: no triple for the unnamed phrase', () => {
    expect(one('Other affected bidders include Lumeo Optics and Brightfield Systems.').map((t) => t.relation)).not.toContain('INCLUDES');
  });

  it('an unnamed phrase listing unnamed parts gives no INCLUDES', () => {
    expect(one('The new rules include a ban on exports of lithography tools.').map((t) => t.relation)).not.toContain('INCLUDES');
  });
});
