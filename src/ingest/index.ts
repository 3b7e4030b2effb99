// Ingest: article files (txt, md, html, json, jsonl) or standard input → clean NewsDocuments.
// One result per document; a bad input yields { ok: false, reason } and processing goes on.
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import { marked } from 'marked';
import { jsdom } from './jsdom.js';
import { DataFileError, IngestError } from '../errors.js';
import type { DocumentMeta, Lang, NewsDocument, RemovedLine } from '../types/index.js';
import { sha256 } from '../util/hash.js';
import { resolveOptions } from '../util/options.js';
import { decodeBytes } from './decode.js';
import { DEFAULT_FURNITURE_FILE, cleanLines, loadFurniture, normalizeDate } from './furniture.js';
import { blocksToLines, declaredCharset, extractHtml } from './html.js';

export { loadFurniture, normalizeDate, DEFAULT_FURNITURE_FILE } from './furniture.js';
export { removeRepeatedLines, DEFAULT_REPEATED_LINE_OPTIONS, REPEATED_LINE_REASON, type RepeatedLineOptions } from './corpus.js';

export interface IngestOptions {
  /** Files larger than this are refused as 'oversized' without being read. Default 5 MiB. */
  maxBytes: number;
  /** Extensions read when walking folders (lower case, with the dot). Other files are reported 'unsupported-format'. */
  extensions: string[];
  /** Follow symbolic links (off: a link is reported as 'symlink' and not read). */
  followSymlinks: boolean;
  /** Furniture vocabulary (YAML, schema data/schema/furniture.schema.json). */
  furnitureFile: string;
  /** Largest share of invalid/control characters accepted after decoding before 'undecodable'. */
  maxBadCharRatio: number;
  /** An HTML block whose text is more than this share link text is navigation, not article. */
  maxLinkDensity: number;
  /** A cleaned document with fewer characters than this (headline excluded) is 'no-article-text'. */
  minTextChars: number;
  /** Stream read for the path '-' (default: process.stdin). */
  stdin: NodeJS.ReadableStream | undefined;
  /** Folders never walked into (build passes its own output folder, which may sit inside an input folder). */
  exclude: string[];
}

export const DEFAULT_INGEST_OPTIONS: IngestOptions = {
  maxBytes: 5 * 1024 * 1024,
  extensions: ['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '.json', '.jsonl', '.ndjson'],
  followSymlinks: false,
  furnitureFile: DEFAULT_FURNITURE_FILE,
  maxBadCharRatio: 0.02,
  maxLinkDensity: 0.5,
  minTextChars: 20,
  stdin: undefined,
  exclude: [],
};

export type IngestResult =
  | { ok: true; document: NewsDocument }
  | { ok: false; path: string; reason: string; error: IngestError };

/** What to do next, per failure reason (the second half of every error message). */
const ADVICE: Record<string, string> = {
  'empty': 'the file has no text; remove it or fill it',
  'binary': 'this is not a text article; export it to .txt/.html/.md first',
  'truncated': 'the file ends mid-character or mid-record; re-download or re-export it',
  'undecodable': 'convert it to UTF-8 (e.g. iconv -f <encoding> -t UTF-8) and retry',
  'oversized': 'raise maxBytes (--max-bytes) if this really is one article, or split the file',
  'malformed-json': 'fix the JSON syntax of this record',
  'malformed-front-matter': 'fix the YAML front matter between the --- lines',
  'no-article-text': 'no article body was found after removing page furniture; check the input is an article',
  'unsupported-format': 'rename it with a supported extension (.txt .md .html .json .jsonl) or leave it out',
  'symlink': 'symbolic links are not followed; pass followSymlinks: true (--follow-symlinks) to read them',
  'not-found': 'check the path',
  'unreadable': 'check the file permissions',
  'parse-error': 'the parser failed on this input; report it with the file attached',
};

class Failure extends Error {
  constructor(readonly reason: string, readonly detail: string) { super(detail); }
}

const fail = (p: string, reason: string, detail: string, cause?: unknown): IngestResult => ({
  ok: false,
  path: p,
  reason,
  error: new IngestError(`${p}: ${reason} (${detail}); ${ADVICE[reason] ?? 'check the input'}`, p, reason, cause ? { cause } : undefined),
});

/** `ko` when Hangul dominates the letters, `en` when Latin does, else `und`. */
export function detectLang(text: string): Lang {
  const hangul = text.match(/\p{Script=Hangul}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (!letters) return 'und';
  if (hangul / letters >= 0.4 && hangul >= latin) return 'ko';
  if (latin / letters >= 0.6) return 'en';
  return 'und';
}

interface RawArticle {
  lines: string[];
  title?: string;
  source?: string;
  author?: string;
  url?: string;
  published?: string;
  removed?: RemovedLine[];
}

interface Origin { path: string; format: string; encoding: string; bytes: number }

function buildDocument(raw: RawArticle, origin: Origin, opts: IngestOptions): NewsDocument {
  const furniture = loadFurniture(opts.furnitureFile);
  const clean = cleanLines({ lines: raw.lines, title: raw.title }, furniture);
  const bodyChars = clean.lines.join('').replace(/\s/g, '').length;
  if (!clean.lines.length || bodyChars < opts.minTextChars) {
    throw new Failure('no-article-text', `${bodyChars} characters of article text left after removing ${clean.removed.length + (raw.removed?.length ?? 0)} furniture lines`);
  }
  const text = [...(clean.title ? [clean.title] : []), ...clean.lines].join('\n');
  const hash = sha256(text);
  const meta: DocumentMeta = {
    lang: detectLang(text),
    encoding: origin.encoding,
    format: origin.format,
    hash,
    bytes: origin.bytes,
  };
  const set = <K extends keyof DocumentMeta>(k: K, v: DocumentMeta[K] | undefined): void => {
    if (v !== undefined && v !== '') meta[k] = v;
  };
  set('title', clean.title);
  set('source', raw.source ?? clean.source);
  set('author', raw.author ?? clean.author);
  set('url', raw.url);
  set('published', normalizeDate(raw.published) ?? clean.published);
  return { id: hash.slice(0, 16), path: origin.path, text, meta, removed: [...(raw.removed ?? []), ...clean.removed] };
}

const textLines = (text: string): string[] => text.replace(/\r\n?/g, '\n').split('\n');

function fromMarkdown(text: string, maxLinkDensity: number): RawArticle {
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text);
  } catch (err) {
    throw new Failure('malformed-front-matter', (err as Error).message.split('\n')[0]!);
  }
  const d = parsed.data as Record<string, unknown>;
  // Markdown → HTML → the same block walker as web pages: entities decoded, syntax gone, lists marked.
  const html = marked.parse(parsed.content, { async: false }) as string;
  const { JSDOM, VirtualConsole } = jsdom();
  const dom = new JSDOM(`<body>${html}</body>`, { virtualConsole: new VirtualConsole() });
  const { lines, removed } = blocksToLines(dom.window.document.body, maxLinkDensity);
  dom.window.close();
  return { lines, removed, ...recordMeta(d) };
}

const str = (v: unknown): string | undefined => {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (v instanceof Date) {
    const iso = v.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso; // YAML dates without a time
  }
  if (Array.isArray(v)) return v.map(str).filter(Boolean).join(', ') || undefined;
  if (v && typeof v === 'object' && 'name' in v) return str((v as { name: unknown }).name);
  return undefined;
};

/** Metadata fields of a JSON record or front matter, under their usual names. */
function recordMeta(r: Record<string, unknown>): Omit<RawArticle, 'lines'> {
  return {
    title: str(r.title ?? r.headline),
    url: str(r.url ?? r.link ?? r.canonical),
    published: str(r.date ?? r.published ?? r.publishedAt ?? r.published_at ?? r.pubDate ?? r.datePublished),
    source: str(r.source ?? r.publisher ?? r.site ?? r.outlet),
    author: str(r.author ?? r.authors ?? r.byline),
  };
}

const looksHtml = (s: string): boolean => /<(?:html|body|p|div|article|br|h[1-6])\b[^>]*>/i.test(s);

function fromRecord(rec: unknown, opts: IngestOptions): RawArticle {
  if (!rec || typeof rec !== 'object' || Array.isArray(rec)) throw new Failure('malformed-json', 'a record must be a JSON object');
  const r = rec as Record<string, unknown>;
  const body = r.text ?? r.body ?? r.content ?? r.article ?? r.html;
  if (typeof body !== 'string' || !body.trim()) throw new Failure('no-article-text', 'record has no text, body or content field');
  const meta = recordMeta(r);
  if (looksHtml(body)) {
    const h = extractHtml(body, { maxLinkDensity: opts.maxLinkDensity, useReadability: false });
    return { ...meta, lines: h.lines, removed: h.removed, title: meta.title ?? h.title };
  }
  return { ...meta, lines: textLines(body) };
}

function fromHtml(text: string, opts: IngestOptions): RawArticle {
  const h = extractHtml(text, { maxLinkDensity: opts.maxLinkDensity, useReadability: true });
  if (!h.lines.length) throw new Failure('no-article-text', 'Readability found no main text in the page');
  return h;
}

type Format = 'txt' | 'md' | 'html' | 'json' | 'jsonl';

const FORMAT_BY_EXT: Record<string, Format> = {
  '.txt': 'txt', '.text': 'txt', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};

/** The format of text without a telling extension (standard input). */
function sniffFormat(text: string): Format {
  const t = text.trimStart();
  if (/^(?:<!doctype html|<html|<head|<body|<article)/i.test(t)) return 'html';
  if (t.startsWith('[')) return 'json';
  if (t.startsWith('{')) {
    const lines = t.split('\n').filter((l) => l.trim());
    return lines.length > 1 && lines.every((l) => l.trim().startsWith('{')) ? 'jsonl' : 'json';
  }
  if (/^---\r?\n/.test(t)) return 'md';
  return 'txt';
}

/** Parse decoded text of one input into documents (several for JSON arrays and JSON Lines). */
function* documentsFrom(text: string, format: Format, origin: Origin, opts: IngestOptions, truncatedTail: boolean): Generator<IngestResult> {
  const one = (p: string, build: () => RawArticle, bytes = origin.bytes): IngestResult => {
    try {
      return { ok: true, document: buildDocument(build(), { ...origin, path: p, bytes }, opts) };
    } catch (err) {
      if (err instanceof Failure) return fail(p, err.reason, err.detail);
      if (err instanceof DataFileError) throw err; // a broken vocabulary file is the user's to fix, not per document
      // A parser crash on one input must not stop the rest of the batch.
      return fail(p, 'parse-error', (err as Error).message.split('\n')[0]!, err);
    }
  };
  switch (format) {
    case 'txt': yield one(origin.path, () => ({ lines: textLines(text) })); return;
    case 'md': yield one(origin.path, () => fromMarkdown(text, opts.maxLinkDensity)); return;
    case 'html': yield one(origin.path, () => fromHtml(text, opts)); return;
    case 'json': {
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch (err) {
        yield fail(origin.path, 'malformed-json', (err as Error).message, err);
        return;
      }
      if (Array.isArray(data)) {
        if (!data.length) yield fail(origin.path, 'empty', 'an empty JSON array');
        for (let i = 0; i < data.length; i++) {
          yield one(`${origin.path}#${i + 1}`, () => fromRecord(data[i], opts), Buffer.byteLength(JSON.stringify(data[i]) ?? ''));
        }
      } else {
        yield one(origin.path, () => fromRecord(data, opts));
      }
      return;
    }
    case 'jsonl': {
      const lines = text.replace(/\r\n?/g, '\n').split('\n');
      let any = false;
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i]!.trim();
        if (!line) continue;
        any = true;
        const p = `${origin.path}#${i + 1}`;
        let rec: unknown;
        try {
          rec = JSON.parse(line);
        } catch (err) {
          // An unparsable last line without a final newline is a record cut off by a truncated write.
          const last = i === lines.length - 1 && truncatedTail;
          yield fail(p, last ? 'truncated' : 'malformed-json', `${last ? 'unterminated last record: ' : ''}${(err as Error).message}`, err);
          continue;
        }
        yield one(p, () => fromRecord(rec, opts), Buffer.byteLength(line));
      }
      if (!any) yield fail(origin.path, 'empty', 'no records');
      return;
    }
  }
}

function* fromBytes(bytes: Uint8Array, p: string, format: Format | 'sniff', opts: IngestOptions): Generator<IngestResult> {
  if (bytes.length > opts.maxBytes) {
    yield fail(p, 'oversized', `${bytes.length} bytes > maxBytes ${opts.maxBytes}`);
    return;
  }
  const declared = format === 'html' || format === 'sniff' ? declaredCharset(bytes) : undefined;
  const dec = decodeBytes(bytes, { maxBadCharRatio: opts.maxBadCharRatio, declared });
  if (!dec.ok) {
    yield fail(p, dec.reason, dec.detail);
    return;
  }
  const text = dec.text.replace(/^\ufeff/, '');
  const fmt = format === 'sniff' ? sniffFormat(text) : format;
  const truncatedTail = !/\n\s*$/.test(text);
  yield* documentsFrom(text, fmt, { path: p, format: format === 'sniff' ? 'stdin' : fmt, encoding: dec.encoding, bytes: bytes.length }, opts, truncatedTail);
}

async function readStream(stream: NodeJS.ReadableStream, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const c of stream as AsyncIterable<Buffer | string>) {
    const b = typeof c === 'string' ? Buffer.from(c) : c;
    n += b.length;
    if (n > limit) return undefined;
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

async function* walk(p: string, opts: IngestOptions, explicit: boolean, seen: Set<string>, excluded: Set<string>): AsyncGenerator<IngestResult> {
  let st;
  try {
    st = await lstat(p);
  } catch (err) {
    yield fail(p, 'not-found', (err as NodeJS.ErrnoException).code ?? 'cannot stat', err);
    return;
  }
  if (st.isSymbolicLink()) {
    if (!opts.followSymlinks) {
      yield fail(p, 'symlink', 'a symbolic link');
      return;
    }
    try {
      st = await stat(p);
    } catch (err) {
      yield fail(p, 'not-found', 'dangling symbolic link', err);
      return;
    }
  }
  if (st.isDirectory()) {
    const real = await realpath(p);
    if (seen.has(real) || excluded.has(real)) return; // a followed link back into a folder already walked, or an output folder
    seen.add(real);
    const names = (await readdir(p)).filter((n) => !n.startsWith('.')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const name of names) yield* walk(path.join(p, name), opts, false, seen, excluded);
    return;
  }
  if (!st.isFile()) {
    yield fail(p, 'unsupported-format', 'not a regular file');
    return;
  }
  const ext = path.extname(p).toLowerCase();
  let format = FORMAT_BY_EXT[ext];
  if (!format || !opts.extensions.includes(ext)) {
    // A file named explicitly is read as text; in a folder, only the configured extensions are.
    if (!explicit) {
      yield fail(p, 'unsupported-format', `extension "${ext || '(none)'}" is not one of ${opts.extensions.join(' ')}`);
      return;
    }
    format = format ?? 'txt';
  }
  if (st.size > opts.maxBytes) {
    yield fail(p, 'oversized', `${st.size} bytes > maxBytes ${opts.maxBytes}`);
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(p);
  } catch (err) {
    yield fail(p, 'unreadable', (err as NodeJS.ErrnoException).code ?? 'read failed', err);
    return;
  }
  yield* fromBytes(bytes, p, format, opts);
}

function validate(o: IngestOptions): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(o.maxBytes) || o.maxBytes <= 0) problems.push('maxBytes must be a positive integer');
  if (!Array.isArray(o.extensions) || o.extensions.some((e) => !/^\.[a-z0-9]+$/.test(e))) problems.push('extensions must be lower-case like ".txt"');
  if (!(o.maxBadCharRatio >= 0 && o.maxBadCharRatio < 1)) problems.push('maxBadCharRatio must be in [0, 1)');
  if (!(o.maxLinkDensity > 0 && o.maxLinkDensity <= 1)) problems.push('maxLinkDensity must be in (0, 1]');
  if (!(o.minTextChars >= 0)) problems.push('minTextChars must be ≥ 0');
  if (!Array.isArray(o.exclude) || o.exclude.some((d) => typeof d !== 'string')) problems.push('exclude must be a list of folder paths');
  return problems;
}

/**
 * Ingest files, folders (recursively, in sorted order) and '-' (standard input).
 * Yields one result per document: a JSON array or JSON Lines file yields one per record (`path#N`).
 */
export async function* ingest(paths: string[], opts?: Partial<IngestOptions>): AsyncGenerator<IngestResult> {
  const o = resolveOptions('ingest', DEFAULT_INGEST_OPTIONS, opts, validate);
  loadFurniture(o.furnitureFile); // a broken vocabulary file is a DataFileError up front, not per document
  const seen = new Set<string>();
  const excluded = new Set(await Promise.all(o.exclude.map((d) => realpath(d).catch(() => path.resolve(d)))));
  for (const p of paths) {
    if (p === '-') {
      const bytes = await readStream(o.stdin ?? process.stdin, o.maxBytes);
      if (!bytes) yield fail('-', 'oversized', `standard input is larger than maxBytes ${o.maxBytes}`);
      else yield* fromBytes(bytes, '-', 'sniff', o);
      continue;
    }
    yield* walk(p, o, true, seen, excluded);
  }
}

/**
 * Clean in-memory article text into a document (the first line is the headline).
 * Throws IngestError with a `reason` when nothing of an article is left.
 */
export function ingestText(text: string, meta?: Partial<DocumentMeta> & { path?: string }, opts?: Partial<IngestOptions>): NewsDocument {
  const o = resolveOptions('ingest', DEFAULT_INGEST_OPTIONS, opts, validate);
  const p = meta?.path ?? '(text)';
  const bytes = Buffer.byteLength(text);
  const reject = (reason: string, detail: string): never => {
    throw new IngestError(`${p}: ${reason} (${detail}); ${ADVICE[reason] ?? 'check the input'}`, p, reason);
  };
  if (!text.trim()) reject('empty', 'no text');
  if (bytes > o.maxBytes) reject('oversized', `${bytes} bytes > maxBytes ${o.maxBytes}`);
  let doc: NewsDocument;
  try {
    doc = buildDocument({ lines: textLines(text.replace(/^\ufeff/, '')), title: meta?.title, source: meta?.source, author: meta?.author, url: meta?.url, published: meta?.published },
      { path: p, format: meta?.format ?? 'txt', encoding: meta?.encoding ?? 'UTF-8', bytes }, o);
  } catch (err) {
    if (err instanceof Failure) return reject(err.reason, err.detail);
    throw err;
  }
  if (meta?.lang) doc.meta.lang = meta.lang;
  return doc;
}
