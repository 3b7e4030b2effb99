// Round 10 (relation names): a mapped verb's type is named after the verb itself or a near synonym of it, not after a
// looser relative (receive → RECEIVES, not OBTAINS; host → HOSTS, not HOLDS), and a lemma moved to a type of its own
// keeps the behaviour its old type had (negation, agentless passives, "under" nouns, nominal hosts, partners).
// One composed sentence per construction.
import { describe, expect, it } from '@jest/globals';
import type { Triple } from '../src/types/index.js';
import { type TripleCase, expectCase } from './helpers/cases.js';
import { englishCases } from './helpers/extract.js';

const { one, headline } = englishCases();
const run = (c: TripleCase): Triple[] => (c.title ? headline(c.sentence) : one(c.sentence));

const cases: TripleCase[] = [
  { construction: 'host → HOSTS', sentence: 'Malaysia hosts a fast-growing cluster of data centres.', s: 'malaysia', r: 'HOSTS', o: '~data centres' },
  { construction: 'receive → RECEIVES', sentence: 'Infineon received a subsidy from the German government.', s: 'infineon', r: 'RECEIVES', o: '~subsidy' },
  { construction: 'need → NEEDS', sentence: 'Tokyo Electron needs a licence for the shipments.', s: 'tokyo-electron', r: 'NEEDS', o: '~licence' },
  { construction: 'gain → GAINS', sentence: 'CXMT gained market share in Asia.', s: 'cxmt', r: 'GAINS', o: '~market share' },
  { construction: 'develop → DEVELOPS', sentence: 'Huawei is developing a new AI processor.', s: 'huawei', r: 'DEVELOPS', o: '~processor' },
  { construction: 'remove → REMOVES', sentence: 'The Commerce Department removed Inspur from the entity list.', s: 'us-department-of-commerce', r: 'REMOVES', o: 'Inspur' },
  { construction: 'cut off → CUTS_OFF', sentence: 'The Netherlands cut off Huawei from lithography tools.', s: 'netherlands', r: 'CUTS_OFF', o: 'Huawei' },
  { construction: 'ask X to → ASKS', sentence: 'Seoul asked Washington to extend the waivers.', s: 'south-korea', r: 'ASKS', o: 'United States' },
  { construction: 'demand → DEMANDS', sentence: 'China demanded an apology from Japan.', s: 'china', r: 'DEMANDS', o: '~apology' },
  { construction: 'fine → FINES', sentence: 'The European Commission fined Qualcomm last year.', s: 'european-commission', r: 'FINES', o: 'Qualcomm' },
  { construction: 'impose a penalty → IMPOSES', sentence: 'The Treasury imposed a penalty on the broker.', s: 'us-department-of-the-treasury', r: 'IMPOSES', o: '~broker' },
  { construction: 'step up scrutiny of → SCRUTINIZES', sentence: 'Brussels has stepped up scrutiny of Chinese acquisitions.', s: 'european-union', r: 'SCRUTINIZES', o: '~acquisitions' },
  { construction: 'examine → REVIEWS', sentence: 'Volkswagen is examining the impact of the tariffs.', s: 'volkswagen', r: 'REVIEWS', o: '~impact' },
  { construction: 'issue → ISSUES', sentence: "China's commerce ministry issued new rules for drone exports.", s: 'china-ministry-of-commerce', r: 'ISSUES', o: '~rules' },
  { construction: 'publish → PUBLISHES', sentence: 'The Commerce Department published a list of affected companies.', s: 'us-department-of-commerce', r: 'PUBLISHES', o: '~list' },
  { construction: 'criticize → CRITICIZES', sentence: 'Beijing criticized the Dutch decision.', s: 'china', r: 'CRITICIZES', o: '~decision' },
  { construction: 'ease → EASES', sentence: 'Japan eased its export rules for South Korea.', s: 'japan', r: 'EASES', o: '~export rules' },
  { construction: 'lift → LIFTS', sentence: 'Washington lifted the sanctions on ZTE.', s: 'united-states', r: 'LIFTS', o: '~sanctions' },
  { construction: 'talk with → TALKS_WITH (a partner relation)', sentence: 'Gina Raimondo talked with Wang Wentao.', s: 'gina-raimondo', r: 'TALKS_WITH', o: 'Wang Wentao' },
  { construction: 'allow X to → ALLOWS', sentence: 'Washington allowed Samsung Electronics to ship tools to China.', s: 'united-states', r: 'ALLOWS', o: 'Samsung Electronics' },
  { construction: 'grant → GRANTS', sentence: 'The Commerce Department granted licences to Intel.', s: 'us-department-of-commerce', r: 'GRANTS', o: '~licences' },
  { construction: 'take a charge → TAKES_CHARGE (the amount is the object)', sentence: 'AMD will take an $800 million charge.', s: 'amd', r: 'TAKES_CHARGE', o: '~800 million' },
  { construction: 'engage with → ENGAGES_WITH', sentence: 'CATL will engage with the Defense Department.', s: 'catl', r: 'ENGAGES_WITH', o: 'US Department of Defense' },
  // behaviour kept from the old type
  { construction: 'a negated permission is still a prohibition (would not allow → BANS)', sentence: 'Beijing would not allow Micron to sell the chips.', s: 'china', r: 'BANS', o: 'Micron' },
  { construction: '"under" + a noun of the moved verb names its act (under scrutiny by Y)', sentence: 'Nvidia is under scrutiny by the European Commission.', s: 'european-commission', r: 'SCRUTINIZES', o: 'Nvidia' },
  { construction: 'a measure noun after a new host keeps its modality (introduced U.S. sanctions on X: asserted)', sentence: 'The Commerce Department introduced U.S. sanctions on Huawei.', s: 'united-states', r: 'SANCTIONS', o: 'Huawei', m: 'asserted' },
  { construction: 'a measure noun after a new host keeps its modality (pushing for U.S. sanctions on X: planned)', sentence: 'Lawmakers are pushing for U.S. sanctions on SMIC.', s: 'united-states', r: 'SANCTIONS', o: 'SMIC', m: 'planned' },
];

describe('English extractor: round 10 relation names', () => {
  it.each(cases)('$construction: $sentence', (c) => {
    const ts = run(c);
    expectCase(ts, c);
  });

  it('obtain, get and secure stay OBTAINS', () => {
    for (const s of ['Intel obtained a licence.', 'Intel got a licence.', 'Intel secured a licence.']) {
      expect(one(s).filter((t) => t.subject.id === 'intel').map((t) => t.relation)).toEqual(['OBTAINS']);
    }
  });

  it('urge and call on stay URGES', () => {
    expect(one('Washington urged Tokyo to tighten its controls.').map((t) => t.relation)).toContain('URGES');
    expect(one('Lawmakers called on the Commerce Department to act.').map((t) => t.relation)).toContain('URGES');
  });

  it('announce stays ANNOUNCES', () => {
    expect(one('The Commerce Department announced new rules.').map((t) => t.relation)).toContain('ANNOUNCES');
  });
});
