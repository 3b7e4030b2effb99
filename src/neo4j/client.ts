// One Neo4j driver per process, typed connection errors, and read/write query execution that returns
// plain JSON (no driver Integer/temporal/graph objects leak to callers).
import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import { Neo4jAuthError, Neo4jConnectionError, Neo4jError, OptionsError } from '../errors.js';
import { resolveOptions } from '../util/options.js';

/** The project's local server (scripts/neo4j.sh): its documented password, set on first start. */
export const LOCAL_NEO4J_PASSWORD = 'newsgraph-local';
export const LOCAL_NEO4J_PORT = 7687;

export interface Neo4jOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** Rows per UNWIND batch when loading. */
  batchSize: number;
  /** How long the driver retries a transaction that failed with a transient error (deadlock, leader switch…). */
  maxRetryTimeMs: number;
  /** How long to wait for a TCP connection before giving up. */
  connectionTimeoutMs: number;
}

const env = (k: string): string | undefined => (process.env[k]?.trim() ? process.env[k]!.trim() : undefined);

export const DEFAULT_NEO4J_OPTIONS: Readonly<Neo4jOptions> = Object.freeze({
  uri: env('NEO4J_URI') ?? `bolt://127.0.0.1:${env('NEO4J_PORT') ?? LOCAL_NEO4J_PORT}`,
  user: env('NEO4J_USER') ?? env('NEO4J_USERNAME') ?? 'neo4j',
  password: env('NEO4J_PASSWORD') ?? LOCAL_NEO4J_PASSWORD,
  database: env('NEO4J_DATABASE') ?? 'neo4j',
  batchSize: Number(env('NEO4J_BATCH_SIZE') ?? 20_000),
  maxRetryTimeMs: 30_000,
  connectionTimeoutMs: 10_000,
});

export function resolveNeo4jOptions(given?: Partial<Neo4jOptions>): Neo4jOptions {
  return resolveOptions('neo4j', { ...DEFAULT_NEO4J_OPTIONS }, given, (o) => {
    const problems: string[] = [];
    if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/.test(o.uri)) problems.push(`uri "${o.uri}" must look like bolt://host:port or neo4j://host:port`);
    if (!o.user) problems.push('user must not be empty');
    if (!Number.isInteger(o.batchSize) || o.batchSize < 1) problems.push(`batchSize must be a positive integer (got ${o.batchSize})`);
    if (!(o.maxRetryTimeMs >= 0)) problems.push('maxRetryTimeMs must be >= 0');
    if (!(o.connectionTimeoutMs > 0)) problems.push('connectionTimeoutMs must be > 0');
    return problems;
  });
}

/** A query the server rejected (syntax, access mode, constraint, timeout…); `code` is Neo4j's status code. */
export class Neo4jQueryError extends Neo4jError {
  constructor(message: string, readonly code: string | undefined, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export interface Neo4jClient {
  readonly driver: Driver;
  readonly options: Readonly<Neo4jOptions>;
  /** Release this handle; the shared driver closes when the last handle is released. */
  close(): Promise<void>;
}

interface Shared { driver: Driver; refs: number }
// Keyed by uri+user+password+database: the process keeps one driver per server/account, whoever asks.
const drivers = new Map<string, Promise<Shared>>();

/** Connect (or reuse this process's driver) and verify the server answers and accepts the credentials. */
export async function connectNeo4j(opts?: Partial<Neo4jOptions>): Promise<Neo4jClient> {
  const options = Object.freeze(resolveNeo4jOptions(opts));
  const key = JSON.stringify([options.uri, options.user, options.password, options.database]);
  let pending = drivers.get(key);
  if (!pending) {
    pending = openDriver(options);
    drivers.set(key, pending);
    pending.catch(() => drivers.delete(key));
  }
  const shared = await pending;
  shared.refs++;
  let closed = false;
  return {
    driver: shared.driver,
    options,
    async close() {
      if (closed) return;
      closed = true;
      if (--shared.refs === 0 && drivers.get(key) === pending) {
        drivers.delete(key);
        await shared.driver.close();
      }
    },
  };
}

async function openDriver(o: Neo4jOptions): Promise<Shared> {
  const driver = neo4j.driver(o.uri, neo4j.auth.basic(o.user, o.password), {
    maxTransactionRetryTime: o.maxRetryTimeMs,
    connectionTimeout: o.connectionTimeoutMs,
    connectionAcquisitionTimeout: o.connectionTimeoutMs * 2,
  });
  try {
    await driver.verifyConnectivity({ database: o.database });
    return { driver, refs: 0 };
  } catch (err) {
    await driver.close().catch(() => undefined);
    throw mapConnectError(err, o);
  }
}

const codeOf = (err: unknown): string | undefined =>
  typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;

function mapConnectError(err: unknown, o: Neo4jOptions): Neo4jError {
  const code = codeOf(err);
  const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
  if (code?.startsWith('Neo.ClientError.Security.')) {
    const rate = code.endsWith('AuthenticationRateLimit') ? ' (too many failed attempts: wait a few seconds)' : '';
    return new Neo4jAuthError(
      `the server at ${o.uri} refused user "${o.user}"${rate}. Set NEO4J_USER/NEO4J_PASSWORD (the local server ` +
      `started by scripts/neo4j.sh uses neo4j / ${LOCAL_NEO4J_PASSWORD}). Server said: ${detail}`, { cause: err });
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|ENOTFOUND|ETIMEDOUT|connect/i.test(detail)) {
    return new Neo4jConnectionError(
      `cannot reach a Neo4j server at ${o.uri}. Start the local one with "scripts/neo4j.sh start && scripts/neo4j.sh wait", ` +
      `or set NEO4J_URI to a running server. Driver said: ${detail}`, { cause: err });
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new Neo4jError(`database "${o.database}" does not exist on ${o.uri}; set NEO4J_DATABASE (Community has only "neo4j")`, { cause: err });
  }
  return new Neo4jError(`connecting to ${o.uri} failed: ${detail}`, { cause: err });
}

/** Wrap a failure of a query or transaction in a typed error that keeps Neo4j's status code. */
export function queryError(err: unknown, what: string): Neo4jError {
  if (err instanceof Neo4jError) return err;
  const code = codeOf(err);
  const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return new Neo4jConnectionError(`lost the connection while ${what}; check the server is running. Driver said: ${detail}`, { cause: err });
  }
  if (code?.startsWith('Neo.ClientError.Security.')) return new Neo4jAuthError(`${what}: ${detail}`, { cause: err });
  if (code === 'Neo.ClientError.Statement.AccessMode') {
    return new Neo4jQueryError(`${what}: the query writes but ran as a read query; pass write: true (CLI: --write) to allow writes. Server said: ${detail}`, code, { cause: err });
  }
  if (code === 'Neo.ClientError.Transaction.TransactionTimedOut' || code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration') {
    return new Neo4jQueryError(`${what}: timed out; raise timeoutMs or narrow the query. Server said: ${detail}`, code, { cause: err });
  }
  return new Neo4jQueryError(`${what}: ${detail}`, code, { cause: err });
}

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Driver values → plain JSON: integers to numbers (strings beyond 2^53), temporals to ISO strings, graph objects to maps. */
export function toPlain(v: unknown): Json {
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean' || typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (neo4j.isInt(v)) return neo4j.integer.inSafeRange(v) ? v.toNumber() : v.toString();
  if (neo4j.isDate(v as object) || neo4j.isDateTime(v as object) || neo4j.isLocalDateTime(v as object)
    || neo4j.isLocalTime(v as object) || neo4j.isTime(v as object) || neo4j.isDuration(v as object)) return String(v);
  if (neo4j.isPoint(v as object)) {
    const p = v as { srid: unknown; x: number; y: number; z?: number };
    return { srid: toPlain(p.srid), x: p.x, y: p.y, ...(p.z !== undefined ? { z: p.z } : {}) };
  }
  if (neo4j.isNode(v as object)) {
    const n = v as { elementId: string; labels: string[]; properties: Record<string, unknown> };
    return { elementId: n.elementId, labels: [...n.labels], properties: plainMap(n.properties) };
  }
  if (neo4j.isRelationship(v as object)) {
    const r = v as { elementId: string; type: string; startNodeElementId: string; endNodeElementId: string; properties: Record<string, unknown> };
    return { elementId: r.elementId, type: r.type, start: r.startNodeElementId, end: r.endNodeElementId, properties: plainMap(r.properties) };
  }
  if (neo4j.isUnboundRelationship(v as object)) {
    const r = v as { elementId: string; type: string; properties: Record<string, unknown> };
    return { elementId: r.elementId, type: r.type, properties: plainMap(r.properties) };
  }
  if (neo4j.isPath(v as object)) {
    const p = v as { start: unknown; segments: Array<{ relationship: unknown; end: unknown }> };
    return { nodes: [toPlain(p.start), ...p.segments.map((s) => toPlain(s.end))], relationships: p.segments.map((s) => toPlain(s.relationship)) };
  }
  if (Array.isArray(v)) return v.map(toPlain);
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64');
  if (typeof v === 'object') return plainMap(v as Record<string, unknown>);
  return String(v);
}

const plainMap = (o: Record<string, unknown>): { [k: string]: Json } =>
  Object.fromEntries(Object.entries(o).map(([k, x]) => [k, toPlain(x)]));

export interface RunQueryOptions {
  /** Run in a write transaction. Without it the query runs in a READ session and the server refuses writes. */
  write?: boolean;
  /** Server-side transaction timeout. */
  timeoutMs?: number;
  /** Keep at most this many rows (the rest is discarded, `truncated` says so). */
  maxRows?: number;
}

export interface QueryRows {
  columns: string[];
  rows: Array<Record<string, Json>>;
  truncated: boolean;
}

/** Run one parameterised Cypher query; reads in a read session (`executeRead`), writes only with `write: true`. */
export async function runQuery(
  client: Neo4jClient, cypher: string, params: Record<string, unknown> = {}, opts: RunQueryOptions = {},
): Promise<QueryRows> {
  const { write = false, timeoutMs, maxRows } = opts;
  if (maxRows !== undefined && !(Number.isInteger(maxRows) && maxRows >= 0)) throw new OptionsError('neo4j', `maxRows must be a non-negative integer (got ${maxRows})`);
  if (timeoutMs !== undefined && !(timeoutMs > 0)) throw new OptionsError('neo4j', `timeoutMs must be > 0 (got ${timeoutMs})`);
  const session = client.driver.session({
    database: client.options.database,
    defaultAccessMode: write ? neo4j.session.WRITE : neo4j.session.READ,
  });
  const work = async (tx: ManagedTransaction): Promise<QueryRows> => {
    const result = tx.run(cypher, params);
    const columns = [...(await result.keys())];
    const rows: Array<Record<string, Json>> = [];
    let truncated = false;
    for await (const record of result) {
      if (maxRows !== undefined && rows.length >= maxRows) { truncated = true; break; }
      rows.push(Object.fromEntries(columns.map((c) => [c, toPlain(record.get(c))])));
    }
    return { columns: columns.map(String), rows, truncated };
  };
  const config = timeoutMs !== undefined ? { timeout: timeoutMs } : undefined;
  try {
    return write ? await session.executeWrite(work, config) : await session.executeRead(work, config);
  } catch (err) {
    throw queryError(err, write ? 'write query failed' : 'read query failed');
  } finally {
    await session.close();
  }
}

/** Run a write statement inside a managed (retried) write transaction and return the full result. */
export async function writeTx<T>(
  client: Neo4jClient, work: (tx: ManagedTransaction) => Promise<T>, what: string,
): Promise<T> {
  const session = client.driver.session({ database: client.options.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(work);
  } catch (err) {
    throw queryError(err, what);
  } finally {
    await session.close();
  }
}

export type { QueryResult };
