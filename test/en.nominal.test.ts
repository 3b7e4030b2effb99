// Relations stated by a noun phrase rather than a verb (nominalisations): a possessor, a country or body before the
// noun, or a "by" phrase as agent of a relation noun (constructions nominalNouns → nounVerbs), its complement or the
// nouns before it as patient. The phrase may stand anywhere: subject of another clause, inside a prepositional
// phrase, a headline without a verb. One composed sentence per construction, then the noise that must stay out.
import { describe, expect, it } from '@jest/globals';
import type { Triple } from '../src/types/index.js';
import { type TripleCase, expectCase } from './helpers/cases.js';
import { englishCases } from './helpers/extract.js';

const { one, headline } = englishCases();

const cases: TripleCase[] = [
  // a possessor as agent
  { construction: "X's curbs on Y as a clause's subject", sentence: "Berlin's curbs on Russian fertiliser imports have squeezed German farmers.", s: 'germany', r: 'RESTRICTS', o: '~fertiliser' },
  { construction: "X's ban on Y inside an adjunct PP (in response to)", sentence: "Kioxia cut output in response to Tokyo's ban on YMTC memory.", s: 'japan', r: 'BANS', o: '~YMTC' },
  { construction: "X's acquisition of Y", sentence: "Intel's acquisition of Tower Semiconductor collapsed last year.", s: 'intel', r: 'ACQUIRES', o: '~Tower Semiconductor' },
  { construction: "X's $N investment in Y (a sum between possessor and noun)", sentence: "Infineon's $5 billion investment in Malaysia will create 4,000 jobs.", s: 'infineon', r: 'INVESTS_IN', o: 'Malaysia' },
  { construction: "X's premodified measure: the nouns before the head are its patient", sentence: "India's rice export curbs have rattled importers across Asia.", s: 'india', r: 'RESTRICTS', o: '~rice' },
  { construction: "X's probe into Y", sentence: "Shares slid after the European Commission's probe into Qualcomm was made public.", s: 'european-commission', r: 'INVESTIGATES', o: 'Qualcomm' },
  { construction: "X's takeover by Y: the possessor is the patient", sentence: "Kioxia's takeover by Toshiba was called off.", s: 'toshiba', r: 'ACQUIRES', o: 'Kioxia' },
  { construction: "X's N of (up to) a rate on Y: the rate is skipped", sentence: "Mexico's tariffs of up to 30% on Chinese steel took effect.", s: 'mexico', r: 'IMPOSES', o: '~steel' },
  // a country, body or nationality before the noun (with a complement naming the patient)
  { construction: 'country acronym + sanctions on Y', sentence: 'U.S. sanctions on ZTE forced the company to halt production.', s: 'united-states', r: 'SANCTIONS', o: 'ZTE' },
  { construction: 'nationality + export ban on Y', sentence: 'The Taiwanese export ban on Huawei components took effect in May.', s: 'taiwan', r: 'BANS', o: '~Huawei' },
  { construction: 'body + tariffs on Y', sentence: 'EU tariffs on Indian steel will rise next year.', s: 'european-union', r: 'IMPOSES', o: '~steel' },
  { construction: 'nationality + probe into Y, after an evaluative adjective', sentence: 'A fresh German probe into Infineon rattled investors.', s: 'germany', r: 'INVESTIGATES', o: 'Infineon' },
  { construction: 'nationality + sanctions against Y (in -s, no verb)', sentence: 'British sanctions against Xiaomi remain in force.', s: 'united-kingdom', r: 'SANCTIONS', o: 'Xiaomi' },
  // a "by" phrase as agent
  { construction: 'N by X on Y', sentence: 'The new curbs by the Commerce Department on AI processors hurt Broadcom.', s: 'us-department-of-commerce', r: 'RESTRICTS', o: '~AI processors' },
  { construction: 'the acquisition of Y by X', sentence: 'The acquisition of Arm by Qualcomm would face scrutiny.', s: 'qualcomm', r: 'ACQUIRES', o: 'Arm' },
  // headlines without a verb
  { construction: "headline: X's ban on Y", sentence: "Seoul's Ban on Short Selling of Chip Stocks", s: 'south-korea', r: 'BANS', o: '~short selling', title: true },
  // modality
  { construction: 'a proposed measure is planned', sentence: "Canada's proposed tariffs on Chinese aluminium were criticised.", s: 'canada', r: 'IMPOSES', o: '~aluminium', m: 'planned' },
  { construction: 'a measure the clause only considers is considered', sentence: 'Officials are weighing Japanese duties on Tesla batteries.', s: 'japan', r: 'IMPOSES', o: '~Tesla', m: 'considered' },
  { construction: 'a measure named in a speaker\'s claim stays asserted', sentence: "Tencent said Brussels' probe into its cloud unit was unfounded.", s: 'european-union', r: 'INVESTIGATES', o: '~cloud unit', m: 'asserted' },
];

describe('English extractor: relations stated by a noun phrase', () => {
  it.each(cases)('$construction', (c) => {
    const ts = c.title ? headline(c.sentence) : one(c.sentence);
    expectCase(ts, c);
  });

  it('is a little less sure than the verb, and keeps the noun as its predicate span', () => {
    const [t] = one("Intel's acquisition of Tower Semiconductor collapsed last year.").filter((x) => x.relation === 'ACQUIRES');
    expect(t).toBeDefined();
    expect(t!.confidence).toBeLessThan(0.85);
    expect(t!.confidence).toBeGreaterThanOrEqual(0.5);
    expect(t!.evidence.predicateSpan?.text ?? '').toBe('acquisition');
  });

  it('gives no second triple when a verb of the sentence states the same', () => {
    const ts = one("Japan restricted exports to Kioxia's rivals, and Japan's restrictions on YMTC were tightened.");
    expect(ts.filter((t) => t.subject.id === 'japan' && t.relation === 'RESTRICTS' && t.object.label === 'YMTC').length).toBeLessThanOrEqual(1);
    const vs = one('Germany imposed sanctions on ZTE after German sanctions on ZTE were proposed.');
    expect(vs.filter((t) => t.subject.id === 'germany' && t.relation === 'SANCTIONS' && t.object.id === 'zte')).toHaveLength(1);
  });
});

describe('English extractor: noun phrases that state no relation', () => {
  const none: Array<[string, string, (t: Triple) => boolean]> = [
    ['a possessor that is no actor (the company\'s)', "The company's investment in Malaysia paid off.", (t) => t.relation === 'INVESTS_IN'],
    ['a time as possessor (last year\'s curbs)', "Last year's curbs on fertiliser imports were lifted.", (t) => t.relation === 'RESTRICTS'],
    ['a possessive pronoun names no agent', 'Its ban on YMTC memory was criticised.', (t) => t.relation === 'BANS'],
    ['generic nouns (plan, move, decision, report) are no relations', "Intel's plan for Malaysia, Qualcomm's move into servers and Kioxia's decision on Japan surprised analysts.", (t) => t.subject.type !== 'Concept' && t.relation !== 'SAYS'],
    ['a company before the noun is its patient, not its agent (Xiaomi sanctions)', 'Xiaomi sanctions on imports were debated.', (t) => t.subject.id === 'xiaomi'],
    ['a country before the noun with no complement says nothing (U.S. export restrictions)', 'Sales fell because of U.S. export restrictions.', (t) => t.subject.id === 'united-states'],
    ['a nationality before a company\'s act is no state\'s act (Chinese investment in X)', 'Chinese investment in Hungary doubled last year.', (t) => t.subject.id === 'china'],
    ['a compound is no head (a tariff threat)', "Canada's tariff threat on Chinese aluminium rattled traders.", (t) => t.relation === 'IMPOSES'],
    ['a rate is no patient (tariffs of up to 25%)', "Canada's tariffs of up to 25% were criticised.", (t) => t.relation === 'IMPOSES'],
    ['a clause that acts on a country\'s measure is its topic (aligning with US curbs on X)', 'Tokyo is aligning with US curbs on Huawei.', (t) => t.subject.id === 'united-states'],
    ['a measure a clause denies imposing', 'Officials did not impose Japanese duties on Tesla batteries.', (t) => t.subject.id === 'japan' && t.modality !== 'negated'],
    ['a possessor with a "from" complement is the patient (Huawei\'s ban from the market)', "Huawei's ban from the German market hurt sales.", (t) => t.subject.id === 'huawei' && t.relation === 'BANS'],
  ];
  it.each(none)('%s', (_n, sentence, bad) => {
    const ts = one(sentence);
    expect(ts.filter(bad).map((t) => `${t.subject.id} ${t.relation} ${t.object.label} (${t.modality})`)).toEqual([]);
  });
});
