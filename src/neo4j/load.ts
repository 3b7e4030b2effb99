// Load a NewsGraph into Neo4j (model: docs/graph-model.md). Every write is a batched UNWIND in a managed
// write transaction (retried on transient errors). A load first withdraws what the graph's documents
// contributed before, then writes them again and recomputes the aggregates of every touched edge and entity
// from what the database holds, so loading twice equals loading once and a re-extracted document replaces
// its earlier version without disturbing other documents' evidence.
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
}

export const DEFAULT_LOAD_OPTIONS: Readonly<LoadOptions> = Object.freeze({ batchSize: 0, progress: false });

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
  // Schema changes cannot share a transaction with data writes: one transaction each.
  for (const stmt of SCHEMA) await writeTx(client, (tx) => tx.run(stmt), 'creating the schema');
  await writeTx(client, (tx) => tx.run('CALL db.awaitIndexes(300)'), 'waiting for indexes');
}

// ---- Cypher (all values are parameters; only validated relationship types are spliced in) ----

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
const UPSERT_DOCUMENTS = `
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d = row`;
// Entities and edges are MERGEd (other documents share them); a loaded document's own nodes and
// relationships (mentions, sentences, claims) were withdrawn just before, so they are CREATEd.
// Names and types follow the latest load; aliases accumulate (as in src/graph, withdrawing a document keeps
// them); a Korean name or QID the loaded graph lacks is kept from earlier loads. Totals come from the graph;
// entities that other (not loaded) documents also mention are returned, to be recomputed at the end.
const UPSERT_ENTITIES = `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e += row.props
SET e.aliases = COLLECT { UNWIND coalesce(e.aliases, []) + row.aliases AS a RETURN DISTINCT a ORDER BY a }
WITH e, row
WHERE EXISTS { (e)<-[:MENTIONS]-(:Document) }
RETURN row.id AS id`;
const CREATE_MENTIONS = `
UNWIND $rows AS row
MATCH (d:Document {id: row.doc})
MATCH (e:Entity {id: row.id})
CREATE (d)-[:MENTIONS {count: row.count}]->(e)`;
const CREATE_SENTENCES = `
UNWIND $rows AS row
MATCH (d:Document {id: row.doc_id})
CREATE (s:Sentence)-[:PART_OF]->(d)
SET s = row`;
// Edge aggregates come from the graph; an edge that still has claims from documents outside this load
// is returned, to be recomputed from all its claims at the end.
const upsertEdges = (type: string) => `
UNWIND $rows AS row
MATCH (s:Entity {id: row.s})
MATCH (o:Entity {id: row.o})
MERGE (s)-[r:\`${relationType(type)}\` {key: row.key}]->(o)
SET r += row.props
WITH row
WHERE EXISTS { (:Claim {edge_key: row.key}) }
RETURN row.key AS key`;
const CREATE_CLAIMS = `
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject_id})
MATCH (o:Entity {id: row.object_id})
MATCH (t:Sentence {id: row.sentence_id})
CREATE (s)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(o), (c)-[:STATED_IN]->(t)
SET c = row.props
WITH c, row
WHERE row.attribution_id IS NOT NULL
MATCH (a:Entity {id: row.attribution_id})
CREATE (c)-[:ATTRIBUTED_TO]->(a)`;
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
const int = (n: number) => neo4j.int(n);
const num = (v: unknown): number => (neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : Number(v));
/** Same ordering as src/graph (JavaScript sort), so Neo4j's lists equal the graph's. */
const uniqSorted = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();
const compact = <T extends Record<string, unknown>>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as T;

interface Ctx {
  client: Neo4jClient;
  batch: number;
  progress: boolean;
  stats: LoadStats;
}

async function batched<T>(ctx: Ctx, what: string, rows: T[], work: (tx: ManagedTransaction, rows: T[]) => Promise<void>, phase = what): Promise<void> {
  const t0 = performance.now();
  const parts = chunks(rows, ctx.batch);
  let done = 0;
  for (const part of parts) {
    await writeTx(ctx.client, (tx) => work(tx, part), `loading ${what}`);
    ctx.stats.transactions++;
    done += part.length;
    if (ctx.progress && parts.length > 1) process.stderr.write(`neo4j: ${what} ${done}/${rows.length}\n`);
  }
  addPhase(ctx, phase, t0);
}

function addPhase(ctx: Ctx, phase: string, t0: number): void {
  ctx.stats.phases[phase] = (ctx.stats.phases[phase] ?? 0) + Math.round(performance.now() - t0);
}

interface Affected { edges: Map<string, { s: string; o: string }>; entities: Set<string> }

/** Withdraw the claims, sentences and mentions of these documents; returns what they touched. */
async function withdraw(ctx: Ctx, docIds: string[], affected: Affected, deleteDocuments: boolean): Promise<void> {
  const t0 = performance.now();
  // Fewer documents per transaction than rows: a document may carry many claims.
  const per = Math.max(1, Math.floor(ctx.batch / 20));
  for (const docs of chunks(docIds, per)) {
    await writeTx(ctx.client, async (tx) => {
      const claims = await tx.run(WITHDRAW_CLAIMS, { docs });
      for (const r of claims.records) {
        affected.edges.set(r.get('key') as string, { s: r.get('s') as string, o: r.get('o') as string });
        affected.entities.add(r.get('s') as string).add(r.get('o') as string);
      }
      ctx.stats.withdrawnClaims += claims.records.length;
      await tx.run(WITHDRAW_SENTENCES, { docs });
      const mentions = await tx.run(WITHDRAW_MENTIONS, { docs });
      for (const r of mentions.records) affected.entities.add(r.get('id') as string);
      if (deleteDocuments) await tx.run(DELETE_DOCUMENTS, { docs });
    }, 'withdrawing documents');
    ctx.stats.transactions++;
  }
  addPhase(ctx, 'withdraw', t0);
}

/** Recompute edge aggregates from their claims (as src/graph does); delete edges with no claim left. */
async function recomputeEdges(ctx: Ctx, affected: Affected): Promise<void> {
  const rows = [...affected.edges].map(([key, { s, o }]) => ({ key, s, o }));
  await batched(ctx, 'edge aggregates', rows, async (tx, part) => {
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
  await batched(ctx, 'entity totals', ids, async (tx, part) => {
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

function newCtx(client: Neo4jClient, opts?: Partial<LoadOptions>): Ctx {
  const o = resolveOptions('neo4j', { ...DEFAULT_LOAD_OPTIONS }, opts, (x) =>
    Number.isInteger(x.batchSize) && x.batchSize >= 0 ? [] : [`batchSize must be a non-negative integer (got ${x.batchSize})`]);
  return {
    client, batch: o.batchSize || client.options.batchSize, progress: o.progress,
    stats: {
      documents: 0, entities: 0, relationships: 0, sentences: 0, claims: 0, mentions: 0,
      removedRelationships: 0, removedEntities: 0, withdrawnClaims: 0, transactions: 0, ms: 0, phases: {},
    },
  };
}

const documentRow = (d: DocumentRecord) => compact({
  id: d.id, title: d.title, url: d.url, source: d.source, author: d.author, published: d.published,
  lang: d.lang, path: d.path, hash: d.hash, encoding: d.encoding, format: d.format, sentences: int(d.sentences),
});

/**
 * Load a graph. Documents in the graph replace their earlier versions in the database; documents only in
 * the database are left alone (use removeDocuments to withdraw them).
 */
export async function loadGraph(client: Neo4jClient, graph: NewsGraph, opts?: Partial<LoadOptions>): Promise<LoadStats> {
  const t0 = performance.now();
  const ctx = newCtx(client, opts);
  const { stats } = ctx;
  const ts = performance.now();
  await ensureSchema(client);
  addPhase(ctx, 'schema', ts);

  // Every relation type is validated before anything is written.
  const byType = new Map<string, Array<{ s: string; o: string; key: string; props: Record<string, unknown> }>>();
  graph.forEachEdge((key, a, s, o) => {
    const type = relationType(a.relation);
    const list = byType.get(type) ?? [];
    list.push({
      s, o, key,
      props: {
        relation: a.relation, modality: a.modality, weight: int(a.weight), confidence: a.confidence,
        predicates: a.predicates, attribution: a.attribution, docs: a.docs,
        evidence_ids: a.evidence.map(claimId), first_seen: a.firstSeen ?? null, last_seen: a.lastSeen ?? null,
      },
    });
    byType.set(type, list);
  });

  // Documents: the graph's records, plus stubs for any document referenced without a record.
  const records = { ...graph.getAttribute('documents') };
  const stub = (id: string) => { if (!records[id]) records[id] = { id, path: '', lang: 'und', encoding: '', format: '', hash: '', sentences: 0 }; };
  graph.forEachNode((_n, a) => Object.keys(a.mentionsByDoc).forEach(stub));
  graph.forEachEdge((_k, a) => a.evidence.forEach((e) => stub(e.docId)));
  const docIds = Object.keys(records).sort();

  const affected: Affected = { edges: new Map(), entities: new Set() };
  await withdraw(ctx, docIds, affected, false);

  const docRows = docIds.map((id) => documentRow(records[id]!));
  await batched(ctx, 'documents', docRows, async (tx, rows) => { await tx.run(UPSERT_DOCUMENTS, { rows }); });
  stats.documents = docRows.length;

  const entityRows: Array<Record<string, unknown>> = [];
  const mentionRows: Array<{ doc: string; id: string; count: ReturnType<typeof int> }> = [];
  graph.forEachNode((id, a) => {
    entityRows.push({
      id, aliases: a.aliases,
      props: compact({ id, name: a.name, type: a.type, name_ko: a.nameKo, qid: a.qid, mentions: int(a.mentions), docs: a.docs }),
    });
    for (const [doc, n] of Object.entries(a.mentionsByDoc)) mentionRows.push({ doc, id, count: int(n) });
  });
  // Entities the loaded documents alone mention get their totals from the graph; the others are recomputed.
  const recompute: Affected = { edges: new Map(), entities: new Set([...affected.entities].filter((id) => !graph.hasNode(id))) };
  await batched(ctx, 'entities', entityRows, async (tx, rows) => {
    const res = await tx.run(UPSERT_ENTITIES, { rows });
    for (const r of res.records) recompute.entities.add(r.get('id') as string);
  });
  await batched(ctx, 'mentions', mentionRows, async (tx, rows) => { await tx.run(CREATE_MENTIONS, { rows }); });
  stats.entities = entityRows.length;
  stats.mentions = mentionRows.length;

  const sentences = new Map<string, Record<string, unknown>>();
  const claimRows: Array<Record<string, unknown>> = [];
  for (const [key, ends] of affected.edges) if (!graph.hasEdge(key)) recompute.edges.set(key, ends);
  graph.forEachEdge((key, a, s, o) => {
    for (const e of a.evidence) {
      if (!sentences.has(e.sentenceId)) {
        sentences.set(e.sentenceId, {
          id: e.sentenceId, doc_id: e.docId, index: int(e.sentenceIndex), text: e.sentence, lang: e.lang,
          start: int(e.start), end: int(e.end),
        });
      }
      claimRows.push({
        subject_id: s, object_id: o, sentence_id: e.sentenceId, attribution_id: e.attributionId ?? null,
        props: claimRow(key, a.relation, a.modality, s, o, e, records[e.docId]),
      });
    }
  });
  const sentenceRows = [...sentences.values()];
  await batched(ctx, 'sentences', sentenceRows, async (tx, rows) => { await tx.run(CREATE_SENTENCES, { rows }); });
  stats.sentences = sentenceRows.length;

  for (const [type, rows] of [...byType].sort(([a], [b]) => a.localeCompare(b))) {
    const cypher = upsertEdges(type);
    await batched(ctx, `${type} relationships`, rows, async (tx, part) => {
      const res = await tx.run(cypher, { rows: part });
      for (const r of res.records) {
        const key = r.get('key') as string;
        recompute.edges.set(key, { s: graph.source(key), o: graph.target(key) });
      }
    }, 'relationships');
    stats.relationships += rows.length;
  }
  await batched(ctx, 'claims', claimRows, async (tx, rows) => { await tx.run(CREATE_CLAIMS, { rows }); });
  stats.claims = claimRows.length;

  await recomputeEdges(ctx, recompute);
  await recomputeEntities(ctx, recompute);
  stats.ms = Math.round(performance.now() - t0);
  return stats;
}

const claimId = (e: EvidenceRecord): string => `${e.docId}|${e.tripleId}`;

function claimRow(
  edgeKey: string, relation: string, modality: string, s: string, o: string, e: EvidenceRecord, doc: DocumentRecord | undefined,
): Record<string, unknown> {
  return compact({
    // The triple id is content-derived; the document id keeps two documents' claims apart.
    id: claimId(e),
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
  const affected: Affected = { edges: new Map(), entities: new Set() };
  await withdraw(ctx, [...new Set(docIds)], affected, true);
  await recomputeEdges(ctx, affected);
  await recomputeEntities(ctx, affected);
  ctx.stats.ms = Math.round(performance.now() - t0);
  return ctx.stats;
}
