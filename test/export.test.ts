// exportGraph: formats, paths, atomic writes, deterministic output, options; JSON reload.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ExportError, OptionsError } from '../src/errors.js';
import { fromJSON, type NewsGraph } from '../src/graph/index.js';
import { DEFAULT_EXPORT_OPTIONS, exportGraph, toCSV, toGEXF, toGraphML, toJSONString, type ExportFormat } from '../src/export/index.js';
import { PROJECT_ROOT } from '../src/util/paths.js';
import { sampleGraph } from './fixtures/export/graphs.js';
import { runPython } from './fixtures/export/python.js';

let dir: string;
beforeAll(async () => { dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-export-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('exportGraph paths and errors', () => {
  it('rejects an unknown format, listing the known ones', async () => {
    await expect(exportGraph(sampleGraph(), 'dot' as ExportFormat, path.join(dir, 'x.dot')))
      .rejects.toThrow(/^export: unknown format "dot"; use one of graphml, gexf, json, csv$/);
  });

  it('reports a path under a regular file as unwritable', async () => {
    const file = path.join(dir, 'plain.txt');
    await writeFile(file, 'x');
    const err = await exportGraph(sampleGraph(), 'graphml', path.join(file, 'sub', 'g.graphml')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExportError);
    expect((err as Error).message).toMatch(/cannot create directory .*plain\.txt\/sub/);
  });

  it('refuses a directory where a file is expected', async () => {
    await expect(exportGraph(sampleGraph(), 'json', dir)).rejects.toThrow(/is a directory; give a file path/);
  });

  it('refuses a regular file where the csv directory is expected', async () => {
    const file = path.join(dir, 'not-a-dir');
    await writeFile(file, 'x');
    await expect(exportGraph(sampleGraph(), 'csv', file)).rejects.toThrow(ExportError);
  });

  it('refuses "-" for csv, which writes two files', async () => {
    await expect(exportGraph(sampleGraph(), 'csv', '-')).rejects.toThrow(/give a directory/);
  });

  it('creates missing parent directories', async () => {
    const file = path.join(dir, 'a', 'b', 'g.gexf');
    await exportGraph(sampleGraph(), 'gexf', file);
    expect(await readFile(file, 'utf8')).toContain('<gexf');
  });

  it('replaces an existing file and leaves no temporary files behind', async () => {
    const sub = path.join(dir, 'atomic');
    await mkdir(sub);
    const file = path.join(sub, 'g.graphml');
    await writeFile(file, 'old contents');
    await exportGraph(sampleGraph(), 'graphml', file);
    await exportGraph(sampleGraph(), 'csv', sub);
    expect((await readdir(sub)).sort()).toEqual(['g.graphml', 'nodes.csv', 'relationships.csv']);
    expect(await readFile(file, 'utf8')).toBe(toGraphML(sampleGraph()));
  });

  it('writes to stdout for "-"', async () => {
    const script = path.join(dir, 'to-stdout.mts');
    await writeFile(script, `import { exportGraph } from '${PROJECT_ROOT}/src/export/index.ts';
import { sampleGraph } from '${PROJECT_ROOT}/test/fixtures/export/graphs.ts';
await exportGraph(sampleGraph(), 'json', '-', { pretty: false });
`);
    const tsx = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
    const { stdout } = await promisify(execFile)(tsx, [script], { cwd: PROJECT_ROOT, maxBuffer: 16 << 20 });
    expect(stdout).toBe(toJSONString(sampleGraph(), { pretty: false }));
  });
});

describe('export options', () => {
  it('defaults to pretty output with evidence, GEXF 1.2 and ";" arrays', () => {
    expect(DEFAULT_EXPORT_OPTIONS).toEqual({ pretty: true, evidence: true, gexfVersion: '1.2', arrayDelimiter: ';' });
  });

  it.each([
    [{ colour: true }, /unknown option "colour"/],
    [{ gexfVersion: '2.0' }, /"gexfVersion" must be "1.2" or "1.3"/],
    [{ arrayDelimiter: ',' }, /"arrayDelimiter" must be one character/],
    [{ arrayDelimiter: ';;' }, /"arrayDelimiter" must be one character/],
  ])('rejects %j with an OptionsError', (opts, message) => {
    expect(() => toGraphML(sampleGraph(), opts as never)).toThrow(OptionsError);
    expect(() => toGraphML(sampleGraph(), opts as never)).toThrow(message);
  });

  it('leaves evidence out of GraphML and GEXF when evidence: false, but never out of JSON', () => {
    const g = sampleGraph();
    expect(toGraphML(g)).toContain('attr.name="evidence"');
    expect(toGraphML(g, { evidence: false })).not.toContain('evidence');
    expect(toGEXF(g, { evidence: false })).not.toContain('evidence');
    expect(JSON.parse(toJSONString(g, { evidence: false })).edges[0].attributes.evidence).toHaveLength(1);
  });
});

describe('deterministic output', () => {
  const outputs: Array<[string, (g: NewsGraph) => string]> = [
    ['graphml', (g) => toGraphML(g)],
    ['gexf', (g) => toGEXF(g)],
    ['json', (g) => toJSONString(g)],
    ['csv', (g) => JSON.stringify(toCSV(g))],
  ];
  it.each(outputs)('%s is byte-identical whatever order the documents were added in', (_name, write) => {
    expect(write(sampleGraph(true))).toBe(write(sampleGraph(false)));
  });
});

describe('JSON export', () => {
  it('reloads with fromJSON into the same graph', () => {
    const g = sampleGraph();
    const back = fromJSON(JSON.parse(toJSONString(g)));
    expect(back.nodes().sort()).toEqual(g.nodes().sort());
    g.forEachNode((n, a) => expect(back.getNodeAttributes(n)).toEqual(a));
    g.forEachEdge((k, a, s, t) => {
      expect([back.source(k), back.target(k)]).toEqual([s, t]);
      expect(back.getEdgeAttributes(k)).toEqual(a);
    });
    expect(back.getAttributes()).toEqual(g.getAttributes());
  });

  it('is indented when pretty and on one line when not', () => {
    const g = sampleGraph();
    expect(toJSONString(g)).toMatch(/^\{\n {2}"options"/);
    expect(toJSONString(g, { pretty: false }).trimEnd()).not.toContain('\n');
  });
});

describe('the Python reader harness', () => {
  it('fails, naming the apt package, when /usr/bin/python3 cannot import the reader', async () => {
    // -S hides dist-packages, where Debian's python3-networkx lives.
    await expect(runPython('networkx', 'print(1)', [], ['-S'])).rejects.toThrow(/install python3-networkx \(apt-get install -y python3-networkx\)/);
  });
});
