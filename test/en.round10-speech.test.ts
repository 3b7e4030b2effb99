// Round 10, topic A (reported speech and stance): a speaker's own act in what it says ("X said it …"), denials of its
// own acts and status, stance participles, an acronym named by the noun before it as the speaker, "they" for unnamed
// speakers. One composed sentence per construction.
import { describe, expect, it } from '@jest/globals';
import type { Triple } from '../src/types/index.js';
import { type TripleCase, expectCase, show } from './helpers/cases.js';
import { englishCases, extractLines } from './helpers/extract.js';

const { one, extractor, linker } = englishCases();
const run = (c: TripleCase): Triple[] =>
  (c.context ? extractLines(extractor, linker, 'en', [...c.context, c.sentence], { prefix: 'Headline placeholder.\n' }).at(-1)! : one(c.sentence));

const cases: TripleCase[] = [
  { construction: 'speaker + "it" + verb of no mapped relation', sentence: 'Foxconn said it was relocating some assembly lines to Vietnam.', s: '~foxconn', r: 'RELOCATES', o: '~assembly lines', m: 'reported' },
  { construction: 'speaker + adjunct + "that it" + unmapped verb', sentence: "Malaysia's trade ministry said on Monday that it is drafting new licensing rules.", s: 'malaysia', r: 'DRAFTS', o: '~licensing rules' },
  { construction: 'own act of a body named earlier ("the ministry said it …")', context: ["China's commerce ministry issued new guidance on Friday."], sentence: 'The ministry said it had redrafted the guidance.', s: 'china-ministry-of-commerce', r: 'REDRAFTS', o: '~guidance' },
  { construction: 'contact relative on a description: "…, a charge the company has denied"', sentence: 'Prosecutors accused Hikvision of supplying the army, a charge the company has denied.', s: '~hikvision', r: 'REJECTS', o: '~charge' },
  { construction: 'own status denied in a long quote after "be"', sentence: 'Xiaomi said it was "not a military company or a supplier to the military".', s: '~xiaomi', r: 'REJECTS', o: '~military company' },
  { construction: 'own act denied with "never", in a second "and that" clause', sentence: 'Hikvision said the listing was unfounded and that it had never engaged in any military business.', s: '~hikvision', r: 'REJECTS', o: '~military business' },
  { construction: 'own involvement denied (denialPredicates, agentless passive)', sentence: 'Lenovo said it was not involved in the scheme.', s: '~lenovo', r: 'REJECTS', o: '~scheme' },
  { construction: 'stance participle in a scare quote ("dissatisfied" with)', sentence: 'The Japanese government said it was "deeply dissatisfied" with the ruling.', s: 'japan', r: 'REJECTS', o: '~ruling' },
  { construction: 'stance participle of approval (pleased with)', sentence: 'SEMI said it was pleased with the agreement.', s: '~semi', r: 'WELCOMES', o: '~agreement' },
  { construction: 'acronym after a descriptive noun, relative clause with "such as" members, then "said it"', sentence: 'Trade group AAFA, which represents retailers such as Walmart and Target, said it opposed the tariffs.', s: '~aafa', r: 'REJECTS', o: '~tariffs' },
  { construction: 'the same speaker\'s relative clause with "such as" members', sentence: 'Trade group AAFA, which represents retailers such as Walmart and Target, said it opposed the tariffs.', s: '~aafa', r: 'REPRESENTS', o: 'Walmart' },
  { construction: 'unnamed plural speakers + "they"', sentence: "Lawmakers said they would investigate Lenovo's sales to Iran.", s: '~lawmakers', r: 'INVESTIGATES', o: '~lenovo', m: 'planned' },
];

describe('English extractor: round 10 reported speech and stance', () => {
  it.each(cases)('$construction: $sentence', (c) => {
    expectCase(run(c), c);
  });

  it('a pronoun in a relative clause inside the statement keeps its doubt ("decisions that it deems harmful")', () => {
    const ts = one('The German economy ministry said it had invoked an emergency law that lets it block deals that it deems harmful.');
    expect(show(ts).join('\n')).not.toMatch(/DEEMS/);
  });

  it('a negated expectation, a negated adjective and a refusal to come are no denials', () => {
    for (const s of ['Lenovo said it did not expect the rules to have a material impact.', 'Lenovo said it was not aware of the investigation.',
      'Lenovo said it would not sell servers to Iran.']) {
      expect(one(s).map((t) => t.relation)).not.toContain('REJECTS');
    }
  });

  it('"they" after a group with named members is the members, not the group', () => {
    const ts = one('Carmakers, including Toyota and Honda, said they were reviewing the rules.');
    expect(ts.some((t) => t.subject.label.toLowerCase().includes('carmakers'))).toBe(false);
  });

  it('an acronym that modifies a noun after it names no body ("trade group AAFA members")', () => {
    const ts = one('Trade group AAFA members said they had raised prices.');
    expect(ts.some((t) => t.subject.label === 'AAFA')).toBe(false);
  });

  it('a participle of feeling with a time phrase is no stance ("disappointed in 2024")', () => {
    expect(one('Investors were disappointed in 2024.').map((t) => t.relation)).not.toContain('REJECTS');
  });
});
