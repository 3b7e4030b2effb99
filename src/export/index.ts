// Graph exports: GraphML (yEd, Gephi, NetworkX, igraph), GEXF (Gephi), graphology JSON (reload),
// and neo4j-admin import CSV. String producers for each, and `exportGraph` to write files atomically.
import path from 'node:path';
import { ExportError } from '../errors.js';
import type { NewsGraph } from '../graph/index.js';
import { CSV_FILES, toCSV } from './csv.js';
import { toGEXF } from './gexf.js';
import { toGraphML } from './graphml.js';
import { toJSONString } from './json.js';
import { EXPORT_FORMATS, resolveExportOptions, type ExportFormat, type ExportOptions } from './options.js';
import { ensureDir, writeFileAtomic } from './write.js';

export { DEFAULT_EXPORT_OPTIONS, EXPORT_FORMATS, type ExportFormat, type ExportOptions } from './options.js';
export { toGraphML } from './graphml.js';
export { toGEXF } from './gexf.js';
export { toJSONString } from './json.js';
export { toCSV, CSV_FILES, NODE_LABEL } from './csv.js';

export const isExportFormat = (f: string): f is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(f);

/**
 * Write `graph` as `format` to `out`: a file for graphml/gexf/json ('-' = stdout), a directory for csv
 * (it receives nodes.csv and relationships.csv). Throws ExportError on a bad format or an unwritable path.
 */
export async function exportGraph(graph: NewsGraph, format: ExportFormat, out: string, options?: Partial<ExportOptions>): Promise<void> {
  if (!isExportFormat(format)) {
    throw new ExportError(`unknown format "${String(format)}"; use one of ${EXPORT_FORMATS.join(', ')}`);
  }
  if (typeof out !== 'string' || !out) throw new ExportError('no output path given; pass a file (or a directory for csv)');
  const opts = resolveExportOptions(options);

  if (format === 'csv') {
    if (out === '-') throw new ExportError('csv writes two files (nodes.csv, relationships.csv); give a directory, not "-"');
    const { nodes, relationships } = toCSV(graph, opts);
    await ensureDir(out);
    await writeFileAtomic(path.join(out, CSV_FILES.nodes), nodes);
    await writeFileAtomic(path.join(out, CSV_FILES.relationships), relationships);
    return;
  }

  const text = format === 'graphml' ? toGraphML(graph, opts) : format === 'gexf' ? toGEXF(graph, opts) : toJSONString(graph, opts);
  if (out === '-') {
    await new Promise<void>((resolve, reject) => process.stdout.write(text, (err) => (err ? reject(new ExportError(`cannot write to stdout (${err.message})`, { cause: err })) : resolve())));
    return;
  }
  await writeFileAtomic(out, text);
}
