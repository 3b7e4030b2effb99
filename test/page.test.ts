// The exploration page in real Chromium, served by the real server, with a real Neo4j behind the Cypher box.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { lockTestNeo4j, NEO4J_LOCK_TIMEOUT_MS } from './helpers/neo4j-lock.js';
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildPage } from '../scripts/build-page.mjs';
import { syntheticGraph } from '../bench/page.js';
import type {} from '../src/page/debug.js';
import { startServer, type RunningServer } from '../src/serve/index.js';
import { PROJECT_ROOT } from '../src/util/paths.js';
import {
  CHROMIUM, DOC_TITLE_MARKUP, E, SCRIPT_SENTENCE, fixtureGraph, loadIntoNeo4j, neo4jRunner, openDriver, writeGraphFile,
} from './page-fixture.js';

const OUT = path.join(PROJECT_ROOT, 'test-output');
const LABEL = 'NgPageTest';
const ALL = Object.values(E).map((e) => e.id).sort();

let browser: Browser;
let driver: Driver;
let withNeo4j: RunningServer;
let withoutNeo4j: RunningServer;

let unlock: (() => void) | undefined;
let pageDir: string;

beforeAll(async () => {
  unlock = await lockTestNeo4j();
  await mkdir(OUT, { recursive: true });
  pageDir = await mkdtemp(path.join(tmpdir(), 'newsgraph-page-build-'));
  await buildPage({ outDir: pageDir, quiet: true });
  const graphFile = await writeGraphFile(fixtureGraph());
  driver = await openDriver();
  await loadIntoNeo4j(driver, fixtureGraph(), LABEL);
  withNeo4j = await startServer({ port: 0, graphFile, pageDir, cypher: neo4jRunner(driver) });
  withoutNeo4j = await startServer({ port: 0, graphFile, pageDir });
  browser = await chromium.launch(CHROMIUM);
}, NEO4J_LOCK_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await withNeo4j?.close();
  await withoutNeo4j?.close();
  await driver?.executeQuery(`MATCH (n:${LABEL}) DETACH DELETE n`).catch(() => {});
  await driver?.close();
  unlock?.();
});

async function open(url = withNeo4j.url): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForFunction(() => window.__newsgraph?.ready === true);
  // Positions settle once the (bounded) layout stops; clicks need nodes that stay put.
  await page.waitForFunction(() => !window.__newsgraph.layoutRunning(), undefined, { timeout: 30_000 });
  expect(errors).toEqual([]);
  expect(await page.evaluate(() => window.__newsgraph.error ?? null)).toBeNull();
  return page;
}

const visibleNodes = (page: Page) => page.evaluate(() => window.__newsgraph.visibleNodes().sort());
const displayData = (page: Page, node: string) =>
  page.evaluate((n) => {
    const d = window.__newsgraph.sigma!.getNodeDisplayData(n)!;
    return { label: d.label, color: d.color, hidden: d.hidden, highlighted: d.highlighted };
  }, node);

describe('page: rendering', () => {
  it('renders every node on a sigma canvas and shows the counts', async () => {
    const page = await open();
    expect(await page.locator('#sigma canvas').count()).toBeGreaterThan(0);
    // The container is hidden only until the first graph is drawn.
    expect(await page.locator('#sigma').isVisible()).toBe(true);
    expect(await page.evaluate(() => window.__newsgraph.sigma!.getGraph().order)).toBe(7);
    expect(await page.textContent('#count-nodes')).toBe('7');
    expect(await page.textContent('#count-edges')).toBe('7');
    expect(await page.textContent('#status-neo4j')).toBe('Neo4j: connected');
    await page.screenshot({ path: path.join(OUT, 'page-overview.png') });
    await page.close();
  });

  it('switches labels to Korean, falling back to English where no Korean name is known', async () => {
    const page = await open();
    await page.click('#label-lang');
    expect((await displayData(page, E.us.id)).label).toBe('미국');
    expect((await displayData(page, E.tsmc.id)).label).toBe('TSMC');
    await page.screenshot({ path: path.join(OUT, 'page-korean.png') });
    await page.close();
  });

  it('colours nodes by Louvain community on request', async () => {
    const page = await open();
    const before = (await displayData(page, E.us.id)).color;
    await page.selectOption('#color-by', 'community');
    expect((await displayData(page, E.us.id)).color).not.toBe(before);
    expect(await page.textContent('#community-note')).toMatch(/^\d+ Louvain communities$/);
    await page.close();
  });
});

describe('page: search', () => {
  it.each([
    ['삼성', E.samsung],
    ['nvid', E.nvidia],
    ['러몬도', E.raimondo],
    ['high band', E.hbm],
  ])('"%s" suggests and selects the entity', async (query, entity) => {
    const page = await open();
    await page.fill('#search', query);
    await expect(page.locator('#search-list li').first().getAttribute('data-node')).resolves.toBe(entity.id);
    await page.press('#search', 'Enter');
    expect(await page.evaluate(() => window.__newsgraph.selectedNode())).toBe(entity.id);
    expect(await page.textContent('#evidence-title')).toBe(entity.label);
    expect((await displayData(page, entity.id)).highlighted).toBe(true);
    await page.close();
  });
});

describe('page: filters', () => {
  const companies = [E.nvidia.id, E.samsung.id, E.tsmc.id];

  it('hides an entity type when its legend box is unticked', async () => {
    const page = await open();
    await page.locator('#legend-types label', { hasText: 'Company' }).locator('input').uncheck();
    expect(await visibleNodes(page)).toEqual(ALL.filter((n) => !companies.includes(n)));
    expect(await page.textContent('#count-nodes')).toBe('4');
    expect((await displayData(page, E.nvidia.id)).hidden).toBe(true);
    await page.close();
  });

  it('keeps only statements with evidence in the chosen language', async () => {
    const page = await open();
    await page.selectOption('#filter-lang', 'ko');
    expect(await visibleNodes(page)).toEqual(ALL.filter((n) => n !== E.tsmc.id));
    expect(await page.textContent('#count-edges')).toBe('4');
    await page.close();
  });

  it.each([
    ['minimum confidence 0.8', async (p: Page) => {
      await p.locator('#filter-confidence').evaluate((el: HTMLInputElement) => { el.value = '0.8'; el.dispatchEvent(new Event('input')); });
    }, [E.cn.id, E.us.id]],
    ['a date range', async (p: Page) => { await p.fill('#filter-from', '2024-05-01'); }, [E.tsmc.id, E.us.id]],
    ['one source document', async (p: Page) => { await p.selectOption('#filter-doc', 'doc-en-2'); }, [E.tsmc.id, E.us.id]],
    ['a relation type', async (p: Page) => {
      await p.click('#filters summary');
      await p.locator('#filter-relations label', { hasText: 'SUPPLIES' }).locator('input').uncheck();
    }, ALL.filter((n) => n !== E.nvidia.id)],
  ])('narrows the view by %s', async (_name, apply, expected) => {
    const page = await open();
    await apply(page);
    expect(await visibleNodes(page)).toEqual([...expected].sort());
    await page.close();
  });

  it('hides the filtered-out relation type', async () => {
    const page = await open();
    await page.click('#filters summary');
    await page.locator('#filter-relations label', { hasText: 'RESTRICTS' }).locator('input').uncheck();
    expect(await page.evaluate(() => window.__newsgraph.visibleEdges().some((e) => e.includes('|RESTRICTS|')))).toBe(false);
    expect(await page.textContent('#count-edges')).toBe('5');
    await page.close();
  });
});

describe('page: evidence panel', () => {
  it('lists the supporting sentences of a clicked node, markup shown as text and spans highlighted', async () => {
    const page = await open();
    const pos = await page.evaluate((n) => window.__newsgraph.nodeClientPosition(n), E.us.id);
    await page.mouse.move(pos.x, pos.y);
    await page.mouse.click(pos.x, pos.y);
    // Evidence sentences are fetched from the server on click.
    await page.waitForSelector('#evidence[aria-busy="false"]:not([hidden])');
    expect(await page.evaluate(() => window.__newsgraph.selectedNode())).toBe(E.us.id);
    expect(await page.textContent('#evidence-title')).toBe('United States');

    const sentences = await page.locator('#evidence-body blockquote.sentence').allTextContents();
    expect(sentences).toContain(SCRIPT_SENTENCE);
    expect(sentences).toContain('미국 정부는 중국에 대한 반도체 수출을 제한했다.');
    // The article's markup is text: no element was made from it.
    expect(await page.locator('#evidence-body script, #evidence-body b').count()).toBe(0);
    expect(await page.locator('#evidence-body .doc a', { hasText: DOC_TITLE_MARKUP }).getAttribute('href')).toBe('https://news.example.com/doc-en-1');

    const marks = await page.locator('#evidence-body blockquote', { hasText: '<script>' }).locator('mark').allTextContents();
    expect(marks).toEqual(['United States', 'China']);
    const koMarks = await page.locator('#evidence-body blockquote', { hasText: '미국 정부는' }).locator('mark').allTextContents();
    expect(koMarks).toEqual(['미국', '중국']);
    await page.waitForTimeout(500); // camera focus animation
    await page.screenshot({ path: path.join(OUT, 'page-evidence.png') });
    await page.close();
  });

  it('keeps display state out of the graph', async () => {
    const page = await open();
    const attributeKeys = () => page.evaluate(() => {
      const g = window.__newsgraph.graph!;
      return {
        nodes: [...new Set(g.mapNodes((_n, a) => Object.keys(a)).flat())].sort(),
        edges: [...new Set(g.mapEdges((_e, a) => Object.keys(a)).flat())].sort(),
      };
    });
    const before = await attributeKeys();
    await page.fill('#search', 'China');
    await page.press('#search', 'Enter');
    await page.locator('#legend-types label', { hasText: 'Company' }).locator('input').uncheck();
    await page.selectOption('#color-by', 'community');
    await page.click('#label-lang');
    // The data as served (see src/serve/page-graph.ts), nothing more: colours, labels, hiding are reducers' work.
    expect(await attributeKeys()).toEqual(before);
    expect(before).toEqual({
      nodes: ['aliases', 'docs', 'mentions', 'name', 'nameKo', 'type', 'x', 'y'],
      edges: ['confidence', 'evidence', 'modality', 'relation', 'weight'],
    });
    await page.close();
  });
});

describe('page: Cypher box', () => {
  it('shows the subgraph a read-only query returns, and the whole graph again on request', async () => {
    const page = await open();
    await page.fill('#cypher-query', `MATCH (a:${LABEL} {id: '${E.samsung.id}'})-[r]-(b) RETURN a, r, b`);
    await page.click('#cypher-run');
    await page.waitForFunction(() => /row/.test(document.getElementById('cypher-message')!.textContent ?? ''));
    expect(await visibleNodes(page)).toEqual([E.hbm.id, E.raimondo.id, E.samsung.id, E.nvidia.id].sort());
    expect(await page.textContent('#count-edges')).toBe('3');
    expect(await page.locator('#cypher-table th').allTextContents()).toEqual(['a', 'r', 'b']);
    await page.screenshot({ path: path.join(OUT, 'page-cypher.png') });
    await page.click('#cypher-clear');
    expect(await visibleNodes(page)).toEqual(ALL);
    await page.close();
  });

  it('shows Neo4j’s error for a bad query', async () => {
    const page = await open();
    await page.fill('#cypher-query', 'MATCH (n RETURN n');
    await page.click('#cypher-run');
    await page.waitForSelector('#cypher-message.error');
    expect(await page.textContent('#cypher-message')).toMatch(/Invalid input/);
    expect(await visibleNodes(page)).toEqual(ALL);
    await page.close();
  });

  it('says it runs from graph/ files when there is no Neo4j', async () => {
    const page = await open(withoutNeo4j.url);
    expect(await page.isDisabled('#cypher-query')).toBe(true);
    expect(await page.textContent('#cypher-note')).toMatch(/without Neo4j/);
    expect(await page.textContent('#status-neo4j')).toMatch(/running from graph\/ files/);
    await page.close();
  });
});

describe('page: exports', () => {
  it('downloads the current view as GraphML that NetworkX reads', async () => {
    const page = await open();
    await page.locator('#legend-types label', { hasText: 'Company' }).locator('input').uncheck();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-graphml')]);
    expect(download.suggestedFilename()).toBe('newsgraph-view.graphml');
    const xml = await readFile((await download.path())!, 'utf8');
    const py = 'import sys, json, networkx as nx\ng = nx.read_graphml(sys.stdin.buffer)\nprint(json.dumps(sorted(g.nodes())))';
    const r = spawnSync('python3', ['-c', py], { input: xml, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([E.cn.id, E.raimondo.id, E.hbm.id, E.us.id].sort());
    await page.close();
  });

  it('downloads a PNG snapshot', async () => {
    const page = await open();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    expect(download.suggestedFilename()).toBe('newsgraph-view.png');
    const png = await readFile((await download.path())!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await page.close();
  });
});

describe('page: large graphs', () => {
  // Just over the large-graph threshold (src/page/settings.ts): drawn for speed.
  let large: RunningServer;
  beforeAll(async () => {
    large = await startServer({ port: 0, graphFile: await writeGraphFile(syntheticGraph(3200, 6000)), pageDir });
  });
  afterAll(async () => { await large?.close(); });

  const edgeTypes = (page: Page) => page.evaluate(() => {
    const s = window.__newsgraph.sigma!;
    const out: Record<string, number> = {};
    s.getGraph().forEachEdge((e) => {
      const d = s.getEdgeDisplayData(e)!;
      const k = d.hidden ? 'hidden' : String(d.type);
      out[k] = (out[k] ?? 0) + 1;
    });
    return out;
  });

  it('draws the entities first, then every statement on the same entities', async () => {
    const page = await open(large.url);
    const t = await page.evaluate(() => window.__newsgraph.timings);
    // The entities were on screen before the statements' graph was even built.
    expect(t.firstFrame).toBeLessThanOrEqual(t.built!);
    expect(await page.locator('#sigma').isVisible()).toBe(true);
    // The edge layer, hidden while only entities were drawn, shows the statements.
    expect(await page.evaluate(() => window.__newsgraph.sigma!.getCanvases().edges!.style.visibility)).toBe('');
    expect(t.built).toBeLessThanOrEqual(t.complete!);
    expect(await page.evaluate(() => {
      const s = window.__newsgraph.sigma!;
      return [s.getGraph() === window.__newsgraph.graph, s.getGraph().order, s.getGraph().size];
    })).toEqual([true, 3200, 6000]);
    expect(await page.textContent('#count-edges')).toBe('6000');
    expect(await page.textContent('#status-msg')).toBe('');
    await page.close();
  });

  it('draws statements as plain lines, and the selected entity’s statements as arrows', async () => {
    const page = await open(large.url);
    expect(await edgeTypes(page)).toEqual({ line: 6000 });
    const hub = await page.evaluate(() => {
      const g = window.__newsgraph.graph!;
      return g.nodes().reduce((a, b) => (g.degree(b) > g.degree(a) ? b : a));
    });
    const degree = await page.evaluate((n) => window.__newsgraph.graph!.degree(n), hub);
    await page.fill('#search', await page.evaluate((n) => window.__newsgraph.graph!.getNodeAttribute(n, 'name'), hub));
    await page.press('#search', 'Enter');
    expect(await edgeTypes(page)).toEqual({ arrow: degree, hidden: 6000 - degree });
    await page.waitForSelector('#evidence[aria-busy="false"]:not([hidden])');
    expect(await page.locator('#evidence-body section.edge-evidence').count()).toBe(Math.min(40, degree));
    await page.close();
  });

  it('leaves the other entities as they are when the pointer rests on one', async () => {
    const page = await open(large.url);
    const colours = () => page.evaluate(() => {
      const s = window.__newsgraph.sigma!;
      return s.getGraph().mapNodes((n) => s.getNodeDisplayData(n)!.color);
    });
    const before = await colours();
    const hub = await page.evaluate(() => {
      const g = window.__newsgraph.graph!;
      return g.nodes().reduce((a, b) => (g.degree(b) > g.degree(a) ? b : a));
    });
    const pos = await page.evaluate((n) => window.__newsgraph.nodeClientPosition(n), hub);
    await page.mouse.move(pos.x, pos.y);
    await page.waitForFunction(() => document.getElementById('sigma')!.style.cursor === 'pointer');
    expect(await colours()).toEqual(before);
    await page.close();
  });
});
