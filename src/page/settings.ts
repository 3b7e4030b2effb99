// sigma settings and edge programs, apart from the renderer and from the display state.
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { EdgeArrowProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';

export const LABEL_FONT = "system-ui, 'Noto Sans CJK KR', 'NanumGothic', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif";

export const edgeProgramClasses = {
  arrow: EdgeArrowProgram,
  curved: EdgeCurvedArrowProgram,
};

export function baseSettings(order: number, size: number): Partial<Settings> {
  const large = order > 3000 || size > 10000;
  return {
    defaultEdgeType: 'arrow',
    edgeProgramClasses,
    renderEdgeLabels: false,
    // Edge picking doubles the GPU work per frame; above ~20k edges, edges are reached through their nodes.
    enableEdgeEvents: size <= 20000,
    zIndex: true,
    labelFont: LABEL_FONT,
    labelSize: 13,
    labelWeight: '500',
    labelDensity: 0.6,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: 7,
    // Large views stay fluid while panning; everything comes back when the camera stops.
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    minCameraRatio: 0.02,
    maxCameraRatio: 20,
    stagePadding: 40,
  };
}
