import { afterEach, expect, test } from 'vitest';
import { io } from 'socket.io-client';
import { connectDesk, type DeskSync } from '../../src/classroom/desk.ts';
import { startHub, until, type Running } from './hub-helpers.ts';

// A desk that joins before any headset has written (the teacher opens the desk first): the hub's
// read of an empty class log answers at once, without an error.
const running: Running[] = [];
const closing: DeskSync[] = [];
afterEach(async () => {
  for (const c of closing.splice(0)) c.close();
  for (const r of running.splice(0)) await r.stop();
});

test('a desk reads an empty class log: caught up at once, nothing logged as failed', async () => {
  const r = await startHub();
  running.push(r);
  const got: unknown[] = [];
  const d = connectDesk({ secret: r.hub.secret, connect: (opts) => io(r.url, { ...opts, transports: ['websocket'] }), since: async () => ({}), onEvents: (e) => void got.push(...e) });
  closing.push(d);
  await until(() => d.store.getState().connection.kind === 'online' && !d.store.getState().catchingUp, 'the desk caught up');
  expect(got).toEqual([]);
  expect(r.logs.filter((l) => /fail/i.test(l))).toEqual([]);
});
