// Rendering rows for the terminal (table), for programs (json) and for spreadsheets (csv). Data goes to stdout only.
import Table from 'cli-table3';
import { stringify } from 'csv-stringify/sync';

export type RowFormat = 'table' | 'json' | 'csv';
export const ROW_FORMATS: readonly RowFormat[] = ['table', 'json', 'csv'];

const cell = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

export function renderRows(columns: string[], rows: unknown[][], format: RowFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i] ?? null]))), null, 2)}\n`;
    case 'csv':
      return stringify([columns, ...rows.map((r) => r.map(cell))]);
    case 'table': {
      const t = new Table({ head: columns, wordWrap: true, style: { head: [], border: [] } });
      for (const r of rows) t.push(r.map(cell));
      return `${t.toString()}\n${rows.length} row${rows.length === 1 ? '' : 's'}\n`;
    }
  }
}
