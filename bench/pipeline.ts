// End to end on a corpus of a few thousand varied copies of the sample: ingest + extract + graph,
// then the Neo4j load. Prints documents/s, sentences/s, triples/s, Neo4j rows/s and peak RSS.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { connectNeo4j, ensureLocalNeo4j, loadGraph } from '../src/neo4j/index.js';
import { buildGraph, Pipeline } from '../src/pipeline/index.js';
import { PROJECT_ROOT } from '../src/util/paths.js';
import { writeCorpus } from './corpus.js';

export async function run(): Promise<Record<string, string | number>> {
  const docs = Number(process.env.BENCH_DOCS ?? 2000);
  const dir = writeCorpus(path.join(PROJECT_ROOT, '.bench', 'corpus'), docs);
  const out = path.join(PROJECT_ROOT, '.bench', 'graph');
  const pipeline = new Pipeline();
  // Warm the language modules (lindera's dictionary load is a one-off ~1 s) outside the timed region.
  await buildGraph({ paths: [path.join(dir, 'doc-00000.txt')], outDir: path.join(out, 'warm'), incremental: false, progress: false, formats: ['json'] }, pipeline);

  const t0 = performance.now();
  const { graph, report } = await buildGraph({ paths: [dir], outDir: out, incremental: false, progress: false, formats: ['json', 'graphml'] }, pipeline);
  const secs = (performance.now() - t0) / 1000;

  const figures: Record<string, string | number> = {
    'documents': report.documents.added,
    'sentences': report.sentences,
    'triples': report.triples,
    'graph nodes / edges': `${graph.order} / ${graph.size}`,
    'build seconds (ingest→files)': secs,
    'documents/s': report.documents.added / secs,
    'sentences/s': report.sentences / secs,
    'triples/s': report.triples / secs,
  };
  if (!process.env.NEO4J_URI) await ensureLocalNeo4j();
  const client = await connectNeo4j();
  try {
    const t1 = performance.now();
    const stats = await loadGraph(client, graph);
    const loadSecs = (performance.now() - t1) / 1000;
    const rows = stats.documents + stats.entities + stats.relationships + stats.sentences + stats.claims + stats.mentions;
    figures['neo4j load seconds'] = loadSecs;
    figures['neo4j rows written'] = rows;
    figures['neo4j rows/s'] = rows / loadSecs;
  } finally {
    await client.close();
  }
  figures['peak RSS MiB'] = process.resourceUsage().maxRSS / 1024;
  return figures;
}
