// The sigma renderer and its reducers. All display state (colour mode, label language, hover, selection,
// filters, Cypher subgraph) lives in DisplayState and reaches sigma only through the reducers.
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { NewsGraph } from '../graph/model.js';
import {
  FADED_NODE, MODALITY_COLORS, TYPE_COLORS, UNKNOWN_TYPE_COLOR, communityColor, parallelCurvatures,
} from './appearance.js';
import { baseSettings } from './settings.js';
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

export function nodeLabel(graph: NewsGraph, node: string, lang: 'en' | 'ko'): string {
  const a = graph.getNodeAttributes(node);
  return lang === 'ko' ? a.nameKo || a.name : a.name;
}

export function createRenderer(graph: NewsGraph, container: HTMLElement, state: DisplayState): Sigma {
  const curvature = parallelCurvatures(graph);
  const focus = () => state.hovered ?? state.selectedNode;

  const nodeReducer = (node: string, data: Record<string, unknown>): Partial<NodeDisplayData> => {
    const a = graph.getNodeAttributes(node);
    const out: Partial<NodeDisplayData> = {
      x: data.x as number, y: data.y as number,
      size: state.sizes.get(node) ?? 4,
      label: nodeLabel(graph, node, state.labelLang),
      color: state.colorBy === 'community' && state.communities
        ? communityColor(state.communities.get(node) ?? 0)
        : TYPE_COLORS[a.type] ?? UNKNOWN_TYPE_COLOR,
      zIndex: 1,
    };
    if (!state.visible.nodes.has(node)) return { ...out, hidden: true };
    const f = focus();
    if (f) {
      if (node === f) Object.assign(out, { highlighted: true, forceLabel: true, zIndex: 3 });
      else if (state.neighbours.has(node)) Object.assign(out, { forceLabel: true, zIndex: 2 });
      else Object.assign(out, { color: FADED_NODE, label: '', zIndex: 0 });
    }
    if (state.selectedEdge) {
      const ends = [graph.source(state.selectedEdge), graph.target(state.selectedEdge)];
      if (ends.includes(node)) Object.assign(out, { highlighted: true, forceLabel: true, zIndex: 3 });
    }
    return out;
  };

  const edgeReducer = (edge: string, data: Record<string, unknown>): Partial<EdgeDisplayData> => {
    if (!state.visible.edges.has(edge)) return { hidden: true };
    const weight = (data.weight as number) || 1;
    const curv = curvature.get(edge);
    const out: Partial<EdgeDisplayData> & { curvature?: number } = {
      color: MODALITY_COLORS[data.modality as string] ?? '#999',
      size: 1 + Math.log2(weight),
      type: curv ? 'curved' : 'arrow',
      zIndex: 1,
      ...(curv ? { curvature: curv } : {}),
    };
    const f = focus();
    if (f && graph.source(edge) !== f && graph.target(edge) !== f) return { ...out, hidden: true };
    if (edge === state.selectedEdge) Object.assign(out, { size: (out.size ?? 1) + 3, zIndex: 3 });
    return out;
  };

  return new Sigma(graph, container, {
    ...baseSettings(graph.order, graph.size),
    nodeReducer: nodeReducer as never,
    edgeReducer: edgeReducer as never,
  });
}
