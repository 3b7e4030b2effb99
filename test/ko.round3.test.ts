// Korean constructions met in unseen news: licence requirements, prevented acts, negations that are another
// relation, quoted names, agentless passives of a measure. Every sentence is composed for these tests (none comes
// from a fixture, article or gold file); one construction per row.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { EntityLinker } from '../src/entities/index.js';
import type { SentenceExtractor } from '../src/extract/index.js';
import { createKoreanExtractor } from '../src/lang/ko/index.js';
import { analyse } from '../src/lang/ko/morph.js';
import { RelationMap } from '../src/relations/index.js';
import type { Triple } from '../src/types/index.js';
import { extractLines } from './helpers/extract.js';

let linker: EntityLinker;
let ko: SentenceExtractor;

beforeAll(() => {
  linker = EntityLinker.load();
  ko = createKoreanExtractor({ linker, relations: RelationMap.load() });
});

/** The sentences as one document, extracted in order; the triples of all of them. */
const runDoc = (sentences: string[]): Triple[] => extractLines(ko, linker, 'ko', sentences).flat();
const run = (text: string | string[]) => runDoc(Array.isArray(text) ? text : [text]);
/** "subject RELATION object-id modality" lines, for containment checks on any part. */
const lines = (ts: Triple[]) => ts.map((t) => `${t.subject.id} ${t.relation} ${t.object.id} ${t.modality}`);

describe('constructions from unseen news: what is emitted', () => {
  it.each([
    ['V-도록 의무화하다 with a licence noun: a licence requirement (restricts what must be licensed)',
      '일본 정부는 반도체 장비를 수출할 때 허가를 받도록 의무화했다.', 'japan RESTRICTS semiconductor-equipment'],
    ['a quoted obligation to obtain a licence, no one named to meet it: the speaker requires it',
      '인도네시아 정부는 니켈 원광을 반출하려면 정부 승인을 받아야 한다고 밝혔다.', 'indonesia RESTRICTS'],
    ['X를 (Y가) V-지 못하도록 금지하다: what is banned is the prevented act\'s object, by the one who bans',
      '한국 정부는 공공기관이 화웨이의 통신 장비를 구매하지 못하도록 금지했다.', 'south-korea BANS'],
    ['우려를 표명하다 → EXPRESSES', '일본 정부는 즉각 우려를 표명했다.', 'japan EXPRESSES'],
    ['받아들이지 않다: a negated acceptance is a rejection, asserted', '일본 정부는 한국 법원의 판결을 받아들이지 않았다.', 'japan REJECTS'],
    ['이를 before a predicate is the pronoun + 를 (not 이르다), so the 에-forum is the object of 제소하다',
      '캐나다는 이를 세계무역기구(WTO)에 제소했다.', 'canada SUES world-trade-organization'],
    ['X에 Y를 촉구하다 with a generic Y: the named addressee is the object', '일본 정부는 한국 정부에 대응을 촉구했다.', 'japan URGES south-korea'],
    ['X에 관세를 부과하다: the levy is on X', '캐나다는 미국산 철강에 25%의 관세를 부과했다.', 'canada IMPOSES'],
    ['X에 관세를 부과하지 않다: X is exempted', '트럼프 대통령은 “미국에 공장을 짓는 기업에는 관세를 부과하지 않겠다”고 말했다.', 'donald-trump EXEMPTS'],
    ['a predicate inside single quotation marks takes no object from before them', '미국 정부는 화웨이를 \'국가 안보를 위협하는 기업\' 목록에 추가했다.', 'united-states BLACKLISTS huawei'],
    ['a company opening a facility\'s name owns it (no genitive)', 'LG에너지솔루션 미시간 공장은 올해 배터리 생산을 늘렸다.', 'lg-energy-solution EXPANDS'],
    ['a relative clause of going into (들어가다) has its head as subject: the 이/가 subject before it stays the main clause\'s',
      '로이터는 록히드마틴이 미사일에 들어가는 희토류 자석을 대량 구매했다고 보도했다.', 'lockheed-martin BUYS'],
    ['an agentless passive of a measure with an 에-target: the doer is who last did it in the document',
      ['유럽연합은 중국산 전기차에 관세를 부과하기로 했다.', '비야디에는 17%의 관세율이 적용된다.'], 'european-union IMPOSES byd'],
    ['[X가 없도록] V: a -도록 clause of being keeps its unnamed subject; the speaker of the quote does V',
      '일본 정부는 “공급에 문제가 없도록 한국 측과 협력하겠다”고 말했다.', 'japan COOPERATES_WITH south-korea planned'],
    ['V-아/어 나가다 is an auxiliary, and 겠 on it makes the clause planned', '일본 정부는 “한국 측과 긴밀히 협의해 나가겠다”고 밝혔다.', 'japan CONSULTS south-korea planned'],
    ['V-아/어 나갈 계획이다 is planned', '중국은 희토류 수출 통제를 확대해 나갈 계획이다.', 'china EXPANDS'],
    ['A가 B에 [C가 V-도록] 해 달라고 요청하다: A asks B, not C', '일본 정부는 미국에 도요타가 관세를 면제받도록 해 달라고 요구했다.', 'japan DEMANDS united-states'],
    ['countries as topic of an agentless ban (X 수입이 금지된다): the countries are banned, by whoever last restricted',
      ['일본 정부는 반도체 소재의 수출을 국가별로 통제하기로 했다.', '북한과 이란 등 제재 대상 국가는 소재 수입이 전면 금지된다.'], 'japan BANS iran'],
    ['X가 같은 N (the same N): 같은 is a determiner; X stays the subject of the predicate',
      ['미국 상무부는 중국 기업들을 수출 규제 대상에 추가했다.', '인텔도 중국 수출용 칩 G300이 같은 규제 대상에 포함됐다고 밝혔다.'], 'us-department-of-commerce RESTRICTS g300'],
    ['X에 Y를 허용하다 with a common-noun Y: the named recipients are the objects', '미국 정부는 일본과 대만 등 동맹국에는 AI 칩 수출을 허용했다.', 'united-states APPROVES taiwan'],
  ])('%s', (_name, text, expected) => {
    expect(lines(run(text)).join('\n')).toContain(expected);
  });
});

it('X는 … 손실이 예상된다: the actor topic may lose the amount (possible, not asserted)', () => {
  const t = run('인텔도 중국 매출이 줄어 최대 5억달러의 손실이 예상된다.').find((x) => x.relation === 'LOSES');
  expect(t?.subject.id).toBe('intel');
  expect(t?.object.labelKo ?? t?.object.label).toContain('5억달러');
  expect(t?.modality).toBe('possible');
});

it('a clause noun (영향) is named by the relative clause on it, whatever the verb', () => {
  const t = run('일본 정부는 엔화 약세가 수출 기업에 미치는 영향을 분석했다.').find((x) => x.relation === 'ANALYZES');
  expect(t?.object.labelKo ?? t?.object.label).toBe('엔화 약세가 수출 기업에 미치는 영향');
});

it('coordinated unnamed things after 에 대한 are each an object (돼지고기와 유제품에 대한 조사)', () => {
  const objs = run('캐나다는 미국산 와인과 치즈에 대한 반덤핑 조사를 진행하고 있다.').filter((t) => t.relation === 'INVESTIGATES').map((t) => t.object.labelKo ?? t.object.label);
  expect(objs).toEqual(expect.arrayContaining(['미국산 와인', '치즈']));
});

it('V-아/어 나갈 계획이다: the expansion is planned, not asserted', () => {
  const t = run('중국은 희토류 수출 통제를 확대해 나갈 계획이다.').find((x) => x.relation === 'EXPANDS');
  expect(t?.modality).toBe('planned');
});

describe('Korean relation map: more news verbs', () => {
  it.each([
    ['연장하다 → EXTENDS', '미국 정부는 한국 기업에 대한 유예 조치를 1년 연장했다.', 'united-states EXTENDS'],
    ['압수하다 → SEIZES', '관세청은 밀수된 반도체 장비를 압수했다.', 'SEIZES'],
    ['동결하다 → FREEZES', '일본 정부는 러시아 기업들의 자산을 동결했다.', 'japan FREEZES'],
    ['폐쇄하다 → CLOSES', '테슬라는 독일 공장을 폐쇄했다.', 'tesla CLOSES'],
    ['시인하다 → ADMITS', '화웨이는 수출 규정 위반을 시인했다.', 'huawei ADMITS'],
    ['유치하다 → ATTRACTS', '베트남은 삼성전자의 신규 투자를 유치했다.', 'vietnam ATTRACTS'],
    ['항의하다 → CRITICIZES (a 에-addressee is the object)', '중국 정부는 일본 정부에 강하게 항의했다.', 'china CRITICIZES japan'],
  ])('%s', (_name, text, expected) => {
    expect(lines(run(text)).join('\n')).toContain(expected);
  });
});

describe('constructions from unseen news: what is not emitted', () => {
  it.each([
    ['the condition of a licence requirement (…을 반출하려면) is no act of the speaker', '인도네시아 정부는 니켈 원광을 반출하려면 정부 승인을 받아야 한다고 밝혔다.', /indonesia EXPORTS/],
    ['a prevented act (구매하지 못하도록) is not asserted of its actor or of the one who bans', '한국 정부는 공공기관이 화웨이의 통신 장비를 구매하지 못하도록 금지했다.', / BUYS /],
    ['a negated acceptance is never an asserted AGREES', '일본 정부는 한국 법원의 판결을 받아들이지 않았다.', /AGREES/],
    ['a negated levy is never an asserted IMPOSES', '트럼프 대통령은 “미국에 공장을 짓는 기업에는 관세를 부과하지 않겠다”고 말했다.', /IMPOSES/],
    ['an obligation quoted by one who urges it is not the speaker\'s act', '미국 상무부는 “중국 기업들이 미국산 장비를 사들이는 것을 막아야 한다”며 동맹국에 협력을 촉구했다.', /us-department-of-commerce BANS/],
    ['a loss with an owner of its own (업계의 피해) is not the topic\'s', '일본은 소재 수입을 줄이고 있어 국내 소재 기업들의 피해가 예상된다.', /japan LOSES/],
    ['X가 같은 N: the topic before X is not what the passive is about', ['미국 상무부는 중국 기업들을 수출 규제 대상에 추가했다.', '인텔도 중국 수출용 칩 G300이 같은 규제 대상에 포함됐다고 밝혔다.'], /RESTRICTS intel/],
    ['a company topic of a subordinate passive (AMD도 … 수출이 제한되면서) is not the target', ['미국 정부는 중국으로 가는 반도체 수출을 통제했다.', '인텔도 자사 칩의 중국 수출이 제한되면서 손실을 봤다.'], /RESTRICTS intel/],
    ['통보를 받다 is being notified, not obtaining', '삼성전자는 미국 정부로부터 장비 반입 중단 통보를 받았다.', /samsung-electronics OBTAINS/],
    ['A가 B에 [C가 V-도록] 해 달라고 요청하다: C asks nothing', '일본 정부는 미국에 도요타가 관세를 면제받도록 해 달라고 요구했다.', /toyota DEMANDS/],
    ['V-도록 의무화하다: the one who mandates does not obtain the licence', '일본 정부는 반도체 장비를 수출할 때 허가를 받도록 의무화했다.', /japan OBTAINS/],
  ])('%s', (_name, text, unwanted) => {
    expect(lines(run(text)).join('\n')).not.toMatch(unwanted);
  });
});

describe('tagger repair: 이를', () => {
  it.each([
    ['before a predicate eojeol it is 이 + 를', '정부는 이를 발표했다.', ['이/NP', '를/JKO']],
    ['before a noun it stays the adnominal of 이르다', '매출이 1조원에 이를 전망이다.', ['이를/VV+ETM']],
  ])('%s', (_name, text, expected) => {
    const tags = analyse(text).map((t) => `${t.surface}/${t.tag}`);
    for (const e of expected) expect(tags).toContain(e);
  });
});
