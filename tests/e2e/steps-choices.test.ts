import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { formatKg } from '../../src/app/views/numbers.ts';
import type { Language } from '../../src/lesson/common.ts';
import { loadLesson } from '../../src/lesson/load.ts';
import type { Lesson } from '../../src/lesson/schema.ts';
import { footprintSummary } from '../../src/runner/footprint.ts';
import { start, transition } from '../../src/runner/runner.ts';
import type { RunnerEvent } from '../../src/runner/types.ts';
import { afterFrames, baseUrl, guardedPage, launch, renderInfo, reviewShot, scene3dHasText, waitForObject } from './browser.ts';
import { clickUntil } from './play.ts';
import { emulateQuest3, VR_WINDOW, xrFrames } from './xr.ts';

/**
 * tests/fixtures/e2e/choices.json (four footprint steps, one per consequence, quizzes, a pledge, a
 * summary) stands in for the example-summary lesson: the test serves it in place of that lesson's
 * chunk, checked by the same loader the build uses.
 */
const SLOT = 'examples/example-summary';
const text = readFileSync(new URL('../fixtures/e2e/choices.json', import.meta.url), 'utf8').replace('"id": "choices-e2e"', '"id": "example-summary"');
const loaded = loadLesson(text, `lessons/${SLOT}.json`);
if (!loaded.ok) throw new Error('tests/fixtures/e2e/choices.json does not load');
const lesson: Lesson = loaded.lesson;

/** What the runner says the student's yearly total is after these choices, as the app prints it. */
function expectedTotal(lang: Language, ...events: RunnerEvent[]): string {
  let s = start(lesson, 'middle').state;
  for (const e of events) s = transition(lesson, { ...s, stepId: stepFor(e) ?? s.stepId }, e).state;
  return formatKg(footprintSummary(lesson, s).totalKgPerYear, lang);
}
function stepFor(e: RunnerEvent): string | undefined {
  if (e.type !== 'choose') return undefined;
  return lesson.steps.find((s) => s.type === 'footprint' && s.options.some((o) => o.id === e.optionId))?.id;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function open(context: BrowserContext, lang: Language, vr: boolean): Promise<{ page: Page; problems: string[] }> {
  const g = await guardedPage(context);
  if (vr) await emulateQuest3(g.page);
  await g.page.addInitScript((l) => localStorage.setItem('climatexr.lang', l), lang);
  await g.page.route(/\/assets\/example-summary-[\w-]+\.js$/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: `export default ${JSON.stringify(loaded)};` }));
  await g.page.goto(`${baseUrl()}?e2e#/lesson/${SLOT}`);
  return g;
}

/** A new nickname typed and created from the keyboard, then the age band chosen the same way. */
async function signIn(page: Page, nickname: string, band: string): Promise<void> {
  await tabTo(page, page.getByLabel(/별명|Nickname/));
  await page.keyboard.type(nickname);
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: band, exact: true }));
  await page.keyboard.press('Enter');
  await page.locator('[data-step]').waitFor({ timeout: 30_000 });
}

/** axe-core findings that block or seriously hinder someone: there must be none. */
async function serious(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).analyze();
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** Presses Tab until `target` has focus: proves it is reachable from the keyboard. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

const stepId = (page: Page) => page.locator('[data-step]').getAttribute('data-step');
const shownTotal = (page: Page) => page.locator('[data-bar="total"] .bar-value').first().textContent();

/** The balloons: how many show (non-zero scale) and how often their matrices were rewritten. */
function balloons(page: Page): Promise<{ shown: number; writes: number }> {
  return page.evaluate(() => {
    const m = (window as unknown as { __climatexr: { scene: { getObjectByName(n: string): { count: number; instanceMatrix: { array: Float32Array; version: number } } } } }).__climatexr.scene.getObjectByName('balloons');
    let shown = 0;
    for (let i = 0; i < m.count; i++) if (Math.hypot(m.instanceMatrix.array[i * 16]!, m.instanceMatrix.array[i * 16 + 1]!, m.instanceMatrix.array[i * 16 + 2]!) > 0.5) shown++;
    return { shown, writes: m.instanceMatrix.version };
  });
}


test('desktop, keyboard alone (Korean), reduced motion: footprint choices, a pledge and the summary add up as the runner does', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block', reducedMotion: 'reduce' });
  const { page, problems } = await open(context, 'ko', false);
  const info: Record<string, { calls: number; triangles: number }> = {};
  const next = async () => {
    const before = await stepId(page);
    await tabTo(page, page.getByRole('button', { name: '다음', exact: true }));
    await page.keyboard.press('Enter');
    await expect.poll(() => stepId(page)).not.toBe(before);
  };

  await signIn(page, '초록별', '중학생');
  await tabTo(page, page.getByRole('button', { name: '두부' }));
  await page.keyboard.press('Enter');
  await next();

  // Travel: Tab reaches the first radio, arrow keys choose (bike, bus, car).
  expect(await stepId(page)).toBe('travel');
  await expect.poll(() => shownTotal(page)).toBe('1년 0 kg CO₂e');
  await tabTo(page, page.getByRole('radio', { name: '걷기' }));
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await expect.poll(() => page.getByRole('radio', { name: '자동차(혼자 타기)' }).isChecked()).toBe(true);
  const afterCar = expectedTotal('ko', { type: 'choose', optionId: 'car' });
  expect(afterCar).toBe('146');
  await expect.poll(() => shownTotal(page)).toBe(`1년 ${afterCar} kg CO₂e`);
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'CO₂e 풍선 15개' }).count()).toBe(1);
  await waitForObject(page, 'footprint:car');
  await expect.poll(() => scene3dHasText(page, `1년 ${afterCar} kg CO₂e`)).toBe(true);
  // Reduced motion: the 15 balloons are simply there, and nothing moves (or is rewritten) while idle.
  await expect.poll(async () => (await balloons(page)).shown, { timeout: 20_000 }).toBe(15);
  const still = (await balloons(page)).writes;
  await afterFrames(page, 30);
  expect((await balloons(page)).writes).toBe(still);
  info.footprintBalloons = await renderInfo(page);
  expect(await serious(page)).toEqual([]);
  await reviewShot(page, 'desktop-footprint-balloons-ko');
  await next();

  // Lunch: Space picks the focused radio.
  await tabTo(page, page.getByRole('radio', { name: '소고기' }));
  await page.keyboard.press('Space');
  const afterBeef = expectedTotal('ko', { type: 'choose', optionId: 'car' }, { type: 'choose', optionId: 'beef' });
  expect(afterBeef).toBe('3,777');
  await expect.poll(() => shownTotal(page)).toBe(`1년 ${afterBeef} kg CO₂e`);
  await waitForObject(page, 'tree-crowns');
  info.footprintTrees = await renderInfo(page);
  await reviewShot(page, 'desktop-footprint-trees-ko');
  await next();

  await tabTo(page, page.getByRole('radio', { name: '아껴 쓰기' }));
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => page.getByRole('radio', { name: '평소처럼' }).isChecked()).toBe(true);
  await waitForObject(page, 'thermometer-column');
  info.footprintThermometer = await renderInfo(page);
  await reviewShot(page, 'desktop-footprint-thermometer-ko');
  await next();

  // Arrow keys go both ways: down to the last option, back up to the first.
  await tabTo(page, page.getByRole('radio', { name: '선풍기' }));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => page.getByRole('radio', { name: '에어컨 18 °C' }).isChecked()).toBe(true);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => page.getByRole('radio', { name: '선풍기' }).isChecked()).toBe(true);
  const all = expectedTotal('ko', ...(['car', 'beef', 'usual', 'fan'] as const).map((optionId) => ({ type: 'choose' as const, optionId })));
  await expect.poll(() => shownTotal(page)).toBe(`1년 ${all} kg CO₂e`);
  await waitForObject(page, 'sea-water');
  info.footprintSea = await renderInfo(page);
  await reviewShot(page, 'desktop-footprint-sea-ko');
  await next();

  await tabTo(page, page.getByRole('button', { name: '소고기' }));
  await page.keyboard.press('Enter');
  await next();

  // Pledge: a checkbox from the list, then one built from two selects, then remove and re-add.
  expect(await stepId(page)).toBe('pledge');
  await tabTo(page, page.getByRole('checkbox', { name: '소고기 대신 닭고기, 두부, 채소 더 자주 고르기' }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('combobox', { name: '무엇을' }));
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => page.getByRole('combobox', { name: '무엇을' }).inputValue()).toBe('meat-free');
  await tabTo(page, page.getByRole('button', { name: '약속에 넣기' }));
  await page.keyboard.press('Enter');
  const mine = page.locator('.pl-mine li');
  await expect.poll(() => mine.allTextContents()).toEqual(['소고기 대신 닭고기, 두부, 채소 더 자주 고르기빼기', '학교 가는 날마다 고기 없는 점심 고르기빼기']);
  await tabTo(page, page.getByRole('button', { name: '빼기: 소고기 대신 닭고기, 두부, 채소 더 자주 고르기' }));
  await page.keyboard.press('Enter');
  await expect.poll(() => mine.count()).toBe(1);
  await tabTo(page, page.getByRole('checkbox', { name: '소고기 대신 닭고기, 두부, 채소 더 자주 고르기' }));
  await page.keyboard.press('Space');
  await expect.poll(() => mine.count()).toBe(2);
  await waitForObject(page, 'pledge:lunch');
  info.pledge = await renderInfo(page);
  expect(await serious(page)).toEqual([]);
  await reviewShot(page, 'desktop-pledge-ko');
  await next();

  // Summary: score, pre → post, the same total, the biggest saving first, pledges, sources as safe links.
  expect(await stepId(page)).toBe('summary');
  await expect.poll(() => page.getByText('1 / 1점').isVisible()).toBe(true);
  await expect.poll(() => page.getByText('100 g 한 그릇 가운데 탄소 발자국이 가장 큰 것은? — 틀림 → 맞음').isVisible()).toBe(true);
  await expect.poll(() => page.getByText(`나의 1년: ${all} kg CO₂e`).isVisible()).toBe(true);
  await expect.poll(() => shownTotal(page)).toBe(`1년 ${all} kg CO₂e`);
  await expect.poll(() => page.locator('.sm-section ol li').first().textContent()).toBe('점심 식판에 무엇을 담을까요? — 소고기 → 두부, 1년 3,516 kg CO₂e 줄어요');
  await expect.poll(() => page.getByText('학교 가는 날마다 고기 없는 점심 고르기').isVisible()).toBe(true);
  const link = page.getByRole('link', { name: /ourworldindata\.org\/travel-carbon-footprint/ });
  expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
  expect(await link.getAttribute('target')).toBe('_blank');
  await expect.poll(() => scene3dHasText(page, `나의 1년: ${all} kg CO₂e`)).toBe(true);
  await waitForObject(page, 'summary-tab:sources');
  info.summary = await renderInfo(page);
  expect(await serious(page)).toEqual([]);
  await reviewShot(page, 'desktop-summary-ko', { fullPage: true });

  // A phone: the panel fits 390 px without sideways scrolling.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await reviewShot(page, 'phone-summary-ko', { fullPage: true });

  console.log('render info per step (desktop)', JSON.stringify(info));
  for (const [k, v] of Object.entries(info)) expect(v.calls, k).toBeLessThanOrEqual(40);
  expect(problems).toEqual([]);
  await context.close();
}, 240_000);

test('emulated Quest 3 (English): the same sequence with controller clicks', async () => {
  // A small window: IWER draws both eyes at the window's size, on the CPU (see playthrough-vr).
  const context = await browser.newContext({ viewport: VR_WINDOW, serviceWorkers: 'block' });
  const { page, problems } = await open(context, 'en', true);
  const info: Record<string, { calls: number; triangles: number }> = {};
  const next = async () => {
    const before = await stepId(page);
    await clickUntil(page, 'nav:next', async () => (await stepId(page)) !== before);
  };
  const checked = (name: string) => () => page.getByRole('radio', { name, exact: true }).isChecked();
  const answered = () => page.locator('.feedback.ok, .feedback.no').count().then((n) => n > 0);
  const pledges = () => page.locator('.pl-mine li > span').allTextContents();
  await signIn(page, 'Green star', 'Middle school');
  const enter = page.getByRole('button', { name: /VR/ });
  await expect.poll(() => enter.isEnabled()).toBe(true);
  // The 3D view covers part of so small a window: Enter VR pressed from the keyboard.
  await enter.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => !!(window as unknown as { __xrDevice: { activeSession?: unknown } }).__xrDevice.activeSession)).toBe(true);
  // The XR origin settles (recentering on the first head pose) in the first frames of the session.
  // The left controller points at the floor, so its ray's hover is never taken for the right one's.
  await xrFrames(page, 10);
  await page.evaluate(() => {
    type Pose = { position: { set(x: number, y: number, z: number): void }; quaternion: { set(x: number, y: number, z: number, w: number): void } };
    const left = (window as unknown as { __xrDevice: { controllers: { left: Pose } } }).__xrDevice.controllers.left;
    left.position.set(-0.3, 0.9, -0.2);
    left.quaternion.set(-Math.SQRT1_2, 0, 0, Math.SQRT1_2);
  });

  await waitForObject(page, 'answer:beef');
  await clickUntil(page, 'answer:beef', answered);
  await next();

  await waitForObject(page, 'footprint:bus');
  await clickUntil(page, 'footprint:bus', checked('Bus'));
  await clickUntil(page, 'footprint:car', checked('Car, driven alone'));
  const afterCar = expectedTotal('en', { type: 'choose', optionId: 'bus' }, { type: 'choose', optionId: 'car' });
  await expect.poll(() => shownTotal(page)).toBe(`${afterCar} kg CO₂e a year`);
  await expect.poll(() => scene3dHasText(page, `${afterCar} kg CO₂e a year`)).toBe(true);
  // Motion allowed: the balloons rise to 15 and keep swaying.
  await expect.poll(async () => (await balloons(page)).shown, { timeout: 20_000 }).toBe(15);
  const swaying = (await balloons(page)).writes;
  await xrFrames(page, 5);
  expect((await balloons(page)).writes).toBeGreaterThan(swaying);
  info.footprintBalloons = await renderInfo(page);
  await reviewShot(page, 'vr-footprint-balloons-en');
  await next();

  await waitForObject(page, 'footprint:chicken');
  await clickUntil(page, 'footprint:chicken', checked('Chicken'));
  await waitForObject(page, 'tree-crowns');
  info.footprintTrees = await renderInfo(page);
  await reviewShot(page, 'vr-footprint-trees-en');
  await next();
  await waitForObject(page, 'footprint:all-on');
  await clickUntil(page, 'footprint:all-on', checked('Everything left on'));
  await waitForObject(page, 'thermometer-column');
  info.footprintThermometer = await renderInfo(page);
  await reviewShot(page, 'vr-footprint-thermometer-en');
  await next();
  await waitForObject(page, 'footprint:ac-26');
  await clickUntil(page, 'footprint:ac-26', checked('Air conditioner at 26 °C'));
  await waitForObject(page, 'sea-water');
  info.footprintSea = await renderInfo(page);
  await reviewShot(page, 'vr-footprint-sea-en');
  const all = expectedTotal('en', ...(['car', 'chicken', 'all-on', 'ac-26'] as const).map((optionId) => ({ type: 'choose' as const, optionId })));
  await expect.poll(() => shownTotal(page)).toBe(`${all} kg CO₂e a year`);
  await next();

  await waitForObject(page, 'answer:beef');
  await clickUntil(page, 'answer:beef', answered);
  await next();

  // Pledge: one from the list, one built on the second tab, then the list one removed from the left card.
  await waitForObject(page, 'pledge:travel');
  await clickUntil(page, 'pledge:travel', async () => (await pledges()).length === 1);
  await clickUntil(page, 'pledge-tab:compose', () => page.evaluate(() => !!(window as unknown as { __climatexr: { scene: { getObjectByName(n: string): unknown } } }).__climatexr.scene.getObjectByName('compose:action:next')));
  const composeSelect = (label: string) => page.getByRole('combobox', { name: label }).inputValue();
  await clickUntil(page, 'compose:action:next', async () => (await composeSelect('What')) === 'meat-free');
  await clickUntil(page, 'compose:time:next', async () => (await composeSelect('When')) === 'weekly');
  await clickUntil(page, 'pledge:compose', async () => (await pledges()).length === 2);
  const mine = page.locator('.pl-mine li > span');
  await expect.poll(() => mine.allTextContents()).toEqual(['Walk, cycle or take the bus or subway to school', 'I will choose a meat-free lunch once a week']);
  info.pledge = await renderInfo(page);
  await reviewShot(page, 'vr-pledge-en');
  await clickUntil(page, 'unpledge:opt:travel', async () => (await pledges()).length === 1);
  await expect.poll(() => mine.allTextContents()).toEqual(['I will choose a meat-free lunch once a week']);
  await next();

  await expect.poll(() => page.getByText(`Your year: ${all} kg CO₂e`).isVisible()).toBe(true);
  await expect.poll(() => scene3dHasText(page, `Your year: ${all} kg CO₂e`)).toBe(true);
  await expect.poll(() => scene3dHasText(page, 'I will choose a meat-free lunch once a week')).toBe(true);
  info.summary = await renderInfo(page);
  await reviewShot(page, 'vr-summary-en');
  await waitForObject(page, 'summary-tab:sources');
  await clickUntil(page, 'summary-tab:sources', () => scene3dHasText(page, 'https://ourworldindata.org/travel-carbon-footprint'));
  await expect.poll(() => scene3dHasText(page, 'https://ourworldindata.org/travel-carbon-footprint')).toBe(true);
  info.summarySources = await renderInfo(page);
  await reviewShot(page, 'vr-summary-sources-en');

  console.log('render info per step (VR, both eyes and controllers)', JSON.stringify(info));
  expect(problems).toEqual([]);
  await context.close();
}, 420_000);
