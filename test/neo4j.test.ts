// The Neo4j sink against a real server: the dedicated test server started by test/setup/global-setup.ts
// (or NEO4J_TEST_URI). Tests in this file run one after another and wipe the test database between them.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { kg } from './helpers/cli.js';
import { lockTestNeo4j, NEO4J_LOCK_TIMEOUT_MS } from './helpers/neo4j-lock.js';
import { TEST_NEO4J_MARKER, testNeo4jClient, testNeo4jEnv, wipeTestNeo4j } from './helpers/test-neo4j.js';
import { syntheticGraph } from '../bench/neo4j.js';
import { addExtraction, createGraph, removeDocument, toJSON, type NewsGraph } from '../src/graph/index.js';
import {
  connectNeo4j, listSavedQueries, loadGraph, loadSavedQuery, Neo4jQueryError, removeDocuments, runQuery,
  type Neo4jClient,
} from '../src/neo4j/index.js';
import { Neo4jError } from '../src/errors.js';
import type { DocumentExtraction, EntityRef, Modality, Triple } from '../src/types/index.js';
import { shortHash } from '../src/util/hash.js';
import { PROJECT_ROOT } from '../src/util/paths.js';

// ---- fixtures: a small graph shaped like the sample article ----

const E = {
  us: { id: 'united-states', label: 'United States', type: 'Country', labelKo: '미국' },
  cn: { id: 'china', label: 'China', type: 'Country', labelKo: '중국' },
  cloud: { id: 'chinese-companies-cloud-computing-access', label: "Chinese companies' cloud computing access", type: 'Concept', labelKo: '중국 기업의 클라우드 컴퓨팅 접근' },
  micron: { id: 'micron', label: 'Micron', type: 'Company', labelKo: '마이크론' },
  wsj: { id: 'the-wall-street-journal', label: 'The Wall Street Journal', type: 'Media', labelKo: '월스트리트저널' },
  att: { id: 'at-t', label: 'AT&T', type: 'Company' },
  oneil: { id: 'oneil-sons', label: 'O\'Neil & "Sons"', type: 'Company' },
  gallium: { id: 'gallium', label: 'Gallium', type: 'Material', labelKo: '갈륨' },
  lockheed: { id: 'lockheed-martin', label: 'Lockheed Martin', type: 'Company' },
} satisfies Record<string, EntityRef>;

interface T { s: EntityRef; rel: string; o: EntityRef; surface: [string, string]; modality?: Modality; attribution?: EntityRef; predicate?: string }

/** A document whose sentences carry triples; offsets, mentions and ids computed as the pipeline would. */
function doc(id: string, meta: { lang: 'ko' | 'en'; source: string; title?: string; published: string }, sentences: Array<{ text: string; triples: T[] }>): DocumentExtraction {
  const text = sentences.map((s) => s.text).join('\n');
  const ex: DocumentExtraction = {
    document: { id, path: `${id}.txt`, text, removed: [], meta: { ...meta, encoding: 'UTF-8', format: 'txt', hash: shortHash(text), bytes: text.length } },
    sentences: [], triples: [], mentions: [],
  };
  let start = 0;
  sentences.forEach((s, index) => {
    const sentenceId = `${id}:${index}`;
    const end = start + s.text.length;
    ex.sentences.push({ id: sentenceId, docId: id, index, start, end, text: s.text, lang: meta.lang });
    const ref = (e: EntityRef, surface: string): EntityRef => {
      const at = start + s.text.indexOf(surface);
      return { ...e, span: { start: at, end: at + surface.length, text: surface } };
    };
    for (const t of s.triples) {
      const subject = ref(t.s, t.surface[0]);
      const object = ref(t.o, t.surface[1]);
      const modality = t.modality ?? 'asserted';
      const triple: Triple = {
        id: shortHash(`${s.text}|${t.s.id}|${t.rel}|${t.o.id}|${modality}`), subject, object, relation: t.rel,
        predicate: t.predicate ?? t.rel.toLowerCase(), modality, confidence: modality === 'asserted' ? 0.9 : 0.7, lang: meta.lang,
        doc: id, sentence: s.text, ...(t.attribution ? { attribution: t.attribution } : {}),
        evidence: { docId: id, sentenceId, sentenceIndex: index, start, end },
      };
      ex.triples.push(triple);
      ex.mentions.push({ ...subject, sentenceId }, { ...object, sentenceId });
      if (t.attribution) ex.mentions.push({ ...ref(t.attribution, 'WSJ'), sentenceId });
    }
    start = end + 1;
  });
  return ex;
}

const docA = doc('test-herald', { lang: 'ko', source: '헤럴드경제', title: '미국, 중국 기업 클라우드 접근 제한 추진', published: '2023-07-05' }, [
  { text: '미국 정부가 중국 기업의 클라우드 컴퓨팅 접근을 제한할 계획이라고 월스트리트저널(WSJ)이 보도했다.',
    triples: [{ s: E.us, rel: 'RESTRICTS', o: E.cloud, surface: ['미국', '중국 기업의 클라우드 컴퓨팅 접근'], modality: 'reported', attribution: E.wsj, predicate: '제한하다' }] },
  { text: '중국은 지난 5월 마이크론 제품 구매를 금지했다.',
    triples: [{ s: E.cn, rel: 'BANS', o: E.micron, surface: ['중국', '마이크론'], predicate: '금지하다' }] },
  { text: '중국 외교부는 미국의 조치를 비판했다.',
    triples: [{ s: E.cn, rel: 'CRITICIZES', o: E.us, surface: ['중국', '미국'], predicate: '비판하다' }] },
  { text: 'AT&T는 O\'Neil & "Sons"와 협력한다.',
    triples: [{ s: E.att, rel: 'PARTNERS_WITH', o: E.oneil, surface: ['AT&T', 'O\'Neil & "Sons"'], predicate: '협력하다' }] },
]);

/** The Reuters sentences both versions of docB share. */
const reutersKept: Array<{ text: string; triples: T[] }> = [
  { text: "The US plans to restrict Chinese companies' cloud computing access, WSJ reported.",
    triples: [{ s: E.us, rel: 'RESTRICTS', o: E.cloud, surface: ['US', "Chinese companies' cloud computing access"], modality: 'reported', attribution: E.wsj, predicate: 'restrict' }] },
  { text: 'China banned purchases of Micron chips in May.',
    triples: [{ s: E.cn, rel: 'BANS', o: E.micron, surface: ['China', 'Micron'], predicate: 'ban' }] },
];

const docB = doc('test-reuters', { lang: 'en', source: 'Reuters', title: 'US weighs cloud curbs on Chinese firms', published: '2023-07-06' }, [
  ...reutersKept,
  { text: 'China also restricted exports of gallium.',
    triples: [{ s: E.cn, rel: 'RESTRICTS', o: E.gallium, surface: ['China', 'gallium'], predicate: 'restrict' }] },
]);

/** docB re-extracted: the gallium claim is gone, a sanction is new. */
const docB2 = doc('test-reuters', { lang: 'en', source: 'Reuters', title: 'US weighs cloud curbs on Chinese firms', published: '2023-07-06' }, [
  ...reutersKept,
  { text: 'China sanctioned Lockheed Martin.',
    triples: [{ s: E.cn, rel: 'SANCTIONS', o: E.lockheed, surface: ['China', 'Lockheed Martin'], predicate: 'sanction' }] },
]);

/** A document without a title, stored under a folder: its name is its file name. */
const untitled = doc('test-untitled', { lang: 'en', source: 'Notes', published: '2023-07-07' }, [
  { text: 'Micron criticized China.', triples: [{ s: E.micron, rel: 'CRITICIZES', o: E.cn, surface: ['Micron', 'China'], predicate: 'criticize' }] },
]);
untitled.document.path = path.join('corpus', '2023', 'plain-note.txt');

const graphOf = (...exs: DocumentExtraction[]): NewsGraph => {
  const g = createGraph();
  exs.forEach((ex) => addExtraction(g, ex));
  return g;
};

// ---- the test server ----

let client: Neo4jClient;
const wipe = () => wipeTestNeo4j(client);

let unlock: (() => void) | undefined;
beforeAll(async () => { unlock = await lockTestNeo4j(); client = await testNeo4jClient(); }, NEO4J_LOCK_TIMEOUT_MS);
afterAll(async () => { await client?.close(); unlock?.(); });
beforeEach(wipe);

// ---- what Neo4j should hold for a graph ----

async function snapshot() {
  const entities = (await runQuery(client, `
    MATCH (e:Entity) RETURN e.id AS id, e.name AS name, e.type AS type, e.name_ko AS name_ko, e.aliases AS aliases,
      e.mentions AS mentions, e.docs AS docs ORDER BY id`)).rows;
  const relations = (await runQuery(client, `
    MATCH (s:Entity)-[r]->(o:Entity) RETURN r.key AS key, s.id AS s, type(r) AS type, o.id AS o, r.modality AS modality,
      r.weight AS weight, r.confidence AS confidence, r.docs AS docs, r.predicates AS predicates,
      r.attribution AS attribution, r.first_seen AS first_seen, r.last_seen AS last_seen, size(r.evidence_ids) AS evidence
    ORDER BY key`)).rows;
  const counts = (await runQuery(client, `RETURN COUNT { (:Document) } AS documents, COUNT { (:Sentence) } AS sentences,
      COUNT { (:Claim) } AS claims, COUNT { (:Document)-[:MENTIONS]->(:Entity) } AS mentions`)).rows[0];
  return { entities, relations, counts };
}

function expected(g: NewsGraph) {
  const entities = g.nodes().sort().map((id) => {
    const a = g.getNodeAttributes(id);
    return { id, name: a.name, type: a.type, name_ko: a.nameKo ?? null, aliases: a.aliases, mentions: a.mentions, docs: a.docs };
  });
  const relations = g.edges().sort().map((key) => {
    const a = g.getEdgeAttributes(key);
    return {
      key, s: g.source(key), type: a.relation, o: g.target(key), modality: a.modality, weight: a.weight, confidence: a.confidence,
      docs: a.docs, predicates: a.predicates, attribution: a.attribution, first_seen: a.firstSeen ?? null,
      last_seen: a.lastSeen ?? null, evidence: a.evidence.length,
    };
  });
  const evidence = g.edges().flatMap((k) => g.getEdgeAttribute(k, 'evidence'));
  const counts = {
    documents: Object.keys(g.getAttribute('documents')).length,
    sentences: new Set(evidence.map((e) => e.sentenceId)).size,
    claims: evidence.length,
    mentions: g.nodes().reduce((n, id) => n + Object.keys(g.getNodeAttribute(id, 'mentionsByDoc')).length, 0),
  };
  return { entities, relations, counts };
}

describe('loadGraph', () => {
  it('stores one Entity per graph node and one entity→entity relationship per graph edge, with the same attributes', async () => {
    const g = graphOf(docA, docB);
    const stats = await loadGraph(client, g);
    expect(stats).toMatchObject({ entities: g.order, relationships: g.size, documents: 2 });
    const snap = await snapshot();
    expect(snap.entities).toHaveLength(g.order);
    expect(snap.relations).toHaveLength(g.size);
    expect(snap).toEqual(expected(g));
  });

  it('keeps Korean text, quotes and ampersands intact', async () => {
    await loadGraph(client, graphOf(docA));
    const { rows } = await runQuery(client,
      'MATCH (a:Entity {name: $a})-[r:PARTNERS_WITH]->(b:Entity) RETURN b.name AS name, r.predicates AS p', { a: 'AT&T' });
    expect(rows).toEqual([{ name: 'O\'Neil & "Sons"', p: ['협력하다'] }]);
    const ko = await runQuery(client, 'MATCH (e:Entity {name_ko: $ko}) RETURN e.name AS name', { ko: '중국 기업의 클라우드 컴퓨팅 접근' });
    expect(ko.rows).toEqual([{ name: "Chinese companies' cloud computing access" }]);
  });

  it('is idempotent: loading the same graph twice leaves the same database', async () => {
    const g = graphOf(docA, docB);
    await loadGraph(client, g);
    const once = await snapshot();
    const stats = await loadGraph(client, g);
    expect(stats.removedRelationships).toBe(0);
    expect(stats.removedEntities).toBe(0);
    expect(await snapshot()).toEqual(once);
  });

  it('replaces a re-extracted document: its old claims, edges and entities go, other documents are untouched', async () => {
    await loadGraph(client, graphOf(docA, docB));
    const claimsOfA = await runQuery(client, 'MATCH (c:Claim {doc_id: $d}) RETURN c.id AS id, elementId(c) AS eid ORDER BY id', { d: docA.document.id });
    // Load only the new version of B: A stays in the database from the first load.
    const stats = await loadGraph(client, graphOf(docB2));
    expect(stats.removedRelationships).toBe(1); // china RESTRICTS gallium
    expect(stats.removedEntities).toBe(1); // gallium
    expect(await snapshot()).toEqual(expected(graphOf(docA, docB2)));
    // A's claims are the very same nodes, not rewritten copies.
    expect(await runQuery(client, 'MATCH (c:Claim {doc_id: $d}) RETURN c.id AS id, elementId(c) AS eid ORDER BY id', { d: docA.document.id })).toEqual(claimsOfA);
  });

  it('removeDocuments withdraws a document exactly as removeDocument does in the graph', async () => {
    await loadGraph(client, graphOf(docA, docB));
    const stats = await removeDocuments(client, [docB.document.id]);
    const g = graphOf(docA, docB);
    removeDocument(g, docB.document.id);
    expect(await snapshot()).toEqual(expected(g));
    expect(stats.removedEntities).toBe(1);
  });

  it('walks from an edge to every supporting sentence and document', async () => {
    await loadGraph(client, graphOf(docA, docB));
    const { rows } = await runQuery(client, `
      MATCH (:Entity {id: 'united-states'})-[r:RESTRICTS]->(:Entity {id: $o})
      MATCH (c:Claim {edge_key: r.key})-[:STATED_IN]->(s:Sentence)-[:PART_OF]->(d:Document)
      RETURN d.source AS source, s.index AS idx, c.predicate AS predicate ORDER BY source`, { o: E.cloud.id });
    expect(rows).toEqual([
      { source: 'Reuters', idx: 0, predicate: 'restrict' },
      { source: '헤럴드경제', idx: 0, predicate: '제한하다' },
    ]);
  });

  it('rejects a relation that is not an UPPER_SNAKE name before writing anything', async () => {
    const g = graphOf(docA);
    g.addDirectedEdgeWithKey('x', 'china', 'micron', { ...g.getEdgeAttributes(g.edges()[0]!), relation: 'BANS`]->() DETACH DELETE n //' });
    await expect(loadGraph(client, g)).rejects.toThrow(Neo4jError);
    expect((await snapshot()).counts).toEqual({ documents: 0, sentences: 0, claims: 0, mentions: 0 });
  });
});

describe('runQuery', () => {
  it('refuses a write in a read query (access mode, not string checks)', async () => {
    await expect(runQuery(client, 'CREATE (n:Entity {id: $id}) RETURN n', { id: 'test-x' })).rejects.toMatchObject({
      constructor: Neo4jQueryError, code: 'Neo.ClientError.Statement.AccessMode',
    });
    expect((await runQuery(client, 'MATCH (n:Entity {id: $id}) RETURN count(n) AS n', { id: 'test-x' })).rows).toEqual([{ n: 0 }]);
  });

  it('writes with write: true', async () => {
    await runQuery(client, 'CREATE (n:Entity {id: $id})', { id: 'test-x' }, { write: true });
    expect((await runQuery(client, 'MATCH (n:Entity {id: $id}) RETURN count(n) AS n', { id: 'test-x' })).rows).toEqual([{ n: 1 }]);
  });

  it('returns plain JSON for integers, temporals, nodes, relationships and paths', async () => {
    await runQuery(client, "CREATE (:Entity {id: 'a', n: 9007199254740993})-[:BANS {w: 2}]->(:Entity {id: 'b'})", {}, { write: true });
    const { columns, rows } = await runQuery(client, `
      MATCH p = (a:Entity {id: 'a'})-[r]->(b) RETURN a, r, p, a.n AS big, 3 AS small, date('2023-07-05') AS day,
        datetime('2023-07-05T01:02:03Z') AS at, [1, 2.5] AS list`);
    expect(columns).toEqual(['a', 'r', 'p', 'big', 'small', 'day', 'at', 'list']);
    const row = rows[0]!;
    expect(row.a).toMatchObject({ labels: ['Entity'], properties: { id: 'a', n: '9007199254740993' } });
    expect(row.r).toMatchObject({ type: 'BANS', properties: { w: 2 } });
    expect((row.p as { nodes: unknown[]; relationships: unknown[] }).nodes).toHaveLength(2);
    expect(row).toMatchObject({ big: '9007199254740993', small: 3, day: '2023-07-05', at: '2023-07-05T01:02:03Z', list: [1, 2.5] });
    expect(JSON.parse(JSON.stringify(rows))).toEqual(rows);
  });

  it('stops at maxRows and says so', async () => {
    const res = await runQuery(client, 'UNWIND range(1, 10) AS i RETURN i', {}, { maxRows: 3 });
    expect(res).toEqual({ columns: ['i'], rows: [{ i: 1 }, { i: 2 }, { i: 3 }], truncated: true });
  });
});

describe('saved queries', () => {
  const run = async (name: string, params: Record<string, unknown> = {}) => {
    const q = await loadSavedQuery(name);
    return (await runQuery(client, q.cypher, params)).rows;
  };

  it('lists every saved query with its description and parameters', async () => {
    const qs = await listSavedQueries();
    expect(Object.fromEntries(qs.map((q) => [q.name, q.params]))).toEqual({
      'china-response': [], 'edge-evidence': ['subject', 'relation', 'object'], 'most-connected': ['limit'],
      'outlet-claims': ['outlet'], 'path-between': ['a', 'b'], 'who-restricts-whom': [],
    });
    for (const q of qs) expect(q.description.length).toBeGreaterThan(20);
  });

  it.each([
    ['who-restricts-whom', {}, (rows: Array<Record<string, unknown>>) => {
      expect(rows.map((r) => `${r.subject} ${r.relation} ${r.object}`).sort()).toEqual([
        "China BANS Micron", 'China RESTRICTS Gallium', "United States RESTRICTS Chinese companies' cloud computing access",
      ]);
    }],
    ['china-response', {}, (rows: Array<Record<string, unknown>>) => {
      expect(rows.map((r) => `${r.action} ${r.target}`).sort()).toEqual(['BANS Micron', 'CRITICIZES United States', 'RESTRICTS Gallium']);
      expect(rows.find((r) => r.action === 'BANS')!.us_measures).toEqual(["United States RESTRICTS Chinese companies' cloud computing access"]);
    }],
    ['outlet-claims', { outlet: 'WSJ' }, (rows: Array<Record<string, unknown>>) => {
      expect(rows.map((r) => [r.subject, r.relation, r.object, r.source])).toEqual([
        ['United States', 'RESTRICTS', "Chinese companies' cloud computing access", '헤럴드경제'],
        ['United States', 'RESTRICTS', "Chinese companies' cloud computing access", 'Reuters'],
      ]);
    }],
    ['outlet-claims', { outlet: 'reuters' }, (rows: Array<Record<string, unknown>>) => {
      expect(rows.map((r) => `${r.relation} ${r.object}`)).toEqual([
        "RESTRICTS Chinese companies' cloud computing access", 'BANS Micron', 'RESTRICTS Gallium',
      ]);
    }],
    ['edge-evidence', { subject: '미국', relation: 'restricts', object: "chinese-companies-cloud-computing-access" }, (rows: Array<Record<string, unknown>>) => {
      expect(rows.map((r) => [r.doc_id, r.sentence_index, r.attribution])).toEqual([
        ['test-herald', 0, 'The Wall Street Journal'], ['test-reuters', 0, 'The Wall Street Journal'],
      ]);
      expect(rows[0]!.sentence).toContain('월스트리트저널(WSJ)');
    }],
    ['most-connected', { limit: 2 }, (rows: Array<Record<string, unknown>>) => {
      expect(rows.map((r) => [r.name, r.degree])).toEqual([['China', 3], ['United States', 2]]);
    }],
    ['path-between', { a: 'United States', b: 'micron' }, (rows: Array<Record<string, unknown>>) => {
      expect(rows).toEqual([{
        from: 'United States', to: 'Micron', hops: 2, entities: ['United States', 'China', 'Micron'],
        steps: ['China CRITICIZES United States', 'China BANS Micron'],
      }]);
    }],
  ])('%s %j returns the expected rows', async (name, params, check) => {
    await loadGraph(client, graphOf(docA, docB));
    check(await run(name, params));
  });

  it('does not find a path between unconnected entities', async () => {
    await loadGraph(client, graphOf(docA, docB));
    expect(await run('path-between', { a: 'AT&T', b: 'China' })).toEqual([]);
  });

  it('names the known queries when one is missing', async () => {
    await expect(loadSavedQuery('nope')).rejects.toThrow(/known: china-response, edge-evidence/);
  });
});

describe('node names', () => {
  it('gives every node a name, so the obvious (a)-[r]->(b) query reads well whatever a and b are', async () => {
    await loadGraph(client, graphOf(docA, docB, untitled));
    const { rows } = await runQuery(client, 'MATCH (a)-[r]->(b) RETURN labels(a)[0] AS la, a.name AS a, type(r) AS r, labels(b)[0] AS lb, b.name AS b');
    expect(new Set(rows.map((x) => `${x.la}-${x.r}->${x.lb}`))).toEqual(new Set([
      'Document-MENTIONS->Entity', 'Sentence-PART_OF->Document', 'Claim-STATED_IN->Sentence', 'Claim-SUBJECT->Entity',
      'Claim-OBJECT->Entity', 'Claim-ATTRIBUTED_TO->Entity', 'Entity-RESTRICTS->Entity', 'Entity-BANS->Entity',
      'Entity-CRITICIZES->Entity', 'Entity-PARTNERS_WITH->Entity',
    ]));
    for (const x of rows) {
      expect(typeof x.a === 'string' && x.a.trim() !== '').toBe(true);
      expect(typeof x.b === 'string' && x.b.trim() !== '').toBe(true);
    }
  });

  it.each([
    ['a Document: its title', "MATCH (n:Document {id: 'test-reuters'}) RETURN n.name AS name", 'US weighs cloud curbs on Chinese firms'],
    ['a Document without a title: its file name', "MATCH (n:Document {id: 'test-untitled'}) RETURN n.name AS name", 'plain-note.txt'],
    ['a Sentence: its text', "MATCH (n:Sentence {id: 'test-reuters:1'}) RETURN n.name AS name", 'China banned purchases of Micron chips in May.'],
    ['a long Sentence: the start of its text', "MATCH (n:Sentence {id: 'test-reuters:0'}) RETURN n.name AS name",
      "The US plans to restrict Chinese companies' cloud computing access, WSJ reporte…"],
    ['a Claim: subject RELATION object', "MATCH (n:Claim {sentence_id: 'test-herald:1'}) RETURN n.name AS name", 'China BANS Micron'],
    ['a Korean Claim: the entities\' English names', "MATCH (n:Claim {sentence_id: 'test-herald:0'}) RETURN n.name AS name",
      "United States RESTRICTS Chinese companies' cloud computing access"],
    ['an Entity: its English label', "MATCH (n:Entity {id: 'at-t'}) RETURN n.name AS name", 'AT&T'],
  ])('names %s', async (_what, cypher, name) => {
    await loadGraph(client, graphOf(docA, docB, untitled));
    expect((await runQuery(client, cypher)).rows).toEqual([{ name }]);
  });

  it('the CLI query from the issue prints names on every row', async () => {
    await loadGraph(client, graphOf(docA, docB, untitled));
    const run = kg(['query', 'MATCH (a)-[r]->(b) RETURN a.name, type(r), b.name LIMIT 5', '--format', 'json'], { env: await testNeo4jEnv() });
    expect(run.status).toBe(0);
    const rows = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(rows).toHaveLength(5);
    for (const r of rows) for (const v of Object.values(r)) expect(typeof v === 'string' && v !== '').toBe(true);
  });
});

describe('interrupted loads', () => {
  /** Every node and relationship with all its properties (not element ids), in a stable order. */
  async function dump() {
    const nodes = (await runQuery(client, `MATCH (n) WHERE NOT n:${TEST_NEO4J_MARKER} RETURN labels(n) AS labels, properties(n) AS p`)).rows
      .map((r) => JSON.stringify(r)).sort();
    const rels = (await runQuery(client, `MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS p`)).rows
      .map((r) => JSON.stringify(r)).sort();
    return { nodes, rels };
  }
  const v1 = () => graphOf(docA, docB);
  const v2 = () => graphOf(docA, docB2);
  const stopped = new Error('load stopped by the test');

  it.each([
    ['withdraw', 'last'], ['entities', 'first'], ['relationships', 'first'], ['documents', 'first'],
    ['edge aggregates', 'first'], ['entity totals', 'first'],
  ])('a replacing load stopped after the %s phase (%s transaction), run again, ends with exactly the uninterrupted result', async (phase, at) => {
    await loadGraph(client, v1());
    await loadGraph(client, v2());
    const clean = await dump();
    await wipe();
    await loadGraph(client, v1());
    // One row per transaction, so every phase has several commit points.
    const partial = loadGraph(client, v2(), {
      batchSize: 1,
      onProgress: (e) => { if (e.phase === phase && (at === 'first' || e.done === e.total)) throw stopped; },
    });
    await expect(partial).rejects.toBe(stopped);
    expect(await dump()).not.toEqual(clean);
    await loadGraph(client, v2());
    expect(await dump()).toEqual(clean);
    expect((await runQuery(client, 'MATCH (p:LoadPending) RETURN count(p) AS n')).rows).toEqual([{ n: 0 }]);
  });

  it('a `load` process killed midway, run again, ends with exactly the uninterrupted result', async () => {
    // The same documents extracted twice with different results: the second load replaces every one.
    const opts = { relationships: 1500, entities: 300, triplesPerDoc: 15, docPrefix: 'synthetic-' };
    const first = syntheticGraph({ ...opts, seed: 1 });
    const second = syntheticGraph({ ...opts, seed: 2 });
    await loadGraph(client, first);
    await loadGraph(client, second);
    const clean = await dump();
    await wipe();
    await loadGraph(client, first);

    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'newsgraph-neo4j-')), 'newsgraph.json');
    writeFileSync(file, JSON.stringify(toJSON(second)));
    // Small transactions, so the load has many commit points to be killed between.
    const env = { ...process.env, ...(await testNeo4jEnv()), NEO4J_BATCH_SIZE: '60' };
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      path.join(PROJECT_ROOT, 'src', 'cli', 'main.ts'), 'load', '--graph', file], { env, detached: true, stdio: 'ignore' });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) => child.on('exit', (code, signal) => ok({ code, signal })));
    // Kill it (tsx runs the CLI in a child process: the whole group) as soon as it has withdrawn something.
    for (;;) {
      const { rows } = await runQuery(client, 'MATCH (p:LoadPending) RETURN count(p) AS n');
      if (rows[0]!.n) break;
      await sleep(20);
    }
    process.kill(-child.pid!, 'SIGKILL');
    expect(await exited).toEqual({ code: null, signal: 'SIGKILL' });
    expect(await dump()).not.toEqual(clean);

    const again = kg(['load', '--graph', file], { env: await testNeo4jEnv() });
    expect(again.status).toBe(0);
    expect(await dump()).toEqual(clean);
  }, 180_000);
});
