// neo4j-admin import CSV, read back with csv-parse (file-based: no Neo4j server involved).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { createGraph, type NewsGraph } from '../src/graph/index.js';
import { ExportError } from '../src/errors.js';
import { exportGraph, toCSV, type ExportOptions } from '../src/export/index.js';
import { sampleGraph, TRICKY, trickyGraph } from './fixtures/export/graphs.js';

let dir: string;
beforeAll(async () => { dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-csv-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

type Rows = Record<string, string>[];

async function exportAndRead(graph: NewsGraph, name: string, options?: Partial<ExportOptions>) {
  const out = path.join(dir, name);
  await exportGraph(graph, 'csv', out, options);
  const read = async (f: string) => {
    const text = await readFile(path.join(out, f), 'utf8');
    const [header] = parse(text, { to_line: 1 }) as string[][];
    return { header: header!, rows: parse(text, { columns: true }) as Rows };
  };
  return { files: (await readdir(out)).sort(), nodes: await read('nodes.csv'), rels: await read('relationships.csv') };
}

describe('CSV export for neo4j-admin database import', () => {
  it('writes nodes.csv and relationships.csv with typed neo4j-admin headers', async () => {
    const { files, nodes, rels } = await exportAndRead(sampleGraph(), 'headers');
    expect(files).toEqual(['nodes.csv', 'relationships.csv']);
    expect(nodes.header).toEqual(['id:ID', 'name', 'type', 'aliases:string[]', 'docs:string[]', 'mentions:long', 'mentionsByDoc', 'nameKo', ':LABEL']);
    expect(rels.header).toEqual([':START_ID', ':END_ID', ':TYPE', 'key', 'attribution:string[]', 'confidence:double', 'docs:string[]',
      'evidence', 'firstSeen', 'lastSeen', 'modality', 'predicates:string[]', 'weight:long']);
  });

  it('writes one row per node and per edge, every endpoint a known node id', async () => {
    const g = sampleGraph();
    const { nodes, rels } = await exportAndRead(g, 'counts');
    expect(nodes.rows.map((r) => r['id:ID']).sort()).toEqual(g.nodes().sort());
    expect(rels.rows.map((r) => r.key).sort()).toEqual(g.edges().sort());
    const ids = new Set(nodes.rows.map((r) => r['id:ID']));
    for (const r of rels.rows) expect([ids.has(r[':START_ID']!), ids.has(r[':END_ID']!)]).toEqual([true, true]);
  });

  it('joins arrays and labels with ";" and writes objects as JSON', async () => {
    const g = sampleGraph();
    const { nodes, rels } = await exportAndRead(g, 'arrays');
    const us = nodes.rows.find((r) => r['id:ID'] === 'united-states')!;
    expect(us[':LABEL']).toBe('Entity;Country');
    expect(us['docs:string[]']).toBe('doc-a;doc-b');
    expect(us['aliases:string[]']).toBe('Washington');
    expect(JSON.parse(us.mentionsByDoc!)).toEqual(g.getNodeAttribute('united-states', 'mentionsByDoc'));
    const key = 'united-states|RESTRICTS|china|asserted';
    const e = rels.rows.find((r) => r.key === key)!;
    expect([e[':TYPE'], e['confidence:double'], e['weight:long'], e['attribution:string[]']]).toEqual(['RESTRICTS', '0.9', '2', 'Reuters']);
    expect(JSON.parse(e.evidence!)).toEqual(g.getEdgeAttribute(key, 'evidence'));
  });

  it('quotes Korean, quotes, commas, ampersands and angle brackets so they parse back unchanged', async () => {
    const g = trickyGraph();
    const { nodes, rels } = await exportAndRead(g, 'tricky');
    const byId = new Map(nodes.rows.map((r) => [r['id:ID'], r]));
    expect(byId.get(TRICKY.samsung.id)!.name).toBe(TRICKY.samsung.label);
    expect(byId.get(TRICKY.att.id)!.name).toBe(TRICKY.att.label);
    expect(byId.get(TRICKY.att.id)!['aliases:string[]']).toBe(TRICKY.att.span!.text);
    expect(rels.rows[0]!['predicates:string[]']).toBe('공급하다 & "납품"');
  });

  it('writes only the headers for an empty graph', async () => {
    const { nodes, rels } = await exportAndRead(createGraph(), 'empty');
    expect([nodes.header, nodes.rows.length]).toEqual([['id:ID', ':LABEL'], 0]);
    expect([rels.header, rels.rows.length]).toEqual([[':START_ID', ':END_ID', ':TYPE', 'key'], 0]);
  });

  it('refuses a list element containing the array delimiter, naming the fix', () => {
    const g = sampleGraph();
    g.setNodeAttribute('china', 'aliases', ['PRC; Beijing']);
    expect(() => toCSV(g)).toThrow(ExportError);
    expect(() => toCSV(g)).toThrow(/node "china", aliases.*arrayDelimiter/);
  });

  it('uses another array delimiter when asked', async () => {
    const g = sampleGraph();
    g.setNodeAttribute('china', 'aliases', ['PRC; Beijing', 'Zhongguo']);
    const { nodes } = await exportAndRead(g, 'pipe', { arrayDelimiter: '|' });
    const cn = nodes.rows.find((r) => r['id:ID'] === 'china')!;
    expect([cn['aliases:string[]'], cn[':LABEL']]).toEqual(['PRC; Beijing|Zhongguo', 'Entity|Country']);
  });

  it('leaves evidence out when evidence: false', async () => {
    const { rels } = await exportAndRead(sampleGraph(), 'no-evidence', { evidence: false });
    expect(rels.header).not.toContain('evidence');
    expect(rels.rows).toHaveLength(4);
  });
});
