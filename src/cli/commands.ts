import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { EXPORT_FORMATS, exportGraph, isExportFormat } from '../export/index.js';
import { OptionsError } from '../errors.js';
import { ingest, removeRepeatedLines } from '../ingest/index.js';
import { listSavedQueries, loadGraph, loadSavedQuery, removeDocuments, runQuery, type LoadStats, type Neo4jClient } from '../neo4j/index.js';
import type { NewsGraph } from '../graph/index.js';
import type { EntityRef, NewsDocument } from '../types/index.js';
import { buildGraph, graphPath, loadGraphFile, Pipeline, reportSkipped } from '../pipeline/index.js';
import { startServer } from '../serve/index.js';
import { neo4jClient } from './neo4j.js';
import { renderRows, ROW_FORMATS, type RowFormat } from './output.js';
import { cypherRunner } from './runner.js';

/** Exit code when the command finished but skipped some input (details in graph/report.json). */
export const EXIT_SKIPPED = 10;

const collect = (v: string, prev: string[]) => [...prev, v];

function parseParam(v: string, prev: Record<string, unknown>): Record<string, unknown> {
  const eq = v.indexOf('=');
  if (eq < 1) throw new InvalidArgumentError(`--param takes key=value, got "${v}"`);
  const raw = v.slice(eq + 1);
  let value: unknown = raw;
  // Numbers, booleans, null and JSON arrays/objects are passed typed; anything else is a string.
  if (/^(-?\d+(\.\d+)?|true|false|null|\[.*\]|\{.*\})$/s.test(raw)) {
    try { value = JSON.parse(raw); } catch { value = raw; }
  }
  return { ...prev, [v.slice(0, eq)]: value };
}

const portNumber = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(`port must be 0..65535, got "${v}"`);
  return n;
};

export function registerCommands(program: Command): void {
  program
    .command('build')
    .description('ingest → extract → graph → write graph/ → load Neo4j')
    .argument('[paths...]', 'files or folders (txt, md, html, json, jsonl); - for standard input', ['seeds'])
    .option('--out <dir>', 'output folder', 'graph')
    .option('--no-neo4j', 'do not load Neo4j')
    .option('--gazetteer <file>', 'extra gazetteer file (repeatable)', collect, [])
    .option('--full', 'rebuild from scratch instead of updating the graph already in --out')
    .option('--watch', 'keep running and rebuild when files change')
    .action(async (paths: string[], opts: { out: string; neo4j: boolean; gazetteer: string[]; full?: boolean; watch?: boolean }) => {
      const pipeline = new Pipeline({ gazetteerFiles: opts.gazetteer });
      const once = async () => {
        const { graph, report } = await buildGraph({ paths, outDir: opts.out, incremental: !opts.full, pipeline: { gazetteerFiles: opts.gazetteer } }, pipeline);
        const d = report.documents;
        process.stderr.write(`newsgraph: ${d.added} added, ${d.replaced} replaced, ${d.reextracted} re-extracted, ${d.unchanged} unchanged, ${d.skipped} skipped; `
          + `${report.triples} triples → ${graph.order} nodes, ${graph.size} edges in ${opts.out}/\n`);
        if (opts.neo4j) {
          const client = await neo4jClient();
          // A changed file's old version goes; with --full, so does every document no longer in the graph.
          const stale = opts.full ? await documentsNotIn(client, graph) : report.replacedDocIds;
          if (stale.length) await removeDocuments(client, stale);
          process.stderr.write(`newsgraph: ${describeLoad(await loadGraph(client, graph))}\n`);
        }
        if (report.skipped.length) {
          process.stderr.write(`newsgraph: ${report.skipped.length} document(s) skipped; reasons in ${opts.out}/report.json\n`);
          process.exitCode = EXIT_SKIPPED;
        }
      };
      await once();
      if (opts.watch) await watch(paths, once);
    });

  program
    .command('extract')
    .description('print the triples found in files or folders (one JSON object per line with --format jsonl)')
    .argument('<paths...>', 'files or folders; - for standard input')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'json']).default('jsonl'))
    .option('--gazetteer <file>', 'extra gazetteer file (repeatable)', collect, [])
    .action(async (paths: string[], opts: { format: 'jsonl' | 'json'; gazetteer: string[] }) => {
      const pipeline = new Pipeline({ gazetteerFiles: opts.gazetteer });
      const all: unknown[] = [];
      let skipped = 0;
      const docs: NewsDocument[] = [];
      for await (const r of ingest(paths)) {
        if (!r.ok) { skipped++; reportSkipped({ path: r.path, reason: r.reason, message: r.error.message }); continue; }
        docs.push(r.document);
      }
      // The same batch-level furniture removal as build, so extract and build agree.
      for (const doc of removeRepeatedLines(docs)) {
        const x = pipeline.tryExtractDocument(doc);
        if (!x.ok) { skipped++; continue; }
        for (const t of x.extraction.triples) {
          // `surface`: the words the sentence used (chips, 美), beside the canonical label (semiconductors, United States).
          const row = { ...t, subject: withSurface(t.subject), object: withSurface(t.object), path: doc.path };
          if (opts.format === 'jsonl') process.stdout.write(`${JSON.stringify(row)}\n`); else all.push(row);
        }
      }
      if (opts.format === 'json') process.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
      if (skipped) process.exitCode = EXIT_SKIPPED;
    });

  program
    .command('load')
    .description('load a built graph (graph/newsgraph.json) into Neo4j')
    .option('--graph <file>', 'graph file written by build', graphPath('graph'))
    .action(async (opts: { graph: string }) => {
      const graph = loadGraphFile(opts.graph);
      if (!graph.order) throw new OptionsError('load', `${opts.graph} holds no graph; run \`newsgraph build\` first.`);
      process.stderr.write(`newsgraph: ${describeLoad(await loadGraph(await neo4jClient(), graph))}\n`);
    });

  program
    .command('query')
    .description('run Cypher against Neo4j (read-only unless --write); or a saved query with --saved NAME')
    .argument('[cypher]', 'the Cypher query')
    .option('--param <key=value>', 'query parameter (repeatable)', parseParam, {})
    .addOption(new Option('--format <format>', 'output format').choices([...ROW_FORMATS]).default('table'))
    .option('--saved <name>', 'run a saved query from queries/ (see --list)')
    .option('--list', 'list the saved queries')
    .option('--write', 'allow writes (runs in a write transaction)')
    .option('--max-rows <n>', 'stop after this many rows', (v) => Number(v), 10_000)
    .action(async (cypher: string | undefined, opts: { param: Record<string, unknown>; format: RowFormat; saved?: string; list?: boolean; write?: boolean; maxRows: number }) => {
      if (opts.list) {
        const saved = await listSavedQueries();
        process.stdout.write(renderRows(['name', 'description', 'params'], saved.map((q) => [q.name, q.description, (q.params ?? []).join(', ')]), opts.format));
        return;
      }
      if (opts.saved && cypher) throw new OptionsError('query', 'give either a Cypher query or --saved NAME, not both');
      const text = opts.saved ? (await loadSavedQuery(opts.saved)).cypher : cypher;
      if (!text) throw new OptionsError('query', 'give a Cypher query, e.g. newsgraph query "MATCH (n:Entity) RETURN n.name LIMIT 5", or --saved NAME (--list shows them)');
      const res = await runQuery(await neo4jClient(), text, opts.param, { write: !!opts.write, maxRows: opts.maxRows });
      process.stdout.write(renderRows(res.columns, res.rows.map((r) => res.columns.map((c) => r[c])), opts.format));
      if (res.truncated) process.stderr.write(`newsgraph: output stopped at ${opts.maxRows} rows (--max-rows)\n`);
    });

  program
    .command('export')
    .description('write the built graph in another format')
    .addOption(new Option('--format <format>', 'graphml | gexf | json | csv').choices([...EXPORT_FORMATS]).default('graphml'))
    .requiredOption('--out <file>', 'output file (a folder for csv)')
    .option('--graph <file>', 'graph file written by build', graphPath('graph'))
    .action(async (opts: { format: string; out: string; graph: string }) => {
      if (!isExportFormat(opts.format)) throw new OptionsError('export', `unknown format ${opts.format}`);
      await exportGraph(loadGraphFile(opts.graph), opts.format, opts.out);
      process.stderr.write(`newsgraph: wrote ${opts.out}\n`);
    });

  program
    .command('serve')
    .description('serve the exploration page for the built graph')
    .option('--port <n>', 'port', portNumber, 7300)
    .option('--host <host>', 'interface to bind (loopback unless told otherwise)', '127.0.0.1')
    .option('--graph <file>', 'graph file written by build', graphPath('graph'))
    .option('--no-neo4j', 'serve from graph/ files only (no Cypher box)')
    .action(async (opts: { port: number; host: string; graph: string; neo4j: boolean }) => {
      program.setOptionValue('keepAlive', true);
      const cypher = opts.neo4j ? cypherRunner(await neo4jClient()) : null;
      const server = await startServer({ port: opts.port, host: opts.host, graphFile: path.resolve(opts.graph), cypher });
      process.stdout.write(`newsgraph page: ${server.url}\n`);
      await new Promise<void>((resolve) => {
        const stop = () => { void server.close().then(resolve); };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}

async function documentsNotIn(client: Neo4jClient, graph: NewsGraph): Promise<string[]> {
  const known = graph.getAttribute('documents');
  const { rows } = await runQuery(client, 'MATCH (d:Document) RETURN d.id AS id');
  return rows.map((r) => String(r.id)).filter((id) => !known[id]);
}

function describeLoad(s: LoadStats): string {
  return `Neo4j: ${s.documents} documents, ${s.entities} entities, ${s.relationships} relationships, ${s.claims} claims, `
    + `${s.sentences} sentences in ${(s.ms / 1000).toFixed(1)} s (${s.transactions} transactions)`;
}

async function watch(paths: string[], rebuild: () => Promise<void>): Promise<void> {
  const { watch: chokidar } = await import('chokidar');
  const watcher = chokidar(paths, { ignoreInitial: true, awaitWriteFinish: { stabilityThreshold: 300 } });
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    clearTimeout(timer);
    // Debounce bursts of file events into one incremental rebuild; unchanged documents are skipped by id.
    timer = setTimeout(() => {
      running = running.then(rebuild).catch((e: unknown) => { process.stderr.write(`newsgraph: ${(e as Error).message}\n`); });
    }, 500);
  };
  watcher.on('add', schedule).on('change', schedule);
  // Until chokidar's first scan is done, a new file counts as initial (and ignoreInitial drops it): say
  // "watching" only once it really is.
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  process.stderr.write(`newsgraph: watching ${paths.join(', ')} (Ctrl-C to stop)\n`);
  await new Promise<void>((resolve) => process.once('SIGINT', () => { void watcher.close().then(resolve); }));
}

export const readVersion = () => JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version as string;

function withSurface(r: EntityRef): EntityRef & { surface?: string } {
  return r.span ? { ...r, surface: r.span.text } : r;
}
