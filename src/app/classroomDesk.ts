import type { DeskSync } from '../classroom/desk.ts';
import { latestOf, type ConductLayers, type ConductState, type Layer, type Target } from '../hub/protocol.ts';
import type { ProgressStore } from '../progress/index.ts';

/**
 * The teacher's desk and the laptop's class hub, for the desk's screens (ui/teacher): the connection
 * (its code and socket.io-client load only when a hub is there) and what the desk shows of the hub's
 * protocol. Framework-free.
 */
export type { DeskSync } from '../classroom/desk.ts';
export type { ConductPatch, ConductState, DevicePresence, ExportKind, PledgeCount, ProblemCode, StuckReason, Target } from '../hub/protocol.ts';
export { PROBLEM_TEXT } from '../classroom/problems.ts';
export { hubHere } from './classroomState.ts';

const LOCAL_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The teacher secret, on the laptop itself. The hub gives it only to a page of this machine opened by
 * a local name (hub/http.ts): elsewhere it would answer 403, so a desk there does not ask (null).
 */
export async function teacherSecretHere(): Promise<string | null> {
  if (!LOCAL_NAMES.has(location.hostname)) return null;
  return (await import('../classroom/desk.ts')).fetchTeacherSecret();
}

/**
 * Connects the desk's page to the hub: the class's events fold into `store` through the idempotent
 * import (results appear with no file), a student's deletion and "delete everything" reach it, and it
 * asks only for what is past the highest seq it holds per device.
 */
export async function connectClassDesk(store: ProgressStore, secret: string): Promise<DeskSync> {
  const [{ connectDesk }, { nativeText }, log] = await Promise.all([import('../classroom/desk.ts'), import('../classroom/native.ts'), store.hub()]);
  return connectDesk({
    secret,
    since: () => log.seqsByDevice(),
    onEvents: async (events, profiles) => { await store.importNative(nativeText(events, profiles)); },
    onForgotten: (profileId) => store.deleteProfile(profileId),
    onCleared: () => store.deleteAll(),
  });
}

/**
 * What the conducting layers hold now for a target, as the hub decides it for a device (hub/conduct.ts
 * `stateFor`: per setting, the latest command that reaches it): the class's layer, a group's over it, a
 * headset's own over those (a headset also gets its groups'; the desk shows a headset the hub's own
 * answer, its presence's `state`).
 */
export function holdsFor(layers: ConductLayers, target: Target): ConductState {
  const reaching: Layer[] = [layers.cls];
  if (target.kind === 'group') reaching.push(layers.groups[target.name]?.layer ?? {});
  if (target.kind === 'device') {
    for (const g of Object.values(layers.groups)) if (g.deviceIds.includes(target.deviceId)) reaching.push(g.layer);
    reaching.push(layers.devices[target.deviceId] ?? {});
  }
  return latestOf(reaching);
}
