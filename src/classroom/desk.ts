import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Socket } from 'socket.io-client';
import type { Profile, ProgressEvent } from '../progress/types.ts';
import {
  EXPORT_PATH, PROTOCOL_VERSION, SECRET_PATH, type ClassEvents, type ConductLayers, type ConductPatch, type DeskSnapshot,
  type DevicePresence, type ExportKind, type PledgeCount, type PledgesMessage, type PresenceMessage, type ProblemCode, type Reply, type Target,
} from '../hub/protocol.ts';
import { lost, sameOrigin, SOCKET_OPTIONS, type Connect, type Connection } from './connection.ts';

export interface DeskSyncState {
  connection: Connection;
  /** The hub's last refusal (bad-secret: ask the teacher to type the secret again), until a message goes through. */
  problem: ProblemCode | null;
  /** Each device seen since the hub started; times on this page's clock. */
  devices: Record<string, DevicePresence>;
  pledges: Record<string, PledgeCount[]>;
  conduct: ConductLayers | null;
  /** The stored events are still arriving (after a join); live ones follow. */
  catchingUp: boolean;
}

export interface DeskSyncOptions {
  secret: string;
  connect?: Connect;
  /** Per device, the highest seq this desk already holds (the hub sends what is past it); default: all. */
  since?: () => Promise<Record<string, number>>;
  /**
   * The class's events, each device's in seq order (the stored ones first, then live ones, at most every
   * `foldMs`): fold them through the idempotent import (see `nativeText`). The next call waits for this one.
   */
  onEvents(events: ProgressEvent[], profiles: Profile[]): Promise<void> | void;
  onForgotten?(profileId: string): Promise<void> | void;
  onCleared?(): Promise<void> | void;
  foldMs?: number;
  /** The page's origin for downloads ('' on the page itself). */
  origin?: string;
}

export interface DeskSync {
  store: StoreApi<DeskSyncState>;
  command(target: Target, set: ConductPatch | null): Promise<boolean>;
  group(name: string, deviceIds: string[]): Promise<boolean>;
  lowerHand(deviceId: string): Promise<boolean>;
  forget(profileId: string): Promise<boolean>;
  /** "Delete everything": the hub's class log (ask the teacher first). */
  forgetAll(): Promise<boolean>;
  /** A one-use address that downloads a class-wide export from the hub (valid for a minute). */
  exportUrl(kind: ExportKind, opts?: { lessonId?: string; lang?: 'ko' | 'en' }): Promise<string | null>;
  close(): void;
}

/** The teacher secret, on the laptop itself (the hub answers only its own machine); null elsewhere. */
export async function fetchTeacherSecret(origin = ''): Promise<string | null> {
  try {
    const r = await fetch(`${origin}${SECRET_PATH}`, { cache: 'no-store' });
    return r.ok ? ((await r.json()) as { secret: string }).secret : null;
  } catch {
    return null;
  }
}

/** The teacher's desk and the hub: the class live (presence, pledges, events), and conducting it. */
export function connectDesk(o: DeskSyncOptions): DeskSync {
  const store = createStore<DeskSyncState>(() => ({ connection: { kind: 'connecting' }, problem: null, devices: {}, pledges: {}, conduct: null, catchingUp: false }));
  const socket: Socket = (o.connect ?? sameOrigin)(SOCKET_OPTIONS);
  const local = (hubNow: number) => {
    const shift = Date.now() - hubNow;
    return (d: DevicePresence): DevicePresence => ({
      ...d, since: d.since + shift, stepSince: d.stepSince === null ? null : d.stepSince + shift, handSince: d.handSince === null ? null : d.handSince + shift,
    });
  };
  const presence = (m: PresenceMessage, all = false) => {
    const devices = all ? {} : { ...store.getState().devices };
    for (const d of m.devices.map(local(m.now))) devices[d.deviceId] = d;
    store.setState({ devices });
  };
  const pledges = (list: PledgesMessage[]) => store.setState({ pledges: { ...store.getState().pledges, ...Object.fromEntries(list.map((p) => [p.lessonId, p.entries])) } });

  // Folds run one after another; live events wait in `live` and go together.
  let folding: Promise<unknown> = Promise.resolve();
  const fold = (job: () => Promise<void> | void) => (folding = folding.then(job).catch(() => undefined));
  let live: ClassEvents[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flushLive = () => {
    timer = null;
    const batch = live;
    live = [];
    const events = batch.flatMap((m) => m.events);
    const profiles = [...new Map(batch.flatMap((m) => m.profiles).map((p) => [p.id, p])).values()];
    if (events.length || profiles.length) void fold(() => o.onEvents(events, profiles));
  };

  const ask = async <T extends object>(name: string, payload: unknown, timeoutMs = 15_000): Promise<Reply<T>> => {
    if (!socket.connected) return { ok: false, code: 'server', message: 'offline' };
    return (await socket.timeout(timeoutMs).emitWithAck(name, payload).catch(() => ({ ok: false, code: 'server', message: 'no answer' }))) as Reply<T>;
  };

  socket.on('connect', async () => {
    const r = await ask<{ snapshot: DeskSnapshot }>('hello', { v: PROTOCOL_VERSION, role: 'desk', secret: o.secret });
    if (!r.ok) return store.setState({ problem: r.code });
    const s = r.snapshot;
    presence(s, true);
    store.setState({ connection: { kind: 'online', since: Date.now() }, problem: null, pledges: {}, conduct: s.conduct, catchingUp: true });
    pledges(s.pledges);
    if (s.profiles.length) void fold(() => o.onEvents([], s.profiles));
    await folding; // the nicknames first, then what the desk holds already
    const since = (await o.since?.()) ?? {};
    await socket.emitWithAck('read', { since }).catch(() => undefined);
    store.setState({ catchingUp: false });
  });
  socket.on('class-events', (m: ClassEvents, ack?: () => void) => {
    if (!m.live) return void fold(async () => { await o.onEvents(m.events, m.profiles); }).then(() => ack?.());
    live.push(m);
    timer ??= setTimeout(flushLive, o.foldMs ?? 250);
  });
  socket.on('presence', (m: PresenceMessage) => presence(m));
  socket.on('pledges', (m: PledgesMessage) => pledges([m]));
  socket.on('conduct', (conduct: ConductLayers) => store.setState({ conduct }));
  socket.on('forgotten', (m: { profileId: string }) => void fold(() => o.onForgotten?.(m.profileId)));
  socket.on('cleared', () => {
    store.setState({ pledges: {} });
    void fold(() => o.onCleared?.());
  });
  socket.on('disconnect', () => store.setState({ connection: lost(store.getState().connection, Date.now()) }));
  socket.on('connect_error', () => store.setState({ connection: lost(store.getState().connection, Date.now()) }));

  // A refusal (or no hub to ask) stays in `problem` for the desk to say in words, until a message goes through.
  const done = async (name: string, payload: unknown) => {
    const r = await ask(name, payload);
    store.setState({ problem: r.ok ? null : r.code });
    return r.ok;
  };
  return {
    store,
    command: (target, set) => done('command', { target, set }),
    group: (name, deviceIds) => done('group', { name, deviceIds }),
    lowerHand: (deviceId) => done('lower-hand', { deviceId }),
    forget: (profileId) => done('forget', { profileId }),
    forgetAll: () => done('forget-all', {}),
    async exportUrl(kind, opts = {}) {
      const r = await ask<{ token: string }>('export-token', {});
      store.setState({ problem: r.ok ? null : r.code });
      if (!r.ok) return null;
      const q = new URLSearchParams({ token: r.token, ...(opts.lessonId ? { lesson: opts.lessonId } : {}), ...(opts.lang ? { lang: opts.lang } : {}) });
      return `${o.origin ?? ''}${EXPORT_PATH}${kind}?${q}`;
    },
    close() {
      if (timer) clearTimeout(timer);
      flushLive();
      socket.disconnect();
    },
  };
}
