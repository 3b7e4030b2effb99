// Round 7 (recall on unseen copy): a prepositional phrase set off by commas between a subject and its verb
// ("X, by contrast, sells …", "X, for its part, …"), "arms" as a noun modifier. One composed sentence per construction.
import { describe, expect, it } from '@jest/globals';
import type { Triple } from '../src/types/index.js';
import { type TripleCase, expectCase } from './helpers/cases.js';
import { englishCases } from './helpers/extract.js';

const { one } = englishCases();

const cases: TripleCase[] = [
  { construction: '"for its part" between subject and verb', sentence: 'Kioxia, for its part, sells NAND chips to Apple.', s: 'kioxia', r: 'SELLS', o: 'Apple' },
  { construction: '"in contrast" between subject and verb', sentence: 'The Dutch government, in contrast, approved the licences.', s: 'netherlands', r: 'APPROVES', o: '~licences' },
  { construction: '"by contrast" ("contrast" is no verb) between subject and verb', sentence: 'Rapidus, by contrast, buys lithography tools from ASML.', s: 'rapidus', r: 'BUYS', o: '~lithography tools' },
  { construction: '"arms" before "sales" is a noun, not a second clause', sentence: 'Japan added five Chinese firms to its export blacklist over Russia arms sales.', s: 'japan', r: 'BLACKLISTS', o: '~Chinese firms' },
  { construction: '"in a statement" between subject and verb', sentence: 'Kioxia, in a statement, blamed Washington for the shortage.', s: 'kioxia', r: 'ACCUSES', o: 'United States' },
];

describe('English extractor: round 7 constructions', () => {
  it.each(cases)('$construction: $sentence', (c) => {
    const ts = one(c.sentence);
    expectCase(ts, c);
  });

  it('"arms sales" makes no ARMS triple', () => {
    expect(one('Japan added five Chinese firms to its export blacklist over Russia arms sales.').map((t) => t.relation)).not.toContain('ARMS');
  });

});
