// `build`: ingest → extract → graph → graph/ files → Neo4j. Incremental and idempotent: the previous
// graph/newsgraph.json is the starting point; a document whose content id is already there is skipped;
// a changed document (same path) replaces its own contributions; a bad document is reported and skipped.
import { existsSync, mkdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { exportGraph } from '../export/index.js';
import { addExtraction, createGraph, fromJSON, removeDocument, type NewsGraph, type SerializedNewsGraph } from '../graph/index.js';
import { ingest, removeRepeatedLines, type IngestOptions, type RepeatedLineOptions } from '../ingest/index.js';
import type { NewsDocument } from '../types/index.js';
import { sha256 } from '../util/hash.js';
import { resolveOptions } from '../util/options.js';
import { Pipeline, reportSkipped, type PipelineOptions, type SkippedDocument } from './extract.js';
import { extractorFingerprint } from './fingerprint.js';

export type GraphFileFormat = 'json' | 'graphml' | 'gexf';

export interface BuildOptions {
  paths: string[];
  outDir: string;
  /** File formats written to outDir as newsgraph.<ext>; json is always written (it is the incremental state). */
  formats: GraphFileFormat[];
  /** Start from the graph already in outDir. */
  incremental: boolean;
  /** Show a progress bar on stderr. */
  progress: boolean;
  pipeline: Partial<PipelineOptions>;
  ingest: Partial<IngestOptions>;
  /** Batch-level furniture (short lines repeated across articles, see ingest/corpus.ts); false turns it off. */
  repeatedLines: Partial<RepeatedLineOptions> | false;
}

export const DEFAULT_BUILD_OPTIONS: BuildOptions = {
  paths: ['seeds'],
  outDir: 'graph',
  formats: ['json', 'graphml', 'gexf'],
  incremental: true,
  progress: process.stderr.isTTY === true,
  pipeline: {},
  ingest: {},
  repeatedLines: {},
};

export interface BuildReport {
  startedAt: string;
  finishedAt: string;
  inputs: string[];
  documents: { seen: number; added: number; unchanged: number; replaced: number; reextracted: number; skipped: number };
  /** Document ids withdrawn because their file changed (sinks must drop them too). */
  replacedDocIds: string[];
  skipped: SkippedDocument[];
  sentences: number;
  triples: number;
  graph: { nodes: number; edges: number; documents: number };
  outputs: string[];
}

export const GRAPH_JSON = 'newsgraph.json';

export function graphPath(outDir: string, format: GraphFileFormat = 'json'): string {
  return path.join(outDir, `newsgraph.${format}`);
}

/** Load the graph a previous build wrote, or an empty one. */
export function loadGraphFile(file: string): NewsGraph {
  if (!existsSync(file)) return createGraph();
  return fromJSON(JSON.parse(readFileSync(file, 'utf8')) as SerializedNewsGraph);
}

export async function buildGraph(options: Partial<BuildOptions> = {}, pipeline?: Pipeline): Promise<{ graph: NewsGraph; report: BuildReport }> {
  const o = resolveOptions('build', DEFAULT_BUILD_OPTIONS, options, (x) => [
    ...(x.paths.length ? [] : ['give at least one file or folder to build from']),
    ...x.formats.filter((f) => !['json', 'graphml', 'gexf'].includes(f)).map((f) => `unknown format "${f}" (json, graphml, gexf)`),
  ]);
  const startedAt = new Date().toISOString();
  const graph = o.incremental ? loadGraphFile(graphPath(o.outDir)) : createGraph();
  const report: BuildReport = {
    startedAt, finishedAt: startedAt, inputs: o.paths,
    documents: { seen: 0, added: 0, unchanged: 0, replaced: 0, reextracted: 0, skipped: 0 },
    replacedDocIds: [], skipped: [], sentences: 0, triples: 0, graph: { nodes: 0, edges: 0, documents: 0 }, outputs: [],
  };

  // Ingest first (cheap), so the progress bar knows the total and bad files are reported up front.
  let docs: NewsDocument[] = [];
  // The output folder may sit inside an input folder (build . --out graph): its files are not articles.
  for await (const r of ingest(o.paths, { ...o.ingest, exclude: [...(o.ingest?.exclude ?? []), o.outDir] })) {
    report.documents.seen++;
    if (r.ok) docs.push(r.document);
    else report.skipped.push(reportSkipped({ path: r.path, reason: r.reason, message: r.error.message }));
  }
  if (o.repeatedLines) docs = removeRepeatedLines(docs, o.repeatedLines);

  const known = graph.getAttribute('documents');
  const idByPath = new Map(Object.values(known).map((d) => [d.path, d.id]));
  const fingerprint = extractorFingerprint(o.pipeline.gazetteerFiles ?? []);
  const rulesChanged = graph.order > 0 && graph.getAttribute('extractor') !== fingerprint;
  if (rulesChanged) process.stderr.write('newsgraph: extraction rules changed since the last build; re-extracting the documents given\n');
  graph.setAttribute('extractor', fingerprint);
  const todo = docs.filter((d) => {
    // Same content and the same text extracted (batch-level furniture can change the latter).
    const k = known[d.id];
    if (k && !rulesChanged && (k.textHash ?? k.hash) === sha256(d.text)) { report.documents.unchanged++; return false; }
    return true;
  });

  const p = pipeline ?? (todo.length ? new Pipeline(o.pipeline) : undefined);
  const bar = o.progress && todo.length
    ? new cliProgress.SingleBar({ stream: process.stderr, format: 'extract {bar} {value}/{total} docs | {triples} triples', hideCursor: true }, cliProgress.Presets.shades_classic)
    : undefined;
  bar?.start(todo.length, 0, { triples: 0 });
  for (const doc of todo) {
    const x = p!.tryExtractDocument(doc);
    if (!x.ok) { report.skipped.push(x.skipped); bar?.increment(); continue; }
    const { extraction } = x;
    const previous = idByPath.get(doc.path);
    if (known[doc.id]) report.documents.reextracted++;
    else if (previous && previous !== doc.id && known[previous]) {
      removeDocument(graph, previous);
      report.replacedDocIds.push(previous);
      report.documents.replaced++;
    } else report.documents.added++;
    addExtraction(graph, extraction);
    report.sentences += extraction.sentences.length;
    report.triples += extraction.triples.length;
    bar?.increment(1, { triples: report.triples });
  }
  bar?.stop();
  report.documents.skipped = report.skipped.length;

  mkdirSync(o.outDir, { recursive: true });
  for (const format of new Set<GraphFileFormat>(['json', ...o.formats])) {
    const file = graphPath(o.outDir, format);
    await exportGraph(graph, format, file);
    report.outputs.push(file);
  }
  report.graph = { nodes: graph.order, edges: graph.size, documents: Object.keys(graph.getAttribute('documents')).length };
  report.finishedAt = new Date().toISOString();
  const reportFile = path.join(o.outDir, 'report.json');
  writeFileSync(`${reportFile}.tmp`, `${JSON.stringify(report, null, 2)}\n`);
  renameSync(`${reportFile}.tmp`, reportFile);
  report.outputs.push(reportFile);
  return { graph, report };
}
