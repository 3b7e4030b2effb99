// Neo4j load throughput: our loader (batched UNWIND … MERGE in managed write transactions, full model with
// claims/sentences/mentions) against Neo4j's own LOAD CSV (entities + relationships, CALL … IN TRANSACTIONS),
// on a dedicated bench server (.neo4j/bench, port NEO4J_BENCH_PORT or 7689) started on an empty store for each run
// and stopped and emptied afterwards (NEWSGRAPH_KEEP_NEO4J=1 keeps it running with the data).
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { addExtraction, createGraph, type NewsGraph } from '../src/graph/index.js';
import {
  connectNeo4j, loadGraph, startLocalNeo4j, stopLocalNeo4j, LOCAL_NEO4J_PASSWORD, type Neo4jClient,
} from '../src/neo4j/index.js';
import type { DocumentExtraction, EntityRef, EntityType, Triple } from '../src/types/index.js';
import { PROJECT_ROOT } from '../src/util/paths.js';

const TARGET_RELATIONSHIPS = 100_000;
const ENTITIES = 6_000;
const TRIPLES_PER_DOC = 100;
const RELATIONS = ['RESTRICTS', 'BANS', 'SANCTIONS', 'INVESTS_IN', 'ACQUIRES', 'SUPPLIES', 'CRITICIZES', 'PARTNERS_WITH',
  'SUES', 'FINES', 'REGULATES', 'EXPORTS_TO', 'IMPORTS_FROM', 'COMPETES_WITH', 'SUPPORTS', 'OPPOSES', 'MEETS', 'WARNS',
  'ACCUSES', 'RELATED_TO'];
const TYPES: EntityType[] = ['Country', 'Company', 'Agency', 'Person', 'Technology', 'Organization'];

const log = (m: string) => process.stderr.write(`bench/neo4j: ${m}\n`);

/** Deterministic PRNG (mulberry32) so every run loads the same graph. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function syntheticGraph(): NewsGraph {
  const rand = rng(42);
  const entities: EntityRef[] = Array.from({ length: ENTITIES }, (_, i) => ({
    id: `bench-e${i}`, label: `Entity ${i} & Co "${i % 7}"`, type: TYPES[i % TYPES.length]!, ...(i % 3 ? {} : { labelKo: `개체 ${i}` }),
  }));
  const g = createGraph();
  for (let d = 0; g.size < TARGET_RELATIONSHIPS; d++) {
    const docId = `bench-d${d}`;
    const triples: Triple[] = [];
    const sentences: DocumentExtraction['sentences'] = [];
    for (let i = 0; i < TRIPLES_PER_DOC; i++) {
      const s = entities[Math.floor(rand() * ENTITIES)]!;
      let o = entities[Math.floor(rand() * ENTITIES)]!;
      if (o.id === s.id) o = entities[(ENTITIES + Number(s.id.slice(7)) + 1) % ENTITIES]!;
      const relation = RELATIONS[Math.floor(rand() * RELATIONS.length)]!;
      const text = `${s.label} ${relation.toLowerCase()} ${o.label} (${d}.${i}).`;
      const start = i * 200;
      sentences.push({ id: `${docId}:${i}`, docId, index: i, start, end: start + text.length, text, lang: 'en' });
      triples.push({
        id: `t${d}-${i}`, subject: s, object: o, relation, predicate: relation.toLowerCase(), modality: 'asserted',
        confidence: 0.5 + rand() / 2, lang: 'en', doc: docId, sentence: text,
        evidence: { docId, sentenceId: `${docId}:${i}`, sentenceIndex: i, start, end: start + text.length },
      });
    }
    addExtraction(g, {
      document: {
        id: docId, path: `${docId}.txt`, text: '', removed: [],
        meta: { lang: 'en', encoding: 'UTF-8', format: 'txt', hash: docId, bytes: 0, source: `Outlet ${d % 13}`, published: `2024-01-${String(1 + (d % 28)).padStart(2, '0')}` },
      },
      sentences, triples, mentions: [],
    });
  }
  return g;
}

const csvCell = (v: string | number): string => {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csv = (header: string[], rows: Array<Array<string | number>>): string =>
  [header.join(','), ...rows.map((r) => r.map(csvCell).join(','))].join('\n') + '\n';

async function autocommit(client: Neo4jClient, cypher: string, params: Record<string, unknown> = {}): Promise<void> {
  const session = client.driver.session({ database: client.options.database });
  try {
    await session.run(cypher, params);
  } finally {
    await session.close();
  }
}

async function count(client: Neo4jClient, cypher: string): Promise<number> {
  const session = client.driver.session({ database: client.options.database });
  try {
    const r = await session.run(cypher);
    return Number(r.records[0]!.get(0));
  } finally {
    await session.close();
  }
}

export async function run(): Promise<Record<string, string | number>> {
  const port = Number(process.env.NEO4J_BENCH_PORT ?? 7689);
  const homeDir = path.join(PROJECT_ROOT, '.neo4j', 'bench');
  let t = performance.now();
  // The bench server is dedicated: stop it (if running) and delete its store, the quickest wipe.
  await stopLocalNeo4j({ port, homeDir });
  await rm(path.join(homeDir, 'data'), { recursive: true, force: true });
  const server = await startLocalNeo4j({ port, homeDir, password: LOCAL_NEO4J_PASSWORD });
  log(`server on ${server.uri} (${server.started ? `started in ${((performance.now() - t) / 1000).toFixed(1)} s` : 'already running'})`);
  const client = await connectNeo4j({ uri: server.uri, user: 'neo4j', password: LOCAL_NEO4J_PASSWORD, database: 'neo4j' });
  try {
    t = performance.now();
    const g = syntheticGraph();
    log(`graph: ${g.order} entities, ${g.size} relationships, ${Object.keys(g.getAttribute('documents')).length} documents in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    t = performance.now();
    const stats = await loadGraph(client, g, { progress: false });
    const loaderS = (performance.now() - t) / 1000;
    const rels = await count(client, 'MATCH (:Entity)-[r]->(:Entity) RETURN count(r)');
    if (rels !== g.size) throw new Error(`loader stored ${rels} relationships, expected ${g.size}`);
    const loaderRows = stats.entities + stats.relationships + stats.claims + stats.sentences + stats.mentions + stats.documents;
    log(`loader: ${loaderS.toFixed(1)} s, phases ${JSON.stringify(stats.phases)}`);

    // LOAD CSV: the same entities and relationships (with the edge aggregates) from the server's import dir,
    // into their own label (:CsvEntity) — a fresh label state on the same server. One file and one statement
    // per relation type: a static type is what LOAD CSV plans well (a dynamic $(row.type) MERGE went Eager).
    const importDir = path.join(homeDir, 'import', 'bench');
    await rm(importDir, { recursive: true, force: true });
    await mkdir(importDir, { recursive: true });
    await writeFile(path.join(importDir, 'entities.csv'), csv(['id', 'name', 'type', 'name_ko'],
      g.mapNodes((id, a) => [id, a.name, a.type, a.nameKo ?? ''])));
    const byType = new Map<string, Array<Array<string | number>>>();
    g.forEachEdge((key, a, s, o) => {
      const rows = byType.get(a.relation) ?? [];
      rows.push([s, o, key, a.modality, a.weight, a.confidence]);
      byType.set(a.relation, rows);
    });
    for (const [type, rows] of byType) {
      await writeFile(path.join(importDir, `rel-${type}.csv`), csv(['s', 'o', 'key', 'modality', 'weight', 'confidence'], rows));
    }
    await autocommit(client, 'CREATE CONSTRAINT csv_entity_id IF NOT EXISTS FOR (n:CsvEntity) REQUIRE n.id IS UNIQUE');
    await autocommit(client, 'CALL db.awaitIndexes(300)');
    t = performance.now();
    await autocommit(client, `
      LOAD CSV WITH HEADERS FROM 'file:///bench/entities.csv' AS row
      CALL (row) { MERGE (e:CsvEntity {id: row.id}) SET e.name = row.name, e.type = row.type, e.name_ko = nullIf(row.name_ko, '') }
      IN TRANSACTIONS OF 10000 ROWS`);
    const csvEntitiesS = (performance.now() - t) / 1000;
    t = performance.now();
    for (const type of byType.keys()) {
      if (!RELATIONS.includes(type)) throw new Error(`unexpected relation ${type}`);
      await autocommit(client, `
        LOAD CSV WITH HEADERS FROM 'file:///bench/rel-${type}.csv' AS row
        CALL (row) {
          MATCH (s:CsvEntity {id: row.s}) MATCH (o:CsvEntity {id: row.o})
          MERGE (s)-[r:${type} {key: row.key}]->(o)
          SET r.modality = row.modality, r.weight = toInteger(row.weight), r.confidence = toFloat(row.confidence)
        } IN TRANSACTIONS OF 10000 ROWS`);
    }
    const csvRelsS = (performance.now() - t) / 1000;
    const csvRels = await count(client, 'MATCH (:CsvEntity)-[r]->(:CsvEntity) RETURN count(r)');
    if (csvRels !== g.size) throw new Error(`LOAD CSV stored ${csvRels} relationships, expected ${g.size}`);
    log(`LOAD CSV: entities ${csvEntitiesS.toFixed(1)} s, relationships ${csvRelsS.toFixed(1)} s`);
    await rm(importDir, { recursive: true, force: true });

    const relsPhaseS = (stats.phases.relationships ?? 0) / 1000;
    return {
      'neo4j relationships': g.size,
      'neo4j entities': g.order,
      'neo4j claims': stats.claims,
      'loader total s': +loaderS.toFixed(1),
      'loader rows/s (all nodes+rels of the model)': Math.round(loaderRows / loaderS),
      'loader relationships/s (whole load)': Math.round(g.size / loaderS),
      'loader relationships/s (MERGE phase only)': Math.round(g.size / relsPhaseS),
      'LOAD CSV entities s': +csvEntitiesS.toFixed(1),
      'LOAD CSV relationships/s': Math.round(g.size / csvRelsS),
      'LOAD CSV rows/s (entities+relationships)': Math.round((g.order + g.size) / (csvEntitiesS + csvRelsS)),
    };
  } finally {
    await client.close();
    if (process.env.NEWSGRAPH_KEEP_NEO4J !== '1') {
      await stopLocalNeo4j({ port, homeDir });
      await rm(path.join(homeDir, 'data'), { recursive: true, force: true });
    }
  }
}

// Run directly: npx tsx bench/neo4j.ts
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  run().then((r) => { for (const [k, v] of Object.entries(r)) console.log(`${k}: ${v}`); }).catch((e) => { console.error(e); process.exit(1); });
}
