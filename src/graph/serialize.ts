// graphology's own JSON serialisation, used for graph/newsgraph.json and to reload a graph between runs.
import type { SerializedGraph } from 'graphology-types';
import { createGraph, type EntityNodeAttributes, type GraphAttributes, type NewsGraph, type RelationEdgeAttributes } from './model.js';

export type SerializedNewsGraph = SerializedGraph<EntityNodeAttributes, RelationEdgeAttributes, GraphAttributes>;

export const toJSON = (graph: NewsGraph): SerializedNewsGraph => graph.export();

export function fromJSON(data: SerializedNewsGraph): NewsGraph {
  const g = createGraph();
  g.import(data);
  return g;
}
