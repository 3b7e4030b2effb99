// Export options shared by every format; each writer reads only the ones it needs.
import { resolveOptions } from '../util/options.js';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'json', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  /** Indent XML and JSON output (CSV is unaffected). */
  pretty: boolean;
  /**
   * Write each edge's evidence records (sentences, offsets) into GraphML, GEXF and CSV. They can be large;
   * the JSON export always keeps them because it is the format a graph is reloaded from.
   */
  evidence: boolean;
  /** GEXF version: 1.2 (draft) is read by every Gephi and by NetworkX (Debian's 2.8 rejects 1.3); 1.3 is the current spec. */
  gexfVersion: '1.2' | '1.3';
  /** Separator inside CSV array fields; must match neo4j-admin's `--array-delimiter` (default ';'). */
  arrayDelimiter: string;
}

export const DEFAULT_EXPORT_OPTIONS: Readonly<ExportOptions> = Object.freeze({
  pretty: true,
  evidence: true,
  gexfVersion: '1.2',
  arrayDelimiter: ';',
});

export function resolveExportOptions(given?: Partial<ExportOptions>): ExportOptions {
  return resolveOptions('export', { ...DEFAULT_EXPORT_OPTIONS }, given, (o) => {
    const problems: string[] = [];
    if (typeof o.pretty !== 'boolean') problems.push('"pretty" must be true or false');
    if (typeof o.evidence !== 'boolean') problems.push('"evidence" must be true or false');
    if (o.gexfVersion !== '1.2' && o.gexfVersion !== '1.3') problems.push('"gexfVersion" must be "1.2" or "1.3"');
    // A comma, quote or newline would collide with the CSV syntax itself.
    if (typeof o.arrayDelimiter !== 'string' || [...o.arrayDelimiter].length !== 1 || /[",\r\n]/.test(o.arrayDelimiter)) {
      problems.push('"arrayDelimiter" must be one character other than comma, double quote or newline (e.g. ";" or "|")');
    }
    return problems;
  });
}
