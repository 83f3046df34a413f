import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { LogRecord, RunnerEvent } from '../../src/runner/types.ts';
import { baseUrl, guardedPage } from './browser.ts';
import {
  afterPick, answerWelcome, checkLogIntegrity, deskShows, deskTable, expectedRecords, expectSaved, exportFile, feedback, finished, launchDomOnly,
  lessonFile, next, nextButton, openDesk, patientPolls, parseCsv, pickNickname, press, recordsOf, reloadWhenIdle, showLesson, trackRequests, VIEWPORT, WELCOME, type NativeFile,
} from './progress-helpers.ts';

/**
 * The teacher's desk on a classroom laptop: a class played on this device, seen behind the PIN,
 * exported (CSV for Excel, xAPI, the raw log), merged into another laptop twice without duplicates,
 * then "delete my data" (a student) and "delete everything" (the teacher).
 *
 * The two tests run in order: the second deletes what the first made.
 */

const TITLE = '처음 오신 걸 환영해요';
const MINJI = '민지';
const FORMULA = '=HYPERLINK("x")';
const JUNHO = '준호';
const JSON_BUTTON = '원본 기록 (JSON, 다른 기기로 합치기)';

let browser: Browser;
let laptop: BrowserContext;
let page: Page;
let problems: string[];
/** The first laptop's raw-log export, and what each student did (the runner's records). */
let exported: { name: string; bytes: Buffer };
const oracle: Record<string, LogRecord[]> = {};

beforeAll(async () => {
  patientPolls();
  browser = await launchDomOnly();
  laptop = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  ({ page, problems } = await guardedPage(laptop));
  trackRequests(page);
});
afterAll(async () => {
  await browser?.close();
});

/** One student at the lesson's first step plays welcome as far as `upTo`, answering `answers` in turn. */
async function playWelcome(p: Page, nickname: string, answers: ('right' | 'wrong')[], upTo: 'try-it' | 'finished'): Promise<void> {
  const events: RunnerEvent[] = [];
  await next(p, 'how-to-press');
  await next(p, 'try-it');
  events.push({ type: 'next' }, { type: 'next' });
  for (const a of answers) {
    await answerWelcome(p, a === 'right' ? WELCOME.right : WELCOME.wrong);
    await expect.poll(() => feedback(p).textContent()).toContain(a === 'right' ? '정답이에요!' : '남은 기회');
    events.push({ type: 'answer', value: a === 'right' ? 'take-off' : 'keep-going' });
  }
  if (upTo === 'finished') {
    await next(p, 'ready');
    await press(nextButton(p));
    await expect.poll(() => finished(p).count()).toBe(1);
    events.push({ type: 'next' }, { type: 'next' });
  }
  await expectSaved(p);
  oracle[nickname] = expectedRecords(lessonFile('welcome'), 'middle', events);
}

async function switchStudent(p: Page, nickname: string): Promise<void> {
  await press(p.getByRole('button', { name: '다른 학생' }));
  await pickNickname(p, nickname, 'new');
  await afterPick(p, '중학생');
}

const percentOf = (records: LogRecord[]) => {
  const done = records.at(-1)!;
  if (done.kind !== 'lesson-completed') throw new Error('not completed');
  return Math.round((100 * done.score) / done.maxScore);
};

test('the desk shows the class; CSV, xAPI and JSON exports; the JSON merged into another laptop twice adds nothing the second time', async () => {
  // Three students on one device: full marks, a wrong first answer (and a formula for a nickname), one still playing.
  await page.goto(`${baseUrl()}?e2e#/lesson/welcome`);
  await pickNickname(page, MINJI, 'new');
  await afterPick(page, '중학생');
  await playWelcome(page, MINJI, ['right'], 'finished');
  await switchStudent(page, FORMULA);
  await playWelcome(page, FORMULA, ['wrong', 'right'], 'finished');
  await switchStudent(page, JUNHO);
  await playWelcome(page, JUNHO, [], 'try-it');
  const formulaPercent = percentOf(oracle[FORMULA]!);
  expect(formulaPercent).toBeLessThan(100);

  // The desk behind a PIN set on this device.
  await openDesk(page, '2468', 'set');
  const rows = await deskShows(page, [MINJI, FORMULA, JUNHO]);
  const row = (n: string) => rows.find((r) => r.nickname === n)!;
  expect(row(MINJI).status[TITLE]).toBe('completed');
  expect(row(MINJI).cells[TITLE]).toContain('완료, 점수 100%');
  expect(row(FORMULA).status[TITLE]).toBe('completed');
  expect(row(FORMULA).cells[TITLE]).toContain(`완료, 점수 ${formulaPercent}%`);
  expect(row(JUNHO).status[TITLE]).toBe('in-progress');
  expect(row(JUNHO).cells[TITLE]).toContain('진행 중');
  await expect.poll(() => page.getByText('학생 3명').count()).toBe(1);

  // The lesson's panel: counts, a uPlot chart, and the question's rates with the common wrong answer.
  await showLesson(page, TITLE);
  await expect.poll(() => page.locator('.lesson-panel').textContent()).toContain('시작 3명 · 완료 2명');
  await expect.poll(() => page.getByRole('img', { name: '문항별 정답률 (오개념 찾기)' }).locator('canvas').count()).toBeGreaterThan(0);
  const question = page.locator('.lesson-panel table.compact tbody tr').first();
  await expect.poll(() => question.locator('th, td').allTextContents()).toEqual(['Q1', '어지럽거나 불편하면 어떻게 해야 할까요?', '2', '50%', '100%', `${WELCOME.wrong} (1)`]);
  const shown = await deskTable(page);

  // CSV for Excel: a UTF-8 byte-order mark, CRLF, Hangul intact, the formula nickname made inert.
  const csv = await exportFile(page, 'CSV (엑셀)');
  expect(csv.name).toMatch(/^climatexr-results-\d{4}-\d{2}-\d{2}\.csv$/);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = csv.bytes.toString('utf8').slice(1);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const table = parseCsv(text);
  const header = table[0]!;
  expect(header.slice(0, 2)).toEqual(['별명', '학생 ID']);
  const col = (name: string) => header.indexOf(name);
  const lines = table.slice(1);
  expect(lines.length, 'one row per student and lesson started').toBe(3);
  const byName = new Map(lines.map((l) => [l[col('별명')]!, l]));
  expect([...byName.keys()].sort()).toEqual([`'${FORMULA}`, JUNHO, MINJI].sort());
  expect(byName.get(MINJI)![col('수업')]).toBe(TITLE);
  expect(byName.get(MINJI)![col('상태')]).toBe('완료');
  expect(byName.get(MINJI)![col('점수(%)')]).toBe('100');
  expect(byName.get(`'${FORMULA}`)![col('점수(%)')]).toBe(String(formulaPercent));
  expect(byName.get(JUNHO)![col('상태')]).toBe('진행 중');
  for (const cell of lines.flat()) if (!/^-?\d+(\.\d+)?$/.test(cell)) expect(cell, 'no cell starts a formula').not.toMatch(/^[=+\-@]/);

  // xAPI: statements with device-made UUIDs, a pseudonymous account actor, ADL verbs; no nickname leaves.
  // (exportFile waits for the finished message; while it runs the desk says '만드는 중… N%' with a progress bar.)
  const xapi = await exportFile(page, 'xAPI 문장 (JSON)');
  await expect.poll(() => page.locator('.desk-tools progress.export-progress').count(), { message: 'the progress bar goes when the file is made' }).toBe(0);
  const xtext = xapi.bytes.toString('utf8');
  const statements = JSON.parse(xtext) as { id: string; actor: { account: { homePage: string; name: string } }; verb: { id: string } }[];
  const ids = statements.map((s) => s.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const s of statements) {
    expect(s.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(s.actor.account.homePage).toBe('https://climatexr.invalid/');
    expect(s.verb.id).toMatch(/^http:\/\/adlnet\.gov\/expapi\/verbs\/[a-z]+$/);
  }
  for (const n of [MINJI, JUNHO, 'HYPERLINK']) expect(xtext).not.toContain(n);
  expect(statements.filter((s) => s.verb.id.endsWith('/completed')).length).toBe(2);
  expect(statements.filter((s) => s.verb.id.endsWith('/answered')).length).toBe(3);

  // The raw log: every student's records exactly once, in order.
  exported = await exportFile(page, JSON_BUTTON);
  expect(exported.name).toMatch(/^climatexr-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(exported.bytes.toString('utf8')) as NativeFile;
  expect(file.format).toBe('climatexr-progress');
  checkLogIntegrity(file, { contiguous: true });
  expect(file.profiles.map((p) => p.nickname).sort()).toEqual([MINJI, FORMULA, JUNHO].sort());
  for (const p of file.profiles) expect(recordsOf(file, p.id, 'welcome'), p.nickname).toEqual(oracle[p.nickname]);
  const total = file.events.length;
  expect(problems).toEqual([]);

  // Another laptop (a fresh browser profile): empty desk, then the file imported twice.
  const other = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  const second = await guardedPage(other);
  await openDesk(second.page, '9999', 'set');
  await expect.poll(() => second.page.getByText('아직 기록이 없어요.', { exact: false }).count()).toBe(1);
  const input = second.page.locator('input[type="file"]');
  const messages = second.page.locator('.desk-tools ul.messages');
  await input.setInputFiles({ name: exported.name, mimeType: 'application/json', buffer: exported.bytes });
  await expect.poll(() => messages.textContent()).toBe(`${exported.name}: ${total}개 기록을 더했어요. 이미 있던 0개는 건너뛰었어요.`);
  // The import said how far it got: finished, its progress line is gone.
  await expect.poll(() => second.page.locator('.import-progress').count()).toBe(0);
  await expect.poll(() => second.page.locator('.desk-tools label.button').textContent()).toBe('파일 고르기');
  await deskShows(second.page, [MINJI, FORMULA, JUNHO]);
  await expect.poll(() => deskTable(second.page)).toEqual(shown);

  await input.setInputFiles({ name: exported.name, mimeType: 'application/json', buffer: exported.bytes });
  await expect.poll(() => messages.textContent()).toBe(`${exported.name}: 0개 기록을 더했어요. 이미 있던 ${total}개는 건너뛰었어요.`);
  await showLesson(second.page, TITLE);
  await expect.poll(() => second.page.locator('.lesson-panel').textContent()).toContain('시작 3명 · 완료 2명');
  expect(await deskTable(second.page)).toEqual(shown);
  // Its own export holds the same events, once each.
  const merged = JSON.parse((await exportFile(second.page, JSON_BUTTON)).bytes.toString('utf8')) as NativeFile;
  checkLogIntegrity(merged, { contiguous: true });
  expect(merged.events.map((e) => e.id).sort()).toEqual(file.events.map((e) => e.id).sort());
  // Its xAPI, of the class and of the lesson, made from the merged log: the first laptop's
  // statements. Only where an activity is first described may differ (each export describes it once,
  // on the first statement naming it).
  type Statement = { id: string; object: { definition?: unknown } };
  const bare = (list: Statement[]) => list.map(({ object: { definition: _, ...object }, ...rest }) => ({ ...rest, object })).sort((a, b) => (a.id < b.id ? -1 : 1));
  const described = (list: Statement[]) => list.filter((x) => x.object.definition).length;
  const classXapi = JSON.parse((await exportFile(second.page, 'xAPI 문장 (JSON)')).bytes.toString('utf8')) as Statement[];
  await second.page.locator('.desk-tools select').first().selectOption('welcome');
  const lessonXapi = JSON.parse((await exportFile(second.page, 'xAPI 문장 (JSON)')).bytes.toString('utf8')) as Statement[];
  const first = statements as unknown as Statement[];
  expect(bare(classXapi)).toEqual(bare(first));
  expect(bare(lessonXapi)).toEqual(bare(first));
  expect([described(classXapi), described(lessonXapi)]).toEqual([described(first), described(first)]);
  const lessonLog = JSON.parse((await exportFile(second.page, JSON_BUTTON)).bytes.toString('utf8')) as NativeFile;
  expect(lessonLog.events.map((e) => e.id).sort()).toEqual(file.events.map((e) => e.id).sort());
  expect(second.problems).toEqual([]);
  await other.close();
});

test('"delete my data" removes a student from the device and the desk; "delete everything" empties it, after a confirmation', async () => {
  expect(exported, 'the first test made the class').toBeDefined();
  // The tab still plays as the last student: switch, and delete 준호's data from the nickname list.
  await page.goto(`${baseUrl()}?e2e#/lesson/welcome`);
  await press(page.getByRole('button', { name: '다른 학생' }));
  const item = page.locator('.profile-list li').filter({ has: page.getByRole('button', { name: `${JUNHO} 선택`, exact: true }) });
  await press(item.getByRole('button', { name: '내 기록 지우기' }));
  const dialog = page.getByRole('alertdialog');
  await expect.poll(() => dialog.textContent()).toContain(`${JUNHO}의 별명과 이 기기의 모든 진도를 지울까요? 되돌릴 수 없어요.`);
  await press(dialog.getByRole('button', { name: '취소' }));
  await expect.poll(() => dialog.count()).toBe(0);
  expect(await page.getByRole('button', { name: `${JUNHO} 선택`, exact: true }).count(), 'cancel keeps the data').toBe(1);
  await press(item.getByRole('button', { name: '내 기록 지우기' }));
  await press(dialog.getByRole('button', { name: '네, 지울게요' }));
  await expect.poll(() => page.getByText(`${JUNHO}의 기록을 지웠어요.`).count()).toBe(1);
  await expect.poll(() => page.locator('.profile-list li').count()).toBe(2);
  expect(await page.getByRole('button', { name: `${JUNHO} 선택`, exact: true }).count()).toBe(0);

  // The desk: a wrong PIN is refused; the right one shows the class without 준호.
  await page.goto(`${baseUrl()}?e2e#/teacher`);
  await page.getByLabel('PIN (숫자 4–8자리)').fill('1111');
  await press(page.getByRole('button', { name: '열기' }));
  await expect.poll(() => page.getByRole('alert').filter({ hasText: 'PIN이 맞지 않아요.' }).count()).toBe(1);
  await openDesk(page, '2468', 'enter');
  await deskShows(page, [MINJI, FORMULA]);
  await showLesson(page, TITLE);
  await expect.poll(() => page.locator('.lesson-panel').textContent()).toContain('시작 2명 · 완료 2명');

  // The class's earlier export does not bring 준호 back on this device.
  const file = JSON.parse(exported.bytes.toString('utf8')) as NativeFile;
  const junhoEvents = file.events.filter((e) => e.profileId === file.profiles.find((p) => p.nickname === JUNHO)!.id).length;
  await page.locator('input[type="file"]').setInputFiles({ name: exported.name, mimeType: 'application/json', buffer: exported.bytes });
  const messages = page.locator('.desk-tools ul.messages');
  await expect.poll(() => messages.textContent()).toContain(`${exported.name}: 0개 기록을 더했어요.`);
  await expect.poll(() => messages.textContent()).toContain(`삭제된 학생의 기록 ${junhoEvents}개는 가져오지 않았어요.`);
  // The desk re-reads (at most once a second) after the import: still without 준호.
  await expect.poll(async () => (await deskTable(page)).map((r) => r.nickname).sort()).toEqual([MINJI, FORMULA].sort());

  // Delete everything: cancel first, then confirm; the desk is empty, also after a reload.
  const deleteAll = page.getByRole('button', { name: '이 기기의 모든 학생 기록 지우기' });
  await press(deleteAll);
  const confirm = page.getByRole('alertdialog', { name: '모든 기록 지우기' });
  await expect.poll(() => confirm.textContent()).toContain('학생 2명의 모든 기록을 이 기기에서 지울까요?');
  await press(confirm.getByRole('button', { name: '취소' }));
  await expect.poll(() => confirm.count()).toBe(0);
  expect((await deskTable(page)).length, 'cancel keeps the data').toBe(2);
  await press(deleteAll);
  await press(confirm.getByRole('button', { name: '네, 모두 지울게요' }));
  await expect.poll(() => page.getByText('모든 기록을 지웠어요.').count()).toBe(1);
  await expect.poll(() => page.getByText('아직 기록이 없어요.', { exact: false }).count()).toBe(1);
  expect(await page.locator('.students table').count()).toBe(0);
  const empty = JSON.parse((await exportFile(page, JSON_BUTTON)).bytes.toString('utf8')) as NativeFile;
  expect({ profiles: empty.profiles.length, events: empty.events.length }).toEqual({ profiles: 0, events: 0 });

  await reloadWhenIdle(page);
  await openDesk(page, '2468', 'enter'); // the PIN stays
  await expect.poll(() => page.getByText('아직 기록이 없어요.', { exact: false }).count()).toBe(1);
  // Students see no nicknames left on the device.
  await page.goto(`${baseUrl()}?e2e#/lesson/welcome`);
  await expect.poll(() => page.getByText('아직 이 기기에 별명이 없어요.').count(), { timeout: 30_000 }).toBe(1);
  expect(problems).toEqual([]);
});
