import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'vite';
import { expect, test } from 'vitest';
import { guardedPage, launch, startLesson } from './browser.ts';

const FILE = 'tests/fixtures/app-lessons/live-preview.json';

test('npm run dev: saving a lesson updates the open page at the same step, and a broken save shows its problems over it', async () => {
  const lesson = JSON.parse(readFileSync('lessons/welcome.json', 'utf8'));
  writeFileSync(FILE, JSON.stringify({ ...lesson, $schema: '../../../lessons/lesson.schema.json', id: 'live-preview' }, null, 2));
  process.env.VITE_TEST_LESSONS = '1';
  const server = await createServer({ server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
  await server.listen();
  const base = server.resolvedUrls!.local[0]!;
  const browser = await launch();
  try {
    const context = await browser.newContext();
    const { page, problems } = await guardedPage(context, base);
    await startLesson(page, 'tests/live-preview', { base, query: '' });
    await page.getByRole('button', { name: '다음' }).click();
    await expect.poll(() => page.getByRole('heading', { name: '누르는 방법' }).count()).toBe(1);

    // An author changes the step's title and saves: the page shows it, still at step 2.
    lesson.steps[1].title.ko = '버튼 누르기 연습';
    writeFileSync(FILE, JSON.stringify({ ...lesson, id: 'live-preview' }, null, 2));
    await expect.poll(() => page.getByRole('heading', { name: '버튼 누르기 연습' }).count(), { timeout: 20_000 }).toBe(1);
    expect(await page.locator('[data-step]').getAttribute('data-step')).toBe('how-to-press');

    // A broken save (trailing comma): its located problems appear over the lesson, which stays.
    writeFileSync(FILE, JSON.stringify({ ...lesson, id: 'live-preview' }, null, 2).replace('"minutes": 2', '"minutes": 2,,'));
    const alert = page.locator('.preview-problems');
    await expect.poll(() => alert.textContent(), { timeout: 20_000 }).toMatch(/live-preview\.json:\d+:\d+/);
    expect(await page.getByRole('heading', { name: '버튼 누르기 연습' }).count()).toBe(1);

    // Fixed again: the problems go, the place is kept.
    writeFileSync(FILE, JSON.stringify({ ...lesson, id: 'live-preview' }, null, 2));
    await expect.poll(() => alert.count(), { timeout: 20_000 }).toBe(0);
    expect(await page.locator('[data-step]').getAttribute('data-step')).toBe('how-to-press');
    expect(problems).toEqual([]);
  } finally {
    await browser.close();
    await server.close();
    rmSync(FILE, { force: true });
    delete process.env.VITE_TEST_LESSONS;
  }
});
