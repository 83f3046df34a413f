import { chromium, type Browser, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterEach, expect, test } from 'vitest';
import { afterFrames, CHROMIUM_ARGS, guardedPage, startLesson, waitForObject } from './browser.ts';

// Each test serves the build itself (it stops and restarts the server), with no service worker: the
// situation of a lesson chunk that was never saved on this device.
const serve = (port = 0): Promise<PreviewServer> =>
  preview({ build: { outDir: process.env.E2E_DIST ?? 'dist' }, preview: { port, strictPort: port !== 0, host: '127.0.0.1' }, logLevel: 'warn' });

let browser: Browser | null = null;
let servers: PreviewServer[] = [];
afterEach(async () => {
  await browser?.close();
  browser = null;
  for (const s of servers) await s.close().catch(() => {});
  servers = [];
});

const SERVER_STOPPED = '선생님 노트북의 수업 서버가 멈췄을 수 있어요';
const OFFLINE_LESSON = '인터넷이 끊겼고, 이 수업은 아직 이 기기에 저장되지 않았어요';
const OFFLINE_PART = '인터넷이 끊겼고, 이 부분은 아직 이 기기에 저장되지 않았어요';

/**
 * The failures these tests cause on purpose, and nothing else: requests for the named chunks, the error
 * React reports when the boundary catches one (it names the chunk), and the "Failed to load resource"
 * console line Chromium prints for each failed request (it names no URL, so they are counted).
 */
function unexpected(problems: string[], chunks: RegExp): string[] {
  const failedRequest = (p: string) => p.startsWith('request failed: ') && chunks.test(p.split(' ')[2]!);
  const caught = (p: string) => p.startsWith('console error: TypeError: Failed to fetch dynamically imported module: ') && chunks.test(p.split(' ').at(-1)!);
  const caused = problems.filter((p) => failedRequest(p) || caught(p));
  const rest = problems.filter((p) => !caused.includes(p));
  let allowed = caused.filter(failedRequest).length;
  return rest.filter((p) => !(/^console error: Failed to load resource: net::ERR_(CONNECTION_REFUSED|INTERNET_DISCONNECTED)$/.test(p) && allowed-- > 0));
}

/** Resolves once the page has had no request in flight over five drawn frames (font, step chunks, …). */
async function quiet(page: Page): Promise<void> {
  const inFlight = new Set<unknown>();
  page.on('request', (r) => inFlight.add(r));
  page.on('requestfinished', (r) => inFlight.delete(r));
  page.on('requestfailed', (r) => inFlight.delete(r));
  let calm = 0;
  for (let i = 0; i < 600 && calm < 5; i++) {
    await afterFrames(page, 1);
    calm = inFlight.size ? 0 : calm + 1;
  }
}

test('a lesson that cannot be fetched says why, in Korean, and Retry loads it once the server is back', async () => {
  const first = await serve();
  servers.push(first);
  const url = first.resolvedUrls!.local[0]!;
  const port = Number(new URL(url).port);
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH!, headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { page, problems } = await guardedPage(context, url);
  // Straight to one lesson: the home page (which fetches every lesson) and the other lessons stay unloaded.
  await startLesson(page, 'welcome', { base: url });
  await expect.poll(() => page.locator('[data-step]').getAttribute('data-step')).toBe('hello');
  await waitForObject(page, 'nav:next'); // the 3D view is up (its font fetched), so nothing is half-way
  await page.evaluate(() => document.fonts.ready);
  await quiet(page);

  // The laptop stops serving; the student follows a link to another lesson.
  await first.close();
  await page.evaluate(() => { location.hash = '#/lesson/examples/example-quiz'; });
  const alert = page.getByRole('alert');
  await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toContain(SERVER_STOPPED);
  const retry = page.getByRole('button', { name: '다시 시도' });
  expect(await retry.count()).toBe(1);
  expect(await page.getByText('수업을 불러오는 중…').count()).toBe(0);

  // Offline now: Retry fails again, and the sentence says so.
  await context.setOffline(true);
  await retry.click();
  await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toContain(OFFLINE_LESSON);

  // The home screen's own chunks (Home, and ProblemList beside it) were never fetched: the error boundary speaks, and going back to the
  // lesson that is already here clears it (the boundary resets on a route change).
  await page.evaluate(() => { location.hash = '#/'; });
  await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toContain(OFFLINE_PART);
  await page.evaluate(() => { location.hash = '#/lesson/welcome'; });
  await expect.poll(() => page.locator('[data-step]').getAttribute('data-step'), { timeout: 15_000 }).toBe('hello');
  expect(await page.getByText(OFFLINE_PART).count()).toBe(0);

  // Back to the lesson that failed, still offline; then the laptop serves again and Retry loads it.
  await page.evaluate(() => { location.hash = '#/lesson/examples/example-quiz'; });
  await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toContain(OFFLINE_LESSON);
  servers.push(await serve(port));
  await context.setOffline(false);
  await page.getByRole('button', { name: '다시 시도' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 }).toBe('예시: 퀴즈 네 가지');
  await page.getByRole('button', { name: '중학생', exact: true }).click();
  await page.locator('[data-step]').waitFor({ timeout: 30_000 });
  expect(await page.getByText(OFFLINE_LESSON).count()).toBe(0);

  // While it was down, the browser also asked for the tab's icon again on each route.
  expect(unexpected(problems, /\/assets\/(example-quiz|Home|ProblemList)-[\w-]+\.js$|\/favicon\.svg$/)).toEqual([]);
});

test('one lesson that cannot be fetched does not hide the others, on the home page or the teacher\'s desk', async () => {
  const server = await serve();
  servers.push(server);
  const url = server.resolvedUrls!.local[0]!;
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH!, headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { page, problems } = await guardedPage(context, url);
  // Two lesson chunks the server does not answer (as if it stopped half-way through the page).
  const carbon = /\/assets\/my-carbon-day-[\w-]+\.js$/;
  const city = /\/assets\/hot-city-green-city-[\w-]+\.js$/;
  await page.route(carbon, (r) => r.abort('connectionrefused'));
  await page.route(city, (r) => r.abort('connectionrefused'));

  await page.goto(`${url}#/`);
  await expect.poll(() => page.getByRole('link', { name: '처음 오신 걸 환영해요' }).count(), { timeout: 30_000 }).toBe(1);
  for (const title of ['깨끗한 물의 여행', '나에서 우리 도시로']) expect(await page.getByRole('link', { name: title }).count(), title).toBe(1);
  const card = page.locator('li.card', { hasText: 'lessons/my-carbon-day.json' });
  expect(await card.getByRole('alert').textContent()).toContain(SERVER_STOPPED);
  expect(await page.locator('li.card', { hasText: 'lessons/hot-city-green-city.json' }).getByRole('alert').count()).toBe(1);

  // The server answers again for one of them: its card's Retry shows the lesson.
  await page.unroute(carbon);
  await card.getByRole('button', { name: '다시 시도' }).click();
  await expect.poll(() => page.getByRole('link', { name: '나의 탄소 하루' }).count(), { timeout: 15_000 }).toBe(1);
  expect(await page.locator('li.card', { hasText: 'lessons/my-carbon-day.json' }).count()).toBe(0);

  // The teacher's desk opens with the lessons that loaded, says one is missing, and Retry fetches it.
  await page.evaluate(() => { location.hash = '#/teacher'; });
  const note = page.getByRole('alert').filter({ hasText: '불러오지 못한 수업이 있어요' });
  await expect.poll(() => note.count(), { timeout: 30_000 }).toBe(1);
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 15_000 });
  await page.unroute(city);
  await note.getByRole('button', { name: '다시 시도' }).click();
  await expect.poll(() => note.count(), { timeout: 15_000 }).toBe(0);

  expect(unexpected(problems, new RegExp(`${carbon.source}|${city.source}`))).toEqual([]);
});
