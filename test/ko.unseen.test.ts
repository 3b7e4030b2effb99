// Korean constructions that carry the extractor to unseen news: names the gazetteer lacks, speech, anaphora,
// support verbs, headlines and tagger slips. Every sentence is composed for these tests (none comes from a fixture
// or gold file); one construction per row.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { EntityLinker } from '../src/entities/index.js';
import type { SentenceExtractor } from '../src/extract/index.js';
import { createKoreanExtractor } from '../src/lang/ko/index.js';
import { RelationMap } from '../src/relations/index.js';
import type { Triple } from '../src/types/index.js';
import { extractLines } from './helpers/extract.js';

let linker: EntityLinker;
let ko: SentenceExtractor;

beforeAll(() => {
  linker = EntityLinker.load();
  ko = createKoreanExtractor({ linker, relations: RelationMap.load() });
});

/** The sentences as one document, extracted in order; the triples of the last one (or of all with `all`). */
function runDoc(sentences: string[], all = false): Triple[] {
  const out = extractLines(ko, linker, 'ko', sentences);
  return all ? out.flat() : out[out.length - 1]!;
}
const run = (text: string) => runDoc([text]);
const statements = (ts: Triple[]) => ts.map((t) => `${t.subject.id} ${t.relation} ${t.object.id}`);
const subjectRelations = (ts: Triple[]) => ts.map((t) => `${t.subject.id} ${t.relation}`);
const labelled = (ts: Triple[]) => ts.map((t) => `${t.subject.label} ${t.relation} ${t.object.label}`);

describe('Korean relation map: common news verbs', () => {
  it.each([
    ['철회하다 → REVOKES', '미국 상무부는 화웨이에 내준 수출 허가를 철회했다.', 'us-department-of-commerce REVOKES'],
    ['건설하다 → BUILDS', '테슬라는 멕시코에 새 공장을 건설하고 있다.', 'tesla BUILDS'],
    ['기소하다 → PROSECUTES', '검찰은 반도체 기술을 빼돌린 혐의로 전직 직원을 기소했다.', 'south-korean-prosecutors PROSECUTES'],
    ['선고하다 → SENTENCES', '서울중앙지법은 전직 연구원에게 징역 5년을 선고했다.', 'seoul-central-district-court SENTENCES'],
    ['장악하다 → TAKES_CONTROL_OF', '독일 정부는 러시아 국영기업 자회사의 경영권을 장악했다.', 'germany TAKES_CONTROL_OF'],
    ['발동하다 → INVOKES', '미국 정부는 국방물자생산법을 발동했다.', 'united-states INVOKES'],
    ['타결하다 → AGREES', '일본과 유럽연합은 디지털 무역협정을 타결했다.', 'japan AGREES'],
    ['협의하다 → CONSULTS (a 와-partner)', 'SK하이닉스는 미국 정부와 긴밀히 협의하고 있다.', 'sk-hynix CONSULTS'],
    ['논의하다 → DISCUSSES', '엔비디아는 대만 정부와 공급망 문제를 논의했다.', 'nvidia DISCUSSES'],
    ['모색하다 → SEEKS', '삼성SDI는 새 공급처를 모색하고 있다.', 'samsung-sdi SEEKS'],
    ['탄압하다 → SUPPRESSES', '중국 외교부는 "미국이 중국 기업을 탄압하고 있다"고 비판했다.', 'united-states SUPPRESSES'],
    ['유출하다 → LEAKS', '최모씨는 배터리 설계 자료를 중국 경쟁사에 유출했다.', 'LEAKS'],
  ])('%s', (_name, text, expected) => {
    const ts = run(text);
    expect([...statements(ts), ...subjectRelations(ts), ...ts.map((t) => t.relation)]).toContain(expected);
  });
});

describe('names the gazetteer lacks, discovered from how news introduces them', () => {
  it.each([
    ['a Korean name before an organisation and a title', ['이정훈 한국무역협회 수석연구원은 “수출 둔화가 이어질 것”이라고 말했다.'], '이정훈', 'Person'],
    ['a two-word foreign name before a title', ['로버트 윌리엄스 미국 국무부 대변인은 “동맹과 긴밀히 협의하겠다”고 밝혔다.'], '로버트 윌리엄스', 'Person'],
    ['a surname and a title refer back to the person named in full', ['박성진 산업부 무역정책본부장은 업계와 간담회를 열었다.', '박 본부장은 “수출 지원을 늘리겠다”고 말했다.'], '박성진', 'Person'],
    ['김모(45)씨: a surname, 모 and an honorific', ['검찰은 배터리 기술을 빼돌린 김모(45)씨를 구속기소했다.'], '김모', 'Person'],
    ['an original name in parentheses is the canonical name', ['미국 반도체 설계업체 램버스(Rambus)는 신제품을 출시했다.'], 'Rambus', 'Company'],
    ['a name after a company descriptor', ['독일 화학업체 헨켈은 중국 공장을 매각했다.'], '헨켈', 'Company'],
    ['a name after a country', ['대만 윈본드가 새 공장을 착공했다.'], '윈본드', 'Company'],
    ['an organisation head (지법)', ['수원지법은 기술 유출 사건 피고인에게 징역 3년을 선고했다.'], '수원지법', 'Agency'],
    ['a country and an unknown ministry', ['독일 경제부는 중국 기업의 인수를 불허했다.'], '독일 경제부', 'Agency'],
    ['an industry acting as one party (X 업계)', ['반도체 업계는 정부에 보조금 확대를 요청했다.'], '반도체 업계', 'Organization'],
  ])('%s', (_name, sentences, label, type) => {
    const ts = runDoc(sentences as string[]);
    expect(ts.map((t) => `${t.subject.label}/${t.subject.type}`)).toContain(`${label}/${type}`);
  });

  it('재판부 is the court the document named', () => {
    const ts = runDoc(['수원지법은 기술 유출 사건 피고인에게 징역 3년을 선고했다.', '재판부는 “피해 규모가 크다”고 밝혔다.']);
    expect(ts.map((t) => t.subject.label)).toContain('수원지법');
  });

  it('a headline knows a name its body introduces', () => {
    const ts = runDoc(['대만 윈본드, 일본 공장 착공', '대만 윈본드가 일본 구마모토에 새 공장을 착공했다.'], true);
    expect(ts.filter((t) => t.sentence.startsWith('대만 윈본드,')).map((t) => t.subject.label)).toContain('윈본드');
  });
});

describe('entity layer: groups, near misses and titles', () => {
  it('a group (중국 업체) gives bare 업체 no meaning for the rest of the document', () => {
    const doc = linker.forDocument();
    doc.mentions('중국 업체의 점유율이 크게 늘었다.');
    expect(doc.mentions('클라우드 서비스 업체들은 가격을 올렸다.').map((m) => m.id)).not.toContain('chinese-companies');
  });
  it.each([
    ['a name read across a space the text put inside it must end its word (산업 부활 ≠ 산업부)', '반도체 산업 부활이 시급하다.', 'korea-ministry-of-trade-industry-and-energy'],
    ['a noun and its particle are no slip of a name (공정에서 ≠ 공정위)', '삼성전자는 3나노 공정에서 칩을 생산한다.', 'korea-fair-trade-commission'],
    ['대통령이 is 대통령 + 이, not 대통령실', '바이든 미국 대통령이 연설했다.', 'presidential-office-of-korea'],
    ['a title is never a near miss of a ministry (경제산업상 ≠ 경제산업성)', '무토 요지 일본 경제산업상이 방한했다.', 'japan-ministry-of-economy-trade-and-industry'],
  ])('%s', (_name, text, wrong) => {
    expect(linker.forDocument().mentions(text).map((m) => m.id)).not.toContain(wrong);
  });
});

describe('tagger slips on news words', () => {
  it.each([
    ['여러 번 is a counter, not 벌다', '삼성전자는 시제품을 여러 번 수정해 새 칩을 개발했다.', 'samsung-electronics DEVELOPS'],
    ['쓰고 is 쓰다, not 쓸다', 'LG전자는 중국산 부품을 쓰고 있다.', 'lg-electronics USES'],
    ['a place ending in a verb-like syllable (조지아주) is a noun', '기아는 조지아주 공장에서 전기차를 생산한다.', 'kia PRODUCES'],
    ['일주일간 is a duration, not 가다', '테슬라는 부품 부족으로 상하이 공장 가동을 일주일간 중단했다.', 'tesla SUSPENDS'],
    ['일시 is a noun, not the copula', '도요타는 일본 공장 생산을 일시 중단했다.', 'toyota SUSPENDS'],
    ['a verbal noun glued to 받다 is one verb (지원받다)', 'SK온은 미국 정부로부터 보조금을 지원받았다.', 'sk-on OBTAINS'],
    ['의 after a parenthesis is the genitive', '일본은 극자외선(EUV) 장비의 중국 수출을 제한했다.', 'japan RESTRICTS'],
  ])('%s', (_name, text, expected) => {
    expect(subjectRelations(run(text))).toContain(expected);
  });
});

describe('speech: a quotation is a statement of its named speaker', () => {
  it.each([
    ['a direct quotation with no triple of its own', '젠슨 황 엔비디아 최고경영자는 “AI 수요는 여전히 강하다”고 말했다.', 'Jensen Huang SAYS AI 수요는 여전히 강하다'],
    ['X 측 is X', '애플 측은 “중국 생산을 줄일 계획은 없다”고 밝혔다.', 'Apple SAYS 중국 생산을 줄일 계획은 없다'],
    ['a company passing on its words (전하다) says them', '현대차 측은 "미국 투자를 계속 늘려갈 것"이라고 전했다.', 'Hyundai Motor SAYS 미국 투자를 계속 늘려갈 것'],
    ['an indirect quotation that relates nothing is about its subject', '산업부는 국내 기업들의 수출이 이달 들어 회복세로 돌아섰다고 밝혔다.', "Korea Ministry of Trade Industry and Energy SAYS South Korean companies' export"],
    ['a direct quotation of the speaker\'s own plans is still a statement', '안덕근 장관은 “수출 기업의 애로를 신속히 해결하겠다”고 말했다.', 'Ahn Duk-geun SAYS 수출 기업의 애로를 신속히 해결하겠다'],
    ['선을 긋다 (draw a line) is a statement', '삼성전자는 "감산 계획은 없다"며 선을 그었다.', 'Samsung Electronics SAYS 감산 계획은 없다'],
  ])('%s', (_name, text, expected) => {
    expect(labelled(run(text)).map((l) => l.replace(/…$/, ''))).toContain(expected);
  });

  it('a speech verb with an object of its own urges that, not the quotation', () => {
    const ts = run('한국자동차산업협회는 “생산 차질이 길어질 수 있다”며 정부의 신속한 지원을 촉구했다.');
    expect(ts.filter((t) => t.relation === 'URGES').map((t) => t.object.labelKo ?? t.object.label).join(' ')).not.toContain('차질');
  });
});

describe('who acts: subjects beyond the sentence', () => {
  it.each([
    ['두 회사 is the two companies last named', ['LG에너지솔루션과 삼성SDI가 북미 투자를 늘렸다.', '두 회사는 현지에 공장을 추가로 짓기로 했다.'], ['lg-energy-solution BUILDS', 'samsung-sdi BUILDS']],
    ['양사 likewise', ['현대차와 기아는 인도 시장 공략을 강화했다.', '양사는 현지 공장을 증설하기로 했다.'], ['hyundai-motor EXPANDS', 'kia EXPANDS']],
    ['이 회사 is the last company named', ['BYD는 헝가리에 공장을 지었다.', '이 회사는 유럽 판매를 늘릴 계획이다.'], ['byd EXPANDS']],
    ['bare 정부 in Korean news is the Korean government', ['정부는 반도체 기업에 대한 세액공제를 확대하기로 했다.'], ['south-korea EXPANDS']],
    ['a sentence going on with 또 keeps the previous subject', ['산업부는 희토류 비축 물량을 늘리기로 했다.', '또 베트남과의 자원 협력도 강화할 방침이다.'], ['korea-ministry-of-trade-industry-and-energy STRENGTHENS']],
    ['두 장관 is the two persons last named', ['안덕근 장관과 무토 요지 일본 경제산업상이 도쿄에서 만났다.', '두 장관은 공급망 대화를 정례화하기로 합의했다.'], ['ahn-duk-geun DECIDES']],
  ])('%s', (_name, sentences, expected) => {
    const got = subjectRelations(runDoc(sentences as string[]));
    for (const e of expected as string[]) expect(got).toContain(e);
  });
});

describe('clause constructions', () => {
  it.each([
    ['a negative stance on X is opposition to X', '일본 정부는 한국의 관세 인상에 대해 부정적인 입장을 밝혔다.', 'japan REJECTS'],
    ['a light support verb carries its verbal noun\'s relation (협상을 진행하다)', 'SK온은 호주 광산업체와 리튬 공급 협상을 진행하고 있다.', 'sk-on NEGOTIATES'],
    ['착수하다 with a verbal noun: what it is about, as written', '정부가 수출 기업 피해 점검에 착수했다.', 'south-korea REVIEWS'],
    ['V-기로 합의하다: the V-기로 clause is what is agreed', '미국과 일본은 반도체 공급망 회의를 정례화하기로 합의했다.', 'united-states DECIDES'],
    ['a coordinated subject of 만나다 meets each other', '조 바이든 대통령과 기시다 후미오 총리가 워싱턴에서 만났다.', 'joe-biden MEETS fumio-kishida'],
    ['X와 Y의 장관이: the countries act through their ministers', '한국과 미국의 외교장관이 회담을 열었다.', 'south-korea HOLDS'],
    ['X Y 양국 is both countries', '한미 양국은 조선 협력을 강화하기로 했다.', 'united-states STRENGTHENS'],
    ['an adnominal clause with 등 asserts its verb (…를 중단하는 등)', '닛산은 부품 부족으로 공장 가동을 중단하는 등 타격을 입었다.', 'nissan SUSPENDS'],
    ['a figure noun before 마감하다 is the predicate', '테슬라 주가는 이날 5.2% 상승 마감했다.', 'tesla RISES'],
    ['a relative clause on a means (…하는 방식으로) shares its subject', '업계는 SMIC가 구형 장비를 개조하는 방식으로 5나노 칩을 만들었다고 분석했다.', 'smic PRODUCES'],
    ['a relative clause on the object shares its subject when no other actor is about', '일본 정부가 한국 기업에 부여했던 우대 지위를 철회하기로 했다.', 'japan REVOKES'],
    ['two one-syllable names joined by a middle dot modify what follows (미·중 특위)', '존 물레나 하원 미·중 특위 위원장은 “수출통제를 강화해야 한다”고 촉구했다.', 'john-moolenaar URGES'],
  ])('%s', (_name, text, expected) => {
    const ts = run(text);
    expect([...statements(ts), ...subjectRelations(ts)]).toContain(expected);
  });

  it.each([
    ['a vague object alone (모든 조치) gives no triple', '중국 정부는 모든 조치를 취하겠다고 밝혔다.', 'IMPOSES'],
    ['a scene-setting connective (고려해) relates nothing', '삼성전자는 수요 둔화를 고려해 투자 규모를 줄였다.', 'CONSIDERS'],
    ['meeting the press is no meeting', '무토 경제산업상은 기자들과 만나 협력 의지를 밝혔다.', 'MEETS'],
  ])('%s', (_name, text, relation) => {
    expect(run(text).map((t) => t.relation)).not.toContain(relation);
  });

  it('a partner joined to a joint undertaking by 와/과 is a partner, not a conjunct (and owns what its clause says)', () => {
    const ts = run('고려아연은 칠레에 광산을 보유한 MP머티리얼즈와 장기 공급 계약을 맺었다.');
    expect(statements(ts).filter((s) => s.includes(' OWNS '))).not.toContainEqual(expect.stringContaining('korea-zinc OWNS'));
    expect(subjectRelations(ts)).toContain('korea-zinc SIGNS');
  });

  it('examples before a plan are not what the plan is (배터리 등 … 지원 방안)', () => {
    const ts = run('독일과 프랑스는 배터리 등 핵심 산업 지원 방안을 논의했다.');
    expect(ts.filter((t) => t.relation === 'DISCUSSES').map((t) => t.object.id)).not.toContain('batteries');
  });
});

describe('headlines', () => {
  it.each([
    ['a noun that only carries out the action (조사 착수) is passed over', '美, 中 드론업체 조사 착수', 'united-states INVESTIGATES'],
    ['a country compound opening a headline without a comma is its subject', '미중 무역협상 타결', 'china AGREES'],
  ])('%s', (_name, text, expected) => {
    expect(subjectRelations(run(text))).toContain(expected);
  });
  it.each([
    ['a manner noun (긴급) is no object', '산업부, 수출 기업 긴급 점검', '긴급'],
    ['a comparison (…보다) is no object', '美, 삼성 보조금 확정…당초안보다 10% 감액', '당초안'],
  ])('%s', (_name, text, wrong) => {
    expect(run(text).map((t) => t.object.labelKo ?? t.object.label)).not.toContain(wrong);
  });
});

describe('constructions found on fresh text', () => {
  it.each([
    ['a headline subject set off by a comma before a list of examples (A, B 등 …)', '日 경제산업성, 中 장비업체 나우라 등 12곳 수출규제 대상 추가', 'japan-ministry-of-economy-trade-and-industry RESTRICTS'],
    ['named examples stand beside an unnamed one of their category', '미국 상무부가 중국 드론업체 DJI와 보안카메라 업체 등 15곳을 수출통제 명단에 추가했다.', 'us-department-of-commerce BLACKLISTS dji'],
    ['a 이/가 subject before a relation-less relative clause belongs to it (X가 … 미칠 영향)', '일본 정부는 미국의 관세가 자국 산업에 미칠 영향을 분석하고 있다.', 'japan ANALYZES'],
    ['a connective clause\'s subject goes on past a relative clause on the main object', '삼성전자가 애플과 공동 개발해 만든 센서 공장의 지분을 모두 사들였다.', 'samsung-electronics BUYS'],
    ['…한 혐의를 받고 있다: the sentence subject is the accused', ['관세청은 무역업체 대표 최모씨를 검찰에 송치했다.', '최씨는 장비 30여 대를 중국 업체에 넘긴 혐의를 받고 있다.'], '최모 TRANSFERS'],
    ['the rest of a word a name opens (관세청장) is a title, not part of the name', '김철수 관세청장은 “단속을 강화하겠다”고 밝혔다.', '김철수 SAYS'],
    ['a long family name after a given name', '우르줄라 라이엔하우젠 유럽연합 집행위원은 “보복 관세를 검토하겠다”고 말했다.', '우르줄라 라이엔하우젠 SAYS'],
    ['a support verb\'s noun about X (X에 대한 조사에 착수하다)', '미국은 중국산 범용 반도체에 대한 조사에 착수했다.', 'united-states INVESTIGATES'],
    ['X에 대해서도 조사를 검토하다: the investigation is about X, only considered', '중국은 유럽산 와인에 대해서도 조사를 검토하고 있다.', 'china INVESTIGATES'],
    ['회사 측 is the company of the story', ['현대모비스는 멕시코 공장 증설을 발표했다.', '회사 측은 “북미 수요에 대응하기 위한 것”이라고 설명했다.'], 'hyundai-mobis SAYS'],
    ['a verb done with a partner in a relative clause has the partner as object', 'SK온은 포드와 합작한 공장의 운영 방식을 바꿨다.', 'sk-on PARTNERS_WITH ford'],
    ['a rebuttal\'s own words are said (반박하다)', '화웨이는 “보안 위협은 근거가 없다”고 반박했다.', 'huawei SAYS'],
    ['a warning\'s words are a warning (경고하다), as in English', '중국 상무부는 “단호한 대응에 나서겠다”고 경고했다.', 'china-ministry-of-commerce WARNS'],
    ['추종하다 → ALIGNS_WITH', '중국은 "네덜란드가 미국을 추종하고 있다"고 비판했다.', 'netherlands ALIGNS_WITH united-states'],
    ['an ownerless figure (주가는) belongs to the sentence topic', '마이크론은 3분기 적자를 기록했고 주가는 하루 새 12% 하락했다.', 'micron FALLS'],
    ['a court panel (형사11부) is the court', '서울중앙지법 형사11부는 전직 연구원에게 징역 4년을 선고했다.', 'seoul-central-district-court SENTENCES'],
    ['where one moves to (…로 이직하다) is the object', 'SK하이닉스 출신 연구원 최모씨는 2020년 CXMT로 이직했다.', '최모 JOINS cxmt'],
    ['a company name by its ending (…정밀화학)', '한빛정밀화학은 인도네시아 업체와 니켈 구매 계약을 맺었다.', '한빛정밀화학 SIGNS'],
    ['진입하다 → ENTERS (the market it enters)', '샤오미는 지난해 전기차 시장에 진입했다.', 'xiaomi ENTERS'],
    ['독점하다 → DOMINATES', 'ASML은 극자외선 노광장비 시장을 독점하고 있다.', 'asml DOMINATES'],
    ['분사하다 → SPINS_OFF', '인텔은 파운드리 사업부를 분사하기로 했다.', 'intel SPINS_OFF'],
    ['구형하다 (prosecutors seek a sentence) → SEEKS', '검찰은 기술 유출 사범에게 징역 7년을 구형했다.', 'south-korean-prosecutors SEEKS'],
    ['an object before a relative clause\'s own subject is the main clause\'s', '인텔은 낸드 사업을 SK하이닉스가 세운 법인에 매각했다.', 'intel SELLS'],
    ['a licence required for X (X에 대해서도 허가를 받도록 하다) restricts X', '일본 정부는 도쿄일렉트론의 일부 식각 장비에 대해서도 수출 허가를 받도록 했다.', 'japan RESTRICTS'],
    ['a name the tagger cut at a particle-like syllable is read by its text (에스엘모터는)', '국내 모터업체 에스엘모터는 생산라인 가동을 멈췄다.', '에스엘모터 SUSPENDS'],
    ['X에 인수되다: the 에-phrase of an acquisition passive is its agent', '멜라녹스는 2020년 엔비디아에 인수됐다.', 'nvidia ACQUIRES mellanox-technologies'],
    ['a passive relative clause on a generic head: the topic is the patient', '멜라녹스는 2020년 엔비디아에 인수된 이스라엘 기업이다.', 'nvidia ACQUIRES mellanox-technologies'],
    ['X의 명단에 오르다: the list\'s owner put the subject on it', '화웨이는 2019년 미국 상무부의 거래제한 명단에 올랐다.', 'us-department-of-commerce BLACKLISTS huawei'],
    ['a country name that is also a common word (인도) names the country once the document used it unambiguously', ['인도 정부는 중국산 앱을 차단했다.', '인도는 중국 업체의 투자도 제한했다.'], 'india RESTRICTS'],
    ['a partner of a signed agreement is related too (X와 계약을 체결하다)', 'LG에너지솔루션은 제너럴모터스와 배터리 공급 계약을 체결했다.', 'lg-energy-solution SIGNS general-motors'],
    ['a relative clause on a contract has the main subject (…를 생산하는 계약을 맺다)', '삼성전자는 애플과 이미지센서를 생산하는 계약을 맺었다.', 'samsung-electronics PRODUCES'],
    ['a company name by its ending (…파트너스)', '한빛파트너스는 고려아연 지분을 사들였다.', '한빛파트너스 BUYS'],
    ['a support verb aimed at someone\'s move (X의 움직임에 대해 보복을 예고하다) is aimed at X', '중국은 네덜란드의 장비 수출 규제 움직임에 대해 보복을 예고했다.', 'china RETALIATES_AGAINST netherlands'],
    ['a quoted condition\'s subject stays in it (X가 …할 경우 …를 취할 것)', '중국 상무부는 "한국이 규제에 동참할 경우 대응 조치를 취할 것"이라고 밝혔다.', 'china-ministry-of-commerce IMPOSES'],
    ['a new topic after "…하며," opens a clause of its own', '인텔이 오하이오에 공장을 짓기로 했으며, 미국 정부는 이 투자에 보조금을 지원하기로 했다.', 'united-states PROVIDES'],
    ['an amount with its qualifier only (최대 …억엔) gives way to the recipient', '일본 정부는 라피더스에도 최대 5900억엔을 지원했다.', 'japan PROVIDES rapidus'],
    ['a Japanese family-name-first name before a title (무토 요지 경제산업상) is one person', '무토 요지 경제산업상은 “반도체 투자를 지원하겠다”고 밝혔다.', '무토 요지 SAYS'],
    ['한·미 (dotted country abbreviations) names both countries', '삼성전자는 “한·미 양국 정부와 긴밀히 협의하겠다”고 밝혔다.', 'samsung-electronics CONSULTS south-korea'],
    ['a name followed by a particle the tagger read as an ending (멜라녹스는)', '멜라녹스는 엔비디아와 협력해 왔다.', 'mellanox-technologies COOPERATES_WITH nvidia'],
  ])('%s', (_name, text, expected) => {
    const ts = Array.isArray(text) ? runDoc(text) : run(text);
    const labels = ts.map((t) => `${t.subject.id} ${t.relation}`);
    expect([...statements(ts), ...labels, ...ts.map((t) => `${t.subject.label} ${t.relation}`)]).toContain(expected);
  });
});

it('a measure described by a relative clause is named by it (…를 받도록 하는 규정을 발표하다)', () => {
  const ts = run('중국 상무부는 갈륨 제품을 수출할 때 허가를 받도록 하는 규정을 발표했다.');
  expect(ts.filter((t) => t.relation === 'ANNOUNCES').map((t) => t.object.label).join(' ')).toContain('허가를 받도록 하는 규정');
});

it('a goal a relative clause describes is named by it when it is set out (…겠다는 목표를 제시하다)', () => {
  const ts = run('일본 정부는 2030년까지 반도체 매출을 3배로 늘리겠다는 목표를 제시했다.');
  expect(ts.filter((t) => t.relation === 'ANNOUNCES').map((t) => t.object.label).join(' ')).toContain('늘리겠다는 목표');
});
