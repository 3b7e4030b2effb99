// Round 11 (recall on unseen copy): unnamed people and groups as actors and speakers. People named by their role
// (analysts, officials, diplomats) and a group's bare plural (exporters, smugglers) act with a verb of speech, stance,
// decision or trade (roleRelations); a group speaks (warned that …); an inquiry looks into something. Artefacts, a
// role's other acts and what another clause has a group do stay out. One composed sentence per construction.
import { describe, expect, it } from '@jest/globals';
import type { Triple } from '../src/types/index.js';
import { type TripleCase, expectCase, show } from './helpers/cases.js';
import { englishCases } from './helpers/extract.js';

const { one, headline } = englishCases();
const run = (c: TripleCase): Triple[] => (c.title ? headline(c.sentence) : one(c.sentence));

const cases: TripleCase[] = [
  { construction: 'bare role plural + describe … as', sentence: 'Economists described the tariff as a tax on consumers.', s: '~economists', r: 'DESCRIBES', o: '~tariff' },
  { construction: 'bare role plural + stance verb, progressive', sentence: 'Officials are weighing new limits on gallium exports.', s: '~officials', r: 'CONSIDERS', o: '~limits' },
  { construction: 'bare group plural + trade verb after "must"', sentence: 'Importers must obtain a permit for each shipment.', s: '~importers', r: 'OBTAINS', o: '~permit' },
  { construction: 'bare group plural + use', sentence: 'Smugglers used front companies to move the processors.', s: '~smugglers', r: 'USES', o: '~front companies' },
  { construction: 'role plural in a second conjunct', sentence: 'The listed firms have few sales in China, and diplomats described the step as a warning.', s: '~diplomats', r: 'DESCRIBES', o: '~step' },
  { construction: 'by-agent of a reduced relative in an opening "Of" phrase', sentence: 'Of the 300 licence applications filed by Korean exporters this year, half were rejected.', s: '~korean exporters', r: 'FILES', o: '~licence applications' },
  { construction: 'inquiry noun as subject of an inquiry verb', sentence: 'A new probe by EU regulators is looking into whether the subsidies distorted the market.', s: '~probe', r: 'INVESTIGATES', o: '~subsidies' },
  { construction: 'modified group speaker + warn that', sentence: 'Battery makers in Japan have warned that the curbs could halt production.', s: '~battery makers', r: 'WARNS', o: '~curbs could halt production' },
  { construction: 'group speaker with a relative clause + warn that', sentence: 'Japanese carmakers, which buy magnets from China, warned that the dispute could disrupt output.', s: '~carmakers', r: 'WARNS', o: '~dispute could disrupt' },
  { construction: 'bare role speaker + say', sentence: 'Economists said the levy would raise prices for buyers.', s: '~economists', r: 'SAYS', o: '~levy would raise prices' },
  { construction: '"they" of unnamed role speakers', sentence: 'Diplomats said they would discuss the export curbs next week.', s: '~diplomats', r: 'DISCUSSES', o: '~export', m: 'planned' },
  { construction: 'warn of: a named speaker\'s warning is WARNS', sentence: 'Micron warned of weaker demand from Chinese customers.', s: '~micron', r: 'WARNS', o: '~demand' },
  { construction: 'contracted negation "can\'t"', sentence: 'Nvidia can\'t ship the processors to Huawei.', s: '~nvidia', r: 'SHIPS', o: 'Huawei', m: 'negated' },
  { construction: 'contracted negation "doesn\'t"', sentence: 'Samsung doesn\'t sell memory chips to Huawei.', s: '~samsung', r: 'SELLS', o: 'Huawei', m: 'negated' },
  { construction: 'contracted negation "cannot"', sentence: 'Listed firms cannot buy American chipmaking tools.', s: '~firms', r: 'BUYS', o: '~tools', m: 'negated' },
];

describe('English extractor: round 11 unnamed actors and speakers', () => {
  it.each(cases)('$construction: $sentence', (c) => {
    const ts = run(c);
    expectCase(ts, c);
  });

  it('an artefact\'s bare plural does not act with a role relation ("shipments used …")', () => {
    const ts = one('Shipments used the port in Singapore.');
    expect(show(ts).filter((x) => / USES /.test(x))).toEqual([]);
  });

  it('a bare role plural acts only with a relation of roleRelations ("officials banned …")', () => {
    const ts = one('Officials banned the exports last year.');
    expect(ts.filter((t) => /official/i.test(t.subject.label)).map((t) => t.relation)).toEqual([]);
  });

  it('a group another clause has act ("require exporters to obtain …") is no subject', () => {
    const ts = one('The rules require exporters to obtain licences for every shipment.');
    expect(ts.filter((t) => /exporter/i.test(t.subject.label)).map((t) => t.relation)).toEqual([]);
  });

  it('"what analysts described as X": X is the description, not what is described', () => {
    const ts = one('Beijing imposed the curbs in what analysts described as retaliation.');
    expect(ts.filter((t) => t.relation === 'DESCRIBES').map((t) => t.object.label)).toEqual([]);
  });

  it('a singular unnamed role ("an official said") is no speaker', () => {
    const ts = one('An official said the talks would resume in May.');
    expect(ts.filter((t) => /official/i.test(t.subject.label)).map((t) => t.relation)).toEqual([]);
  });

  it('a group beside its named members ("carmakers, including Toyota, said") gives the members\' statement only', () => {
    const ts = one('Other carmakers, including Toyota Motor, said they had enough magnets.');
    expect(ts.filter((t) => /carmakers/i.test(t.subject.label)).map((t) => t.relation)).toEqual([]);
  });

  it('a raising verb\'s object with its members is the infinitive\'s subject ("expect firms such as YMTC to gain …")', () => {
    const ts = one('Nvidia expects Chinese firms such as YMTC to gain market share.');
    expect(ts.filter((t) => t.relation === 'EXPECTS').map((t) => t.object.label)).toEqual([]);
  });

  it('anonymous sources are no speakers ("people familiar with the matter said")', () => {
    const ts = one('People familiar with the matter said the probe was widening.');
    expect(ts.filter((t) => /people|matter|sources/i.test(t.subject.label)).map((t) => t.relation)).toEqual([]);
  });
});
