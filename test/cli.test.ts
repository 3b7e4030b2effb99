// The CLI end to end on the sample, as the README shows it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '../src/util/paths.js';
import { jsonLines, kg, SYSTEM_PYTHON } from './helpers/cli.js';

const SEEDS = path.join(PROJECT_ROOT, 'seeds');
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'newsgraph-cli-'));

describe('newsgraph extract', () => {
  const run = kg(['extract', SEEDS, '--format', 'jsonl']);
  const triples = jsonLines(run.stdout);

  it('prints one JSON object per triple on stdout and nothing else', () => {
    expect(run.status).toBe(0);
    expect(triples.length).toBeGreaterThan(5);
    expect(run.stdout.trim().split('\n').every((l) => l.startsWith('{') && l.endsWith('}'))).toBe(true);
  });

  it('gives every triple the fields of the output contract', () => {
    for (const t of triples) {
      expect(t).toEqual(expect.objectContaining({
        subject: expect.objectContaining({ id: expect.any(String), label: expect.any(String), type: expect.any(String) }),
        relation: expect.stringMatching(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/),
        object: expect.objectContaining({ id: expect.any(String), label: expect.any(String), type: expect.any(String) }),
        sentence: expect.any(String), doc: expect.any(String), lang: 'ko',
        modality: expect.stringMatching(/^(asserted|reported|planned|possible|considered|negated)$/),
        confidence: expect.any(Number),
      }));
    }
  });

  it('finds the headline example: United States RESTRICTS Chinese companies\' cloud computing access, reported', () => {
    const hit = triples.find((t) => t.subject.id === 'united-states' && t.relation === 'RESTRICTS'
      && /Chinese companies' cloud computing access/.test(t.object.label));
    expect(hit).toBeDefined();
    expect(hit!.modality).toBe('reported');
    expect(hit!.object.labelKo).toBe('중국 업체의 클라우드 컴퓨팅 접근');
  });

  it('gives subject and object the words the sentence used, beside their canonical labels', () => {
    const us = triples.find((t) => t.subject.id === 'united-states' && t.subject.span);
    expect(us!.subject.surface).toBe(us!.subject.span.text);
    expect(us!.sentence).toContain(us!.subject.surface);
    for (const t of triples.filter((x) => x.object.span)) expect(t.sentence).toContain(t.object.surface);
  });

  it('takes nothing from the unrelated headline list or the copyright line', () => {
    expect(triples.filter((t) => /김치|Copyright|다음뉴스|글자크기/.test(t.sentence))).toEqual([]);
  });
});

describe('newsgraph build --no-neo4j', () => {
  const out = tmp();
  const run = kg(['build', SEEDS, '--out', out, '--no-neo4j']);
  const graph = () => JSON.parse(readFileSync(path.join(out, 'newsgraph.json'), 'utf8'));

  it('writes GraphML, GEXF, JSON and a report', () => {
    expect(run.status).toBe(0);
    for (const f of ['newsgraph.graphml', 'newsgraph.gexf', 'newsgraph.json', 'report.json']) {
      expect(readFileSync(path.join(out, f), 'utf8').length).toBeGreaterThan(100);
    }
  });

  it('writes GraphML that NetworkX reads with the graph\'s node and edge counts', () => {
    const g = graph();
    const py = spawnSync(SYSTEM_PYTHON, ['-c',
      'import sys, networkx as nx; g = nx.read_graphml(sys.argv[1]); print(g.number_of_nodes(), g.number_of_edges())',
      path.join(out, 'newsgraph.graphml')], { encoding: 'utf8' });
    expect(py.stderr).toBe('');
    expect(py.stdout.trim()).toBe(`${g.nodes.length} ${g.edges.length}`);
  });

  it('is idempotent: a second build changes nothing', () => {
    const before = readFileSync(path.join(out, 'newsgraph.graphml'), 'utf8');
    const again = kg(['build', SEEDS, '--out', out, '--no-neo4j']);
    expect(again.status).toBe(0);
    expect(JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')).documents).toMatchObject({ added: 0, unchanged: 1 });
    expect(readFileSync(path.join(out, 'newsgraph.graphml'), 'utf8')).toBe(before);
  });
});

describe('newsgraph build with bad input', () => {
  it('skips and reports bad documents, lands the good ones, and says so in the exit code', () => {
    const dir = tmp();
    const out = tmp();
    cpSync(path.join(SEEDS, '000_5cf3792e60afef19.txt'), path.join(dir, 'good.txt'));
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]));
    writeFileSync(path.join(dir, 'broken.jsonl'), '{"title": "ok", "text": "The U.S. banned exports of chips to China."}\n{"title": "cut\n');
    const run = kg(['build', dir, '--out', out, '--no-neo4j']);
    expect(run.status).toBe(10);
    const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
    expect(report.skipped.map((s: { path: string }) => path.basename(s.path)).sort()).toEqual(['binary.txt', 'broken.jsonl#2', 'empty.txt']);
    expect(report.documents.added).toBe(2);
    expect(run.stderr).toMatch(/skipped .*empty\.txt/);
  });
});

describe('newsgraph export', () => {
  it('refuses an unknown format with the list of known ones', () => {
    const run = kg(['export', '--format', 'pdf', '--out', path.join(tmp(), 'x.pdf')]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/graphml/);
  });
});
