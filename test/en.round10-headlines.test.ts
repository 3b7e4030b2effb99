// Round 10 (headlines and "face"): headline verbs compromise reads as nouns (a name's "sues to …", "braces for", a
// comma list's plural verb, "hits record"), a bare count of people as object, an open amount before its noun, a deal
// noun with a reduced relative, "sue to V X", "brace for", "drag one's feet on X" and "hit a record" as data.
// One composed sentence per construction.
import { describe, expect, it } from '@jest/globals';
import type { Triple } from '../src/types/index.js';
import { type TripleCase, expectCase } from './helpers/cases.js';
import { englishCases } from './helpers/extract.js';

const { one, headline } = englishCases();
const run = (c: TripleCase): Triple[] => (c.title ? headline(c.sentence) : one(c.sentence));

const cases: TripleCase[] = [
  { construction: 'headline: name + verb of people + bare count', title: true, sentence: 'Malaysia charges two in chip smuggling case as exports rise', s: 'malaysia', r: 'PROSECUTES', o: 'two' },
  { construction: 'bare count after a verb of people, body text', sentence: 'Prosecutors in Taiwan indicted four on Monday.', s: '~prosecutors', r: 'PROSECUTES', o: 'four' },
  { construction: 'headline: material + "hits record" (hits read as a plural noun)', title: true, sentence: 'Gallium hits record as Beijing tightens exports', s: '~gallium', r: 'REACHES', o: 'record' },
  { construction: 'quantity + "hit a record high"', sentence: 'Germanium prices hit a record high last week.', s: '~germanium', r: 'REACHES', o: '~record' },
  { construction: 'headline: unnamed plural subject + "brace for"', title: true, sentence: 'Japanese carmakers brace for hit as Beijing tightens magnet exports', s: '~carmakers', r: 'FACES', o: 'hit' },
  { construction: 'headline: name + "braces for" (read as a plural noun)', title: true, sentence: 'Micron braces for ban as Beijing widens probe', s: 'micron', r: 'FACES', o: '~ban' },
  { construction: '"drag one\'s feet on X" → delays X', sentence: 'Beijing has been dragging its feet on export licences for gallium.', s: 'china', r: 'DELAYS', o: '~licences' },
  { construction: 'headline: name + "sues to" + infinitive + object', title: true, sentence: 'Huawei sues to overturn US export ban', s: 'huawei', r: 'SUES', o: '~ban' },
  { construction: '"sued to block X": the suing, with the purpose\'s object', sentence: 'ByteDance sued on Tuesday to block the law.', s: 'bytedance', r: 'SUES', o: '~law', m: 'asserted' },
  { construction: 'headline: two names joined by a comma + base-form verb', title: true, sentence: 'Samsung, SK Hynix face hit from new US curbs', s: 'sk-hynix', r: 'FACES', o: 'hit' },
  { construction: 'headline: deal noun + reduced relative in -ing', title: true, sentence: 'Japan, Vietnam strike deal cutting tariffs on rice', s: 'vietnam', r: 'AGREES', o: '~deal' },
  { construction: 'headline: open amount ("or more") before its noun', title: true, sentence: 'Samsung could face $2 billion or more EU fine over chip sales', s: 'samsung-electronics', r: 'FACES', o: '~fine', m: 'possible' },
];

describe('English extractor: round 10 headlines and "face"', () => {
  it.each(cases)('$construction: $sentence', (c) => {
    const ts = run(c);
    expectCase(ts, c);
  });

  it('a name\'s plural noun before "to" + a verb with no object is no headline verb ("Nvidia shares to fall")', () => {
    const ts = headline('Nvidia shares to fall as curbs bite');
    expect(ts.filter((t) => t.subject.id === 'nvidia').map((t) => t.relation)).toEqual([]);
  });

  it('"hit" with no record or level keeps its own relation', () => {
    const ts = one('The new curbs hit Samsung hard.');
    expect(ts.map((t) => t.relation)).not.toContain('REACHES');
  });

  it('a bare count after a verb of no people stays an adjunct', () => {
    const ts = one('Nvidia added three to its product line on Monday.');
    expect(ts.filter((t) => t.object.label === 'three')).toEqual([]);
  });

  it('a purpose after a verb that is no means keeps the purpose\'s own relation ("moved to block X")', () => {
    const ts = one('Huawei moved to block the deal.');
    expect(ts.map((t) => t.relation)).not.toContain('SUES');
  });
});
