// Korean constructions that generalise the extractor beyond its sample: list additions with modified list
// nouns, progressive predicates, criticism of a quoted actor, figure predicates, date adverbials and vague
// unmapped objects. Every sentence is composed for these tests (none comes from a fixture or gold file).
import { beforeAll, describe, expect, it } from '@jest/globals';
import { EntityLinker } from '../src/entities/index.js';
import type { SentenceExtractor } from '../src/extract/index.js';
import { createKoreanExtractor } from '../src/lang/ko/index.js';
import { RelationMap } from '../src/relations/index.js';
import type { NewsDocument, Sentence, Triple } from '../src/types/index.js';

let linker: EntityLinker;
let ko: SentenceExtractor;

beforeAll(() => {
  linker = EntityLinker.load();
  ko = createKoreanExtractor({ linker, relations: RelationMap.load() });
});

function run(text: string): Triple[] {
  const prefix = '머리글. ';
  const full = prefix + text;
  const doc: NewsDocument = { id: 'doc1', path: 't.txt', text: full, removed: [],
    meta: { lang: 'ko', encoding: 'UTF-8', format: 'txt', hash: 'h', bytes: full.length } };
  const sentence: Sentence = { id: 'doc1:1', docId: 'doc1', index: 1, lang: 'ko', start: prefix.length, end: full.length, text };
  return ko.extract(sentence, doc, linker.forDocument()).triples;
}
const statements = (ts: Triple[]) => ts.map((t) => `${t.subject.id} ${t.relation} ${t.object.id} ${t.modality}`);
const labelled = (ts: Triple[]) => ts.map((t) => `${t.subject.id} ${t.relation} ${t.object.label}`);

describe('Korean constructions generalised after the blind set', () => {
  it.each([
    ['a list noun modified by an adnominal copula (대상인 … 명단에)', '미국 상무부는 중국 기업 10곳을 수출통제 대상인 거래제한 명단에 추가했다.', 'us-department-of-commerce BLACKLISTS chinese-companies asserted'],
    ['a 도-phrase after an agent topic is the object (X도 함께 명단에 올리다)', '미국 정부는 러시아 업체 5곳도 함께 블랙리스트에 올렸다.', 'united-states BLACKLISTS russian-companies asserted'],
    ['품목에 포함하다 with an adverb between: the verbal noun before 품목 names the relation', '일본은 갈륨을 수출 규제 품목에 새로 포함했다.', 'japan RESTRICTS gallium asserted'],
    ['verbal noun + 중이다 is that verb in progress', '미국 정부는 화웨이에 대한 추가 제재를 검토 중이다.', 'united-states SANCTIONS huawei considered'],
    ['X에 대해서도 + common-noun object: X is the target (조사 중이다)', '미국 상무부는 틱톡에 대해서도 데이터 관리 실태를 조사 중이다.', 'us-department-of-commerce INVESTIGATES tiktok asserted'],
    ['a prefixed verbal noun keeps its prefix (재검토하다 → REVIEWS)', '비야디는 헝가리 공장 증설 계획을 재검토하고 있는 것으로 전해졌다.', 'byd REVIEWS 헝가리-공장-증설-계획 reported'],
    ['speaker + quotation + criticism verb: the speaker accuses the quoted actor', '중국 외교부는 "미국이 반도체 공급망을 무기화하고 있다"며 강하게 반발했다.', 'china-ministry-of-foreign-affairs ACCUSES united-states asserted'],
  ])('%s', (_name, text, expected) => {
    expect(statements(run(text))).toContain(expected);
  });

  it.each([
    ['the owner of 주가 falls by the figure', '엔비디아 주가는 뉴욕 증시에서 12% 급락했다.', 'nvidia FALLS 12%'],
    ['a 도-topic figure owner with 넘게 (3% 넘게 상승하다)', '삼성전자 주가도 3% 넘게 상승했다.', 'samsung-electronics RISES 3%'],
    ['기록하다 keeps each amount of a comma list whole (first)', '삼성전자는 2분기에 매출 70조 원, 영업이익 10조 원을 기록했다.', 'samsung-electronics RECORDS 매출 70조 원'],
    ['기록하다 keeps each amount of a comma list whole (second)', '삼성전자는 2분기에 매출 70조 원, 영업이익 10조 원을 기록했다.', 'samsung-electronics RECORDS 영업이익 10조 원'],
    ['a transliterated name the tagger split, with its original in parentheses, stays one word', '화웨이는 새 AI 칩 어센드(Ascend) 920을 공개했다.', 'huawei ANNOUNCES 새 AI 칩 어센드'],
    ['a date adverbial does not start the object phrase', '상무부는 5일(현지시간) 새 수출통제 규정을 발표했다.', 'us-department-of-commerce ANNOUNCES 새 수출통제 규정'],
  ])('%s', (_name, text, expected) => {
    expect(labelled(run(text))).toContain(expected);
  });

  it('a date noun before a named object does not hide the name', () => {
    expect(statements(run('미국은 7일 중국 기업 5곳을 제재했다.'))).toContain('united-states SANCTIONS chinese-companies asserted');
  });

  it('an unmapped predicate with a vague, unglossed object gives no RELATED_TO triple', () => {
    const ts = run('미국 상무부는 의회에 서한을 보냈다.');
    expect(ts.filter((t) => t.relation === 'RELATED_TO')).toEqual([]);
  });

  it('an unmapped predicate with a named object still gives RELATED_TO', () => {
    expect(statements(run('미국 상무부는 화웨이를 주시했다.'))).toContain('us-department-of-commerce RELATED_TO huawei asserted');
  });
});

describe('Korean constructions, second round (phrasal predicates, headlines, quotes, owners)', () => {
  it.each([
    ['object noun + verb as one predicate: X에 관심을 보이다 (an exemplifier glued to its particle: 등이)', '데이터센터 인수에는 아마존과 구글 등이 관심을 보였다.', 'amazon SHOWS_INTEREST_IN'],
    ['X의 출하를 시작하다: the genitive owner is what ships', '화웨이는 새 스마트폰 메이트의 출하를 이달 시작했다.', 'huawei SHIPS'],
    ['X의 양산에 들어가다 → PRODUCES the owner', 'SK하이닉스는 HBM4의 양산에 들어갔다.', 'sk-hynix PRODUCES hbm4'],
    ['a government noun after a person and a country stands for the country', '조 바이든 미국 행정부는 중국산 철강 수입을 제한했다.', 'united-states RESTRICTS'],
    ['a facility acts for its genitive owners (X의 중국 공장은 …를 받다)', '인텔의 중국 공장은 미국 정부로부터 특별 허가를 받았다.', 'intel OBTAINS'],
    ['any speech verb quoting a wrongdoing accuses its actor', '외교부 대변인은 “일본이 자유무역 질서를 훼손하고 있다”며 “대응할 것”이라고 말했다.', 'korea-ministry-of-foreign-affairs ACCUSES japan'],
    ['the accused is not the speaker acting before the quotation (담화를 내고)', '중국 외교부는 성명을 내고 “미국이 관세를 남용하고 있다”며 반발했다.', 'china-ministry-of-foreign-affairs ACCUSES united-states'],
  ])('%s', (_name, text, expected) => {
    expect(statements(run(text)).some((s) => s.startsWith(expected))).toBe(true);
  });

  it.each([
    ['매출을 올리다 records the revenue (keep_object), not RAISES', '업계에 따르면 애플은 아이폰 매출의 약 20%를 중국에서 올리고 있다.', 'apple RECORDS 아이폰 매출'],
    ['손실을 보다 loses the amount', '인텔은 최대 5억 달러의 손실을 볼 수 있다고 밝혔다.', 'intel LOSES 최대 5억 달러의 손실'],
    ['X에 부과하는 관세 is "tariffs on X", and the subject before it stays the main clause\'s', '미국 정부가 중국산 철강에 부과하는 관세를 두 배로 인상한다.', 'united-states RAISES tariffs on Chinese steel'],
    ['a headline counter or multiplier is no object: the argument before it is', '美, 中 철강 관세 50%로 2배 인상', 'united-states RAISES Chinese steel tariffs'],
  ])('%s', (_name, text, expected) => {
    expect(labelled(run(text))).toContain(expected);
  });

  it('매출을 올리다 is not RAISES', () => {
    expect(run('애플은 아이폰 매출의 약 20%를 중국에서 올리고 있다.').map((t) => t.relation)).not.toContain('RAISES');
  });

  it('a speech verb quoting a neutral act accuses no one', () => {
    expect(run('산업부 관계자는 “국내 기업들이 공급망을 다변화하고 있다”고 말했다.').filter((t) => t.relation === 'ACCUSES')).toEqual([]);
  });
});
