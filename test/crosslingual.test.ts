// A Korean and an English sentence stating the same fact must meet on the same nodes and relation type.
import { describe, expect, it } from '@jest/globals';
import { ingestText } from '../src/ingest/index.js';
import { addExtraction, createGraph } from '../src/graph/index.js';
import { Pipeline } from '../src/pipeline/index.js';

const pipeline = new Pipeline();
const statements = (text: string) =>
  pipeline.extractDocument(ingestText(text, {}, { minTextChars: 1 })).triples.map((t) => `${t.subject.id} ${t.relation} ${t.object.id} ${t.modality}`);

// Composed pairs, one fact each: [Korean, English, the statement both must yield, its modality]. The modality is
// part of the edge key, so a differing modality would split the edge just as a differing id would.
const PAIRS: Array<[string, string, string, string]> = [
  ['미국은 화웨이를 제재했다.', 'The United States sanctioned Huawei.', 'united-states SANCTIONS huawei', 'asserted'],
  ['엔비디아는 중국에 A800을 수출하고 있다.', 'Nvidia is exporting the A800 to China.', 'nvidia EXPORTS a800', 'asserted'],
  ['중국은 마이크론 제품 구매를 금지했다.', 'China banned purchases of Micron products.', 'china BANS micron', 'asserted'],
  ['바이든 행정부는 새로운 수출통제를 발표했다.', 'The Biden administration announced new export controls.', 'biden-administration ANNOUNCES export-controls', 'asserted'],
  ['중국은 갈륨 수출을 통제하기로 결정했다.', 'China decided to restrict exports of gallium.', 'china RESTRICTS gallium', 'planned'],
  ['중국은 희토류 수출을 금지할 예정이다.', 'China plans to ban exports of rare earths.', 'china BANS rare-earths', 'planned'],
  ['중국은 마이크론을 겨냥했다.', 'China targeted Micron.', 'china TARGETS micron', 'asserted'],
  ['중국은 갈륨과 게르마늄을 통제했다.', 'China restricted gallium and germanium.', 'china RESTRICTS germanium', 'asserted'],
  ['중국 기업은 클라우드 서비스를 통해 A100에 접근할 수 있다.', 'Chinese companies can access the A100 through cloud services.', 'chinese-companies USES a100', 'possible'],
  // a lemma moved to a type named after it moves with its Korean counterpart (criticize/비판하다, hold talks/회담하다)
  ['중국은 네덜란드를 비판했다.', 'China criticized the Netherlands.', 'china CRITICIZES netherlands', 'asserted'],
  ['블링컨 국무장관은 왕이 외교부장과 회담했다.', 'Antony Blinken held talks with Wang Yi.', 'antony-blinken TALKS_WITH wang-yi', 'asserted'],
  // a measure named by a noun phrase: 대중 반도체 수출 규제 (a nominal predicate) / Washington's curbs on … (a nominalisation)
  ['미국은 중국에 대한 반도체 수출 규제를 발표했다.', "Washington's curbs on chip exports to China were announced on Monday.", 'united-states RESTRICTS semiconductors', 'asserted'],
];

describe('Korean and English statements of one fact', () => {
  it.each(PAIRS)('%s / %s → %s (%s)', (ko, en, expected, modality) => {
    expect(statements(ko)).toContain(`${expected} ${modality}`);
    expect(statements(en)).toContain(`${expected} ${modality}`);
  });

  // A warning is WARNS in both languages (경고하다 / warn), whatever the warning's wording becomes as an object.
  it('a warning is WARNS from its speaker in both languages', () => {
    const ko = statements('중국 상무부는 일본의 규제가 공급망을 해칠 것이라고 경고했다.');
    const en = statements("China's commerce ministry warned that Japan's curbs would harm supply chains.");
    for (const ts of [ko, en]) expect(ts.some((t) => t.startsWith('china-ministry-of-commerce WARNS '))).toBe(true);
  });

  it('merge into one edge with evidence in both languages', () => {
    const g = createGraph();
    for (const text of ['미국은 화웨이를 제재했다.', 'The United States sanctioned Huawei.']) {
      addExtraction(g, pipeline.extractDocument(ingestText(text, {}, { minTextChars: 1 })));
    }
    const edges = g.filterEdges((_e, a, s, t) => s === 'united-states' && t === 'huawei' && a.relation === 'SANCTIONS');
    expect(edges).toHaveLength(1);
    expect(g.getEdgeAttribute(edges[0]!, 'evidence').map((e) => e.lang).sort()).toEqual(['en', 'ko']);
  });
});
