// graphology's own serialisation (the format `fromJSON` reloads), written in canonical order.
import { toJSON, type NewsGraph } from '../graph/index.js';
import { canonicalCopy } from './canonical.js';
import { resolveExportOptions, type ExportOptions } from './options.js';

export function toJSONString(graph: NewsGraph, options?: Partial<ExportOptions>): string {
  const opts = resolveExportOptions(options);
  // Evidence always stays: this is the reload format, and addExtraction/removeDocument need it.
  const data = toJSON(canonicalCopy(graph, { evidence: true }));
  return JSON.stringify(data, null, opts.pretty ? 2 : undefined) + '\n';
}
