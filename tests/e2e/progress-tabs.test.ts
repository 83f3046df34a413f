import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { RunnerEvent } from '../../src/runner/types.ts';
import { baseUrl, guardedPage } from './browser.ts';
import {
  afterPick, answerWelcome, back, checkLogIntegrity, deskShows, expectedRecords, expectSaved, expectStep, exportFile, feedback, finished, launchDomOnly, lessonFile,
  next, nextButton, openDesk, openLessonAs, patientPolls, pickNickname, press, recordsOf, showLesson, VIEWPORT, WELCOME, type NativeFile,
} from './progress-helpers.ts';

/**
 * Two tabs of one browser profile (two connections to the same database) writing at the same moments,
 * with the teacher's desk open in a third: no event is lost or written twice, each tab's student keeps
 * their own place, and the desk follows both without a reload.
 */

let browser: Browser;
beforeAll(async () => {
  patientPolls();
  browser = await launchDomOnly();
});
afterAll(async () => {
  await browser?.close();
});

const ROUNDS = 5;
const TITLE = '처음 오신 걸 환영해요';

/** Plays welcome in one tab; returns the runner events it sent (the oracle replays them). */
async function play(page: Page, wrongFirst: boolean): Promise<RunnerEvent[]> {
  const events: RunnerEvent[] = [];
  await expectStep(page, 'hello');
  // Back and forth: a write per press, in step with the other tab.
  for (let i = 0; i < ROUNDS; i++) {
    await next(page, 'how-to-press');
    await back(page, 'hello');
    events.push({ type: 'next' }, { type: 'back' });
  }
  await next(page, 'how-to-press');
  await next(page, 'try-it');
  events.push({ type: 'next' }, { type: 'next' });
  if (wrongFirst) {
    await answerWelcome(page, WELCOME.wrong);
    await expect.poll(() => feedback(page).textContent()).toContain('남은 기회 1번');
    events.push({ type: 'answer', value: 'keep-going' });
  }
  await answerWelcome(page, WELCOME.right);
  await expect.poll(() => feedback(page).textContent()).toContain('정답이에요!');
  events.push({ type: 'answer', value: 'take-off' });
  await next(page, 'ready');
  await press(nextButton(page));
  await expect.poll(() => finished(page).count()).toBe(1);
  events.push({ type: 'next' }, { type: 'next' });
  return events;
}

test('two tabs answering at once: no lost and no duplicated events; the open desk follows both', async () => {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  const desk = await guardedPage(context);
  await openDesk(desk.page, '2468', 'set');
  await expect.poll(() => desk.page.getByText('아직 기록이 없어요.', { exact: false }).count()).toBe(1);

  const a = await guardedPage(context);
  const b = await guardedPage(context);
  await openLessonAs(a.page, 'welcome', '바다', { expect: 'new' });
  // The second tab lists the nickname made in the first; its student makes their own.
  await b.page.goto(`${baseUrl()}?e2e#/lesson/welcome`);
  await b.page.getByRole('button', { name: '바다 선택', exact: true }).waitFor({ timeout: 30_000 });
  await pickNickname(b.page, '구름', 'new');
  await afterPick(b.page);
  const [eventsA, eventsB] = await Promise.all([play(a.page, true), play(b.page, false)]);
  await Promise.all([expectSaved(a.page), expectSaved(b.page)]);

  // The desk, never reloaded, shows both students finished with the scores the runner gives them.
  const welcome = lessonFile('welcome');
  const expectedA = expectedRecords(welcome, 'middle', eventsA);
  const expectedB = expectedRecords(welcome, 'middle', eventsB);
  const percentOf = (records: typeof expectedA) => {
    const done = records.at(-1)!;
    if (done.kind !== 'lesson-completed') throw new Error('the oracle did not complete the lesson');
    return `${Math.round((100 * done.score) / done.maxScore)}%`;
  };
  const cellsShown = async () => Object.fromEntries((await deskShows(desk.page, ['구름', '바다'])).map((r) => [r.nickname, `${r.status[TITLE]} ${r.cells[TITLE]}`]));
  await expect.poll(cellsShown).toEqual({
    바다: expect.stringMatching(new RegExp(`^completed .*완료, 점수 ${percentOf(expectedA)}`)),
    구름: expect.stringMatching(new RegExp(`^completed .*완료, 점수 ${percentOf(expectedB)}`)),
  });
  await showLesson(desk.page, TITLE);
  await expect.poll(() => desk.page.locator('.lesson-panel').textContent()).toContain('시작 2명 · 완료 2명');

  // The log: every event of both tabs once, in each student's order, with seqs 1..n across both tabs.
  const json = await exportFile(desk.page, '원본 기록 (JSON, 다른 기기로 합치기)');
  const file = JSON.parse(json.bytes.toString('utf8')) as NativeFile;
  checkLogIntegrity(file, { contiguous: true });
  const id = (nickname: string) => file.profiles.find((p) => p.nickname === nickname)!.id;
  expect(recordsOf(file, id('바다'), 'welcome')).toEqual(expectedA);
  expect(recordsOf(file, id('구름'), 'welcome')).toEqual(expectedB);
  expect(file.events.length).toBe(expectedA.length + expectedB.length);
  // The two tabs did write in between each other (otherwise this test proves little).
  const owners = file.events.map((e) => e.profileId);
  const switches = owners.filter((o, i) => i > 0 && o !== owners[i - 1]).length;
  expect(switches, 'writes of the two tabs interleave').toBeGreaterThan(4);

  for (const p of [desk, a, b]) expect(p.problems).toEqual([]);
  await context.close();
});
