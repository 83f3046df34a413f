import { afterEach, expect, test } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClassStore } from '../../src/hub/store.ts';
import type { ProgressEvent } from '../../src/progress/types.ts';
import { ask, fakeDevice, helloDevice, rawClient, steps, until } from './hub-helpers.ts';

// The hub killed (SIGKILL) while three headsets are sending: everything it acknowledged is in the
// log it reads back, each event once, and the file has no torn line left.
let child: ChildProcess | null = null;
const dir = mkdtempSync(join(tmpdir(), 'climatexr-hub-kill-'));
afterEach(() => {
  child?.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

test('kill -9 mid-stream loses nothing acknowledged', async () => {
  const hub = spawn(process.execPath, ['--import', 'tsx', 'tests/unit/hub-child.ts', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  child = hub;
  let out = '';
  hub.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  const port = Number((await until(() => /PORT (\d+)/.exec(out), 'the hub process to listen', 20_000))[1]);
  const devices = Array.from({ length: 3 }, () => fakeDevice());
  const acked = new Map<string, number>();
  let killed = false;
  const sending = devices.map(async (d) => {
    const p = d.addProfile(`학생-${d.deviceId.slice(0, 4)}`);
    d.append(p.id, steps(1000));
    const socket = rawClient(`http://127.0.0.1:${port}`);
    await helloDevice(socket, d.deviceId, d.profiles);
    let cursor = 0;
    try {
      while (!killed && cursor < 1000) {
        const r = await ask<{ cursor: number }>(socket, 'events', { after: cursor, sentAt: Date.now(), batch: d.events.filter((e) => e.seq > cursor).slice(0, 10) });
        if (!r.ok) break;
        cursor = r.cursor;
        acked.set(d.deviceId, cursor);
      }
    } catch {
      // the hub died with this message in flight: it was never acknowledged
    }
    socket.disconnect();
  });
  await until(() => devices.every((d) => (acked.get(d.deviceId) ?? 0) >= 100), 'each device to have 100 events acknowledged', 20_000);
  hub.kill('SIGKILL');
  killed = true;
  await Promise.all(sending);
  await until(() => hub.exitCode !== null || hub.signalCode !== null, 'the hub process to end');

  const read: ProgressEvent[] = [];
  const store = await ClassStore.open(dir, (events) => read.push(...events));
  for (const d of devices) {
    const mine = read.filter((e) => e.deviceId === d.deviceId);
    expect(new Set(mine.map((e) => e.id)).size).toBe(mine.length);
    const have = new Set(mine.map((e) => e.id));
    expect(d.events.filter((e) => e.seq <= acked.get(d.deviceId)!).every((e) => have.has(e.id))).toBe(true);
    expect(store.cursor(d.deviceId)).toBeGreaterThanOrEqual(acked.get(d.deviceId)!);
  }
  await store.close();
});
