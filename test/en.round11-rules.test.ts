// Round 11 (rules and requirements, and who issues them): a requirement to obtain a permit requires the permit; an
// agentless passive of a regulatory act under a measure or agreement ("Under current US rules, a licence is required
// …", "Under the deal, tariffs … will be cut"); a measure's reduced -ing relative ("new rules covering its chips");
// a measure with no issuer of its own standing for the latest issuer; what a body tells its addressee it needs. One
// composed sentence per construction, and cases where the rules must not fire.
import { describe, expect, it } from '@jest/globals';
import type { Triple } from '../src/types/index.js';
import { type TripleCase, expectCase, show } from './helpers/cases.js';
import { englishCases, extractLines } from './helpers/extract.js';

const { one, linker, extractor } = englishCases();
const run = (c: TripleCase): Triple[] => (c.context
  ? extractLines(extractor, linker, 'en', [...c.context, c.sentence], { prefix: 'Headline placeholder.\n' }).at(-1)!
  : one(c.sentence));

const cases: TripleCase[] = [
  { construction: 'require + unnamed group + to obtain a permit → the permit', sentence: 'The regulations require exporters to obtain a licence for each shipment of gallium.', s: '~regulations', r: 'REQUIRES', o: '~licence' },
  { construction: 'require + group + to apply for permits (phrasal infinitive)', sentence: 'Beijing required traders to apply for permits before selling graphite abroad.', s: 'china', r: 'REQUIRES', o: '~permits' },
  { construction: 'require + named party + to seek approval → the approval too', sentence: 'Seoul will require Samsung Electronics to seek approval for new investments in China.', s: 'south-korea', r: 'REQUIRES', o: '~approval' },
  { construction: 'require + named party + to seek approval → the named party kept', sentence: 'Seoul will require Samsung Electronics to seek approval for new investments in China.', s: 'south-korea', r: 'REQUIRES', o: 'Samsung Electronics' },
  { construction: 'Under <country> rules + agentless passive of require', sentence: 'Under current Japanese rules, a permit is required to ship lithography tools to Russia.', s: 'japan', r: 'REQUIRES', o: '~permit' },
  { construction: 'Under <demonym> rules + agentless passive of ban', sentence: 'Under the new Dutch rules, sales of lithography systems to Iran are banned.', s: 'netherlands', r: 'BANS', o: '~lithography systems' },
  { construction: 'Under the rules (issuer known) + agentless passive', context: ['Washington imposed new restrictions on memory chips on Monday.'], sentence: 'Under the rules, a licence is required for shipments of advanced memory.', s: 'united-states', r: 'REQUIRES', o: '~licence' },
  { construction: 'Under the agreement + agentless passive of cut', sentence: 'Under the agreement, tariffs on Mexican steel will be cut to 10%.', s: '~agreement', r: 'REDUCES', o: '~tariffs on Mexican steel' },
  { construction: 'measure + reduced -ing relative (demonym issuer)', sentence: 'The Dutch rules covering older immersion scanners take effect in September.', s: 'netherlands', r: 'APPLIES_TO', o: '~immersion scanners' },
  { construction: 'measure + reduced -ing relative in a said-that clause (issuer known)', context: ['Beijing tightened export controls on rare earths last week.'], sentence: 'Toyota said that new export rules covering its magnets could slow production.', s: 'china', r: 'APPLIES_TO', o: '~magnets' },
  { construction: 'told X it would need a permit → the teller requires it', sentence: 'The Commerce Department told Micron it would need a license to sell the memory chips to Huawei.', s: 'us-department-of-commerce', r: 'REQUIRES', o: '~license' },
  { construction: 'told X that a permit was required → the teller requires it', sentence: 'The Japanese government told Tokyo Electron that a permit was required for the shipments.', s: 'japan', r: 'REQUIRES', o: '~permit' },
];

describe('English extractor: round 11 rules and requirements', () => {
  it.each(cases)('$construction: $sentence', (c) => {
    const ts = run(c);
    expectCase(ts, c);
  });

  it('forcing or ordering a party to seek licences keeps the party, not the licences', () => {
    const ts = one('The ministry forced Nexperia to apply for new export licences.');
    expect(show(ts).filter((x) => / (FORCES|REQUIRES) .*licen/.test(x))).toEqual([]);
  });

  it('a bare class bound to obtain a permit is no object of its own; a definite phrase is', () => {
    expect(show(one('The rules require companies to obtain a license before shipping memory chips.')).filter((x) => / REQUIRES companies/.test(x))).toEqual([]);
    expect(show(one('Beijing required the companies to seek approval.'))).toContain('china REQUIRES companies (asserted)');
  });

  it('requiring a party to do something other than obtain a permit keeps the party', () => {
    const ts = one('The order requires ByteDance to sell its stake in the app.');
    expect(ts.some((t) => t.relation === 'REQUIRES' && t.object.label === 'ByteDance')).toBe(true);
  });

  it('a clause opened by "under" a non-measure lends no agent ("Under pressure from Washington")', () => {
    const ts = one('Under pressure from Washington, the shipments were banned.');
    expect(show(ts).filter((x) => / BANS /.test(x))).toEqual([]);
  });

  it('a possessive pronoun in a measure\'s reduced relative is not the issuer\'s', () => {
    const ts = extractLines(extractor, linker, 'en', ['Washington imposed new restrictions on chips.', 'AMD said the rules covering its accelerators could cost it $800 million.'], { prefix: 'Headline placeholder.\n' }).at(-1)!;
    expect(show(ts).filter((x) => /United States's|^united-states LOSES/.test(x))).toEqual([]);
    expect(show(ts)).toContain("united-states APPLIES_TO AMD's accelerators (asserted)");
  });

  it('what a company tells someone it needs is no requirement of the company\'s', () => {
    const ts = one('Samsung told investors it would need approval from regulators.');
    expect(ts.filter((t) => t.relation === 'REQUIRES')).toEqual([]);
  });
});
