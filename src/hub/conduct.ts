import { FREE, latestOf, type ConductLayers, type ConductPatch, type ConductState, type Layer, type Target } from './protocol.ts';

/**
 * Conducting as state: the class, each group and each device hold a layer of settings, and each
 * setting remembers which command set it. What holds for a device is, per setting, the latest
 * command that reaches it (class, a group it is in, or itself), else FREE. So "pause the class"
 * after "resume group A" pauses everyone, "resume Minji" after that resumes only her, and a device
 * that reconnects reads the present without any history. Pure: the hub stores the layers as JSON.
 */
export const emptyLayers = (): ConductLayers => ({ rev: 0, cls: {}, groups: {}, devices: {} });

const KEYS = Object.keys(FREE) as (keyof ConductState)[];

function setKeys(layer: Layer, patch: ConductPatch, rev: number): Layer {
  const out: Layer = { ...layer };
  for (const k of KEYS) {
    const value = patch[k];
    if (value !== undefined) (out as Record<string, unknown>)[k] = { value, rev };
  }
  return out;
}

/** The layers after one command. `set: null` clears: a device's or group's own settings; for the class, everyone's. */
export function command(layers: ConductLayers, target: Target, set: ConductPatch | null): ConductLayers {
  const rev = layers.rev + 1;
  const next: ConductLayers = { ...layers, rev, groups: { ...layers.groups }, devices: { ...layers.devices } };
  if (target.kind === 'class') {
    if (set) return { ...next, cls: setKeys(layers.cls, set, rev) };
    for (const g of Object.keys(next.groups)) next.groups[g] = { deviceIds: next.groups[g]!.deviceIds, layer: {} };
    return { ...next, cls: {}, devices: {} };
  }
  if (target.kind === 'group') {
    const g = next.groups[target.name] ?? { deviceIds: [], layer: {} };
    next.groups[target.name] = { deviceIds: g.deviceIds, layer: set ? setKeys(g.layer, set, rev) : {} };
    return next;
  }
  if (set) next.devices[target.deviceId] = setKeys(layers.devices[target.deviceId] ?? {}, set, rev);
  else delete next.devices[target.deviceId];
  return next;
}

/** Names a group's devices (an empty list removes the group). */
export function setGroup(layers: ConductLayers, name: string, deviceIds: readonly string[]): ConductLayers {
  const groups = { ...layers.groups };
  if (deviceIds.length) groups[name] = { deviceIds: [...new Set(deviceIds)], layer: groups[name]?.layer ?? {} };
  else delete groups[name];
  return { ...layers, groups };
}

/** What holds now for one device. */
export function stateFor(layers: ConductLayers, deviceId: string): ConductState {
  const reaching: Layer[] = [layers.cls, ...Object.values(layers.groups).filter((g) => g.deviceIds.includes(deviceId)).map((g) => g.layer)];
  const own = layers.devices[deviceId];
  if (own) reaching.push(own);
  return latestOf(reaching);
}
