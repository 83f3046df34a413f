import { afterEach, expect, test } from 'vitest';
import type { Socket } from 'socket.io-client';
import { command, emptyLayers, setGroup, stateFor } from '../../src/hub/conduct.ts';
import { FREE, type ConductState } from '../../src/hub/protocol.ts';
import { ask, helloDesk, helloDevice, rawClient, startHub, until, type Running } from './hub-helpers.ts';

// Conducting is state: what holds for a device is the latest command that reaches it; a device that
// (re)connects reads the present (also after the hub restarts), never a replay of old commands.
const A = '0a0a0a0a-0000-4000-8000-00000000000a';
const B = '0b0b0b0b-0000-4000-8000-00000000000b';
const C = '0c0c0c0c-0000-4000-8000-00000000000c';
const water = { id: 'clean-water-journey', lang: 'en', course: 'high' } as const;

test('the latest command that reaches a device wins, setting by setting', () => {
  let l = setGroup(emptyLayers(), 'front', [A, B]);
  l = command(l, { kind: 'class' }, { paused: true });
  expect([A, B, C].map((d) => stateFor(l, d).paused)).toEqual([true, true, true]);
  l = command(l, { kind: 'group', name: 'front' }, { paused: false, lesson: water });
  expect([A, B, C].map((d) => stateFor(l, d).paused)).toEqual([false, false, true]);
  l = command(l, { kind: 'device', deviceId: A }, { paused: true });
  expect([A, B, C].map((d) => stateFor(l, d).paused)).toEqual([true, false, true]);
  // "Resume everyone" after all that resumes everyone; the group keeps its lesson.
  l = command(l, { kind: 'class' }, { paused: false });
  expect([A, B, C].map((d) => stateFor(l, d))).toEqual([{ ...FREE, lesson: water }, { ...FREE, lesson: water }, FREE]);
  l = command(l, { kind: 'class' }, { pace: { mode: 'teacher', lessonId: water.id, stepId: 'intro' } });
  expect(stateFor(l, C).pace).toEqual({ mode: 'teacher', lessonId: water.id, stepId: 'intro' });
  // A device joining the group later gets what the group holds; "back to free" for the class clears all.
  l = setGroup(l, 'front', [A, B, C]);
  expect(stateFor(l, C).lesson).toEqual(water);
  l = command(l, { kind: 'class' }, null);
  expect([A, B, C].map((d) => stateFor(l, d))).toEqual([FREE, FREE, FREE]);
});

const running: Running[] = [];
const sockets: Socket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  for (const r of running.splice(0)) await r.stop();
});
const client = (url: string) => {
  const s = rawClient(url);
  sockets.push(s);
  return s;
};

test('pause, send to a lesson and teacher pace reach connected devices; a reconnecting device (and a restarted hub) get the state that holds now', async () => {
  const r = await startHub();
  running.push(r);
  const desk = client(r.url);
  await helloDesk(desk, r.hub.secret);
  const heard = new Map<string, ConductState[]>();
  const device = async (id: string) => {
    const s = client(r.url);
    s.on('state', (st: ConductState) => heard.set(id, [...(heard.get(id) ?? []), st]));
    expect(await helloDevice(s, id)).toMatchObject({ ok: true, state: FREE });
    return s;
  };
  await device(A);
  const b = await device(B);
  expect(await ask(desk, 'command', { target: { kind: 'class' }, set: { paused: true } })).toMatchObject({ ok: true });
  await until(() => heard.get(A)?.at(-1)?.paused && heard.get(B)?.at(-1)?.paused, 'both devices paused');
  await ask(desk, 'group', { name: 'front', deviceIds: [A] });
  await ask(desk, 'command', { target: { kind: 'group', name: 'front' }, set: { paused: false, lesson: water, pace: { mode: 'teacher', lessonId: water.id, stepId: 'source' } } });
  await until(() => heard.get(A)?.at(-1)?.lesson?.id === water.id, 'A sent to the lesson');
  expect(heard.get(A)!.at(-1)).toEqual({ paused: false, lesson: water, pace: { mode: 'teacher', lessonId: water.id, stepId: 'source' } });
  expect(heard.get(B)).toHaveLength(1); // B was not in the group: told nothing new
  // The desk sees each device's state in its presence.
  const presence: { deviceId: string; state: ConductState }[] = [];
  desk.on('presence', (m: { devices: typeof presence }) => presence.push(...m.devices));
  await ask(desk, 'command', { target: { kind: 'device', deviceId: B }, set: { paused: false } });
  await until(() => presence.some((p) => p.deviceId === B && !p.state.paused), 'the desk to see B resumed');

  // B drops and comes back: it reads the present, not the history.
  b.disconnect();
  await ask(desk, 'command', { target: { kind: 'class' }, set: { paused: true } });
  const b2 = client(r.url);
  expect(await helloDevice(b2, B)).toMatchObject({ ok: true, state: { paused: true, lesson: null, pace: { mode: 'self' } } });
  await r.stop(true);
  running.length = 0;
  const again = await startHub({}, r.dir);
  running.push(again);
  expect(await helloDevice(client(again.url), A)).toMatchObject({ ok: true, state: { paused: true, lesson: water } });
});
