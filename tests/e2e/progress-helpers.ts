import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { expect, vi } from 'vitest';
import { loadLesson } from '../../src/lesson/load.ts';
import type { Lesson } from '../../src/lesson/schema.ts';
import { start, transition } from '../../src/runner/runner.ts';
import type { AgeBand, LogRecord, RunnerEvent, RunnerState } from '../../src/runner/types.ts';
import { baseUrl, CHROMIUM_ARGS, scene3dHasText } from './browser.ts';

/**
 * What the progress tests do and read as a student or a teacher would: the lesson's URL, the nickname
 * list, the Next button, the save indicator, the teacher's desk and its downloads.
 */

/**
 * Chromium without WebGL: the app's DOM layer carries the lesson (the 3D view says it cannot draw).
 * Progress does not depend on the 3D view, and SwiftShader drawing two tabs at once on a two-core
 * machine would make these tests minutes long. The resume test keeps WebGL and checks the 3D panel.
 */
export const DOM_ONLY_ARGS = [...CHROMIUM_ARGS, '--disable-3d-apis'];
export const VIEWPORT = { width: 1024, height: 720 };

export function launchDomOnly(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH!, headless: true, args: DOM_ONLY_ARGS });
}

/**
 * expect.poll waits up to 15 s in these files (the default is 1 s): the desk re-reads at most once a
 * second after a change, and a two-core machine drawing with SwiftShader is slow. Polls still end as
 * soon as they pass.
 */
export function patientPolls(): void {
  vi.setConfig({ expect: { poll: { timeout: 15_000, interval: 50 } } });
}

/** welcome.json: 4 steps; the quiz "try-it" is right with 'take-off'. */
export const WELCOME = {
  right: '헤드셋을 벗고 선생님께 말한다',
  wrong: '끝까지 참고 계속한다',
  explanation: '언제든 헤드셋을 벗어도 괜찮아요.',
} as const;

export function lessonFile(path: string): Lesson {
  const r = loadLesson(readFileSync(new URL(`../../lessons/${path}.json`, import.meta.url), 'utf8'), `lessons/${path}.json`);
  if (!r.ok) throw new Error(`lessons/${path}.json does not load`);
  return r.lesson;
}

export const stepOf = (page: Page) => page.locator('[data-step]');
export const currentStep = (page: Page) => stepOf(page).getAttribute('data-step', { timeout: 30_000 });
export const feedback = (page: Page) => stepOf(page).locator('.feedback');
export const nextButton = (page: Page) => page.locator('.step-nav').getByRole('button', { name: '다음', exact: true });
export const backButton = (page: Page) => page.locator('.step-nav').getByRole('button', { name: '이전', exact: true });
export const finished = (page: Page) => page.locator('.notice.done[role="status"]').filter({ hasText: '수업을 마쳤어요!' });
export const saveStatus = (page: Page) => page.locator('.save-status');

/**
 * Opens a lesson by its URL as `nickname`: picked from the device's list when it is there ("<name> 선택"),
 * else created; then the age band when the lesson asks (a resumed lesson does not).
 */
export async function openLessonAs(page: Page, id: string, nickname: string, opts: { band?: '중학생' | '고등학생' | null; expect?: 'existing' | 'new' } = {}): Promise<void> {
  await page.goto(`${baseUrl()}?e2e#/lesson/${id}`);
  await pickNickname(page, nickname, opts.expect);
  await afterPick(page, opts.band);
}

/**
 * After the nickname: the age band when the lesson asks for it. `band: null` means a resumed lesson,
 * which must not ask again (the saved run knows its band).
 */
export async function afterPick(page: Page, bandName: '중학생' | '고등학생' | null = '중학생'): Promise<void> {
  const band = page.getByRole('button', { name: /^(중학생|고등학생)$/ });
  await band.or(stepOf(page)).first().waitFor({ timeout: 30_000 });
  if (bandName === null) expect(await band.count(), 'a resumed lesson does not ask for the age band again').toBe(0);
  else if (await band.count()) await press(page.getByRole('button', { name: bandName, exact: true }));
  await stepOf(page).waitFor({ timeout: 30_000 });
}

/** On the lesson's "who are you?" page: picks the nickname from the list, or makes it. */
export async function pickNickname(page: Page, nickname: string, expected?: 'existing' | 'new'): Promise<void> {
  const field = page.getByLabel('별명 (1–20자)');
  await field.waitFor({ timeout: 30_000 });
  // The list is read from the database after the form shows: wait for it to settle.
  await page.getByText('아직 이 기기에 별명이 없어요.').or(page.locator('.profile-list')).first().waitFor({ timeout: 30_000 });
  const existing = page.getByRole('button', { name: `${nickname} 선택`, exact: true });
  if (expected) expect(await existing.count(), `${nickname} is ${expected === 'existing' ? '' : 'not '}in the device's list`).toBe(expected === 'existing' ? 1 : 0);
  if (await existing.count()) await press(existing);
  else {
    await field.fill(nickname);
    await press(page.getByRole('button', { name: '만들기', exact: true }));
  }
}

/**
 * Presses a button from the keyboard (focus, Enter), as a keyboard user does. Playwright's mouse click
 * waits about 2 s on its actionability checks in a tab that is not the front one, which would make
 * the two-tab test slow and keep the tabs from writing at the same moments.
 */
export async function press(target: Locator): Promise<void> {
  await target.press('Enter');
}

interface Traffic {
  /** URLs finished since the page last navigated. */
  done: string[];
}
const traffic = new WeakMap<Page, Traffic>();

/** Follows the page's requests from now on, for `reloadWhenIdle`; call it on a new page. */
export function trackRequests(page: Page): Page {
  const t: Traffic = { done: [] };
  page.on('requestfinished', (r) => { t.done.push(r.url()); });
  page.on('framenavigated', (f) => { if (f === page.mainFrame()) t.done = []; });
  traffic.set(page, t);
  return page;
}

/**
 * Reloads the page, with `font` once the 3D font has loaded (so the reloaded page is one whose 3D text
 * had been drawn). Requests the reload cancels are the reload's doing: guardedPage does not count them.
 */
export async function reloadWhenIdle(page: Page, opts: { font?: boolean } = {}): Promise<void> {
  const t = traffic.get(page);
  if (!t) throw new Error('trackRequests(page) first');
  if (opts.font) await expect.poll(() => t.done.some((u) => u.endsWith('/fonts/climatexr.woff')), { timeout: 30_000 }).toBe(true);
  await page.reload();
}

/** Waits for the shown step (polling; SwiftShader makes everything slow). */
export async function expectStep(page: Page, id: string): Promise<void> {
  await expect.poll(() => currentStep(page), { timeout: 30_000 }).toBe(id);
}

/** Presses Next in the panel and waits for the step it leads to. */
export async function next(page: Page, to: string): Promise<void> {
  await expect.poll(() => nextButton(page).isEnabled()).toBe(true);
  await press(nextButton(page));
  await expectStep(page, to);
}

export async function back(page: Page, to: string): Promise<void> {
  await press(backButton(page));
  await expectStep(page, to);
}

/** The save indicator says "저장됨" (everything written). */
export async function expectSaved(page: Page): Promise<void> {
  await expect.poll(() => saveStatus(page).textContent(), { timeout: 20_000 }).toBe('저장됨');
}

/** welcome's quiz answered right: feedback, explanation, the chosen option marked, the options locked. */
export async function expectWelcomeAnsweredRight(page: Page): Promise<void> {
  await expectStep(page, 'try-it');
  await expect.poll(() => feedback(page).getAttribute('class')).toContain('ok');
  await expect.poll(() => feedback(page).textContent()).toContain('정답이에요!');
  await expect.poll(() => feedback(page).textContent()).toContain(WELCOME.explanation);
  const chosen = stepOf(page).getByRole('button', { name: WELCOME.right, exact: true });
  await expect.poll(() => chosen.getAttribute('aria-pressed')).toBe('true');
  await expect.poll(() => chosen.isDisabled()).toBe(true);
  await expect.poll(() => nextButton(page).isEnabled()).toBe(true);
}

/** Answers welcome's quiz from the panel. */
export async function answerWelcome(page: Page, text: string): Promise<void> {
  await press(stepOf(page).getByRole('button', { name: text, exact: true }));
}

// ---------------------------------------------------------------------------------------------
// The runner as an oracle: the records a student doing these things must leave in the log.

export function expectedRecords(lesson: Lesson, band: AgeBand, events: RunnerEvent[]): LogRecord[] {
  const first = start(lesson, band);
  let state: RunnerState = first.state;
  const out: LogRecord[] = first.effects.flatMap((e) => (e.type === 'record' ? [e.record] : []));
  for (const event of events) {
    const t = transition(lesson, state, event);
    const rejected = t.effects.find((e) => e.type === 'rejected');
    if (rejected) throw new Error(`the runner refuses ${JSON.stringify(event)} on ${state.stepId}`);
    state = t.state;
    out.push(...t.effects.flatMap((e) => (e.type === 'record' ? [e.record] : [])));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The teacher's desk

/** Opens the desk (#/teacher) and sets the PIN on a device that has none, or enters it. */
export async function openDesk(page: Page, pin: string, stage: 'set' | 'enter'): Promise<void> {
  await page.goto(`${baseUrl()}?e2e#/teacher`);
  const heading = page.getByRole('heading', { name: stage === 'set' ? '이 기기의 교사용 PIN 정하기' : 'PIN을 입력하세요' });
  await heading.waitFor({ timeout: 30_000 });
  // A convenience lock, and the page says so.
  await expect.poll(() => page.getByText('보안 장치가 아니에요', { exact: false }).first().isVisible()).toBe(true);
  await page.getByLabel('PIN (숫자 4–8자리)').fill(pin);
  if (stage === 'set') {
    await page.getByLabel('PIN 다시 입력').fill(pin);
    await press(page.getByRole('button', { name: 'PIN 저장' }));
  } else await press(page.getByRole('button', { name: '열기' }));
  await page.getByRole('heading', { name: '교사용 화면' }).waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: '잠그기' }).waitFor();
}

export interface DeskRow {
  nickname: string;
  /** One per lesson column, as the teacher reads it (e.g. "✓ 완료, 점수 100%1분"). */
  cells: Record<string, string>;
  /** Per lesson column: completed | in-progress | none. */
  status: Record<string, string>;
}

/** The students × lessons table as shown: rows by nickname, cells by lesson title. */
export async function deskTable(page: Page): Promise<DeskRow[]> {
  return page.locator('.students table.desk-table').evaluate((table) => {
    const titles = [...table.querySelectorAll('thead th')].slice(1).map((th) => th.textContent!.trim());
    return [...table.querySelectorAll('tbody tr')].map((tr) => {
      const nickname = tr.querySelector('th')!.childNodes[0]!.textContent!.trim();
      const tds = [...tr.querySelectorAll('td')];
      return {
        nickname,
        cells: Object.fromEntries(tds.map((td, i) => [titles[i]!, td.textContent!.replace(/\s+/g, ' ').trim()])),
        status: Object.fromEntries(tds.map((td, i) => [titles[i]!, td.classList.contains('completed') ? 'completed' : td.classList.contains('in-progress') ? 'in-progress' : 'none'])),
      };
    });
  });
}

/** Waits until the table lists exactly these nicknames (in any order) and returns it. */
export async function deskShows(page: Page, nicknames: string[]): Promise<DeskRow[]> {
  await expect.poll(async () => (await page.locator('.students table.desk-table').count()) ? (await deskTable(page)).map((r) => r.nickname).sort() : [], { timeout: 30_000 })
    .toEqual([...nicknames].sort());
  return deskTable(page);
}

/** The desk's per-lesson panel for one lesson (picked by its title). */
export async function showLesson(page: Page, title: string): Promise<void> {
  await page.locator('.lesson-details select').selectOption({ label: title });
}

/** Presses an export button and returns the downloaded file's name and bytes. */
export async function exportFile(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), press(page.getByRole('button', { name: button, exact: true }))]);
  const path = await download.path();
  const name = download.suggestedFilename();
  await expect.poll(() => page.locator('.desk-tools').getByText(`${name} 파일을 만들었어요.`).count()).toBe(1);
  return { name, bytes: readFileSync(path) };
}

export interface NativeFile {
  format: string;
  version: number;
  deviceId: string;
  profiles: { id: string; nickname: string; deviceId: string }[];
  events: { id: string; deviceId: string; seq: number; profileId: string; lessonId: string; record: LogRecord }[];
}

/**
 * The log's invariants in an export: unique event ids; per device, seqs strictly increasing in the
 * file's (log) order, so never twice; with `contiguous`, exactly 1..n (nothing written was lost).
 */
export function checkLogIntegrity(file: NativeFile, opts: { contiguous?: boolean } = {}): void {
  const ids = file.events.map((e) => e.id);
  expect(new Set(ids).size, 'event ids are unique').toBe(ids.length);
  const byDevice = new Map<string, number[]>();
  for (const e of file.events) byDevice.set(e.deviceId, [...(byDevice.get(e.deviceId) ?? []), e.seq]);
  for (const [device, seqs] of byDevice) {
    for (let i = 1; i < seqs.length; i++) expect(seqs[i]!, `device ${device}: seq after ${seqs[i - 1]}`).toBeGreaterThan(seqs[i - 1]!);
    expect(seqs[0]!, `device ${device}: first seq`).toBeGreaterThan(0);
    if (opts.contiguous) expect(seqs, `device ${device}: seqs 1..n`).toEqual(seqs.map((_, i) => i + 1));
  }
}

/** The records of one student in one lesson, in log (seq) order. */
export function recordsOf(file: NativeFile, profileId: string, lessonId: string): LogRecord[] {
  return file.events.filter((e) => e.profileId === profileId && e.lessonId === lessonId).sort((a, b) => a.seq - b.seq).map((e) => e.record);
}

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; } else cell += c;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

export { scene3dHasText };
