import { afterEach, expect, test } from 'vitest';
import { connect, createServer, type Server, type Socket as NetSocket } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { connectDevice, type DeviceSync } from '../../src/classroom/sync.ts';
import type { PageLife } from '../../src/classroom/connection.ts';
import { fakeDevice, startHub, steps, until, type Running } from './hub-helpers.ts';

// The headset's sync core (src/classroom/sync.ts) against a real hub: it sends what is past the
// hub's cursor after every write and every reconnection, so a restart of the laptop's server, or a
// connection that died while the page slept, loses nothing and duplicates nothing.
const running: Running[] = [];
const syncs: DeviceSync[] = [];
const servers: Server[] = [];
afterEach(async () => {
  for (const s of syncs.splice(0)) s.close();
  for (const s of servers.splice(0)) s.close();
  for (const r of running.splice(0)) await r.stop();
});
const memory = () => { const m = new Map<string, string>(); return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) }; };
const lines = (dir: string) => readFileSync(join(dir, 'events.ndjson'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; profileId: string });
function sync(url: string, d: ReturnType<typeof fakeDevice>, page: PageLife | null = null, kept = memory()) {
  const s = connectDevice({ outbox: d.outbox, connect: (opts) => io(url, { ...opts, transports: ['websocket'] }), page, kept });
  syncs.push(s);
  return s;
}

test('the laptop server restarted mid-stream: every event arrives once, and the page says when all is on the laptop', async () => {
  const r = await startHub();
  running.push(r);
  const port = Number(new URL(r.url).port);
  const d = fakeDevice();
  const p = d.addProfile('민준');
  const s = sync(r.url, d);
  const seen: string[] = [s.store.getState().connection.kind];
  s.store.subscribe((st) => { if (seen.at(-1) !== st.connection.kind) seen.push(st.connection.kind); });
  await until(() => s.store.getState().connection.kind === 'online', 'online');
  for (let i = 0; i < 10; i++) d.append(p.id, steps(10, i * 10 + 1));
  await until(() => s.store.getState().cursor! >= 50, 'half of it on the laptop');
  d.append(p.id, steps(100, 101)); // a write while the laptop goes down
  await r.stop(true);
  running.length = 0;
  await until(() => s.store.getState().connection.kind === 'offline', 'offline');
  expect(s.store.getState().onLaptop).toBe(false);
  d.append(p.id, steps(50, 201)); // played on while the laptop was away
  running.push(await startHub({}, r.dir, port));
  await until(() => s.store.getState().onLaptop && s.store.getState().lastSeq === 250, 'everything on the laptop', 20_000);
  const stored = lines(r.dir);
  expect(stored).toHaveLength(250);
  expect(new Set(stored.map((e) => e.id)).size).toBe(250);
  expect(seen).toEqual(['connecting', 'online', 'offline', 'online']);
});

/** A TCP relay whose connections can die without a word (a sleeping headset's Wi-Fi, a NAT that forgot us). */
async function relay(to: number) {
  const live = new Set<{ dead: boolean }>();
  const sockets: NetSocket[] = [];
  let dropped = 0;
  const server = createServer((inner) => {
    const link = { dead: false };
    live.add(link);
    const outer: NetSocket = connect(to, '127.0.0.1');
    const both = [inner, outer];
    sockets.push(inner, outer);
    both.forEach((x) => { x.on('error', () => undefined); x.on('close', () => both.forEach((y) => y.destroy())); });
    const pass = (to2: NetSocket) => (b: Buffer) => { if (link.dead) dropped += b.length; else to2.write(b); };
    inner.on('data', pass(outer));
    outer.on('data', pass(inner));
  });
  servers.push(server);
  server.on('close', () => sockets.forEach((x) => x.destroy()));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    /** The connections open now hear nothing more, and say nothing; new ones work. */
    silence() { for (const l of live) l.dead = true; live.clear(); },
    dropped: () => dropped,
  };
}

test('after the page wakes, a connection that died silently is not trusted: the core reconnects and sends what was written meanwhile', async () => {
  const r = await startHub();
  running.push(r);
  const net = await relay(Number(new URL(r.url).port));
  const wake = new Set<() => void>();
  const page: PageLife = { on: (l) => { wake.add(l); return () => wake.delete(l); } };
  const d = fakeDevice();
  const p = d.addProfile('서연');
  const s = sync(net.url, d, page);
  d.append(p.id, steps(5));
  await until(() => s.store.getState().onLaptop && s.store.getState().cursor === 5, 'the first events on the laptop');
  net.silence(); // the headset is taken off: its connection dies without a word
  d.append(p.id, steps(5, 6));
  await until(() => net.dropped() > 0, 'the events message lost on the dead connection');
  expect(s.store.getState().connection.kind).toBe('online'); // the library has not noticed
  for (const l of wake) l(); // the page wakes up
  await until(() => s.store.getState().cursor === 10, 'the events written while asleep on the laptop', 15_000);
  expect(lines(r.dir)).toHaveLength(10);
});

test("'delete my data' made offline reaches the laptop at the next connection, even after a page reload", async () => {
  const r = await startHub();
  running.push(r);
  const port = Number(new URL(r.url).port);
  const d = fakeDevice();
  const gone = d.addProfile('지우기');
  const s = sync(r.url, d);
  d.append(gone.id, steps(3));
  await until(() => s.store.getState().cursor === 3, 'on the laptop');
  await r.stop(true);
  running.length = 0;
  await until(() => s.store.getState().connection.kind === 'offline', 'offline');
  const kept = memory();
  s.close();
  const before = sync(`http://127.0.0.1:${port}`, d, null, kept);
  before.forget(gone.id);
  before.close(); // the page is closed before the laptop comes back
  running.push(await startHub({}, r.dir, port));
  const after = sync(`http://127.0.0.1:${port}`, d, null, kept);
  await until(() => kept.getItem('climatexr.hub.forget') === '[]', 'the deletion acknowledged by the laptop');
  expect(running[0]!.hub.store.isForgotten(gone.id)).toBe(true);
  expect(lines(r.dir)).toEqual([]);
  expect(after.store.getState().connection.kind).toBe('online');
});
