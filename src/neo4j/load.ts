// Load a NewsGraph into Neo4j (model: docs/graph-model.md). Every write is a batched UNWIND in a managed
// write transaction (retried on transient errors). A load first withdraws what the graph's documents
// contributed before, then writes them again and recomputes the aggregates of every touched edge and entity
// from what the database holds, so loading twice equals loading once and a re-extracted document replaces
// its earlier version without disturbing other documents' evidence.
import path from 'node:path';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { Neo4jError } from '../errors.js';
import type { DocumentRecord, EvidenceRecord, NewsGraph } from '../graph/model.js';
import { resolveOptions } from '../util/options.js';
import { writeTx, type Neo4jClient } from './client.js';

export interface LoadOptions {
  /** Rows per UNWIND batch; 0 = the client's batchSize. */
  batchSize: number;
  /** Log progress to stderr. */
  progress: boolean;
  /** Called after every committed transaction (see LoadProgress). */
  onProgress: LoadProgress | undefined;
  /**
   * Write transactions in flight at once for the document phase and for relationships of types new to the
   * store (1 = one after another). More can help a server with cores to spare; on a small machine shared with the
   * loader, two made the server spend ~65% more CPU on the document phase (contended entity nodes) and load slower.
   */
  concurrency: number;
}

export const DEFAULT_LOAD_OPTIONS: Readonly<LoadOptions> = Object.freeze({ batchSize: 0, progress: false, onProgress: undefined, concurrency: 1 });

export interface LoadStats {
  documents: number;
  entities: number;
  relationships: number;
  sentences: number;
  claims: number;
  mentions: number;
  /** Entity→entity relationships deleted because no evidence is left for them. */
  removedRelationships: number;
  /** Entities deleted because nothing mentions or connects them any more. */
  removedEntities: number;
  /** Claims (evidence) withdrawn before writing: previous versions of the loaded documents. */
  withdrawnClaims: number;
  transactions: number;
  ms: number;
  /** Milliseconds per phase (schema, withdraw, documents, entities, mentions, sentences, relationships, claims, edge/entity aggregates). */
  phases: Record<string, number>;
}

/** Relation types become relationship types: only UPPER_SNAKE names are accepted, never interpolated raw. */
export const RELATION_TYPE_RE = /^[A-Z][A-Z0-9_]{0,99}$/;

export function relationType(relation: string): string {
  if (!RELATION_TYPE_RE.test(relation)) {
    throw new Neo4jError(`relation "${relation}" is not an UPPER_SNAKE name (A-Z, 0-9, _); fix the relation map that produced it`);
  }
  return relation;
}

const SCHEMA = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (n:Sentence) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE',
  'CREATE INDEX claim_edge_key IF NOT EXISTS FOR (n:Claim) ON (n.edge_key)',
  'CREATE INDEX claim_doc_id IF NOT EXISTS FOR (n:Claim) ON (n.doc_id)',
  'CREATE INDEX sentence_doc_id IF NOT EXISTS FOR (n:Sentence) ON (n.doc_id)',
  'CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)',
  'CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type)',
  'CREATE INDEX document_source IF NOT EXISTS FOR (n:Document) ON (n.source)',
];

/** Create the constraints and indexes the loader and the saved queries rely on (idempotent). */
export async function ensureSchema(client: Neo4jClient): Promise<void> {
  // Most loads find the schema in place: one read instead of a transaction per statement.
  const names = new Set(await writeTx(client, async (tx) => {
    const r = await tx.run('SHOW INDEXES YIELD name, state RETURN name, state');
    return r.records.filter((x) => x.get('state') === 'ONLINE').map((x) => x.get('name') as string);
  }, 'reading the schema'));
  const missing = SCHEMA.filter((stmt) => !names.has(/^CREATE \w+ (\w+)/.exec(stmt)![1]!));
  if (!missing.length) return;
  // Schema changes cannot share a transaction with data writes: one transaction each.
  for (const stmt of missing) await writeTx(client, (tx) => tx.run(stmt), 'creating the schema');
  await writeTx(client, (tx) => tx.run('CALL db.awaitIndexes(300)'), 'waiting for indexes');
}

// ---- Cypher (all values are parameters; only validated relationship types are spliced in) ----

// Withdrawing runs per chunk of documents in one transaction, which also records what it touched in a
// :LoadPending node: if the load is interrupted after that, the next load still cleans those edges and
// entities up (see docs/graph-model.md, "Interrupted loads").
const WITHDRAW_CLAIMS = `
UNWIND $docs AS doc
MATCH (c:Claim {doc_id: doc})
WITH c, c.edge_key AS key, c.subject_id AS s, c.object_id AS o
DETACH DELETE c
RETURN key, s, o`;
const WITHDRAW_SENTENCES = `
UNWIND $docs AS doc
MATCH (s:Sentence {doc_id: doc})
DETACH DELETE s`;
const WITHDRAW_MENTIONS = `
UNWIND $docs AS doc
MATCH (:Document {id: doc})-[m:MENTIONS]->(e:Entity)
DELETE m
RETURN DISTINCT e.id AS id`;
const DELETE_DOCUMENTS = `
UNWIND $docs AS doc
MATCH (d:Document {id: doc})
DETACH DELETE d`;
const CREATE_PENDING = `
CREATE (p:LoadPending {name: 'clean-up left by an unfinished load', edge_keys: $keys, edge_s: $s, edge_o: $o, entities: $entities})
RETURN elementId(p) AS eid`;
const READ_PENDING = `
MATCH (p:LoadPending)
RETURN elementId(p) AS eid, p.edge_keys AS keys, p.edge_s AS s, p.edge_o AS o, p.entities AS entities`;
const DELETE_PENDING = `
UNWIND $eids AS eid
MATCH (p:LoadPending) WHERE elementId(p) = eid
DELETE p`;
// Entities and edges are MERGEd (other documents share them). Names and types follow the latest load;
// aliases accumulate (as in src/graph, withdrawing a document keeps them); a Korean name or QID the loaded
// graph lacks is kept from earlier loads. Totals come from the graph; entities that other (not loaded)
// documents also mention are returned, to be recomputed at the end.
const UPSERT_ENTITIES = (check: boolean) => `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e += row.props
SET e.aliases = COLLECT { UNWIND coalesce(e.aliases, []) + row.aliases AS a RETURN DISTINCT a ORDER BY a }
${check ? `WITH e, row
WHERE EXISTS { (e)<-[:MENTIONS]-(:Document) }
RETURN row.id AS id` : ''}`;
// A store without entities: nothing to merge with.
const CREATE_ENTITIES = `
UNWIND $rows AS row
CREATE (e:Entity)
SET e = row.props, e.aliases = row.aliases`;
// Edge aggregates come from the graph. Edges are written before the loaded documents' claims, so a claim
// found here belongs to a document outside this load: such an edge is returned, to be recomputed from all
// its claims at the end (`check`: skipped when the store holds no other claims). A type the store holds no
// relationship of is CREATEd (`fresh`), else MERGEd.
const upsertEdges = (type: string, fresh: boolean, check: boolean) => `
UNWIND $rows AS row
MATCH (s:Entity {id: row.s})
MATCH (o:Entity {id: row.o})
${fresh ? `CREATE (s)-[r:\`${relationType(type)}\`]->(o)` : `MERGE (s)-[r:\`${relationType(type)}\` {key: row.key}]->(o)`}
SET r = row.props
${check ? `WITH row
WHERE EXISTS { (:Claim {edge_key: row.key}) }
RETURN row.key AS key` : ''}`;
// A document with everything it contributes, in one statement: its record, its mentions, its sentences and
// their claims. Their previous versions were withdrawn just before (the document node itself is kept, so
// it is MERGEd), hence CREATE. Every endpoint is found through a unique-constraint index.
const WRITE_DOCUMENTS = `
UNWIND $docs AS doc
MERGE (d:Document {id: doc.id})
SET d = doc.props
WITH d, doc
CALL (d, doc) {
  UNWIND doc.mentions AS m
  MATCH (e:Entity {id: m.id})
  CREATE (d)-[:MENTIONS {count: m.count}]->(e)
}
CALL (d, doc) {
  UNWIND doc.sentences AS row
  CREATE (t:Sentence)-[:PART_OF]->(d)
  SET t = row.props
  WITH t, row
  UNWIND row.claims AS c
  MATCH (s:Entity {id: c.subject_id})
  MATCH (o:Entity {id: c.object_id})
  CREATE (s)<-[:SUBJECT]-(k:Claim)-[:OBJECT]->(o), (k)-[:STATED_IN]->(t)
  SET k = c
  WITH k, c
  WHERE c.attribution_id IS NOT NULL
  MATCH (a:Entity {id: c.attribution_id})
  CREATE (k)-[:ATTRIBUTED_TO]->(a)
}`;
const READ_CLAIMS = `
UNWIND $keys AS key
MATCH (c:Claim {edge_key: key})
RETURN key, c.id AS id, c.doc_id AS doc, c.sentence_index AS idx, c.triple_id AS triple,
       c.confidence AS confidence, c.predicate AS predicate, c.attribution AS attribution, c.seen AS seen`;
const DELETE_EDGES = `
UNWIND $rows AS row
MATCH (s:Entity {id: row.s})-[r]->(:Entity)
WHERE r.key = row.key
DELETE r
RETURN count(r) AS n`;
const UPDATE_EDGES = `
UNWIND $rows AS row
MATCH (s:Entity {id: row.s})-[r]->(:Entity)
WHERE r.key = row.key
SET r += row.props`;
const READ_MENTIONS = `
UNWIND $ids AS id
MATCH (d:Document)-[m:MENTIONS]->(:Entity {id: id})
RETURN id, d.id AS doc, m.count AS count`;
const UPDATE_ENTITIES = `
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.mentions = row.mentions, e.docs = row.docs`;
const DELETE_UNSUPPORTED_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT EXISTS { (e)<-[:MENTIONS]-(:Document) } AND NOT EXISTS { (e)--(:Entity) }
DETACH DELETE e
RETURN count(*) AS n`;

// ---- helpers ----

const chunks = <T>(xs: T[], n: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
};
/** Consecutive groups whose sizes add up to at least `n` (the last may be smaller); never splits an item. */
const groups = <T>(xs: T[], size: (x: T) => number, n: number): T[][] => {
  const out: T[][] = [];
  let cur: T[] = [];
  let rows = 0;
  for (const x of xs) {
    cur.push(x);
    rows += size(x);
    if (rows >= n) { out.push(cur); cur = []; rows = 0; }
  }
  if (cur.length) out.push(cur);
  return out;
};
const int = (n: number) => neo4j.int(n);
const num = (v: unknown): number => (neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : Number(v));
/** Same ordering as src/graph (JavaScript sort), so Neo4j's lists equal the graph's. */
const uniqSorted = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();
const compact = <T extends Record<string, unknown>>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as T;

/** A phase boundary: `done` of `total` units written and committed. Throwing from it aborts the load there. */
export type LoadProgress = (event: { phase: string; done: number; total: number }) => void;

interface Ctx {
  client: Neo4jClient;
  batch: number;
  concurrency: number;
  progress: boolean;
  onProgress?: LoadProgress;
  stats: LoadStats;
}

function report(ctx: Ctx, phase: string, done: number, total: number): void {
  if (ctx.progress) process.stderr.write(`neo4j: ${phase} ${done}/${total}\n`);
  ctx.onProgress?.({ phase, done, total });
}

/**
 * Run `work` on groups of items, one managed write transaction each, up to `concurrency` at a time
 * (transactions that deadlock on shared entities are retried by the driver).
 */
async function batched<T>(
  ctx: Ctx, phase: string, parts: T[][], work: (tx: ManagedTransaction, part: T[]) => Promise<void>,
  size: (x: T) => number = () => 1, concurrency = 1,
): Promise<void> {
  const t0 = performance.now();
  const sizeOf = (part: T[]) => part.reduce((m, x) => m + size(x), 0);
  const total = parts.reduce((n, p) => n + sizeOf(p), 0);
  let done = 0;
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (next < parts.length && !failed) {
      const part = parts[next++]!;
      try {
        await writeTx(ctx.client, (tx) => work(tx, part), `loading ${phase}`);
        ctx.stats.transactions++;
        done += sizeOf(part);
        report(ctx, phase, done, total);
      } catch (err) {
        failed = true;
        throw err;
      }
    }
  };
  const workers = Array.from({ length: Math.min(concurrency, parts.length) }, worker);
  const results = await Promise.allSettled(workers);
  const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (rejected) throw rejected.reason;
  addPhase(ctx, phase, t0);
}

function addPhase(ctx: Ctx, phase: string, t0: number): void {
  ctx.stats.phases[phase] = (ctx.stats.phases[phase] ?? 0) + Math.round(performance.now() - t0);
}

interface Affected {
  edges: Map<string, { s: string; o: string }>;
  entities: Set<string>;
  /** :LoadPending nodes holding these, deleted once they are cleaned up. */
  pending: string[];
}

/** What unfinished earlier loads withdrew but did not get to clean up. */
async function readPending(ctx: Ctx, affected: Affected): Promise<void> {
  const res = await writeTx(ctx.client, (tx) => tx.run(READ_PENDING), 'reading unfinished loads');
  for (const r of res.records) {
    const keys = r.get('keys') as string[], s = r.get('s') as string[], o = r.get('o') as string[];
    keys.forEach((k, i) => affected.edges.set(k, { s: s[i]!, o: o[i]! }));
    for (const id of r.get('entities') as string[]) affected.entities.add(id);
    affected.pending.push(r.get('eid') as string);
  }
}

/** Withdraw the claims, sentences and mentions of these documents; returns what they touched. */
async function withdraw(ctx: Ctx, docIds: string[], affected: Affected, deleteDocuments: boolean): Promise<void> {
  const t0 = performance.now();
  // Fewer documents per transaction than rows: a document may carry many claims.
  const per = Math.max(1, Math.floor(ctx.batch / 20));
  let done = 0;
  for (const docs of chunks(docIds, per)) {
    await writeTx(ctx.client, async (tx) => {
      const edges = new Map<string, { s: string; o: string }>();
      const entities = new Set<string>();
      const claims = await tx.run(WITHDRAW_CLAIMS, { docs });
      for (const r of claims.records) {
        edges.set(r.get('key') as string, { s: r.get('s') as string, o: r.get('o') as string });
        entities.add(r.get('s') as string).add(r.get('o') as string);
      }
      await tx.run(WITHDRAW_SENTENCES, { docs });
      const mentions = await tx.run(WITHDRAW_MENTIONS, { docs });
      for (const r of mentions.records) entities.add(r.get('id') as string);
      if (deleteDocuments) await tx.run(DELETE_DOCUMENTS, { docs });
      let eid: string | undefined;
      if (edges.size || entities.size) {
        const ends = [...edges.values()];
        const res = await tx.run(CREATE_PENDING, { keys: [...edges.keys()], s: ends.map((e) => e.s), o: ends.map((e) => e.o), entities: [...entities] });
        eid = res.records[0]!.get('eid') as string;
      }
      return { edges, entities, eid, claims: claims.records.length };
    }, 'withdrawing documents').then(({ edges, entities, eid, claims }) => {
      // Only what committed counts (a retried transaction ran its work more than once).
      for (const [k, v] of edges) affected.edges.set(k, v);
      for (const id of entities) affected.entities.add(id);
      if (eid) affected.pending.push(eid);
      ctx.stats.withdrawnClaims += claims;
    });
    ctx.stats.transactions++;
    done += docs.length;
    report(ctx, 'withdraw', done, docIds.length);
  }
  addPhase(ctx, 'withdraw', t0);
}

/** Recompute edge aggregates from their claims (as src/graph does); delete edges with no claim left. */
async function recomputeEdges(ctx: Ctx, affected: Affected): Promise<void> {
  const rows = [...affected.edges].map(([key, { s, o }]) => ({ key, s, o }));
  await batched(ctx, 'edge aggregates', chunks(rows, ctx.batch), async (tx, part) => {
    const res = await tx.run(READ_CLAIMS, { keys: part.map((r) => r.key) });
    const byKey = new Map<string, Array<Record<string, unknown>>>();
    for (const rec of res.records) {
      const key = rec.get('key') as string;
      const list = byKey.get(key) ?? [];
      list.push(rec.toObject());
      byKey.set(key, list);
    }
    const dead = part.filter((r) => !byKey.has(r.key));
    if (dead.length) {
      const del = await tx.run(DELETE_EDGES, { rows: dead.map(({ s, key }) => ({ s, key })) });
      ctx.stats.removedRelationships += num(del.records[0]?.get('n') ?? 0);
      // Their endpoints may now be unsupported.
      for (const r of dead) affected.entities.add(r.s).add(r.o);
    }
    const live = part.filter((r) => byKey.has(r.key)).map((r) => {
      const cs = byKey.get(r.key)!.sort((a, b) =>
        String(a.doc).localeCompare(String(b.doc)) || num(a.idx) - num(b.idx) || String(a.triple).localeCompare(String(b.triple)));
      const seen = cs.map((c) => c.seen as string | null).filter((d): d is string => !!d).sort();
      return {
        s: r.s, key: r.key,
        props: {
          weight: int(cs.length),
          confidence: Math.max(...cs.map((c) => Number(c.confidence))),
          predicates: uniqSorted(cs.map((c) => String(c.predicate))),
          attribution: uniqSorted(cs.flatMap((c) => (c.attribution ? [String(c.attribution)] : []))),
          docs: uniqSorted(cs.map((c) => String(c.doc))),
          evidence_ids: cs.map((c) => String(c.id)),
          first_seen: seen[0] ?? null,
          last_seen: seen[seen.length - 1] ?? null,
        },
      };
    });
    if (live.length) await tx.run(UPDATE_EDGES, { rows: live });
  });
}

/** Recompute entity mention totals from MENTIONS; delete entities nothing mentions or connects. */
async function recomputeEntities(ctx: Ctx, affected: Affected): Promise<void> {
  const ids = [...affected.entities].filter(Boolean);
  await batched(ctx, 'entity totals', chunks(ids, ctx.batch), async (tx, part) => {
    const res = await tx.run(READ_MENTIONS, { ids: part });
    const by = new Map<string, Map<string, number>>();
    for (const rec of res.records) {
      const id = rec.get('id') as string;
      const m = by.get(id) ?? new Map<string, number>();
      m.set(rec.get('doc') as string, num(rec.get('count')));
      by.set(id, m);
    }
    const rows = part.map((id) => {
      const m = by.get(id) ?? new Map<string, number>();
      const docs = [...m.keys()].sort();
      return { id, docs, mentions: int(docs.reduce((n, d) => n + m.get(d)!, 0)) };
    });
    await tx.run(UPDATE_ENTITIES, { rows });
    const del = await tx.run(DELETE_UNSUPPORTED_ENTITIES, { ids: part });
    ctx.stats.removedEntities += num(del.records[0]?.get('n') ?? 0);
  });
}

/**
 * Which of these documents the store holds. Only they can have anything to withdraw: a document's node is
 * written in the same transaction as its mentions, sentences and claims, and deleted with them.
 */
async function storedDocuments(ctx: Ctx, ids: string[]): Promise<string[]> {
  const t0 = performance.now();
  const res = await writeTx(ctx.client, (tx) => tx.run('UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN id', { ids }), 'reading the store');
  addPhase(ctx, 'withdraw', t0);
  return res.records.map((r) => r.get('id') as string);
}

/** Claims and mentions in the store, and relationships per type (after withdrawing the loaded documents). */
async function storeState(ctx: Ctx, types: string[]): Promise<{ claims: number; mentions: number; entities: number; types: Map<string, number> }> {
  const t0 = performance.now();
  // One statement (one plan) of count-store reads.
  const cypher = [
    "MATCH (c:Claim) RETURN 'claims' AS k, count(c) AS n",
    "MATCH ()-[m:MENTIONS]->() RETURN 'mentions' AS k, count(m) AS n",
    "MATCH (e:Entity) RETURN 'entities' AS k, count(e) AS n",
    ...types.map((type, i) => `MATCH ()-[r:\`${relationType(type)}\`]->() RETURN 't${i}' AS k, count(r) AS n`),
  ].join(' UNION ALL ');
  const res = await writeTx(ctx.client, (tx) => tx.run(cypher), 'reading the store');
  const n = new Map(res.records.map((r) => [r.get('k') as string, num(r.get('n'))]));
  const out = { claims: n.get('claims')!, mentions: n.get('mentions')!, entities: n.get('entities')!, types: new Map(types.map((type, i) => [type, n.get(`t${i}`)!])) };
  addPhase(ctx, 'withdraw', t0);
  return out;
}

/** Clean up what was withdrawn, then forget the :LoadPending records of it. */
async function finish(ctx: Ctx, recompute: Affected): Promise<void> {
  await recomputeEdges(ctx, recompute);
  await recomputeEntities(ctx, recompute);
  if (recompute.pending.length) {
    await writeTx(ctx.client, (tx) => tx.run(DELETE_PENDING, { eids: recompute.pending }), 'finishing the load');
    ctx.stats.transactions++;
  }
}

function newCtx(client: Neo4jClient, opts?: Partial<LoadOptions>): Ctx {
  const o = resolveOptions('neo4j', { ...DEFAULT_LOAD_OPTIONS }, opts, (x) => [
    ...(Number.isInteger(x.batchSize) && x.batchSize >= 0 ? [] : [`batchSize must be a non-negative integer (got ${x.batchSize})`]),
    ...(x.onProgress === undefined || typeof x.onProgress === 'function' ? [] : ['onProgress must be a function']),
    ...(Number.isInteger(x.concurrency) && x.concurrency >= 1 && x.concurrency <= 16 ? [] : [`concurrency must be an integer from 1 to 16 (got ${x.concurrency})`]),
  ]);
  return {
    client, batch: o.batchSize || client.options.batchSize, progress: o.progress, onProgress: o.onProgress, concurrency: o.concurrency,
    stats: {
      documents: 0, entities: 0, relationships: 0, sentences: 0, claims: 0, mentions: 0,
      removedRelationships: 0, removedEntities: 0, withdrawnClaims: 0, transactions: 0, ms: 0, phases: {},
    },
  };
}

/** A readable `name` for every node kind, so `RETURN n.name` reads well whatever n is (docs/graph-model.md). */
const SENTENCE_NAME_MAX = 80;
export const documentName = (d: Pick<DocumentRecord, 'id' | 'title' | 'path'>): string =>
  d.title?.trim() || (d.path ? path.basename(d.path) : '') || d.id;
export const sentenceName = (text: string): string => {
  const t = text.replace(/\s+/g, ' ').trim();
  const chars = [...t];
  return chars.length > SENTENCE_NAME_MAX ? `${chars.slice(0, SENTENCE_NAME_MAX - 1).join('').trimEnd()}…` : t;
};
export const claimName = (subject: string, relation: string, object: string): string => `${subject} ${relation} ${object}`;

const documentRow = (d: DocumentRecord) => compact({
  id: d.id, name: documentName(d), title: d.title, url: d.url, source: d.source, author: d.author, published: d.published,
  lang: d.lang, path: d.path, hash: d.hash, encoding: d.encoding, format: d.format, sentences: int(d.sentences),
});

/** A claim's properties (its subject_id, object_id and attribution_id are its links). */
export type ClaimRow = Record<string, unknown>;
export interface SentenceRow { props: Record<string, unknown>; claims: ClaimRow[] }
export interface DocRow { id: string; props: Record<string, unknown>; mentions: Array<{ id: string; count: unknown }>; sentences: SentenceRow[] }
/** Rows a document statement writes (for batching): mentions, sentences and claims. */
const docSize = (d: DocRow) => 1 + d.mentions.length + d.sentences.reduce((n, s) => n + 1 + s.claims.length, 0);

export interface GraphRows {
  /** Entity relationships per (validated) type, sorted by type. */
  relationships: Array<[type: string, rows: Array<{ s: string; o: string; key: string; props: Record<string, unknown> }>]>;
  entities: Array<{ id: string; aliases: string[]; props: Record<string, unknown> }>;
  /** Every document (records, plus stubs for ids referenced without a record) with all it contributes. */
  documents: DocRow[];
  sentences: number;
  claims: number;
  mentions: number;
}

/** The rows loadGraph writes for a graph (also used by bench/neo4j.ts to write the same data as CSV). */
export function graphRows(graph: NewsGraph, withEvidence = true): GraphRows & { evidence: ReturnType<typeof evidenceWriter> } {
  // Every relation type is validated before anything is written.
  const byType = new Map<string, GraphRows['relationships'][number][1]>();
  graph.forEachEdge((key, a, s, o) => {
    const type = relationType(a.relation);
    const list = byType.get(type) ?? [];
    list.push({
      s, o, key,
      props: {
        key, relation: a.relation, modality: a.modality, weight: int(a.weight), confidence: a.confidence,
        predicates: a.predicates, attribution: a.attribution, docs: a.docs,
        evidence_ids: a.evidence.map(claimId), first_seen: a.firstSeen ?? null, last_seen: a.lastSeen ?? null,
      },
    });
    byType.set(type, list);
  });

  const records = { ...graph.getAttribute('documents') };
  const stub = (id: string) => { if (!records[id]) records[id] = { id, path: '', lang: 'und', encoding: '', format: '', hash: '', sentences: 0 }; };
  graph.forEachNode((_n, a) => Object.keys(a.mentionsByDoc).forEach(stub));
  graph.forEachEdge((_k, a) => a.evidence.forEach((e) => stub(e.docId)));
  const docs = new Map<string, DocRow>(Object.keys(records).sort()
    .map((id) => [id, { id, props: documentRow(records[id]!), mentions: [], sentences: [] }]));

  const entities: GraphRows['entities'] = [];
  let mentions = 0;
  graph.forEachNode((id, a) => {
    entities.push({
      id, aliases: a.aliases,
      props: compact({ id, name: a.name, type: a.type, name_ko: a.nameKo, qid: a.qid, mentions: int(a.mentions), docs: a.docs }),
    });
    for (const [doc, n] of Object.entries(a.mentionsByDoc)) {
      docs.get(doc)!.mentions.push({ id, count: int(n) });
      mentions++;
    }
  });

  const evidence = evidenceWriter(graph, docs, records);
  if (withEvidence) evidence(graph.edges());
  return {
    relationships: [...byType].sort(([a], [b]) => a.localeCompare(b)),
    entities, documents: [...docs.values()], sentences: evidence.sentences(), claims: evidence.claims(), mentions, evidence,
  };
}

/** Adds the sentences and claims of the given edges to their documents' rows. */
function evidenceWriter(graph: NewsGraph, docs: Map<string, DocRow>, records: Record<string, DocumentRecord>) {
  const sentences = new Map<string, SentenceRow>();
  let claims = 0;
  const add = (keys: string[]) => {
    for (const key of keys) {
      const a = graph.getEdgeAttributes(key);
      const s = graph.source(key), o = graph.target(key);
      const name = claimName(graph.getNodeAttribute(s, 'name'), a.relation, graph.getNodeAttribute(o, 'name'));
      for (const e of a.evidence) {
        let sentence = sentences.get(e.sentenceId);
        if (!sentence) {
          sentence = {
            props: {
              id: e.sentenceId, name: sentenceName(e.sentence), doc_id: e.docId, index: int(e.sentenceIndex), text: e.sentence,
              lang: e.lang, start: int(e.start), end: int(e.end),
            },
            claims: [],
          };
          sentences.set(e.sentenceId, sentence);
          docs.get(e.docId)!.sentences.push(sentence);
        }
        sentence.claims.push(claimRow(key, name, a.relation, a.modality, s, o, e, records[e.docId]));
        claims++;
      }
    }
  };
  return Object.assign(add, { sentences: () => sentences.size, claims: () => claims });
}

/**
 * Load a graph. Documents in the graph replace their earlier versions in the database; documents only in
 * the database are left alone (use removeDocuments to withdraw them).
 */
export async function loadGraph(client: Neo4jClient, graph: NewsGraph, opts?: Partial<LoadOptions>): Promise<LoadStats> {
  const t0 = performance.now();
  const ctx = newCtx(client, opts);
  const { stats } = ctx;
  // Sentences and claims are added to the document rows later, while the server writes relationships.
  const rows = graphRows(graph, false);

  const ts = performance.now();
  await ensureSchema(client);
  addPhase(ctx, 'schema', ts);

  const affected: Affected = { edges: new Map(), entities: new Set(), pending: [] };
  await readPending(ctx, affected);
  await withdraw(ctx, await storedDocuments(ctx, rows.documents.map((d) => d.id)), affected, false);

  // Entities the loaded documents alone mention get their totals from the graph; the others are recomputed.
  const recompute: Affected = {
    edges: new Map([...affected.edges].filter(([key]) => !graph.hasEdge(key))),
    entities: new Set([...affected.entities].filter((id) => !graph.hasNode(id))),
    pending: affected.pending,
  };

  // What the store holds besides the loaded documents (O(1) count-store reads): with no other claims or
  // mentions no edge or entity needs recomputing, and a relationship type it holds none of cannot collide.
  const state = await storeState(ctx, rows.relationships.map(([type]) => type));
  const upsertEntities = state.entities ? UPSERT_ENTITIES(state.mentions > 0) : CREATE_ENTITIES;
  await batched(ctx, 'entities', chunks(rows.entities, ctx.batch), async (tx, part) => {
    const res = await tx.run(upsertEntities, { rows: part });
    for (const r of res.records) recompute.entities.add(r.get('id') as string);
  });
  stats.entities = rows.entities.length;

  // Entity relationships before the documents' claims (see upsertEdges); several types per transaction.
  const relParts = rows.relationships.flatMap(([type, list]) => chunks(list, ctx.batch).map((part) => ({ type, part })));
  // New types only CREATE, which parallel transactions do well; MERGEs in parallel wait on each other's locks.
  const allFresh = rows.relationships.every(([type]) => !state.types.get(type));
  const relationships = batched(ctx, 'relationships', groups(relParts, (p) => p.part.length, ctx.batch), async (tx, parts) => {
    for (const { type, part } of parts) {
      const res = await tx.run(upsertEdges(type, !state.types.get(type), state.claims > 0), { rows: part });
      for (const r of res.records) {
        const key = r.get('key') as string;
        recompute.edges.set(key, { s: graph.source(key), o: graph.target(key) });
      }
    }
  }, (p) => p.part.length, allFresh ? ctx.concurrency : 1);
  relationships.catch(() => undefined); // awaited below
  // Meanwhile build the sentence and claim rows, a slice at a time, letting the driver's I/O run between.
  const keys = graph.edges();
  for (let i = 0; i < keys.length; i += 2000) {
    rows.evidence(keys.slice(i, i + 2000));
    await new Promise<void>((ok) => setImmediate(ok));
  }
  await relationships;
  stats.relationships = graph.size;

  await batched(ctx, 'documents', groups(rows.documents, docSize, ctx.batch), async (tx, part) => {
    await tx.run(WRITE_DOCUMENTS, { docs: part });
  }, docSize, ctx.concurrency);
  stats.documents = rows.documents.length;
  stats.sentences = rows.evidence.sentences();
  stats.claims = rows.evidence.claims();
  stats.mentions = rows.mentions;

  await finish(ctx, recompute);
  stats.ms = Math.round(performance.now() - t0);
  return stats;
}

const claimId = (e: EvidenceRecord): string => `${e.docId}|${e.tripleId}`;

function claimRow(
  edgeKey: string, name: string, relation: string, modality: string, s: string, o: string, e: EvidenceRecord, doc: DocumentRecord | undefined,
): Record<string, unknown> {
  return compact({
    // The triple id is content-derived; the document id keeps two documents' claims apart.
    id: claimId(e), name,
    triple_id: e.tripleId, edge_key: edgeKey, relation, modality, subject_id: s, object_id: o,
    doc_id: e.docId, sentence_id: e.sentenceId, sentence_index: int(e.sentenceIndex),
    predicate: e.predicate, confidence: e.confidence, lang: e.lang,
    attribution: e.attribution, attribution_id: e.attributionId, date: e.date,
    // When the claim was seen: its own date, else its document's publication date (as src/graph does).
    seen: e.date ?? doc?.published,
    subject_text: e.subjectSpan?.text, object_text: e.objectSpan?.text, predicate_text: e.predicateSpan?.text,
  });
}

/** Withdraw documents and everything only they supported (claims, sentences, mentions, edges, entities). */
export async function removeDocuments(client: Neo4jClient, docIds: string[], opts?: Partial<LoadOptions>): Promise<LoadStats> {
  const t0 = performance.now();
  const ctx = newCtx(client, opts);
  await ensureSchema(client);
  const affected: Affected = { edges: new Map(), entities: new Set(), pending: [] };
  await readPending(ctx, affected);
  await withdraw(ctx, [...new Set(docIds)], affected, true);
  await finish(ctx, affected);
  ctx.stats.ms = Math.round(performance.now() - t0);
  return ctx.stats;
}
