// Round 8 (recall on unseen copy): unnamed groups acting with a verb of no mapped relation, quantities whose figure
// changed, headline plural subjects, noun compounds read as verbs, agentless passives with a place or goal, a cabinet as
// agent. One composed sentence per construction.
import { describe, expect, it } from '@jest/globals';
import type { Triple } from '../src/types/index.js';
import { type TripleCase, expectCase } from './helpers/cases.js';
import { englishCases } from './helpers/extract.js';

const { one, headline } = englishCases();
const run = (c: TripleCase): Triple[] => (c.title ? headline(c.sentence) : one(c.sentence));

const cases: TripleCase[] = [
  { construction: 'unnamed group + verb of no mapped relation', sentence: 'Japanese battery makers have idled three assembly plants.', s: '~battery makers', r: 'IDLES', o: '~assembly plants' },
  { construction: 'unnamed quantity + figure change', sentence: 'Gallium prices have jumped about 25% this month.', s: '~gallium prices', r: 'RISES', o: '25%' },
  { construction: 'noun + -s modifier + plural head before the verb group ("auto parts makers have")', sentence: 'Two German auto parts suppliers have halted exports to Russia.', s: '~auto parts suppliers', r: 'SUSPENDS', o: '~exports' },
  { construction: 'object compound head before a subordinator', sentence: 'Bosch has idled assembly lines because orders collapsed.', s: '~bosch', r: 'IDLES', o: '~assembly lines' },
  { construction: 'headline: unnamed plural subject + base-form relation verb', title: true, sentence: 'Japanese toolmakers halt assembly lines as Tokyo tightens rules', s: '~toolmakers', r: 'SUSPENDS', o: '~lines' },
  { construction: 'headline: unnamed plural subject + headline stance verb', title: true, sentence: 'Dutch chipmakers eye Indian plants', s: '~chipmakers', r: 'EYES', o: '~plants' },
  { construction: 'agentless passive with a goal', sentence: 'The wafers were exported to Vietnam.', s: '~wafers', r: 'EXPORTED_TO', o: 'Vietnam' },
  { construction: 'agentless passive with a place, adverbs between', sentence: 'The anodes are made almost exclusively in Japan.', s: '~anodes', r: 'MADE_IN', o: 'Japan' },
  { construction: 'cabinet as by-agent', sentence: 'The subsidy plan was approved by the cabinet last week.', s: '~cabinet', r: 'APPROVES', o: '~subsidy plan' },
];

describe('English extractor: round 8 constructions', () => {
  it.each(cases)('$construction: $sentence', (c) => {
    const ts = run(c);
    expectCase(ts, c);
  });

  it('a participle sharing a modal passive keeps its modality ("could be sold or shipped to")', () => {
    const ts = one('The drones could be sold or shipped to Iran.');
    expect(ts.filter((t) => t.modality === 'asserted').map((t) => t.relation)).not.toContain('SHIPPED_TO');
  });

  it('an unnamed group\'s unmapped act is not taken from a modal or negated clause', () => {
    const ts = one('Analysts said Japanese battery makers could idle three assembly plants.');
    expect(ts.map((t) => t.relation)).not.toContain('IDLES');
  });

  it('listing a group\'s members ("include") gives no unnamed-group triple', () => {
    const ts = one('Other affected toolmakers include Tokyo Electron and Disco.');
    expect(ts.map((t) => t.relation)).not.toContain('INCLUDES');
  });
});
