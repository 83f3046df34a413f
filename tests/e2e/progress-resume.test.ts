import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { RunnerEvent } from '../../src/runner/types.ts';
import { guardedPage, launch } from './browser.ts';
import {
  afterPick, answerWelcome, checkLogIntegrity, deskShows, expectedRecords, expectSaved, expectStep, expectWelcomeAnsweredRight,
  DOM_ONLY_ARGS, exportFile, feedback, finished, lessonFile, next, nextButton, openDesk, openLessonAs, patientPolls, pickNickname, press, recordsOf, reloadWhenIdle, scene3dHasText, stepOf, trackRequests, VIEWPORT, WELCOME,
  type NativeFile,
} from './progress-helpers.ts';

/**
 * Progress survives what happens to a shared device: a reload, a closed tab, the browser killed in the
 * middle of a lesson. What the student notices: they come back to the very step they were on, with
 * their answer and its feedback, and can finish the lesson.
 */

let browser: Browser;
beforeAll(async () => {
  patientPolls();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

test('an answer survives a reload and a closed tab: the student resumes at the same step, answer and feedback kept', async () => {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const { page, problems } = await guardedPage(context);
  trackRequests(page);
  await openLessonAs(page, 'welcome', '하늘', { expect: 'new' });
  await expectStep(page, 'hello');
  await next(page, 'how-to-press');
  await expectSaved(page);

  // Reload on a narration step: the same step, no nickname or age band asked again (same tab).
  await reloadWhenIdle(page, { font: true });
  await expectStep(page, 'how-to-press');
  expect(await page.getByLabel('별명 (1–20자)').count()).toBe(0);
  await expect.poll(() => page.locator('.lesson-head .meta').textContent()).toContain('하늘(으)로 하는 중');
  await next(page, 'try-it');

  // A wrong answer, then a reload: the attempt is kept (one chance left), the wrong option marked.
  await answerWelcome(page, WELCOME.wrong);
  await expect.poll(() => feedback(page).textContent()).toContain('남은 기회 1번');
  await expectSaved(page);
  await reloadWhenIdle(page, { font: true });
  await expectStep(page, 'try-it');
  await expect.poll(() => feedback(page).textContent()).toContain('다시 해 보세요. (남은 기회 1번)');
  const wrong = stepOf(page).getByRole('button', { name: WELCOME.wrong, exact: true });
  await expect.poll(() => wrong.getAttribute('class')).toContain('tone-wrong');
  expect(await nextButton(page).isDisabled(), 'Next stays locked until the quiz is done').toBe(true);

  // The right answer, then a reload: right, with the explanation, and Next allowed; the 3D panel too.
  await answerWelcome(page, WELCOME.right);
  await expectWelcomeAnsweredRight(page);
  await expectSaved(page);
  await reloadWhenIdle(page, { font: true });
  await expectWelcomeAnsweredRight(page);
  await expect.poll(() => scene3dHasText(page, '정답이에요!'), { timeout: 30_000 }).toBe(true);
  expect(problems).toEqual([]);

  // The tab closed; a new tab on the lesson's URL asks who is playing; the same nickname resumes.
  await page.close();
  const second = await guardedPage(context);
  trackRequests(second.page);
  await openLessonAs(second.page, 'welcome', '하늘', { expect: 'existing', band: null });
  await expectWelcomeAnsweredRight(second.page);
  await next(second.page, 'ready');
  await press(nextButton(second.page));
  await expect.poll(() => finished(second.page).count()).toBe(1);
  await expectSaved(second.page);
  // A finished lesson stays finished after a reload.
  await reloadWhenIdle(second.page, { font: true });
  await expect.poll(() => finished(second.page).count(), { timeout: 30_000 }).toBe(1);

  // Another student on the same device starts at the beginning: progress is per nickname.
  await press(second.page.getByRole('button', { name: '다른 학생' }));
  await pickNickname(second.page, '별', 'new');
  // A new student is asked their age band: nothing of 하늘's run carries over.
  await second.page.getByRole('button', { name: '중학생', exact: true }).waitFor({ timeout: 30_000 });
  await afterPick(second.page, '중학생');
  await expectStep(second.page, 'hello');
  expect(await finished(second.page).count()).toBe(0);
  expect(second.problems).toEqual([]);
  await context.close();
});

/** The browser's own process (not a renderer or helper) for a profile folder. */
function browserPids(dir: string): number[] {
  const out = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return out.split('\n').filter((l) => l.includes(`--user-data-dir=${dir}`) && !l.includes('--type=')).map((l) => Number(l.trim().split(/\s+/)[0]));
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return !/^Z/.test(execFileSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' }).trim());
  } catch {
    return false;
  }
};

/** SIGKILL to the profile's browser process, as a crash or a pulled plug would; waits until it is gone. */
async function killBrowser(context: BrowserContext, dir: string, pids: number[]): Promise<void> {
  for (const pid of pids) process.kill(pid, 'SIGKILL');
  await expect.poll(() => pids.some(alive), { timeout: 20_000 }).toBe(false);
  await context.close().catch(() => {});
}

/** The raw log as the teacher's desk exports it, from a page of this browser (PIN set or entered). */
async function exportLog(context: BrowserContext, stage: 'set' | 'enter'): Promise<NativeFile> {
  const desk = await guardedPage(context);
  await openDesk(desk.page, '1357', stage);
  const file = JSON.parse((await exportFile(desk.page, '원본 기록 (JSON, 다른 기기로 합치기)')).bytes.toString('utf8')) as NativeFile;
  expect(desk.problems).toEqual([]);
  await desk.page.close();
  return file;
}

test('the browser killed mid-write, twice: relaunched on the same profile, the log holds whole steps only and the student resumes there and finishes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'climatexr-profile-'));
  const launchProfile = () => chromium.launchPersistentContext(dir, { executablePath: process.env.CHROMIUM_PATH!, args: DOM_ONLY_ARGS, headless: true, viewport: VIEWPORT });
  const welcome = lessonFile('welcome');
  let context: BrowserContext = await launchProfile();
  const outcomes: string[] = [];
  try {
    const first = await guardedPage(context);
    await openLessonAs(first.page, 'welcome', '바람', { expect: 'new' });
    await expectStep(first.page, 'hello');
    await expectSaved(first.page);
    expect(first.problems).toEqual([]);

    // A burst of presses in the page (Next, Back, Next, … each once the step has changed), so writes
    // follow one another without pause; the browser is killed in the middle of them.
    const BURST = 400;
    const pids = browserPids(dir);
    expect(pids.length, 'the browser process of this profile').toBeGreaterThan(0);
    await first.page.evaluate((n) => {
      let pressed = 0;
      const tick = () => {
        if (pressed >= n) return;
        const step = document.querySelector('[data-step]')?.getAttribute('data-step');
        const want = pressed % 2 === 0 ? 'hello' : 'how-to-press';
        if (step === want) {
          const label = pressed % 2 === 0 ? '다음' : '이전';
          [...document.querySelectorAll<HTMLButtonElement>('.step-nav button')].find((b) => b.textContent === label)!.click();
          pressed++;
          (window as unknown as { __pressed: number }).__pressed = pressed;
        }
        setTimeout(tick, 1);
      };
      tick();
    }, BURST);
    await first.page.waitForFunction(() => ((window as unknown as { __pressed?: number }).__pressed ?? 0) >= 30, null, { polling: 10 });
    await killBrowser(context, dir, pids);

    // Relaunched on the same folder: the log is the records of exactly k whole presses (never a part
    // of one), and the student, picking their nickname again, is on the step those k presses lead to.
    context = await launchProfile();
    const log = await exportLog(context, 'set');
    checkLogIntegrity(log, { contiguous: true });
    const profile = log.profiles.find((p) => p.nickname === '바람')!;
    const records = recordsOf(log, profile.id, 'welcome');
    const presses = (k: number): RunnerEvent[] => Array.from({ length: k }, (_, i) => ({ type: i % 2 === 0 ? 'next' : 'back' }));
    const k = Array.from({ length: BURST + 1 }, (_, i) => i).find((i) => JSON.stringify(expectedRecords(welcome, 'middle', presses(i))) === JSON.stringify(records));
    expect(k, `the log after the kill is whole presses: ${records.map((r) => r.kind).join(', ')}`).toBeDefined();
    outcomes.push(`first kill after ${k} of ${BURST} presses written`);
    expect(k!, 'the burst was under way when the browser was killed').toBeGreaterThan(0);
    const second = await guardedPage(context);
    await openLessonAs(second.page, 'welcome', '바람', { expect: 'existing', band: null });
    await expectStep(second.page, k! % 2 === 0 ? 'hello' : 'how-to-press');
    const events = presses(k!);
    if (k! % 2 === 0) {
      await next(second.page, 'how-to-press');
      events.push({ type: 'next' });
    }
    await next(second.page, 'try-it');
    await answerWelcome(second.page, WELCOME.right);
    await expectWelcomeAnsweredRight(second.page);
    await next(second.page, 'ready');
    events.push({ type: 'next' }, { type: 'answer', value: 'take-off' }, { type: 'next' });
    await expectSaved(second.page);
    expect(second.problems).toEqual([]);

    // The last Next (the lesson's completion, written with strict durability), killed at once.
    const again = browserPids(dir);
    await nextButton(second.page).click();
    await killBrowser(context, dir, again);

    context = await launchProfile();
    const third = await guardedPage(context);
    await openLessonAs(third.page, 'welcome', '바람', { expect: 'existing', band: null });
    await expectStep(third.page, 'ready');
    const done = (await finished(third.page).count()) === 1;
    outcomes.push(`second kill: ${done ? 'finished' : 'on ready, not finished'}`);
    if (!done) {
      await press(nextButton(third.page));
      await expect.poll(() => finished(third.page).count()).toBe(1);
    }
    events.push({ type: 'next' });
    await expectSaved(third.page);

    // The teacher's desk on this profile: finished with full marks; the log is exactly one run's records.
    await openDesk(third.page, '1357', 'enter');
    const rows = await deskShows(third.page, ['바람']);
    expect(rows[0]!.status['처음 오신 걸 환영해요']).toBe('completed');
    expect(rows[0]!.cells['처음 오신 걸 환영해요']).toContain('100%');
    const file = JSON.parse((await exportFile(third.page, '원본 기록 (JSON, 다른 기기로 합치기)')).bytes.toString('utf8')) as NativeFile;
    checkLogIntegrity(file, { contiguous: true });
    expect(recordsOf(file, profile.id, 'welcome')).toEqual(expectedRecords(welcome, 'middle', events));
    expect(third.problems).toEqual([]);
    console.info(`SIGKILL outcomes: ${outcomes.join('; ')}`);
  } finally {
    await context.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
});
