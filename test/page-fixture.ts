// Shared by test/page*.test.ts and test/serve*.test.ts: a small bilingual graph built through the real
// graph model (createGraph/addExtraction), a real Neo4j-backed CypherRunner, and Chromium launch options.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { addExtraction, createGraph, toJSON, type NewsGraph } from '../src/graph/index.js';
import { HEADLESS_CHROMIUM } from '../src/page/headless.js';
import type { CypherRunner } from '../src/serve/index.js';
import type { DocumentExtraction, EntityRef, Lang, Modality, Sentence, Triple } from '../src/types/index.js';
import { testNeo4jCredentials, testNeo4jUri } from './helpers/test-neo4j.js';

/** The same Chromium and flags as bench/page.ts. */
export const CHROMIUM = HEADLESS_CHROMIUM;

const ent = (id: string, label: string, type: EntityRef['type'], labelKo?: string): EntityRef =>
  ({ id, label, type, ...(labelKo ? { labelKo } : {}) });

export const E = {
  us: ent('united-states', 'United States', 'Country', '미국'),
  cn: ent('china', 'China', 'Country', '중국'),
  nvidia: ent('nvidia', 'Nvidia', 'Company', '엔비디아'),
  samsung: ent('samsung-electronics', 'Samsung Electronics', 'Company', '삼성전자'),
  hbm: ent('hbm', 'High Bandwidth Memory', 'Technology', '고대역폭 메모리'),
  raimondo: ent('gina-raimondo', 'Gina Raimondo', 'Person', '러몬도'),
  tsmc: ent('tsmc', 'TSMC', 'Company'),
};

/** [subject, subject surface, relation, object, object surface, modality, confidence] */
type T = [EntityRef, string, string, EntityRef, string, Modality, number];

export const SCRIPT_SENTENCE = 'The United States will restrict <script>alert("x")</script> exports of chips to China.';
export const DOC_TITLE_MARKUP = 'US curbs <b>chip</b> exports';

function doc(id: string, lang: Lang, title: string, published: string, sentences: Array<[string, T[]]>): DocumentExtraction {
  let text = '';
  const sents: Sentence[] = [];
  const triples: Triple[] = [];
  const mentions: DocumentExtraction['mentions'] = [];
  sentences.forEach(([s, ts], index) => {
    if (text) text += ' ';
    const start = text.length;
    text += s;
    const sentenceId = `${id}:${index}`;
    sents.push({ id: sentenceId, docId: id, index, start, end: start + s.length, text: s, lang });
    ts.forEach(([subj, sSurf, relation, obj, oSurf, modality, confidence], k) => {
      const span = (surface: string) => {
        const at = s.indexOf(surface);
        if (at < 0) throw new Error(`fixture: "${surface}" not in "${s}"`);
        return { start: start + at, end: start + at + surface.length, text: surface };
      };
      const subject = { ...subj, span: span(sSurf) };
      const object = { ...obj, span: span(oSurf) };
      mentions.push({ ...subject, sentenceId }, { ...object, sentenceId });
      triples.push({
        id: `${id}-${index}-${k}`, subject, relation, predicate: relation.toLowerCase(), object, modality, confidence, lang,
        doc: id, sentence: s,
        evidence: { docId: id, sentenceId, sentenceIndex: index, start, end: start + s.length, subjectSpan: subject.span, objectSpan: object.span },
      });
    });
  });
  return {
    document: {
      id, path: `${id}.txt`, text, removed: [],
      meta: { title, url: `https://news.example.com/${id}`, published, lang, encoding: 'UTF-8', format: 'txt', hash: id, bytes: text.length },
    },
    sentences: sents, triples, mentions,
  };
}

export function fixtureGraph(): NewsGraph {
  const g = createGraph();
  addExtraction(g, doc('doc-en-1', 'en', DOC_TITLE_MARKUP, '2024-01-10', [
    [SCRIPT_SENTENCE, [[E.us, 'United States', 'RESTRICTS', E.cn, 'China', 'planned', 0.9]]],
    ['Nvidia reportedly supplies chips to China.', [[E.nvidia, 'Nvidia', 'SUPPLIES', E.cn, 'China', 'reported', 0.6]]],
  ]));
  addExtraction(g, doc('doc-ko-1', 'ko', '미국, 대중 반도체 수출 제한', '2024-03-05', [
    ['미국 정부는 중국에 대한 반도체 수출을 제한했다.', [[E.us, '미국', 'RESTRICTS', E.cn, '중국', 'asserted', 0.85]]],
    ['삼성전자는 엔비디아에 고대역폭 메모리를 공급할 수 있다.', [
      [E.samsung, '삼성전자', 'SUPPLIES', E.nvidia, '엔비디아', 'possible', 0.5],
      [E.samsung, '삼성전자', 'PRODUCES', E.hbm, '고대역폭 메모리', 'asserted', 0.7],
    ]],
    ['러몬도 장관은 삼성전자를 비판하지 않았다.', [[E.raimondo, '러몬도', 'CRITICIZES', E.samsung, '삼성전자', 'negated', 0.7]]],
  ]));
  addExtraction(g, doc('doc-en-2', 'en', 'TSMC weighs a US plant', '2024-06-01', [
    ['TSMC is considering a new plant in the United States.', [[E.tsmc, 'TSMC', 'INVESTS_IN', E.us, 'United States', 'considered', 0.4]]],
  ]));
  return g;
}

export async function writeGraphFile(graph: NewsGraph): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-page-'));
  const file = path.join(dir, 'newsgraph.json');
  await writeFile(file, JSON.stringify(toJSON(graph)));
  return file;
}

// ---- a real Neo4j runner, as the CLI wires one: read sessions, ids from node `id`, edge keys from rel `key`.

// Always the dedicated test server (never the user's NEO4J_URI, which may not even be running).
export async function openDriver(): Promise<Driver> {
  const { user, password } = testNeo4jCredentials();
  return neo4j.driver(await testNeo4jUri(), neo4j.auth.basic(user, password));
}

function plain(v: unknown, nodes: Set<string>, edges: Set<string>): unknown {
  if (neo4j.isInt(v)) return (v as { toNumber(): number }).toNumber();
  if (neo4j.isNode(v as never)) {
    const n = v as unknown as { labels: string[]; properties: Record<string, unknown> };
    if (typeof n.properties.id === 'string') nodes.add(n.properties.id);
    return { labels: n.labels, properties: plain(n.properties, nodes, edges) };
  }
  if (neo4j.isRelationship(v as never)) {
    const r = v as unknown as { type: string; properties: Record<string, unknown> };
    if (typeof r.properties.key === 'string') edges.add(r.properties.key);
    return { type: r.type, properties: plain(r.properties, nodes, edges) };
  }
  if (neo4j.isPath(v as never)) {
    const p = v as unknown as { segments: Array<{ start: unknown; relationship: unknown; end: unknown }> };
    return p.segments.map((s) => [plain(s.start, nodes, edges), plain(s.relationship, nodes, edges), plain(s.end, nodes, edges)]);
  }
  if (Array.isArray(v)) return v.map((x) => plain(x, nodes, edges));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x, nodes, edges)]));
  return v;
}

export function neo4jRunner(driver: Driver): CypherRunner {
  return async (query, params, limits) => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const res = await session.executeRead((tx) => tx.run(query, params), { timeout: limits.timeoutMs });
      const nodes = new Set<string>();
      const edges = new Set<string>();
      const rows = res.records.slice(0, limits.maxRows).map((r) => r.keys.map((k) => plain(r.get(k), nodes, edges)));
      return { columns: res.records[0]?.keys.map(String) ?? [], rows, nodes: [...nodes], edges: [...edges] };
    } finally {
      await session.close();
    }
  };
}

/** Mirror the fixture graph into Neo4j under a label of its own, so other suites' data is left alone. */
export async function loadIntoNeo4j(driver: Driver, graph: NewsGraph, label: string): Promise<void> {
  const nodes = graph.mapNodes((id, a) => ({ id, name: a.name, type: a.type }));
  const rels = graph.mapEdges((key, a, s, t) => ({ key, s, t, relation: a.relation, modality: a.modality }));
  await driver.executeQuery(`MATCH (n:${label}) DETACH DELETE n`);
  await driver.executeQuery(`UNWIND $nodes AS n CREATE (x:${label}) SET x = n`, { nodes });
  await driver.executeQuery(
    `UNWIND $rels AS r MATCH (a:${label} {id: r.s}), (b:${label} {id: r.t}) CREATE (a)-[:STATES {key: r.key, relation: r.relation, modality: r.modality}]->(b)`,
    { rels },
  );
}
