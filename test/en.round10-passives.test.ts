// Round 10 (topic D): passives, relative clauses and coordination inside noun phrases — reduced relatives with a by-agent
// inside a prepositional phrase, agentless passives with a place or with "from" + gerund, coordinated modifiers sharing
// one head, relative clauses whose antecedent is a thing or sits behind a reduced relative, object relatives, hyphenated
// participles and by-agents that name no actor. One composed sentence per construction.
import { describe, expect, it } from '@jest/globals';
import type { Triple } from '../src/types/index.js';
import { type TripleCase, expectCase, show } from './helpers/cases.js';
import { englishCases } from './helpers/extract.js';

const { one } = englishCases();
const run = (c: TripleCase): Triple[] => one(c.sentence);

const cases: TripleCase[] = [
  { construction: 'reduced relative with a by-agent inside an opening prepositional phrase', sentence: 'Of the tariffs imposed by Washington since May, most hit steel.', s: 'united-states', r: 'IMPOSES', o: '~tariffs' },
  { construction: 'reduced relative with a by-agent after "under"', sentence: 'Under rules issued by the Commerce Department last month, Micron must obtain licences.', s: '~commerce', r: 'ISSUES', o: '~rules' },
  { construction: 'relative clause: agentless passive with a place, both sides unnamed', sentence: 'The anodes, which are used in electric scooters, are made in Japan.', s: '~anodes', r: 'USED_IN', o: '~electric scooters' },
  { construction: 'agentless passive + from + gerund, adverb inside the verb group', sentence: 'Samsung was later barred from exporting its lithography tools to Huawei.', s: '~samsung', r: 'BARRED_FROM', o: '~lithography tools' },
  { construction: 'agentless passive + from + gerund with an unmapped phrasal verb', sentence: 'Huawei was blocked from buying American chips.', s: '~huawei', r: 'BLOCKED_FROM', o: '~american chips' },
  { construction: 'coordinated modifiers after a count share the head', sentence: 'Tokyo added five light and heavy rare earths to its control list.', s: 'japan', r: 'BLACKLISTS', o: '~light and heavy rare earths' },
  { construction: 'coordinated adjectives share the head', sentence: 'The US restricted advanced and legacy chips.', s: 'united-states', r: 'RESTRICTS', o: '~advanced and legacy' },
  { construction: 'relative clause with "since" + time closing it; participle spelt like a noun ("be cut")', sentence: 'The subsidy, which had been frozen since March, will be cut to $2 billion by Tokyo.', s: 'japan', r: 'REDUCES', o: '~subsidy', m: 'planned' },
  { construction: 'relative clause after a reduced relative and a time', sentence: 'The inquiry stems from a memo signed by Gina Raimondo in May that directed the bureau to audit Nvidia.', s: '~raimondo', r: 'ORDERS', o: '~bureau' },
  { construction: 'object relative whose subject compromise reads as a verb', sentence: 'Intel sells a processor that lawmakers have urged Washington to restrict.', s: '~lawmakers', r: 'URGES', o: '~united states' },
  { construction: 'relative clause with a thing antecedent and a mapped verb', sentence: 'Huawei was added to a list that bars American companies from supplying it.', s: '~list', r: 'BANS', o: '~huawei' },
  { construction: 'non-restrictive relative clause on a plural thing', sentence: 'The plants, which will mainly produce lithium batteries, are expected to open next year.', s: '~plants', r: 'PRODUCES', o: '~lithium batteries', m: 'planned' },
  { construction: 'hyphenated participle in an appositive closed by an attribution phrase', sentence: "The Dutch regulator has fined Nexperia, a Hamburg-based chipmaker owned by China's Wingtech Technology, citing risks that secrets could leak.", s: '~wingtech', r: 'OWNS', o: 'Nexperia' },
  { construction: 'by-agent naming no actor, on a named patient', sentence: 'Analysts said Yangtze Memory was partly financed by a state investment fund in Hubei.', s: '~investment fund', r: 'FUNDS', o: 'YMTC' },
];

describe('English extractor: round 10 passives, relatives and coordinated modifiers', () => {
  it.each(cases)('$construction: $sentence', (c) => {
    expectCase(run(c), c);
  });

  it('a hyphenated place before "based" stays in the source phrase ("according to Taipei-based researcher X")', () => {
    const ts = one('Two Korean firms together control about 90 percent of the HBM market, according to Taipei-based researcher TrendForce.');
    const hit = ts.find((t) => t.relation === 'ACCOUNTS_FOR');
    expect(hit ? hit.attribution?.label : show(ts)).toBe('TrendForce');
  });

  it('nouns coordinated before a modified noun stay apart ("chips and advanced tools")', () => {
    const ts = one('Washington restricted chips and advanced tools.');
    expect(ts.map((t) => t.object.label)).toEqual(expect.arrayContaining(['semiconductors', 'advanced tools']));
  });

  it('a relative clause after a noun\'s prepositional phrase gives its low noun no act ("fees on ships, which …")', () => {
    const ts = one('Washington imposed fees on Chinese-built ships, which prompted Beijing to retaliate.');
    expect(ts.filter((t) => /ships/i.test(t.subject.label))).toEqual([]);
  });

  it('a by-agent of a participle is not replaced by the clause that introduced its patient ("shortfall created by the ban")', () => {
    const ts = one('Gallagher urged Commerce to ensure that Korean chipmakers did not fill any shortfall created by the ban.');
    expect(ts.filter((t) => /chipmakers/i.test(t.subject.label) && t.relation !== 'FILLS').map((t) => t.relation)).toEqual([]);
  });

  it('a relative clause with a thing antecedent only asserts or plans ("technology that could be used to make chips")', () => {
    const ts = one('The rules cover technology that could be used to make chips.');
    expect(ts.filter((t) => /technology/i.test(t.subject.label))).toEqual([]);
  });

  it('a figure after "by" is no agent ("with sales increased by 20%")', () => {
    const ts = one('With sales increased by 20% last year, Micron hired staff.');
    expect(ts.filter((t) => /20%/.test(t.subject.label))).toEqual([]);
  });
});
