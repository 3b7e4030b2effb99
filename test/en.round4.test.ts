// Round 4 (recall): families of constructions rather than sentences — light verbs narrowed by a modifier, noun
// predicates after an aspect verb, "under" / "the subject of" a probe, denials, names with commas inside, fractions
// as figures, and relation words new to the map. One composed sentence per construction.
import { describe, expect, it } from '@jest/globals';
import type { Triple } from '../src/types/index.js';
import { type TripleCase, expectCase } from './helpers/cases.js';
import { englishCases } from './helpers/extract.js';

const { one, headline } = englishCases();

const cases: TripleCase[] = [
  // light verb + modifier + noun
  { construction: 'take legal action against X → SUES', sentence: 'Huawei plans to take legal action against the regulator.', s: 'huawei', r: 'SUES', o: '~regulator', m: 'planned' },
  { construction: 'take control of X → TAKES_CONTROL_OF', sentence: 'The German government took control of Intel\'s local unit last week.', s: 'germany', r: 'TAKES_CONTROL_OF', o: '~unit' },
  { construction: 'seize control of X → TAKES_CONTROL_OF', sentence: 'Japan seized control of the Micron plant.', s: 'japan', r: 'TAKES_CONTROL_OF', o: '~plant' },
  // aspect verb + action noun with its own preposition
  { construction: 'continue consultations with X → CONSULTS X', sentence: 'Samsung Electronics will continue consultations with Washington.', s: 'samsung-electronics', r: 'CONSULTS', o: 'United States', m: 'planned' },
  { construction: 'resume talks with X → NEGOTIATES X', sentence: 'Japan resumed talks with the Netherlands in March.', s: 'japan', r: 'NEGOTIATES', o: 'Netherlands' },
  { construction: 'step up a crackdown on X → RESTRICTS X', sentence: 'Beijing stepped up its crackdown on chip smugglers.', s: 'china', r: 'RESTRICTS', o: '~smugglers' },
  // under / the subject of a noun predicate
  { construction: 'X is under investigation by Y', sentence: 'Micron is under investigation by the European Commission.', s: 'european-commission', r: 'INVESTIGATES', o: 'Micron' },
  { construction: 'X came under Y sanctions (name before the noun)', sentence: 'Huawei came under US sanctions in 2019.', s: 'united-states', r: 'SANCTIONS', o: 'Huawei' },
  { construction: 'X is the subject of a probe by Y', sentence: 'Intel is the subject of an antitrust probe by the European Commission.', s: 'european-commission', r: 'INVESTIGATES', o: 'Intel' },
  { construction: 'headline: X under Y probe', sentence: 'Nvidia Under Chinese Antitrust Probe Over Mellanox Deal', s: 'china', r: 'INVESTIGATES', o: 'Nvidia', title: true },
  // denials
  { construction: 'deny that … → REJECTS the claim', sentence: 'Huawei denied that it had supplied chips to the Russian military.', s: 'huawei', r: 'REJECTS', o: '~supplied chips' },
  // relation words new to the map
  { construction: 'vote against → REJECTS', sentence: 'Germany voted against the duties on Chinese vehicles.', s: 'germany', r: 'REJECTS', o: '~duties' },
  { construction: 'vote for → SUPPORTS', sentence: 'France voted for the duties on Chinese vehicles.', s: 'france', r: 'SUPPORTS', o: '~duties' },
  { construction: 'license X from Y → USES', sentence: 'Ford licenses battery designs from a Chinese partner.', s: 'ford', r: 'USES', o: '~battery designs' },
  { construction: 'seek → SEEKS', sentence: 'South Korea will seek an exemption from the tariffs.', s: 'south-korea', r: 'SEEKS', o: '~exemption', m: 'planned' },
  { construction: 'press ahead with → PROCEEDS_WITH', sentence: 'The Netherlands pressed ahead with the new export rules.', s: 'netherlands', r: 'PROCEEDS_WITH', o: '~export rules' },
  { construction: 'confiscate → SEIZES', sentence: 'Singapore confiscated the servers at the port.', s: 'singapore', r: 'SEIZES', o: '~servers' },
  // figures and names
  { construction: 'account for a fraction (a quarter of)', sentence: 'China accounted for about a quarter of Japan\'s machine exports last year.', s: 'china', r: 'ACCOUNTS_FOR', o: '~a quarter' },
  { construction: 'trailing speaker whose name holds commas', sentence: 'Japan will restrict exports of chip equipment, including lithography tools, the Ministry of Economy, Trade and Industry said.', s: 'japan', r: 'RESTRICTS', o: '~chip equipment', m: 'planned' },
  { construction: 'a modified group of lawmakers as subject', sentence: 'A group of House Republicans urged Commerce to halt licences for Huawei.', s: '~', r: 'URGES', o: '~commerce' },
];

describe('English extractor: round 4 recall families', () => {
  it.each(cases)('$construction', (c) => {
    const ts = c.title ? headline(c.sentence) : one(c.sentence);
    // (s '~': any subject)
    expectCase(ts, c);
  });
});

describe('English extractor: round 4 noise that stays out', () => {
  const none: Array<[string, string, (t: Triple) => boolean]> = [
    ['a denied claim is not claimed', 'Huawei denied that it had supplied chips to the Russian military.', (t) => t.relation === 'SELLS' || t.relation === 'PROVIDES'],
    ['take action alone names no lawsuit', 'China will take action to protect its companies.', (t) => t.relation === 'SUES'],
    ['a negated "under" names no act', 'Micron is not under investigation.', (t) => t.relation === 'INVESTIGATES'],
    ['"the first quarter of" stays a date', 'Intel posted a loss in the first quarter of the year.', (t) => t.object.label.toLowerCase().startsWith('quarter')],
  ];
  it.each(none)('%s', (_n, sentence, bad) => {
    const ts = one(sentence);
    expect(ts.filter(bad).map((t) => `${t.subject.id} ${t.relation} ${t.object.label}`)).toEqual([]);
  });
});
