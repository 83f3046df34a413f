import { afterAll, beforeAll, expect, test } from 'vitest';
import { deskCsv } from '../../src/desk/csv.ts';
import { studentRows } from '../../src/desk/rows.ts';
import { parseNative } from '../../src/progress/native.ts';
import { summarize } from '../../src/progress/summary.ts';
import type { ProgressEvent } from '../../src/progress/types.ts';
import { toStatements } from '../../src/progress/xapi.ts';
import { teacherEn } from '../../src/i18n/desk/teacher-en.ts';
import { generateClass } from '../../scripts/bench/class/generate-class.ts';
import { startHub, type Running } from './hub-helpers.ts';

// Class-wide exports streamed from the hub's disk log: the same files the desk's pure export code
// makes from the same events (xapi.ts, summary.ts + desk/csv.ts, the native format), behind the secret.
const cls = generateClass(12, 3, 4, 7);
let r: Running;
let log: ProgressEvent[] = [];
beforeAll(async () => {
  r = await startHub({ lessons: cls.lessons });
  for (const h of cls.headsets) {
    await r.hub.store.addProfiles(h.deviceId, h.profiles);
    for (let i = 0; i < h.events.length; i += 200) await r.hub.store.accept(h.deviceId, h.events[i - 1]?.seq ?? 0, h.events.slice(i, i + 200));
  }
  for await (const e of r.hub.store.read()) log.push(e);
});
afterAll(() => r.stop());
const get = (path: string, secret = r.hub.secret) => fetch(`${r.url}${path}`, { headers: { authorization: `Bearer ${secret}` } });

test('the native export holds every profile and event, and the desk\'s import reads it', async () => {
  expect(log).toHaveLength(cls.events);
  const res = await get('/hub/export/native');
  expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
  const parsed = parseNative(await res.text());
  if (!parsed.ok) throw new Error(parsed.problem);
  expect(parsed.invalid).toBe(0);
  expect(parsed.events).toEqual(log);
  expect(parsed.profiles).toHaveLength(12);
  const one = parseNative(await (await get(`/hub/export/native?lesson=${cls.lessons[1]!.id}`)).text());
  expect(one.ok && one.events).toEqual(log.filter((e) => e.lessonId === cls.lessons[1]!.id));
});

test('the xAPI export is progress/xapi.ts\'s statements of the log', async () => {
  const statements = await (await get('/hub/export/xapi')).json();
  expect(statements).toEqual(toStatements(log, cls.lessons));
  expect(statements.length).toBeGreaterThan(100);
});

test('the CSV is the desk\'s table of the same students, in the language asked for', async () => {
  const bytes = new Uint8Array(await (await get('/hub/export/csv?lang=en')).arrayBuffer());
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes); // keep the BOM Excel needs
  const t = teacherEn.teacher as Record<string, string>;
  const expected = deskCsv({ students: studentRows(cls.lessons, r.hub.store.profiles.all(), [...summarize(log).values()]), lessonIds: cls.lessons.map((l) => l.id) }, {
    header: (c) => t[`csv_${c}`]!, lessonTitle: (id) => cls.lessons.find((l) => l.id === id)!.title.en!, status: (s) => t[`status_${s}`]!,
  });
  // Pledges are written as the lesson's words on both sides; compare the rest column by column.
  const rows = (csv: string) => csv.split('\r\n').map((row) => row.split(',').slice(0, 10).join(','));
  expect(rows(text)).toEqual(rows(expected));
  expect(text.startsWith('\uFEFFNickname,Student ID')).toBe(true);
  expect(text.split('\r\n').length - 2).toBe(12 * 3);
});

test('exports need the teacher secret (or a one-use token from the desk\'s socket)', async () => {
  expect((await fetch(`${r.url}/hub/export/xapi`)).status).toBe(403);
  expect((await get('/hub/export/xapi', 'ZZZZ-ZZZZ-ZZZZ')).status).toBe(403);
  expect((await get('/hub/export/nothing')).status).toBe(404);
  expect((await get('/hub/export/native?lesson=..%2F..%2Fetc')).status).toBe(400);
  // The secret as a teacher types it: any case, without dashes.
  expect((await get('/hub/export/native', r.hub.secret.toLowerCase().replaceAll('-', ''))).status).toBe(200);
});
