import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { createHub, type Hub, type HubOptions } from '../../src/hub/hub.ts';
import { PROTOCOL_VERSION, type Reply } from '../../src/hub/protocol.ts';
import type { Profile, ProgressEvent } from '../../src/progress/types.ts';
import type { LogRecord } from '../../src/runner/types.ts';
import type { Outbox } from '../../src/classroom/outbox.ts';

/**
 * The hub on a real http server at 127.0.0.1, port 0, with its data in a temporary folder; its
 * refusals collected in `logs`. Every test stops what it started (`stop`), and waits for states.
 */
export interface Running { hub: Hub; server: Server; url: string; dir: string; logs: string[]; stop(keepDir?: boolean): Promise<void> }

export async function startHub(options: HubOptions = {}, dir = mkdtempSync(join(tmpdir(), 'climatexr-hub-')), port = 0): Promise<Running> {
  const logs: string[] = [];
  const hub = await createHub({ dataDir: dir, lessons: [], log: (l) => logs.push(l), ...options });
  const server = createServer((req, res) => { if (!hub.http(req, res)) res.writeHead(404).end(); });
  hub.attach(server);
  // Upgraded (websocket) connections are no longer the server's: closed by hand, so a dead peer cannot hold stop().
  const conns = new Set<import('node:net').Socket>();
  server.on('connection', (c) => { conns.add(c); c.on('close', () => conns.delete(c)); });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    hub, server, url, dir, logs,
    async stop(keepDir = false) {
      await hub.close();
      for (const c of conns) c.destroy();
      await new Promise((ok) => server.close(ok));
      if (!keepDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A raw socket.io client (websocket only), for speaking the protocol by hand. */
export function rawClient(url: string, opts: Parameters<typeof io>[1] = {}): Socket {
  return io(url, { transports: ['websocket'], forceNew: true, reconnection: false, ...opts });
}

export async function connected(socket: Socket): Promise<Socket> {
  if (socket.connected) return socket;
  await new Promise<void>((ok, fail) => { socket.once('connect', () => ok()); socket.once('connect_error', fail); });
  return socket;
}

export async function ask<T extends object = object>(socket: Socket, name: string, payload?: unknown): Promise<Reply<T & Record<string, unknown>>> {
  return (await socket.timeout(10_000).emitWithAck(name, payload)) as Reply<T & Record<string, unknown>>;
}

export async function helloDevice(socket: Socket, deviceId: string, profiles: Profile[] = []) {
  return ask<{ cursor: number; state: unknown }>(await connected(socket), 'hello', { v: PROTOCOL_VERSION, role: 'device', deviceId, profiles, announce: null, hand: false });
}

export async function helloDesk(socket: Socket, secret: string) {
  return ask<{ snapshot: import('../../src/hub/protocol.ts').DeskSnapshot }>(await connected(socket), 'hello', { v: PROTOCOL_VERSION, role: 'desk', secret });
}

/** Waits until `check` returns something truthy (bounded; never a fixed sleep). */
export async function until<T>(check: () => T | Promise<T>, what = 'a state', timeoutMs = 10_000): Promise<Exclude<T, false | null | undefined | 0 | ''>> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v as Exclude<T, false | null | undefined | 0 | ''>;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export const profile = (deviceId: string, nickname: string): Profile => ({ id: randomUUID(), nickname, deviceId, createdAt: new Date().toISOString() });

/** A device's log in memory: events with seqs 1…n, appended as the app would. */
export function fakeDevice(deviceId = randomUUID()) {
  const events: ProgressEvent[] = [];
  const profiles: Profile[] = [];
  const listeners = new Set<() => void>();
  const outbox: Outbox = {
    deviceId,
    eventsAfter: async (seq, limit) => events.filter((e) => e.seq > seq).slice(0, limit),
    lastSeq: async () => events.at(-1)?.seq ?? 0,
    profiles: async () => [...profiles],
    onAppended(l) { listeners.add(l); return () => listeners.delete(l); },
  };
  return {
    deviceId, events, profiles, outbox,
    addProfile(nickname: string) { const p = profile(deviceId, nickname); profiles.push(p); return p; },
    append(profileId: string, records: LogRecord[], lessonId = 'welcome', at = () => new Date()) {
      for (const record of records) events.push({ id: randomUUID(), deviceId, seq: (events.at(-1)?.seq ?? 0) + 1, profileId, lessonId, lessonVersion: '1', at: at().toISOString(), record });
      for (const l of listeners) l();
      return events.slice(-records.length);
    },
  };
}

/** n events of one student: a lesson start and step entries. */
export function steps(n: number, from = 1): LogRecord[] {
  return Array.from({ length: n }, (_, i) => (i === 0 && from === 1 ? { kind: 'lesson-started', lessonVersion: '1', ageBand: 'middle' } : { kind: 'step-entered', stepId: `s${from + i}` }));
}
