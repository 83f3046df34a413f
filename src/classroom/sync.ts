import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Socket } from 'socket.io-client';
import { FREE, PROTOCOL_VERSION, type Announce, type ConductState, type ProblemCode, type Reply } from '../hub/protocol.ts';
import { browserPageLife, lost, revive, sameOrigin, SOCKET_OPTIONS, type Connect, type Connection, type PageLife } from './connection.ts';
import type { KeptStrings, Outbox } from './outbox.ts';

export interface DeviceSyncState {
  connection: Connection;
  /** The highest seq the laptop holds for this device (null until the hub said so). */
  cursor: number | null;
  lastSeq: number;
  /** "All my progress is on the teacher's laptop": the hub holds everything this device wrote. */
  onLaptop: boolean;
  /** What the teacher's commands hold for this device now. */
  state: ConductState;
  hand: boolean;
  /** The hub's last refusal (e.g. storage-full), until a message goes through. */
  problem: ProblemCode | null;
}

export interface DeviceSyncOptions {
  outbox: Outbox;
  connect?: Connect;
  page?: PageLife | null;
  kept?: KeptStrings | null;
  /** Events per message (the hub takes up to 200). */
  batch?: number;
}

export interface DeviceSync {
  store: StoreApi<DeviceSyncState>;
  raiseHand(): void;
  lowerHand(): void;
  /** Where the student is: call on every step shown (and with nulls on the home page). */
  announce(a: Omit<Announce, 'sentAt'>): void;
  /** "Delete my data" reaches the laptop, now or at the next connection (kept across page loads). */
  forget(profileId: string): void;
  close(): void;
}

const FORGET_KEY = 'climatexr.hub.forget';

/**
 * A student's page and the hub: sends what is past the hub's cursor after every write and every
 * (re)connection, says where the student is, and keeps what the teacher's commands hold for it.
 */
export function connectDevice(o: DeviceSyncOptions): DeviceSync {
  const { outbox } = o;
  const batch = o.batch ?? 100;
  const kept = o.kept === undefined ? (globalThis.localStorage ?? null) : o.kept;
  const store = createStore<DeviceSyncState>(() => ({ connection: { kind: 'connecting' }, cursor: null, lastSeq: 0, onLaptop: false, state: FREE, hand: false, problem: null }));
  const set = (patch: Partial<DeviceSyncState>) => {
    const s = { ...store.getState(), ...patch };
    store.setState({ ...patch, onLaptop: s.cursor !== null && s.cursor >= s.lastSeq });
  };
  let announced: Announce | null = null;
  let forgets: string[] = JSON.parse(kept?.getItem(FORGET_KEY) ?? '[]') as string[];
  const keepForgets = () => kept?.setItem(FORGET_KEY, JSON.stringify(forgets));
  const socket: Socket = (o.connect ?? sameOrigin)(SOCKET_OPTIONS);
  let online = false;
  let sentProfiles = '';

  /** One message and its answer; never queued by the library for a later connection (that one says hello first). */
  const ask = async <T extends object>(name: string, payload: unknown, timeoutMs = 15_000): Promise<Reply<T>> => {
    if (!socket.connected) throw new Error('offline');
    return (await socket.timeout(timeoutMs).emitWithAck(name, payload)) as Reply<T>;
  };

  async function hello() {
    try {
      const profiles = await outbox.profiles();
      // The announcement is what holds now: sent with this moment's clock, so the hub reads its times right.
      const announce = announced && { ...announced, sentAt: Date.now() };
      const r = await ask<{ cursor: number; state: ConductState }>('hello', { v: PROTOCOL_VERSION, role: 'device', deviceId: outbox.deviceId, profiles, announce, hand: store.getState().hand });
      if (!r.ok) return set({ problem: r.code });
      sentProfiles = JSON.stringify(profiles);
      online = true;
      set({ connection: { kind: 'online', since: Date.now() }, cursor: r.cursor, state: r.state, problem: null });
      for (const id of [...forgets]) if ((await ask('forget', { profileId: id })).ok) forgets = forgets.filter((f) => f !== id);
      keepForgets();
      void pump();
    } catch {
      revive(socket, 0).catch(() => undefined); // no answer in time: start this connection again
    }
  }

  let pumping: Promise<void> | null = null;
  let again = false;
  /** Sends everything past the cursor, a batch at a time, each after the last was stored. */
  function pump(): Promise<void> {
    if (pumping) {
      again = true;
      return pumping;
    }
    pumping = (async () => {
      do {
        again = false;
        set({ lastSeq: await outbox.lastSeq() });
        while (online) {
          const profiles = await outbox.profiles();
          if (JSON.stringify(profiles) !== sentProfiles && (await ask('profiles', { profiles })).ok) sentProfiles = JSON.stringify(profiles);
          const cursor = store.getState().cursor ?? 0;
          const events = await outbox.eventsAfter(cursor, batch);
          if (!events.length) break;
          const r = await ask<{ cursor: number }>('events', { after: cursor, sentAt: Date.now(), batch: events });
          if (r.ok || r.code === 'gap') set({ cursor: r.cursor ?? cursor, problem: null });
          else if (r.code === 'rate') await new Promise((done) => setTimeout(done, r.retryInMs ?? 1000));
          else return set({ problem: r.code }); // storage-full and the like: tried again at the next connection
        }
      } while (again && online);
    })().catch(() => {
      if (online) revive(socket, 0).catch(() => undefined);
    }).finally(() => {
      pumping = null;
    });
    return pumping;
  }

  socket.on('connect', () => void hello());
  socket.on('disconnect', (reason) => {
    online = false;
    set({ connection: lost(store.getState().connection, Date.now()) });
    // The library does not come back after the server closed the socket on purpose: a hub that stops does not do
    // that, but if one did, try again in a while rather than never.
    if (reason === 'io server disconnect') setTimeout(() => socket.connect(), 5000);
  });
  socket.on('connect_error', () => set({ connection: lost(store.getState().connection, Date.now()) }));
  socket.on('state', (state: ConductState) => set({ state }));
  socket.on('hand', (h: { up: boolean }) => set({ hand: h.up }));
  socket.on('resync', () => void hello());
  const unAppended = outbox.onAppended(() => void pump());
  const page = o.page === undefined ? browserPageLife() : o.page;
  const unPage = page?.on(() => void revive(socket).then(() => pump()).catch(() => undefined));

  const send = (name: string, payload: unknown) => { if (online) void ask(name, payload).catch(() => undefined); };
  return {
    store,
    raiseHand() { set({ hand: true }); send('hand', { up: true }); },
    lowerHand() { set({ hand: false }); send('hand', { up: false }); },
    announce(a) {
      announced = { ...a, sentAt: Date.now() };
      send('announce', announced);
    },
    forget(profileId) {
      forgets = [...new Set([...forgets, profileId])];
      keepForgets();
      if (online) void ask('forget', { profileId }).then((r) => {
        if (!r.ok) return;
        forgets = forgets.filter((f) => f !== profileId);
        keepForgets();
      }).catch(() => undefined);
    },
    close() {
      unAppended();
      unPage?.();
      socket.disconnect();
    },
  };
}
