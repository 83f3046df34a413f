/**
 * Which pressable each controller's ray is on, from the pressables' own hover events (Button3D,
 * hotspots, footprint cards). The teleport pointer yields to it: a press aimed at something pressable
 * presses it, and only a press aimed at open ground teleports. Updated on hover events, never per frame.
 */

interface Node {
  parent: Node | null;
  type?: string;
}
interface HoverEvent {
  pointerType?: string;
  pointerState?: unknown;
  eventObject?: unknown;
}

const aimed = new Map<unknown, Node>();

function sourceOf(e: HoverEvent): unknown {
  const s = e.pointerState;
  return s != null && typeof s === 'object' && 'inputSource' in s ? (s as { inputSource: unknown }).inputSource : undefined;
}

/** Call from a pressable's pointer over (`on`) and out handlers. Only XR controller rays count. */
export function noteRayHover(e: HoverEvent, on: boolean): void {
  if (e.pointerType !== 'ray') return;
  const source = sourceOf(e);
  const object = e.eventObject as Node | undefined;
  if (source === undefined || !object) return;
  if (on) aimed.set(source, object);
  else if (aimed.get(source) === object) aimed.delete(source);
}

function inScene(o: Node): boolean {
  for (let n: Node | null = o; n; n = n.parent) if (n.type === 'Scene') return true;
  return false;
}

/** Whether `source`'s ray rests on a pressable that is still in the scene (a step change removes it). */
export function rayOnPressable(source: unknown): boolean {
  const o = aimed.get(source);
  if (!o) return false;
  if (inScene(o)) return true;
  aimed.delete(source);
  return false;
}
