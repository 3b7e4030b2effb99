// Round 12 (recall on unseen copy): predicates any thing may be the subject of — schedule, state and origin (takes
// effect, remains in place, comes from, focuses on, falls short of, begins operations) — with the time a schedule
// names as its object; and the parses such sentences need (a rate before its head's complement, a source's own
// participle after "according to", a reduced relative after an approximator, a bare past form taking no object).
// One composed sentence per construction.
import { describe, expect, it } from '@jest/globals';
import type { Triple } from '../src/types/index.js';
import { type TripleCase, expectCase } from './helpers/cases.js';
import { englishCases } from './helpers/extract.js';

const { one } = englishCases();
const run = (c: TripleCase): Triple[] => one(c.sentence);

const cases: TripleCase[] = [
  { construction: 'decision takes effect + "in" time', sentence: 'The cancellation, which was announced on Monday, will take effect in 90 days.', s: '~cancellation', r: 'TAKES_EFFECT', o: '~90', m: 'planned' },
  { construction: 'measure takes effect + "for" noun and year', sentence: 'The software curbs will take effect for model year 2028.', s: '~software curbs', r: 'TAKES_EFFECT', o: '~2028' },
  { construction: 'measure in a relative clause takes effect (not its issuer)', sentence: 'Under the licensing rules, which took effect on June 1, exporters need permits.', s: '~licensing rules', r: 'TAKES_EFFECT', o: '~June 1' },
  { construction: 'rate before its head\'s complement + remains in place', sentence: 'Duties of 25% on Canadian lumber imposed in 2018 remain in place.', s: '~duties of 25% on Canadian lumber', r: 'REMAINS', o: 'place' },
  { construction: 'share of a thing comes from a country (reduced relative after an approximator)', sentence: 'About 70% of the cobalt ingots refined in Finland come from Congo.', s: '~cobalt ingots', r: 'COMES_FROM', o: 'Congo' },
  { construction: 'comes from, source with its own participle after "according to"', sentence: 'Most of the tin comes from Indonesia, according to a trade survey released in March.', s: '~tin', r: 'COMES_FROM', o: 'Indonesia', m: 'reported' },
  { construction: 'inquiry focuses on', sentence: 'The review, opened in May, focused on mature-node wafers.', s: '~review', r: 'FOCUSES_ON', o: '~wafers' },
  { construction: 'amount falls short of a target', sentence: 'The shipments fall well short of the 3 million tonnes promised.', s: '~shipments', r: 'FALLS_SHORT_OF', o: '~3 million tonnes' },
  { construction: 'facility begins operations + time', sentence: 'The refinery, which is scheduled to begin operations in 2031, will process nickel ore.', s: '~refinery', r: 'STARTS_OPERATIONS', o: '2031', m: 'planned' },
  { construction: 'facility processes a material', sentence: 'The smelter will process copper concentrates from Chile.', s: '~smelter', r: 'PROCESSES', o: '~copper' },
  { construction: 'bare past form taking no object is a participle, not the main verb', sentence: 'Japanese makers accounted for about 40% of robots sold in Europe last year.', s: '~Japanese makers', r: 'ACCOUNTS_FOR', o: '~40%' },
];

describe('English extractor: round 12 things as subjects', () => {
  it.each(cases)('$construction: $sentence', (c) => {
    expectCase(run(c), c);
  });

  it('a schedule with no time gives no triple ("took effect immediately")', () => {
    expect(one('The export ban took effect immediately.').map((t) => t.relation)).not.toContain('TAKES_EFFECT');
  });

  it('a pronoun takes no schedule ("it will take effect next year")', () => {
    expect(one('It will take effect next year.').map((t) => t.relation)).not.toContain('TAKES_EFFECT');
  });

  it('a measure standing for its issuer does not hand the issuer its schedule', () => {
    const ts = one("Japan's new export controls take effect in July.");
    expect(ts.filter((t) => t.relation === 'TAKES_EFFECT').map((t) => t.subject.label)).not.toContain('Japan');
  });

  it('"begin production of X" stays the production of X', () => {
    const ts = one('Samsung will begin production of HBM chips in 2026.');
    expect(ts.map((t) => t.relation)).toContain('PRODUCES');
    expect(ts.map((t) => t.relation)).not.toContain('STARTS_OPERATIONS');
  });

  it('a participle before a verb with an object stays a reduced relative ("firms added to the list sold …")', () => {
    const ts = one('Firms added to the list last year sold chips to Huawei.');
    expect(ts.some((t) => t.relation === 'SELLS' && t.subject.label.toLowerCase().includes('firms'))).toBe(true);
  });
});
