// Neo4j load throughput, the same rows both ways on the same server: our loader (loadGraph: batched UNWIND
// statements in managed write transactions) against Neo4j's own LOAD CSV (CALL … IN TRANSACTIONS) reading
// CSV files of exactly the rows loadGraph writes (graphRows): documents, entities, mentions, sentences,
// claims with their SUBJECT/OBJECT/STATED_IN links, and the entity relationships with all their properties,
// with the same schema, labels and MERGE/CREATE choices. Each side starts on an empty store of a freshly
// started dedicated bench server (.neo4j/bench, port NEO4J_BENCH_PORT or 7689); the server is stopped and
// emptied afterwards (NEWSGRAPH_KEEP_NEO4J=1 keeps it running with the LOAD CSV data).
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { addExtraction, createGraph, type NewsGraph } from '../src/graph/index.js';
import {
  connectNeo4j, ensureSchema, graphRows, loadGraph, startLocalNeo4j, stopLocalNeo4j, LOCAL_NEO4J_PASSWORD, type Neo4jClient,
} from '../src/neo4j/index.js';
import type { DocumentExtraction, EntityRef, EntityType, Triple } from '../src/types/index.js';
import { PROJECT_ROOT } from '../src/util/paths.js';

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

export interface SyntheticOptions { relationships: number; entities: number; triplesPerDoc: number; seed: number; docPrefix: string }

/** A graph of `relationships` edges among `entities` entities, `triplesPerDoc` claims per document (also used by test/neo4j.test.ts). */
export function syntheticGraph(opts: Partial<SyntheticOptions> = {}): NewsGraph {
  const { relationships: TARGET_RELATIONSHIPS, entities: ENTITIES, triplesPerDoc: TRIPLES_PER_DOC, seed, docPrefix } = {
    relationships: 100_000, entities: 6_000, triplesPerDoc: 100, seed: 42, docPrefix: 'bench-d', ...opts,
  };
  const rand = rng(seed);
  const entities: EntityRef[] = Array.from({ length: ENTITIES }, (_, i) => ({
    id: `bench-e${i}`, label: `Entity ${i} & Co "${i % 7}"`, type: TYPES[i % TYPES.length]!, ...(i % 3 ? {} : { labelKo: `개체 ${i}` }),
  }));
  const g = createGraph();
  for (let d = 0; g.size < TARGET_RELATIONSHIPS; d++) {
    const docId = `${docPrefix}${d}`;
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

const csvCell = (v: string): string => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

type Kind = 'int' | 'float' | 'list' | 'string';
type Row = Record<string, unknown>;
/** Separator of list items inside one CSV cell (no value in the data contains it). */
const SEP = '\u001f';

/** Columns of a set of property maps, typed from their values (all rows of a kind have the same shapes). */
function columnsOf(rows: Row[]): Array<[string, Kind]> {
  const cols = new Map<string, Kind>();
  for (const r of rows) {
    for (const [k, v] of Object.entries(r)) {
      if (v === null || v === undefined || cols.has(k)) continue;
      cols.set(k, neo4j.isInt(v) ? 'int' : typeof v === 'number' ? 'float' : Array.isArray(v) ? 'list' : 'string');
    }
  }
  return [...cols];
}

function cell(v: unknown, kind: Kind): string {
  if (v === null || v === undefined) return '';
  if (kind === 'list') return csvCell((v as unknown[]).map(String).join(SEP));
  return csvCell(String(v));
}

async function writeCsv(file: string, rows: Row[], cols: Array<[string, Kind]>): Promise<void> {
  const lines = [cols.map(([c]) => c).join(',')];
  for (const r of rows) lines.push(cols.map(([c, kind]) => cell(r[c], kind)).join(','));
  await writeFile(file, lines.join('\n') + '\n');
}

/** `SET v.a = <typed row.a>, …` for the property columns (LOAD CSV reads every cell as a string). */
function setClause(v: string, cols: Array<[string, Kind]>): string {
  const expr = (c: string, kind: Kind) => {
    const x = `row.\`${c}\``;
    if (kind === 'int') return `toInteger(${x})`;
    if (kind === 'float') return `toFloat(${x})`;
    // LOAD CSV reads an empty cell as null.
    if (kind === 'list') return `CASE coalesce(${x}, '') WHEN '' THEN [] ELSE split(${x}, '${SEP}') END`;
    return x;
  };
  return 'SET ' + cols.map(([c, kind]) => `${v}.\`${c}\` = ${expr(c, kind)}`).join(', ');
}

async function autocommit(client: Neo4jClient, cypher: string, params: Record<string, unknown> = {}): Promise<void> {
  const session = client.driver.session({ database: client.options.database });
  try {
    await session.run(cypher, params);
  } finally {
    await session.close();
  }
}

/** Nodes per label, relationships per type and property totals: both sides must end with the same. */
async function census(client: Neo4jClient): Promise<Record<string, number>> {
  const session = client.driver.session({ database: client.options.database });
  try {
    const out: Record<string, number> = {};
    const q = async (cypher: string) => {
      for (const r of (await session.run(cypher)).records) out[r.get(0) as string] = Number(r.get(1));
    };
    await q('MATCH (n) RETURN labels(n)[0], count(*)');
    await q('MATCH ()-[r]->() RETURN type(r), count(*)');
    await q("MATCH (n) RETURN 'node properties', sum(size(keys(n)))");
    await q("MATCH ()-[r]->() RETURN 'relationship properties', sum(size(keys(r)))");
    return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
  } finally {
    await session.close();
  }
}

/** A bench server on an empty store: stop it if running and delete its data. */
async function freshServer(port: number, homeDir: string): Promise<Neo4jClient> {
  const t = performance.now();
  await stopLocalNeo4j({ port, homeDir });
  await rm(path.join(homeDir, 'data'), { recursive: true, force: true });
  const server = await startLocalNeo4j({ port, homeDir, password: LOCAL_NEO4J_PASSWORD });
  log(`fresh server on ${server.uri} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return connectNeo4j({ uri: server.uri, user: 'neo4j', password: LOCAL_NEO4J_PASSWORD, database: 'neo4j' });
}

const load1 = () => os.loadavg()[0]!.toFixed(2);

/** CPU seconds (user + system) the bench server's JVM has used so far: a figure the machine's load disturbs less than wall time. */
async function serverCpu(homeDir: string): Promise<number> {
  const pid = (await readFile(path.join(homeDir, 'neo4j.pid'), 'utf8')).trim();
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100 on Linux)
}
/** CPU seconds this process (the loader's client side) has used so far. */
const clientCpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };

export async function run(): Promise<Record<string, string | number>> {
  const port = Number(process.env.NEO4J_BENCH_PORT ?? 7689);
  const homeDir = path.join(PROJECT_ROOT, '.neo4j', 'bench');
  const importDir = path.join(homeDir, 'import', 'bench');
  let client: Neo4jClient | undefined;
  try {
    let t = performance.now();
    const g = syntheticGraph();
    log(`graph: ${g.order} entities, ${g.size} relationships, ${Object.keys(g.getAttribute('documents')).length} documents in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    // The CSV files: exactly the rows loadGraph writes (written before either side is timed).
    t = performance.now();
    const rows = graphRows(g);
    await rm(importDir, { recursive: true, force: true });
    await mkdir(importDir, { recursive: true });
    const file = (name: string) => path.join(importDir, name);
    const url = (name: string) => `file:///bench/${name}`;
    const entityCols = columnsOf(rows.entities.map((e) => ({ ...e.props, aliases: e.aliases })));
    await writeCsv(file('entities.csv'), rows.entities.map((e) => ({ ...e.props, aliases: e.aliases })), entityCols);
    const docCols = columnsOf(rows.documents.map((d) => d.props));
    await writeCsv(file('documents.csv'), rows.documents.map((d) => d.props), docCols);
    await writeCsv(file('mentions.csv'), rows.documents.flatMap((d) => d.mentions.map((m) => ({ doc: d.id, id: m.id, count: m.count }))),
      [['doc', 'string'], ['id', 'string'], ['count', 'int']]);
    const sentences = rows.documents.flatMap((d) => d.sentences);
    const sentenceCols = columnsOf(sentences.map((x) => x.props));
    await writeCsv(file('sentences.csv'), sentences.map((x) => x.props), sentenceCols);
    const claims = sentences.flatMap((x) => x.claims);
    const claimCols = columnsOf(claims);
    await writeCsv(file('claims.csv'), claims, claimCols);
    const relCols = columnsOf(rows.relationships.flatMap(([, list]) => list.map((r) => r.props)));
    for (const [type, list] of rows.relationships) {
      await writeCsv(file(`rel-${type}.csv`), list.map((r) => ({ ...r.props, _s: r.s, _o: r.o })), [['_s', 'string'], ['_o', 'string'], ...relCols]);
    }
    log(`CSV files written in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    // Ours.
    client = await freshServer(port, homeDir);
    const serverPid = (await readFile(path.join(homeDir, 'neo4j.pid'), 'utf8')).trim();
    const loadBefore = load1();
    let cpu0 = await serverCpu(homeDir);
    const client0 = clientCpu();
    const phaseCpu: Record<string, number> = {};
    let lastCpu = cpu0;
    t = performance.now();
    const stats = await loadGraph(client, g, {
      progress: false,
      // Server CPU per phase (read between transactions).
      onProgress: ({ phase }) => {
        const now = Number(readFileSync(`/proc/${serverPid}/stat`, 'utf8').split(') ')[1]!.split(' ').slice(11, 13).reduce((a, b) => a + Number(b), 0)) / 100;
        phaseCpu[phase] = +((phaseCpu[phase] ?? 0) + now - lastCpu).toFixed(1);
        lastCpu = now;
      },
    });
    const oursS = (performance.now() - t) / 1000;
    const oursCpu = (await serverCpu(homeDir)) - cpu0;
    const oursClientCpu = clientCpu() - client0;
    log(`loader: ${oursS.toFixed(1)} s, ${stats.transactions} transactions, phases ${JSON.stringify(stats.phases)}, server CPU s ${JSON.stringify(phaseCpu)}`);
    const ours = await census(client);
    if (ours.RESTRICTS === undefined || Object.keys(ours).length < 6) throw new Error(`loader stored ${JSON.stringify(ours)}`);
    await client.close();

    // LOAD CSV: same schema, statements of the same shape (MERGE shared nodes and edges, CREATE each
    // document's own nodes), 10,000 rows per transaction.
    client = await freshServer(port, homeDir);
    const csvPhases: Record<string, number> = {};
    const csvPhaseCpu: Record<string, number> = {};
    const timed = async (phase: string, work: () => Promise<void>) => {
      const t1 = performance.now();
      const c1 = await serverCpu(homeDir);
      await work();
      csvPhases[phase] = (csvPhases[phase] ?? 0) + Math.round(performance.now() - t1);
      csvPhaseCpu[phase] = +((await serverCpu(homeDir)) - c1).toFixed(1);
    };
    const c = client;
    const each = (name: string, body: string) => autocommit(c, `
      LOAD CSV WITH HEADERS FROM '${url(name)}' AS row
      CALL (row) { ${body} } IN TRANSACTIONS OF 10000 ROWS`);
    cpu0 = await serverCpu(homeDir);
    t = performance.now();
    await timed('schema', () => ensureSchema(c));
    await timed('entities', () => each('entities.csv', `MERGE (e:Entity {id: row.id}) ${setClause('e', entityCols)}`));
    await timed('relationships', async () => {
      for (const [type] of rows.relationships) {
        await each(`rel-${type}.csv`, `MATCH (s:Entity {id: row._s}) MATCH (o:Entity {id: row._o})
          MERGE (s)-[r:\`${type}\` {key: row.key}]->(o) ${setClause('r', relCols)}`);
      }
    });
    await timed('documents', async () => {
      await each('documents.csv', `MERGE (d:Document {id: row.id}) ${setClause('d', docCols)}`);
      await each('mentions.csv', `MATCH (d:Document {id: row.doc}) MATCH (e:Entity {id: row.id})
        CREATE (d)-[:MENTIONS {count: toInteger(row.count)}]->(e)`);
      await each('sentences.csv', `MATCH (d:Document {id: row.doc_id}) CREATE (t:Sentence)-[:PART_OF]->(d) ${setClause('t', sentenceCols)}`);
      await each('claims.csv', `MATCH (s:Entity {id: row.subject_id}) MATCH (o:Entity {id: row.object_id}) MATCH (t:Sentence {id: row.sentence_id})
        CREATE (s)<-[:SUBJECT]-(k:Claim)-[:OBJECT]->(o), (k)-[:STATED_IN]->(t) ${setClause('k', claimCols)}
        WITH k, row WHERE row.attribution_id IS NOT NULL
        MATCH (a:Entity {id: row.attribution_id}) CREATE (k)-[:ATTRIBUTED_TO]->(a)`);
    });
    const csvS = (performance.now() - t) / 1000;
    const csvCpu = (await serverCpu(homeDir)) - cpu0;
    const loadAfter = load1();
    log(`LOAD CSV: ${csvS.toFixed(1)} s, phases ${JSON.stringify(csvPhases)}, server CPU s ${JSON.stringify(csvPhaseCpu)}`);
    const theirs = await census(client);
    if (JSON.stringify(theirs) !== JSON.stringify(ours)) {
      throw new Error(`the two loads differ:\n  ours     ${JSON.stringify(ours)}\n  LOAD CSV ${JSON.stringify(theirs)}`);
    }

    const relsPerS = (s: number) => Math.round(g.size / s);
    const written = Object.entries(ours).filter(([k]) => !k.includes('properties')).reduce((n, [, v]) => n + v, 0);
    return {
      'data (both sides, same rows)': `${rows.documents.length} documents, ${g.order} entities, ${rows.mentions} mentions, ` +
        `${rows.sentences} sentences, ${rows.claims} claims, ${g.size} entity relationships = ${written} nodes+relationships`,
      'ours total s': +oursS.toFixed(1),
      'LOAD CSV total s': +csvS.toFixed(1),
      'ours relationships/s (whole load)': relsPerS(oursS),
      'LOAD CSV relationships/s (whole load)': relsPerS(csvS),
      'ours nodes+rels/s': Math.round(written / oursS),
      'LOAD CSV nodes+rels/s': Math.round(written / csvS),
      'ours / LOAD CSV speed': `${(csvS / oursS).toFixed(2)}x`,
      'ours CPU s (server + loader)': `${(oursCpu + oursClientCpu).toFixed(1)} (${oursCpu.toFixed(1)} + ${oursClientCpu.toFixed(1)})`,
      'LOAD CSV CPU s (server)': +csvCpu.toFixed(1),
      'ours / LOAD CSV by CPU': `${(csvCpu / (oursCpu + oursClientCpu)).toFixed(2)}x`,
      'ours relationship phase rel/s': relsPerS((stats.phases.relationships ?? 0) / 1000),
      'LOAD CSV relationship phase rel/s': relsPerS((csvPhases.relationships ?? 0) / 1000),
      'load average (1 min) before/after': `${loadBefore} / ${loadAfter} on ${os.cpus().length} cores`,
    };
  } finally {
    await client?.close();
    if (process.env.NEWSGRAPH_KEEP_NEO4J !== '1') {
      await stopLocalNeo4j({ port, homeDir });
      await rm(path.join(homeDir, 'data'), { recursive: true, force: true });
      await rm(importDir, { recursive: true, force: true });
    }
  }
}

// Run directly: npx tsx bench/neo4j.ts
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  run().then((r) => { for (const [k, v] of Object.entries(r)) console.log(`${k}: ${v}`); }).catch((e) => { console.error(e); process.exit(1); });
}
