import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { guardedPage, launch, startLesson, waitForObject } from './browser.ts';
import { exportFile, openDesk, showLesson } from './progress-helpers.ts';
import { enterVR, pinchWithHand, pokeWithHand, useHands, VR_WINDOW, emulateQuest3, xrFrames } from './xr.ts';

/**
 * The sort step (lessons/examples/example-sort.json) as students meet it on a phone and in a headset
 * with hands, and as the teacher finds it on the desk and in xAPI. Every step type's play with the
 * keyboard and the controller is in the playthrough tests.
 */
const LESSON = 'examples/example-sort';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

test('on a phone, in Korean and English: each item tapped into a bin, a wrong one kept over a reload, the score, the desk per item and xAPI', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, acceptDownloads: true });
  const { page, problems } = await guardedPage(context);
  await startLesson(page, LESSON, { nickname: '분리왕' });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  const status = page.locator('[data-step]').getByRole('status');
  const item = (name: string) => page.getByRole('group', { name });

  // A wrong bin: said at once; the item stays, that bin marked, and a reload keeps it so.
  await item('택배 상자: 어느 통에 버릴까요?').getByRole('button', { name: '종량제 봉투', exact: true }).tap();
  await expect.poll(() => status.textContent()).toContain('택배 상자 → 종량제 봉투: 아니에요. 다른 통을 골라 보세요. (남은 기회 1번)');
  await expect.poll(() => status.textContent()).toContain('3개 중 0개 분리했어요');
  await page.reload();
  const wrongBin = item('택배 상자: 어느 통에 버릴까요?').getByRole('button', { name: '종량제 봉투', exact: true });
  await expect.poll(() => wrongBin.getAttribute('class'), { timeout: 30_000 }).toContain('tone-wrong');

  // Right, with why; then the next one.
  await item('택배 상자: 어느 통에 버릴까요?').getByRole('button', { name: '종이류', exact: true }).tap();
  await expect.poll(() => status.textContent()).toContain('맞아요! 택배 상자 → 종이류');
  await expect.poll(() => status.textContent()).toContain('송장과 테이프를 떼고 펴서 종이류로 내놔요.');
  await item('과자 봉지: 어느 통에 버릴까요?').getByRole('button', { name: '비닐류', exact: true }).tap();
  await expect.poll(() => status.textContent()).toContain('3개 중 2개 분리했어요');

  // English, the last item; then back to Korean.
  await page.getByRole('button', { name: 'English' }).tap();
  await item('Shop receipt: which bin?').getByRole('button', { name: 'General waste', exact: true }).tap();
  await expect.poll(() => status.textContent()).toContain('All sorted!');
  await expect.poll(() => status.textContent()).toContain("Receipts can't be recycled: they go in the general waste bag.");
  await page.getByRole('button', { name: '한국어' }).tap();
  await page.getByRole('button', { name: '다음', exact: true }).tap();
  // 1 point each, the box at its second try half of one.
  await expect.poll(() => page.locator('.sm-score').textContent(), { timeout: 30_000 }).toBe('2.5 / 3점');
  expect(problems).toEqual([]);

  // The teacher's desk on the same device: per item, right at the first try and the wrong bins chosen.
  await openDesk(page, '2468', 'set');
  await showLesson(page, '예시: 분리배출');
  const row = page.locator('.desk-figure tr').filter({ hasText: '어느 통에 버릴까요?: 택배 상자' });
  await expect.poll(() => row.textContent(), { timeout: 30_000 }).toContain('종량제 봉투 (1)');
  expect(await row.locator('td').nth(2).textContent()).toBe('0%');
  expect(await page.locator('.desk-figure tr').filter({ hasText: '어느 통에 버릴까요?: 영수증' }).locator('td').nth(2).textContent()).toBe('100%');

  // xAPI: each placement an answer to a matching interaction, "item[.]bin".
  const xapi = JSON.parse((await exportFile(page, 'xAPI 문장 (JSON)')).bytes.toString('utf8')) as { object: { id: string; definition?: { interactionType?: string } }; result?: { response?: string; success?: boolean } }[];
  const sorted = xapi.filter((s) => s.object.id.endsWith(':step:sort-waste') && s.result?.response?.includes('[.]'));
  expect(sorted.map((s) => [s.result!.response, s.result!.success])).toEqual([['box[.]general', false], ['box[.]paper', true], ['snack-bag[.]vinyl', true], ['receipt[.]general', true]]);
  expect(sorted[0]!.object.definition?.interactionType).toBe('matching');
  expect(problems).toEqual([]);
  await context.close();
}, 180_000);

test('in an emulated Quest 3 with hands: a pinch and a poke put items into bins', async () => {
  const context = await browser.newContext({ viewport: VR_WINDOW, serviceWorkers: 'block' });
  const { page, problems } = await guardedPage(context);
  await emulateQuest3(page);
  await page.addInitScript(() => localStorage.setItem('climatexr.lang', 'en'));
  await startLesson(page, LESSON, { band: 'High school' });
  await waitForObject(page, 'nav:next');
  await enterVR(page);
  await waitForObject(page, 'sort-bin:paper');
  await useHands(page);
  await xrFrames(page, 4);
  const status = page.locator('[data-step]').getByRole('status');

  // The item the panel offers first is the delivery box: a pinch with the hand's ray on Paper.
  expect(await pinchWithHand(page, 'sort-bin:paper')).toBe(true);
  await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain('Right! Delivery box → Paper');
  // Then the snack bag: the index finger pokes Plastic film.
  await pokeWithHand(page, 'sort-bin:vinyl');
  await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain('Right! Snack bag → Plastic film');
  expect(problems).toEqual([]);
  await context.close();
}, 180_000);
