// The sigma renderer and its reducers. All display state (colour mode, label language, hover, selection,
// filters, Cypher subgraph) lives in DisplayState and reaches sigma only through the reducers.
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { PageGraph } from '../serve/page-graph.js';
import {
  FADED_NODE, MODALITY_COLORS, TYPE_COLORS, UNKNOWN_TYPE_COLOR, communityColor, parallelCurvatures,
} from './appearance.js';
import { LATE_EDGE_PROGRAMS, baseSettings, isLarge } from './settings.js';
import type { Visible } from './view.js';

export interface DisplayState {
  labelLang: 'en' | 'ko';
  colorBy: 'type' | 'community';
  sizes: Map<string, number>;
  communities: Map<string, number> | null;
  visible: Visible;
  hovered: string | null;
  selectedNode: string | null;
  selectedEdge: string | null;
  /** Neighbours of the focused node through visible edges (focus = hovered, else selected). */
  neighbours: Set<string>;
}

export function nodeLabel(graph: PageGraph, node: string, lang: 'en' | 'ko'): string {
  const a = graph.getNodeAttributes(node);
  return lang === 'ko' ? a.nameKo || a.name : a.name;
}

// sigma hands each reducer a fresh shallow copy of the item's attributes; the reducers set the display
// fields on that copy and return it, so a refresh allocates nothing more per item. `type` is the entity
// type in the data and sigma's program name on display, hence always overwritten.
type NodeData = Partial<NodeDisplayData> & Record<string, unknown>;
type EdgeData = Partial<EdgeDisplayData> & Record<string, unknown> & { curvature?: number };

export interface Renderer {
  sigma: Sigma;
  /** Swap in another graph over the same entities (the full graph after the entities-only preview) and redraw. */
  setGraph(graph: PageGraph): void;
  /** Compile the programs left out of the first draw (a large graph's arrows); call once it is on screen. */
  finishSetup(): void;
  /**
   * Draw one placeholder entity while the container is still hidden: the GPU process then builds the node
   * programs' pipelines (on a software rasteriser, at their first draw) in parallel with the page reading its
   * payload, instead of during the first real frame.
   */
  warmUp(): void;
}

const WARM_UP_NODE = '\u0000warm-up';

/** `large`: the display profile, from the counts of the graph the page will end up showing. */
export function createRenderer(initial: PageGraph, container: HTMLElement, state: DisplayState,
  large = isLarge(initial.order, initial.size)): Renderer {
  let graph = initial;
  // Curves keep parallel statements apart; on a large graph they are drawn as plain lines anyway.
  let curvature = large ? new Map<string, number>() : parallelCurvatures(graph);
  // Until finishSetup, a large graph has no arrow program: a focused entity's statements are lines meanwhile.
  let arrows = !large;
  const focus = () => state.hovered ?? state.selectedNode;

  const nodeReducer = (node: string, data: NodeData): NodeData => {
    const entityType = data.type as string;
    data.type = 'circle';
    data.size = state.sizes.get(node) ?? 4;
    data.label = state.labelLang === 'ko' ? (data.nameKo as string | undefined) || (data.name as string) : (data.name as string);
    data.color = state.colorBy === 'community' && state.communities
      ? communityColor(state.communities.get(node) ?? 0)
      : TYPE_COLORS[entityType] ?? UNKNOWN_TYPE_COLOR;
    data.zIndex = 1;
    if (!state.visible.nodes.has(node)) { data.hidden = true; return data; }
    const f = focus();
    if (f) {
      if (node === f) { data.highlighted = true; data.forceLabel = true; data.zIndex = 3; }
      else if (state.neighbours.has(node)) { data.forceLabel = true; data.zIndex = 2; }
      else { data.color = FADED_NODE; data.label = ''; data.zIndex = 0; }
    }
    if (state.selectedEdge && (graph.source(state.selectedEdge) === node || graph.target(state.selectedEdge) === node)) {
      data.highlighted = true; data.forceLabel = true; data.zIndex = 3;
    }
    return data;
  };

  const edgeReducer = (edge: string, data: EdgeData): EdgeData => {
    if (!state.visible.edges.has(edge)) { data.hidden = true; return data; }
    const f = focus();
    if (f && graph.source(edge) !== f && graph.target(edge) !== f) { data.hidden = true; return data; }
    data.color = MODALITY_COLORS[data.modality as string] ?? '#999';
    data.size = 1 + Math.log2((data.weight as number) || 1);
    data.zIndex = 1;
    const curv = curvature.get(edge);
    if (curv) { data.type = 'curved'; data.curvature = curv; }
    // The focused entity's few statements show their direction even on a large graph.
    else data.type = arrows && (!large || f) ? 'arrow' : 'line';
    if (edge === state.selectedEdge) { data.size += 3; data.zIndex = 3; }
    return data;
  };

  const sigma = new Sigma(graph, container, {
    ...baseSettings(large),
    nodeReducer: nodeReducer as never,
    edgeReducer: edgeReducer as never,
  });
  return {
    sigma,
    setGraph(next) {
      graph = next;
      if (!large) curvature = parallelCurvatures(next);
      // An entities-only graph (a large graph's first draw) leaves the edge layer empty: hidden, the browser does not
      // read its WebGL canvas back to composite every frame.
      const edgeLayer = sigma.getCanvases().edges;
      if (edgeLayer) edgeLayer.style.visibility = next.size ? '' : 'hidden';
      sigma.setGraph(next);
    },
    warmUp() {
      const warm = initial.emptyCopy() as PageGraph;
      warm.addNode(WARM_UP_NODE, { name: '', type: 'Concept', aliases: [], mentions: 0, docs: [], x: 0, y: 0 });
      const visible = state.visible;
      state.visible = { nodes: new Set([WARM_UP_NODE]), edges: new Set() };
      this.setGraph(warm);
      state.visible = visible;
    },
    finishSetup() {
      if (arrows) return;
      sigma.setSetting('edgeProgramClasses', LATE_EDGE_PROGRAMS);
      arrows = true;
    },
  };
}
