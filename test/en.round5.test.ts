// Round 5 (recall on unseen copy): relation words new to the map (pay, divest, plead guilty, withhold, distribute,
// label), verb + noun pairs that narrow a verb (extend a truce, drop a probe, introduce a bill), refusals, judicial and
// legislative actors without a name, a named actor's parts, role nouns in appositives, recipients with members,
// accusation content, absolute "with" clauses, headline infinitives after a semicolon, a duration before a heavy object.
// One composed sentence per construction.
import { describe, expect, it } from '@jest/globals';
import type { Triple } from '../src/types/index.js';
import { type TripleCase, expectCase } from './helpers/cases.js';
import { englishCases } from './helpers/extract.js';

const { one, headline } = englishCases();

/** s: subject id, or '~' + a substring of the subject label (unnamed actors). */
const cases: TripleCase[] = [
  // relation words new to the map
  { construction: 'pay a sum → PAYS', sentence: 'Micron paid $25 million over the violations.', s: 'micron', r: 'PAYS', o: '~25 million' },
  { construction: 'agree to pay a sum → PAYS (planned)', sentence: 'Nvidia agreed to pay $8 million to resolve the case.', s: 'nvidia', r: 'PAYS', o: '~8 million', m: 'planned' },
  { construction: 'divest a stake → DIVESTS', sentence: 'Huawei will divest its holdings in the venture.', s: 'huawei', r: 'DIVESTS', o: '~holdings', m: 'planned' },
  { construction: 'plead guilty to a count → ADMITS', sentence: 'Huawei pleaded guilty to two counts of fraud.', s: 'huawei', r: 'ADMITS', o: '~counts of fraud' },
  { construction: 'withhold licences → WITHHOLDS', sentence: 'Japan withheld permits for the equipment.', s: 'japan', r: 'WITHHOLDS', o: '~permits' },
  { construction: 'distribute goods → SELLS', sentence: 'Samsung Electronics distributes memory modules in Europe.', s: 'samsung-electronics', r: 'SELLS', o: '~memory modules' },
  // verb + object noun pairs
  { construction: 'extend a truce → EXTENDS, not EXPANDS', sentence: 'Japan and China agreed to extend their fishing truce.', s: 'japan', r: 'EXTENDS', o: '~truce', m: 'planned' },
  { construction: 'extend a deadline → EXTENDS', sentence: 'The European Commission extended the deadline for the review.', s: 'european-commission', r: 'EXTENDS', o: '~deadline' },
  { construction: 'extend curbs to X stays EXPANDS', sentence: 'Japan extended its curbs to memory makers.', s: 'japan', r: 'EXPANDS', o: '~curbs' },
  { construction: 'drop coordinated probes → DROPS the probes', sentence: 'China will drop antitrust and anti-subsidy probes into Micron.', s: 'china', r: 'DROPS', o: '~probes', m: 'planned' },
  { construction: 'introduce a bill → PROPOSES', sentence: 'Lawmakers introduced a bill to restrict chip sales.', s: '~lawmakers', r: 'PROPOSES', o: '~bill' },
  // refusals
  { construction: 'decline to renew → WITHHOLDS (a negated extension)', sentence: 'The Netherlands declined to renew the permits for ASML.', s: 'netherlands', r: 'WITHHOLDS', o: '~permits' },
  { construction: 'refuse to allow → BANS', sentence: 'Germany refused to allow the sale of the plant.', s: 'germany', r: 'BANS', o: '~sale' },
  // unnamed judicial and legislative actors
  { construction: 'a federal judge (singular, unnamed) acts', sentence: 'A federal judge dismissed the challenge on Monday.', s: '~judge', r: 'REJECTS', o: '~challenge' },
  { construction: 'headline: Court + verb in -s', sentence: 'Court blocks Huawei bid to overturn ban', s: '~court', r: 'BANS', o: '~huawei', title: true },
  // a named actor's parts act for it
  { construction: "X's China subsidiary → X", sentence: "Micron's Shanghai subsidiary shipped memory chips to Iran.", s: 'micron', r: 'SHIPS', o: 'Iran' },
  { construction: "the Trade Representative's office → USTR", sentence: "The U.S. Trade Representative's office will suspend the fees.", s: 'office-of-the-us-trade-representative', r: 'SUSPENDS', o: '~fees', m: 'planned' },
  // role nouns in appositives
  { construction: 'X, the owner of Y → OWNS', sentence: 'Geely, the owner of the Volvo brand, reported higher sales.', s: 'geely', r: 'OWNS', o: '~volvo' },
  { construction: 'X, a distributor of -ing + noun → SELLS', sentence: 'Huawei, a distributor of testing equipment, was fined.', s: 'huawei', r: 'SELLS', o: '~testing equipment' },
  // verbs in -s that compromise reads as plural nouns
  { construction: 'X, an appositive, V-s the … (verb after the closing comma)', sentence: 'Geely, the parent of Volvo Cars, faces the lowest duty.', s: 'geely', r: 'FACES', o: '~lowest duty' },
  { construction: 'X, which V-s -ing + noun (relative verb in -s)', sentence: 'SMIC, which distributes testing equipment, was listed.', s: 'smic', r: 'SELLS', o: '~testing equipment' },
  { construction: 'X, a maker of A, and Y, which V-s … → Y is no complement of the role', sentence: 'The list named Huawei, a maker of routers, and ZTE, which supplies modems to Iran.', s: 'zte', r: 'SELLS', o: '~modems' },
  // recipients
  { construction: 'supply X to a group including A and B → A, B', sentence: 'CATL supplies batteries to automakers including Tesla and BMW.', s: 'catl', r: 'SELLS', o: '~bmw' },
  // accusation content
  { construction: 'charges that it V … → the accused V (reported)', sentence: 'Nvidia settled charges that it shipped processors to Iran.', s: 'nvidia', r: 'SHIPS', o: '~processors', m: 'reported' },
  // absolute clauses
  { construction: 'with X V-ing Y → X V Y', sentence: 'The two sides reached a deal, with Japan lowering its tariffs on beef.', s: 'japan', r: 'REDUCES', o: '~tariffs' },
  { construction: 'with X V-ing Y and Z V-ing W → Z V W', sentence: 'The talks ended, with Japan lowering tariffs and China suspending its export ban on gallium.', s: 'china', r: 'SUSPENDS', o: '~export ban' },
  // headlines
  { construction: 'headline: X to V after a semicolon', sentence: 'Japan, Korea agree on chips; Seoul to cut tariffs on wafers', s: 'south-korea', r: 'REDUCES', o: '~tariffs', title: true },
  { construction: 'headline: to V X and V Y (coordinated infinitive)', sentence: 'China to pause gallium curbs and resume corn purchases', s: 'china', r: 'BUYS', o: '~corn', title: true },
  // objects
  { construction: 'a duration before a heavy object: suspend for a year a rule', sentence: 'Japan will suspend for a year a rule that covers memory chips.', s: 'japan', r: 'SUSPENDS', o: '~rule', m: 'planned' },
];

describe('English extractor: round 5 recall families', () => {
  it.each(cases)('$construction', (c) => {
    const ts = c.title ? headline(c.sentence) : one(c.sentence);
    expectCase(ts, c);
  });
});

describe('English extractor: round 5 noise that stays out', () => {
  const none: Array<[string, string, (t: Triple) => boolean]> = [
    ['appealing a ruling to a court is no appeal to the court', 'Huawei will appeal the ruling to a higher court.', (t) => t.relation === 'URGES'],
    ['a figure that drops is no dropped probe', 'Shares of Micron dropped 4% on Monday.', (t) => t.relation === 'DROPS'],
    ['a singular unnamed company is still no actor', 'A Chinese company dismissed the report.', (t) => t.subject.type === 'Concept'],
    ['"with" + a name + gerund inside a noun phrase needs the comma', 'Analysts raised concerns with Huawei selling chips.', (t) => t.subject.id === 'huawei'],
  ];
  it.each(none)('%s', (_n, sentence, bad) => {
    const ts = one(sentence);
    expect(ts.filter(bad).map((t) => `${t.subject.id} ${t.relation} ${t.object.label}`)).toEqual([]);
  });
});
