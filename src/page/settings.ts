// sigma settings and programs, apart from the renderer and from the display state. Two profiles: small
// graphs get arrows, curves for parallel statements and hover highlighting; large ones (thousands of
// entities) are drawn for speed, since WebGL may be a CPU rasteriser (SwiftShader in headless Chromium).
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type Sigma from 'sigma';
import { EdgeArrowProgram, EdgeLineProgram, NodeCircleProgram, NodePointProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { RenderParams } from 'sigma/types';

export const LABEL_FONT = "system-ui, 'Noto Sans CJK KR', 'NanumGothic', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif";

/** Above either count the large profile applies. */
export const LARGE_GRAPH = { nodes: 3000, edges: 10_000 };

export const isLarge = (order: number, size: number): boolean => order > LARGE_GRAPH.nodes || size > LARGE_GRAPH.edges;

/** sigma's own test for "the camera is moving" (Sigma.render), which decides hideEdgesOnMove. */
export function cameraMoving(renderer: Sigma): boolean {
  const m = renderer.getMouseCaptor();
  return renderer.getCamera().isAnimated() || m.isMoving || m.draggedEvents > 0 || m.currentWheelDirection !== 0;
}

/**
 * Nodes as GL points (one vertex each, where circles cost a triangle each), and no picking pass while the
 * camera moves: sigma draws every node a second time into its picking buffer on every frame, which costs as
 * much as the visible pass on a CPU rasteriser. Nothing is picked during a move anyway, and sigma draws a
 * full frame, picking included, when the move ends.
 */
export class FastNodeProgram extends NodePointProgram {
  override render(params: RenderParams): void {
    if (!this.pickProgram || !cameraMoving(this.renderer as unknown as Sigma)) { super.render(params); return; }
    if (this.hasNothingToRender()) return;
    this.normalProgram.gl.viewport(0, 0, params.width * params.pixelRatio, params.height * params.pixelRatio);
    this.bindProgram(this.normalProgram);
    this.renderProgram(params, this.normalProgram);
    this.unbindProgram(this.normalProgram);
  }
}

export const edgeProgramClasses = {
  // One-pixel GL lines: no quad, no antialiasing shader; the cheapest way to draw 50k statements.
  line: EdgeLineProgram,
  arrow: EdgeArrowProgram,
  curved: EdgeCurvedArrowProgram,
};

/** The edge programs a large graph registers once its first frame is shown (see baseSettings). */
export const LATE_EDGE_PROGRAMS: Settings['edgeProgramClasses'] = { line: edgeProgramClasses.line, arrow: edgeProgramClasses.arrow };

/** `large`: see isLarge. */
export function baseSettings(large: boolean): Partial<Settings> {
  return {
    defaultNodeType: 'circle',
    // Points clip a node whose centre leaves the view; on a large graph that is worth the speed.
    nodeProgramClasses: { circle: large ? FastNodeProgram : NodeCircleProgram },
    defaultEdgeType: large ? 'line' : 'arrow',
    // sigma compiles every program it is given when it starts (slow on a software rasteriser): a large graph
    // starts with plain lines only; arrows (a focused entity's statements) come with LATE_EDGE_PROGRAMS, after
    // the first draw, and curves never.
    edgeProgramClasses: large ? { line: edgeProgramClasses.line } : edgeProgramClasses,
    renderEdgeLabels: false,
    // Edge picking draws every edge a second time each frame; on large graphs statements are reached
    // through their entities (click an entity: its statements are listed and drawn as arrows).
    enableEdgeEvents: !large,
    // Sorting 60k items by z-index on each refresh buys nothing when nothing overlaps meaningfully.
    zIndex: !large,
    labelFont: LABEL_FONT,
    labelSize: 13,
    labelWeight: '500',
    labelDensity: large ? 0.35 : 0.6,
    labelGridCellSize: large ? 120 : 90,
    labelRenderedSizeThreshold: large ? 9 : 7,
    // Large views stay fluid while the camera moves; edges and labels come back when it stops.
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    minCameraRatio: 0.02,
    maxCameraRatio: 20,
    stagePadding: 40,
  };
}
