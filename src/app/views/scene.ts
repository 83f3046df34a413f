import type { Language } from '../../lesson/common.ts';
import type { SceneStep } from '../../lesson/steps/scene.ts';
import { pick } from '../../lesson/text.ts';
import type { RunnerState } from '../../runner/types.ts';

export interface HotspotView {
  id: string;
  label: string;
  body: string;
  position: readonly [number, number, number];
  visited: boolean;
}

export interface SceneView {
  title: string;
  body: string;
  hotspots: HotspotView[];
  /** Hotspots visited so far. */
  found: number;
  total: number;
  /** How many must be visited before Next is allowed (the step's `complete` rule, capped at total). */
  required: number;
  /** Enough have been visited to go on. */
  done: boolean;
}

/** What a scene step looks like right now; shared by the 3D view and the DOM layer. */
export function sceneView(step: SceneStep, state: RunnerState, lang: Language): SceneView {
  const seen = state.visited[step.id] ?? [];
  const hotspots = step.hotspots.map((h) => ({
    id: h.id, label: pick(h.label, lang), body: pick(h.body, lang), position: h.position, visited: seen.includes(h.id),
  }));
  const found = hotspots.filter((h) => h.visited).length;
  const total = hotspots.length;
  const required = step.complete === 'all' ? total : Math.min(step.complete, total);
  return { title: pick(step.title, lang), body: pick(step.body, lang), hotspots, found, total, required, done: found >= required };
}

/** The status line under a scene: an i18n key of the `scene` bundle and its parameters. */
export function sceneStatus(v: SceneView): { key: string; params: Record<string, number> } {
  if (v.total === 0) return { key: 'scene.lookAround', params: {} };
  if (v.found >= v.total) return { key: 'scene.allFound', params: { found: v.found, total: v.total } };
  if (v.done) return { key: 'scene.enoughFound', params: { found: v.found, total: v.total } };
  return { key: 'scene.found', params: { found: v.found, total: v.total } };
}

/** Where the scene step's panel may stand, sideways from straight ahead (metres at the panel's distance). */
export const PANEL_SLOTS = [0, -0.85, 0.85] as const;

export interface PanelBox {
  /** The panel's width and its lower and upper edges (world y), at `distance` ahead of an eye at `eye`. */
  width: number;
  bottom: number;
  top: number;
  distance: number;
  eye: number;
}

/**
 * The panel slot that hides the fewest hotspots (straight ahead on a tie): a hotspot is hidden when the
 * line from the eye to it crosses the panel, with a margin for its marker and label.
 */
export function panelSlot(hotspots: readonly { position: readonly [number, number, number] }[], box: PanelBox): number {
  const margin = 0.08;
  const hidden = (cx: number) =>
    hotspots.filter(({ position: [x, y, z] }) => {
      if (z >= -box.distance) return false; // nearer than the panel (or behind the student)
      const k = box.distance / -z;
      const px = x * k;
      const py = box.eye + (y - box.eye) * k;
      return Math.abs(px - cx) < box.width / 2 + margin && py > box.bottom - margin && py < box.top + margin;
    }).length;
  let best: number = PANEL_SLOTS[0];
  for (const cx of PANEL_SLOTS) if (hidden(cx) < hidden(best)) best = cx;
  return best;
}
