// The exploration page: fetch the graph, lay it out, render it with sigma, and wire the sidebar.
import { toBlob } from '@sigma/export-image';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { EvidenceRecord } from '../graph/model.js';
import {
  announcedCounts, decodePageGraph, decodePageNodes, emptyPageGraph, parsePageGraphEdges, parsePageGraphHead, payloadDegrees,
  readPageGraphBody, type PageGraph, type PageGraphHead, type PageGraphPayload,
} from '../serve/page-graph.js';
import {
  MODALITY_COLORS, TYPE_COLORS, UNKNOWN_TYPE_COLOR, communities, nodeSizes, scaleSizes, type SizeBy,
} from './appearance.js';
import type { DebugHandle } from './debug.js';
import { $, download, el } from './dom.js';
import { edgeEvidence } from './evidence.js';
import { createRenderer, nodeLabel, type DisplayState, type Renderer } from './renderer.js';
import { isLarge } from './settings.js';
import { SearchIndex, attachAutocomplete } from './search.js';
import { computeVisible, cypherView, emptyFilters, evidencePasses, type CypherView, type Filters } from './view.js';

interface Status {
  neo4j: boolean;
  documents: number;
  nodes: number;
  edges: number;
  graphFile: string;
}

const MAX_NODE_EDGES = 40;
/** Statements per /api/evidence request (the server's cap). */
const EVIDENCE_BATCH = 200;

async function fetchJson<T>(url: string, init?: RequestInit): Promise<{ ok: boolean; status: number; body: T & { error?: string } }> {
  const res = await fetch(url, init);
  const body = (await res.json().catch(() => ({ error: `${res.status} ${res.statusText}` }))) as T & { error?: string };
  return { ok: res.ok, status: res.status, body };
}

function setStatus(text: string, isError = false): void {
  const m = $('status-msg');
  m.textContent = text;
  m.classList.toggle('error', isError);
}

async function main(): Promise<void> {
  const timings: Record<string, number> = {};
  const debug: DebugHandle = {
    ready: false, layoutRunning: () => false, stopLayout: () => {}, visibleNodes: () => [], visibleEdges: () => [],
    selectedNode: () => null, nodeClientPosition: () => ({ x: NaN, y: NaN }), timings, evidenceSettled: async () => {},
  };
  window.__newsgraph = debug;

  timings.mainStart = performance.now();
  // The page payload: entities and statements, laid out by the server, without evidence text (fetched on click).
  // index.html preloads it; the body is read once sigma is set up (below), the entities line first.
  const graphResponse = fetch('/api/page-graph');
  graphResponse.catch(() => {}); // handled when read, below; not an unhandled rejection meanwhile
  const readGraph = async (): Promise<{ ok: true; head: PageGraphHead; edges: Promise<string> } | { ok: false; error: string }> => {
    const res = await graphResponse;
    if (!res.ok || !res.body) {
      const body = (await res.json().catch(() => ({}))) as { error?: string };
      return { ok: false, error: body.error ?? `could not load the graph (${res.status} ${res.statusText})` };
    }
    const { head, edges } = readPageGraphBody(res.body);
    const line = await head;
    timings.fetched = performance.now();
    const parsed = parsePageGraphHead(line);
    timings.parsed = performance.now();
    return { ok: true, head: parsed, edges };
  };
  const statusReq = fetchJson<Status>('/api/status');
  statusReq.catch(() => {}); // handled when read, below

  // sigma is set up while the payload body downloads: its fixed costs (the first page layout, WebGL contexts,
  // shader programs) are as large as drawing 10k entities on a software rasteriser. The display profile comes
  // from the counts in the payload's headers (our server always sends them; without them, the small profile);
  // the graph comes in when the body is read.
  const counts = await graphResponse.then((res) => announcedCounts(res.headers), () => null);
  const large = counts ? isLarge(counts.nodes, counts.edges) : false;
  const filters: Filters = emptyFilters();
  let cypher: CypherView | null = null;
  const container = $('sigma');
  const state: DisplayState = {
    labelLang: 'en', colorBy: 'type', sizes: new Map(), communities: null, visible: { nodes: new Set(), edges: new Set() },
    hovered: null, selectedNode: null, selectedEdge: null, neighbours: new Set(),
  };
  const renderer: Renderer = createRenderer(emptyPageGraph(), container, state, large);
  if (large) renderer.warmUp();
  // The container stays invisible (index.html: class "pending") until the first graph is drawn: the browser
  // then has no empty WebGL frames to read back and composite (per canvas, slow on a software rasteriser).
  const reveal = () => container.classList.remove('pending');
  timings.sigmaReady = performance.now();

  const graphRes = await readGraph();
  const status = (await statusReq).body;
  $('status-neo4j').textContent = status.neo4j ? 'Neo4j: connected' : 'No Neo4j — running from graph/ files';
  if (!graphRes.ok) {
    setStatus(graphRes.error, true);
    reveal();
    $('sigma').append(el('p', { className: 'empty', textContent: graphRes.error }));
    debug.error = graphRes.error;
    debug.ready = true;
    return;
  }

  const { head } = graphRes;
  // The statements line is parsed only when it is needed: after the first draw on a large graph.
  const fullPayload = async (): Promise<PageGraphPayload> => ({ ...head, edges: parsePageGraphEdges(await graphRes.edges) });
  const nextFrame = () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
  // A frame is composited (on this machine: each WebGL canvas read back) after the next animation frame's callbacks;
  // the one after that starts once it is on screen.
  const onScreen = () => nextFrame().then(nextFrame);
  let graph: PageGraph;
  // Positions (x, y: the server's layout, or the layout button's) are the one thing sigma reads from the graph
  // itself. Everything else the user changes is display state, applied by the reducers.
  if (large) {
    // A large graph is drawn in two steps: the entities at once (sized by their statement counts, read from the
    // payload), then the statements, whose graph and sigma indexes take several times as long to build.
    const preview = decodePageNodes(head);
    state.sizes = scaleSizes(payloadDegrees(head), true);
    state.visible = { nodes: new Set(preview.nodes()), edges: new Set() };
    reveal();
    renderer.setGraph(preview);
    // sigma renders synchronously; the frame reaches the screen at the next animation frame.
    // Times since navigation start, read by bench/page.ts.
    timings.firstRender = performance.now();
    setStatus(`drawing ${counts!.edges} statements…`);
    // (awaited: the entities are on screen before the main thread is busy again)
    timings.firstFrame = await onScreen();
    renderer.finishSetup();
    graph = decodePageGraph(await fullPayload());
    timings.built = performance.now();
    state.visible = computeVisible(graph, filters, null);
    // state.sizes stay: the payload's degrees are the graph's (test/serve.test.ts checks they agree).
    renderer.setGraph(graph);
  } else {
    graph = decodePageGraph(await fullPayload());
    timings.built = performance.now();
    state.sizes = nodeSizes(graph, 'degree');
    state.visible = computeVisible(graph, filters, null);
    reveal();
    renderer.setGraph(graph);
    timings.firstRender = performance.now();
    void onScreen().then((t) => { timings.firstFrame = t; });
  }
  timings.complete = performance.now();
  void onScreen().then((t) => { timings.completeFrame = t; });
  const { sigma } = renderer;
  const documents = graph.getAttribute('documents') ?? {};
  const label = (n: string) => nodeLabel(graph, n, state.labelLang);

  // ---- layout: ForceAtlas2 in a web worker, stopped after a budget that grows with the graph.
  // A worker keeps the page responsive on 10k-node graphs, where a synchronous run would freeze it for seconds.
  let layout: FA2LayoutSupervisor | null = null;
  let layoutTimer: number | undefined;
  const layoutBtn = $('layout-btn') as HTMLButtonElement;
  const stopLayout = () => {
    if (layoutTimer !== undefined) window.clearTimeout(layoutTimer);
    layoutTimer = undefined;
    layout?.stop();
    layoutBtn.textContent = 'Run layout';
    $('status-layout').textContent = '';
  };
  const startLayout = () => {
    if (!graph.order) return;
    layout ??= new FA2LayoutSupervisor(graph, {
      settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 },
      getEdgeWeight: 'weight',
    });
    layout.start();
    layoutBtn.textContent = 'Stop layout';
    $('status-layout').textContent = 'layout running…';
    layoutTimer = window.setTimeout(stopLayout, graph.order < 100 ? 1500 : Math.min(20_000, 2000 + graph.order));
  };
  layoutBtn.addEventListener('click', () => (layout?.isRunning() ? stopLayout() : startLayout()));
  debug.layoutRunning = () => layout?.isRunning() ?? false;
  debug.stopLayout = stopLayout;

  // ---- status line
  const updateStatus = () => {
    $('count-nodes').textContent = String(state.visible.nodes.size);
    $('count-edges').textContent = String(state.visible.edges.size);
    $('count-total').textContent = `of ${graph.order} entities, ${graph.size} statements, ${Object.keys(documents).length} documents`;
  };

  // ---- neighbourhood for highlight
  const refreshFocus = () => {
    const f = state.hovered ?? state.selectedNode;
    state.neighbours = new Set();
    if (f && graph.hasNode(f)) {
      graph.forEachEdge(f, (e, _a, s, t) => {
        if (state.visible.edges.has(e)) state.neighbours.add(s === f ? t : s);
      });
    }
  };
  const redraw = () => { refreshFocus(); sigma.refresh({ skipIndexation: true }); };

  const applyView = () => {
    state.visible = computeVisible(graph, filters, cypher);
    refreshFocus();
    sigma.refresh();
    updateStatus();
    if (state.selectedNode) showNode(state.selectedNode);
    else if (state.selectedEdge) showEdge(state.selectedEdge);
  };

  // ---- evidence panel
  const panel = $('evidence');
  const panelBody = $('evidence-body');
  const passes = (ev: EvidenceRecord) => evidencePasses(ev, filters, documents);
  // Evidence sentences come from the server per statement, once per page load.
  const evidenceCache = new Map<string, EvidenceRecord[] | undefined>();
  const loadEvidence = async (edges: string[]) => {
    const need = edges.filter((e) => !evidenceCache.has(e));
    for (let i = 0; i < need.length; i += EVIDENCE_BATCH) {
      const batch = need.slice(i, i + EVIDENCE_BATCH);
      const q = new URLSearchParams(batch.map((e) => ['edge', e]));
      const res = await fetchJson<{ evidence: Record<string, EvidenceRecord[]>; missing: string[] }>(`/api/evidence?${q}`);
      if (!res.ok) throw new Error(res.body.error ?? `evidence request failed (${res.status})`);
      for (const e of batch) evidenceCache.set(e, res.body.evidence[e]);
    }
  };
  // The panel shows what was asked for last; an answer to an earlier click is dropped.
  let panelRequest = 0;
  let settled: Promise<void> = Promise.resolve();
  debug.evidenceSettled = () => settled;
  const fillPanel = (edges: string[], head: Node[], tail: Node[]) => {
    const token = ++panelRequest;
    panel.setAttribute('aria-busy', 'true');
    panelBody.replaceChildren(...head, el('p', { className: 'note', textContent: 'loading statements…' }));
    panel.hidden = false;
    panelBody.scrollTop = 0;
    settled = loadEvidence(edges).then(
      () => {
        if (token !== panelRequest) return;
        panelBody.replaceChildren(...head, ...edges.map((e) => edgeEvidence(graph, e, evidenceCache.get(e), { label, passes })), ...tail);
        panel.setAttribute('aria-busy', 'false');
      },
      (err: unknown) => {
        if (token !== panelRequest) return;
        panelBody.replaceChildren(...head, el('p', { className: 'error', textContent: `newsgraph page: ${(err as Error).message}` }));
        panel.setAttribute('aria-busy', 'false');
      },
    );
  };
  const closePanel = () => { panelRequest++; panel.hidden = true; panelBody.replaceChildren(); panel.setAttribute('aria-busy', 'false'); };
  $('evidence-close').addEventListener('click', () => { state.selectedNode = null; state.selectedEdge = null; closePanel(); redraw(); });

  function showNode(node: string): void {
    const a = graph.getNodeAttributes(node);
    $('evidence-title').textContent = label(node);
    const info = el('div', { className: 'node-info' });
    const swatch = el('span', { className: 'swatch' });
    swatch.style.background = TYPE_COLORS[a.type] ?? UNKNOWN_TYPE_COLOR;
    info.append(swatch, el('span', { textContent: ` ${a.type}` }));
    const other = state.labelLang === 'ko' ? a.name : a.nameKo;
    if (other) info.append(el('span', { className: 'alt-name', textContent: ` · ${other}` }));
    const aliases = (a.aliases ?? []).filter((x) => x !== a.name && x !== a.nameKo);
    if (aliases.length) info.append(el('div', { className: 'meta', textContent: `also: ${aliases.join(', ')}` }));
    info.append(el('div', { className: 'meta', textContent: `${a.mentions} mention(s) in ${a.docs.length} document(s); ${graph.degree(node)} statement(s)` }));
    const edges = graph.edges(node).filter((e) => state.visible.edges.has(e));
    edges.sort((x, y) => graph.getEdgeAttribute(y, 'weight') - graph.getEdgeAttribute(x, 'weight'));
    const tail: Node[] = [];
    if (edges.length > MAX_NODE_EDGES) tail.push(el('p', { className: 'note', textContent: `${edges.length - MAX_NODE_EDGES} more statements; filter to narrow down.` }));
    if (!edges.length) tail.push(el('p', { className: 'note', textContent: 'No visible statements for this entity.' }));
    fillPanel(edges.slice(0, MAX_NODE_EDGES), [info], tail);
  }

  function showEdge(edge: string): void {
    $('evidence-title').textContent = 'Statement';
    fillPanel([edge], [], []);
  }

  const focusCamera = (node: string) => {
    const d = sigma.getNodeDisplayData(node);
    if (!d) return;
    // Zoom in as far as the graph is large: a 10-node graph needs none, a 10k-node graph a lot.
    const ratio = Math.min(sigma.getCamera().ratio, Math.max(0.05, Math.sqrt(50 / Math.max(graph.order, 50))));
    sigma.getCamera().animate({ x: d.x, y: d.y, ratio }, { duration: 400 });
  };

  const selectNode = (node: string, moveCamera: boolean) => {
    state.selectedNode = node;
    state.selectedEdge = null;
    redraw();
    showNode(node);
    if (moveCamera) focusCamera(node);
  };

  // Hovering highlights a neighbourhood on small graphs; on large ones that would restyle every item on each
  // mouse-over, so there sigma only shows the hovered label and the neighbourhood follows a click.
  sigma.on('enterNode', ({ node }) => {
    container.style.cursor = 'pointer';
    if (large) return;
    state.hovered = node;
    redraw();
  });
  sigma.on('leaveNode', () => {
    container.style.cursor = '';
    if (large) return;
    state.hovered = null;
    redraw();
  });
  sigma.on('clickNode', ({ node }) => selectNode(node, true));
  sigma.on('clickEdge', ({ edge }) => {
    state.selectedEdge = edge;
    state.selectedNode = null;
    redraw();
    showEdge(edge);
  });
  sigma.on('clickStage', () => {
    if (!state.selectedNode && !state.selectedEdge) return;
    state.selectedNode = null;
    state.selectedEdge = null;
    closePanel();
    redraw();
  });

  // ---- search
  const index = new SearchIndex(graph);
  attachAutocomplete($('search') as HTMLInputElement, $('search-list') as HTMLUListElement, index, label,
    (node) => selectNode(node, true));

  // ---- display options
  const langBtn = $('label-lang') as HTMLButtonElement;
  langBtn.addEventListener('click', () => {
    state.labelLang = state.labelLang === 'en' ? 'ko' : 'en';
    langBtn.textContent = state.labelLang === 'en' ? '한국어 labels' : 'English labels';
    langBtn.setAttribute('aria-pressed', String(state.labelLang === 'ko'));
    sigma.refresh({ skipIndexation: true });
    if (state.selectedNode) showNode(state.selectedNode);
  });
  ($('color-by') as HTMLSelectElement).addEventListener('change', (ev) => {
    state.colorBy = (ev.target as HTMLSelectElement).value as DisplayState['colorBy'];
    if (state.colorBy === 'community') state.communities ??= communities(graph);
    $('legend-types').classList.toggle('muted', state.colorBy === 'community');
    $('community-note').hidden = state.colorBy !== 'community';
    if (state.communities) $('community-note').textContent = `${new Set(state.communities.values()).size} Louvain communities`;
    sigma.refresh({ skipIndexation: true });
  });
  ($('size-by') as HTMLSelectElement).addEventListener('change', (ev) => {
    state.sizes = nodeSizes(graph, (ev.target as HTMLSelectElement).value as SizeBy);
    sigma.refresh();
  });

  // ---- filters
  buildFilterControls(graph, filters, applyView);

  // ---- Cypher box
  const cypherQuery = $('cypher-query') as HTMLTextAreaElement;
  const cypherRun = $('cypher-run') as HTMLButtonElement;
  const cypherMsg = $('cypher-message');
  const cypherTable = $('cypher-table');
  if (!status.neo4j) {
    cypherQuery.disabled = true;
    cypherRun.disabled = true;
    $('cypher-note').textContent = 'Running without Neo4j: the graph comes from the graph/ files, so the Cypher box is off.';
  }
  const showCypherError = (msg: string) => {
    cypherMsg.textContent = msg;
    cypherMsg.className = 'error';
  };
  cypherRun.addEventListener('click', async () => {
    const query = cypherQuery.value.trim();
    if (!query) return;
    cypherRun.disabled = true;
    cypherMsg.textContent = 'running…';
    cypherMsg.className = '';
    try {
      const res = await fetchJson<{ columns: string[]; rows: unknown[][]; nodes: string[]; edges: string[]; truncated?: boolean }>(
        '/api/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, params: {} }) },
      );
      if (!res.ok) { showCypherError(res.body.error ?? `error ${res.status}`); return; }
      const r = res.body;
      const { view, missing } = cypherView(graph, r.nodes, r.edges);
      cypher = view;
      applyView();
      cypherMsg.textContent = `${r.rows.length} row(s)${r.truncated ? ' (truncated)' : ''} · view: ${view.nodes.size} entities, ${state.visible.edges.size} statements`
        + (missing ? ` · ${missing} id(s) not in the loaded graph` : '');
      renderTable(cypherTable, r.columns, r.rows);
      ($('cypher-clear') as HTMLButtonElement).disabled = false;
      sigma.getCamera().animatedReset({ duration: 300 });
    } catch (err) {
      showCypherError(`request failed: ${(err as Error).message}`);
    } finally {
      cypherRun.disabled = false;
    }
  });
  $('cypher-clear').addEventListener('click', () => {
    cypher = null;
    cypherMsg.textContent = '';
    cypherTable.replaceChildren();
    ($('cypher-clear') as HTMLButtonElement).disabled = true;
    applyView();
  });

  // ---- exports
  $('export-graphml').addEventListener('click', async () => {
    const res = await fetch('/api/export.graphml', {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ nodes: [...state.visible.nodes], edges: [...state.visible.edges] }),
    });
    if (!res.ok) { setStatus(((await res.json().catch(() => ({}))) as { error?: string }).error ?? `export failed (${res.status})`, true); return; }
    download(await res.blob(), 'newsgraph-view.graphml');
  });
  $('export-png').addEventListener('click', async () => {
    const blob = await toBlob(sigma, { format: 'png', backgroundColor: '#ffffff' });
    download(blob, 'newsgraph-view.png');
  });

  updateStatus();
  setStatus('');
  debug.graph = graph;
  debug.sigma = sigma;
  debug.visibleNodes = () => [...state.visible.nodes];
  debug.visibleEdges = () => [...state.visible.edges];
  debug.selectedNode = () => state.selectedNode;
  debug.nodeClientPosition = (node) => {
    const a = graph.getNodeAttributes(node);
    const p = sigma.graphToViewport({ x: a.x as number, y: a.y as number });
    const r = container.getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  };
  debug.ready = true;
}

function renderTable(container: HTMLElement, columns: string[], rows: unknown[][]): void {
  const table = el('table');
  const head = el('tr');
  for (const c of columns) head.append(el('th', { textContent: c }));
  table.append(el('thead', {}, head));
  const body = el('tbody');
  for (const row of rows.slice(0, 50)) {
    const tr = el('tr');
    for (const v of row) tr.append(el('td', { textContent: typeof v === 'string' ? v : JSON.stringify(v) }));
    body.append(tr);
  }
  table.append(body);
  container.replaceChildren(table);
  if (rows.length > 50) container.append(el('p', { className: 'note', textContent: `first 50 of ${rows.length} rows` }));
}

function countBy<T>(items: Iterable<T>): Map<T, number> {
  const m = new Map<T, number>();
  for (const x of items) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

/** A checkbox list with a colour swatch and a count; unticking adds the value to `hidden`. */
function checkList(box: HTMLElement, counts: Map<string, number>, hidden: Set<string>, color: (v: string) => string | null, onChange: () => void): void {
  const entries = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  box.replaceChildren(...entries.map(([value, n]) => {
    const input = el('input', { type: 'checkbox', checked: true, value });
    input.addEventListener('change', () => { if (input.checked) hidden.delete(value); else hidden.add(value); onChange(); });
    const row = el('label', { className: 'check' }, input);
    const c = color(value);
    if (c) { const sw = el('span', { className: 'swatch' }); sw.style.background = c; row.append(sw); }
    row.append(el('span', { className: 'name', textContent: value }), el('span', { className: 'count', textContent: String(n) }));
    return row;
  }));
}

function buildFilterControls(graph: PageGraph, f: Filters, onChange: () => void): void {
  const documents = graph.getAttribute('documents') ?? {};
  checkList($('legend-types'), countBy(graph.mapNodes((_n, a) => a.type)), f.hiddenTypes, (t) => TYPE_COLORS[t] ?? UNKNOWN_TYPE_COLOR, onChange);
  checkList($('legend-modalities'), countBy(graph.mapEdges((_e, a) => a.modality)), f.hiddenModalities, (m) => MODALITY_COLORS[m] ?? '#999', onChange);
  checkList($('filter-relations'), countBy(graph.mapEdges((_e, a) => a.relation)), f.hiddenRelations, () => null, onChange);

  const docSel = $('filter-doc') as HTMLSelectElement;
  const docs = Object.values(documents).sort((a, b) => (a.title ?? a.path).localeCompare(b.title ?? b.path));
  docSel.replaceChildren(el('option', { value: '', textContent: `All documents (${docs.length})` }),
    ...docs.map((d) => el('option', { value: d.id, textContent: d.title || d.path })));
  docSel.addEventListener('change', () => { f.doc = docSel.value; onChange(); });

  const langSel = $('filter-lang') as HTMLSelectElement;
  langSel.addEventListener('change', () => { f.lang = langSel.value; onChange(); });

  const from = $('filter-from') as HTMLInputElement;
  const to = $('filter-to') as HTMLInputElement;
  const dates = Object.values(documents).map((d) => d.published?.slice(0, 10)).filter((d): d is string => !!d).sort();
  if (dates.length) { from.placeholder = dates[0]!; to.placeholder = dates[dates.length - 1]!; }
  from.addEventListener('change', () => { f.dateFrom = from.value; onChange(); });
  to.addEventListener('change', () => { f.dateTo = to.value; onChange(); });

  const conf = $('filter-confidence') as HTMLInputElement;
  const confOut = $('filter-confidence-value');
  conf.addEventListener('input', () => { f.minConfidence = Number(conf.value); confOut.textContent = Number(conf.value).toFixed(2); onChange(); });

  $('filter-reset').addEventListener('click', () => {
    Object.assign(f, emptyFilters());
    for (const input of document.querySelectorAll<HTMLInputElement>('#filters input[type=checkbox]')) input.checked = true;
    docSel.value = ''; langSel.value = ''; from.value = ''; to.value = ''; conf.value = '0'; confOut.textContent = '0.00';
    onChange();
  });
}

main().catch((err: unknown) => {
  const msg = `newsgraph page failed: ${(err as Error)?.message ?? err}`;
  console.error(err);
  window.__newsgraph = { ...(window.__newsgraph ?? {}), ready: true, error: msg } as DebugHandle;
  const m = document.getElementById('status-msg');
  if (m) { m.textContent = msg; m.classList.add('error'); }
  document.getElementById('sigma')?.classList.remove('pending');
});
