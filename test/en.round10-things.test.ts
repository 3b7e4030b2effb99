// Round 10 (things as subjects): unnamed instruments and facilities of thingHeads acting with a mapped relation
// (thingSubjects 'listed', the default), a definite class noun for a material named earlier, goods as patients of an
// agentless passive with an unnamed place, a reduced relative after an opening adverbial. One composed sentence per
// construction, and cases where the admission must not fire (vague things, events, a subject lent by a relative clause).
import { describe, expect, it } from '@jest/globals';
import type { Triple } from '../src/types/index.js';
import { type TripleCase, expectCase } from './helpers/cases.js';
import { englishCases, extractLines } from './helpers/extract.js';

const { one, linker, extractor } = englishCases();
const run = (c: TripleCase): Triple[] => (c.context
  ? extractLines(extractor, linker, 'en', [...c.context, c.sentence], { prefix: 'Headline placeholder.\n' }).at(-1)!
  : one(c.sentence));

const cases: TripleCase[] = [
  { construction: 'instrument + mapped relation', sentence: 'The incentive scheme funds new battery plants.', s: '~incentive scheme', r: 'FUNDS', o: '~battery plants' },
  { construction: 'instrument in a relative clause on an object', sentence: 'The companies were placed on a trade blacklist that bars American firms from supplying the military.', s: '~trade blacklist', r: 'BANS', o: '~military' },
  { construction: 'facility + mapped relation', sentence: 'The smelter produces most of the country\'s refined cobalt.', s: '~smelter', r: 'PRODUCES', o: '~cobalt' },
  { construction: 'venture + mapped relation', sentence: 'The venture obtained an operating licence from regulators.', s: '~venture', r: 'OBTAINS', o: '~licence' },
  { construction: 'negated instrument', sentence: 'The settlement does not bar the company from selling to Chinese buyers.', s: '~settlement', r: 'BANS', o: '~company', m: 'negated' },
  { construction: 'definite class noun for a material named earlier', context: ['China curbed exports of germanium in 2023.'], sentence: 'The metal is used in fibre-optic cables.', s: 'germanium', r: 'USED_IN', o: '~optic cables' },
  { construction: 'goods in an agentless passive relative, unnamed place', sentence: 'The magnets, which are used in wind turbines, are made mostly in China.', s: '~magnets', r: 'USED_IN', o: '~wind turbines' },
  { construction: 'reduced relative on the first phrase after an opening adverbial', sentence: 'Since 2021, Brazilian rules known as Decree 88 have required licences for lithium exports.', s: '~rules', r: 'REQUIRES', o: '~licences' },
];

describe('English extractor: round 10 things as subjects', () => {
  it.each(cases)('$construction: $sentence', (c) => {
    expectCase(run(c), c);
  });

  it('a vague thing is no subject ("the system")', () => {
    expect(one('The system could hurt American companies, analysts said.').map((t) => t.subject.label)).not.toContain('system');
  });

  it('an event noun is no subject ("the move")', () => {
    expect(one('The move could force Korean firms to leave China.').map((t) => t.subject.label)).not.toContain('move');
  });

  it('a relative clause on an object does not lend a listed thing its act ("the venture seeks to block a law that would force …")', () => {
    const ts = one('The venture is seeking to block a federal law that would force ByteDance to sell TikTok.');
    expect(ts.filter((t) => /venture/.test(t.subject.label)).map((t) => t.relation)).toEqual(['BANS']);
  });

  it('vague goods give no passive edge ("the products are sold in stores")', () => {
    expect(one('The products are sold in stores.').map((t) => t.relation)).not.toContain('SOLD_IN');
  });

  it('a bare group in a controlled clause is still no subject ("require exporters to obtain licences")', () => {
    expect(one('The rules require exporters to obtain licences.').map((t) => t.subject.label)).not.toContain('exporters');
  });
});
