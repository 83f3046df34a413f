import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { expect, inject } from 'vitest';

/** Flags that render WebGL through SwiftShader headless and keep Chromium off the network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-features=Translate,MediaRouter',
];

export function baseUrl(): string {
  return inject('baseUrl');
}

export async function launch(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH;
  if (!executablePath) throw new Error('CHROMIUM_PATH is not set: run the tests with `npm test`.');
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/** Navigations of a page's main frame: begun (its request sent) and committed (the new document). */
export interface Navigations {
  begun: number;
  committed: number;
}

/**
 * Whether a failed request was cancelled by the page's own navigation (a reload, a goto): aborted
 * (not refused, not missing), and either a navigation began or committed since the request began, or
 * one is under way now (the old document's requests are cancelled when the new one commits, and the
 * browser may report that before it reports the commit). A navigation request is only cancelled by a
 * later one. Any other failure is a load error a student would notice.
 */
export function cancelledByNavigation(errorText: string, at: Navigations, now: Navigations, isNavigation: boolean): boolean {
  if (errorText !== 'net::ERR_ABORTED') return false;
  if (isNavigation) return now.begun > at.begun;
  return now.begun > at.begun || now.committed > at.committed || now.begun > now.committed;
}

/**
 * A page that records every console error, uncaught error and request outside the app's origin.
 * `problems` must be empty at the end of every test.
 */
export async function guardedPage(context: BrowserContext, base = baseUrl()): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  const origin = new URL(base).origin;
  // Content-Security-Policy violations fail the test like console errors do.
  await page.exposeFunction('__reportCsp', (v: string) => problems.push(`CSP violation: ${v}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp(v: string): void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  // Each navigation of the page (a reload, a goto) starts a new document; the requests the old one
  // still had in flight are cancelled (net::ERR_ABORTED). That is the test's doing, not a failure.
  const nav: Navigations = { begun: 0, committed: 0 };
  const startedAt = new WeakMap<Request, Navigations>();
  // A hash route change also fires framenavigated: it commits nothing new, so committed never passes begun.
  page.on('framenavigated', (f) => { if (f === page.mainFrame()) nav.committed = nav.begun; });
  page.on('request', (r) => {
    if (r.isNavigationRequest() && r.frame() === page.mainFrame()) nav.begun++;
    startedAt.set(r, { ...nav });
    const u = r.url();
    if (!u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin) problems.push(`request outside the origin: ${u}`);
  });
  page.on('requestfailed', (r) => {
    const why = r.failure()?.errorText ?? '';
    if (cancelledByNavigation(why, startedAt.get(r) ?? nav, nav, r.isNavigationRequest())) return;
    // Worker blobs are cancelled when a page reloads; that is not a failure a user would notice.
    if (!r.url().startsWith('blob:')) problems.push(`request failed: ${r.url()} ${why}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return { page, problems };
}

/** Whether a named 3D object is there and shown (itself and every parent). */
export function isShown(page: Page, name: string): Promise<boolean> {
  return page.evaluate((n) => {
    type O = { visible: boolean; parent: O | null };
    let o = (window as unknown as { __climatexr: { scene: { getObjectByName(n: string): O | undefined } } }).__climatexr.scene.getObjectByName(n) ?? null;
    if (!o) return false;
    for (; o; o = o.parent) if (!o.visible) return false;
    return true;
  }, name);
}

/** Waits until the 3D scene has drawn frames with the named object in it. */
export async function waitForObject(page: Page, name: string): Promise<void> {
  await page.waitForFunction((n) => {
    const s = (window as unknown as { __climatexr?: { scene: { getObjectByName(n: string): unknown } } }).__climatexr;
    return !!s?.scene.getObjectByName(n);
  }, name, { timeout: 30_000 });
}

/** Screen position (CSS px) of a named 3D object's centre, for a mouse click on the canvas. */
export async function screenPositionOf(page: Page, name: string): Promise<{ x: number; y: number }> {
  return page.evaluate((n) => {
    type V = { x: number; y: number; z: number; project(c: unknown): V };
    const s = (window as unknown as { __climatexr: { scene: { getObjectByName(n: string): { getWorldPosition(v: V): V; position: { clone(): V } } }; camera: unknown; gl: { domElement: HTMLCanvasElement } } }).__climatexr;
    const o = s.scene.getObjectByName(n);
    const v = o.getWorldPosition(o.position.clone()).project(s.camera);
    const r = s.gl.domElement.getBoundingClientRect();
    return { x: r.left + ((v.x + 1) / 2) * r.width, y: r.top + ((1 - v.y) / 2) * r.height };
  }, name);
}

/**
 * Opens a lesson as a student would: the lesson's URL, a nickname (made if new), then the age band if
 * the lesson asks. Korean UI unless the page was switched.
 */
export async function startLesson(page: Page, id: string, opts: { nickname?: string; band?: '중학생' | '고등학생' | 'Middle school' | 'High school'; query?: string; base?: string } = {}): Promise<void> {
  await page.goto(`${opts.base ?? baseUrl()}${opts.query ?? '?e2e'}#/lesson/${id}`);
  const nickname = opts.nickname ?? '초록별';
  const existing = page.getByRole('button', { name: new RegExp(`^(${nickname} 선택|Continue as ${nickname})$`) });
  const field = page.getByLabel(/별명|Nickname/);
  await field.or(existing).first().waitFor({ timeout: 30_000 });
  if (await existing.count()) await existing.click();
  else {
    await field.fill(nickname);
    await page.getByRole('button', { name: /^(만들기|Create)$/ }).click();
  }
  const band = page.getByRole('button', { name: opts.band ?? '중학생', exact: true });
  const content = page.locator('[data-step]');
  await band.or(content).first().waitFor({ timeout: 30_000 });
  if (await band.count()) await band.click();
  await content.waitFor({ timeout: 30_000 });
}

/**
 * A 3D text containing `s` is in the scene (troika keeps its string in `.text`). A no-break space in
 * `s` matches as 3D text shows it: a number joined to its unit (scene/ui/units.ts).
 */
export function scene3dHasText(page: Page, s: string): Promise<boolean> {
  return page.evaluate((needle) => {
    let found = false;
    (window as unknown as { __climatexr?: { scene: { traverse(f: (o: { text?: unknown }) => void): void } } }).__climatexr?.scene.traverse((o) => {
      if (typeof o.text === 'string' && o.text.includes(needle)) found = true;
    });
    return found;
  }, s.replace(/\u00a0/g, ''));
}

/**
 * Resolves once the page has drawn at least `frames` animation frames and its own clock has moved on
 * by `ms` (rAF timestamps): for checking that something did NOT happen (a dwell held, a card that
 * stays shut), the page must have had the frames and the time to do it. A state of the page, never a
 * sleep in the test: on a slow machine it waits for the frames that a fixed sleep would have missed.
 */
export function afterFrames(page: Page, frames: number, ms = 0): Promise<void> {
  return page.evaluate(([n, wait]) => new Promise<void>((done) => {
    let left = n;
    let first: number | null = null;
    const tick = (t: number) => {
      first ??= t;
      if (--left <= 0 && t - first >= wait) done();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }), [frames, ms] as const);
}

/**
 * The 3D view at full resolution for a picture: on this machine WebGL is drawn on the CPU, so the app
 * draws fewer pixels (scene/AdaptiveResolution), which a laptop with a graphics card would not. It
 * stays there until the app next changes its ratio.
 */
async function fullResolution(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __climatexr?: { setDpr(d: number): void } }).__climatexr?.setDpr(1));
  await afterFrames(page, 3);
}

/**
 * True while no 3D text is being laid out: troika lays a changed text out in a worker when it is next
 * drawn, and shows it a frame after the worker answers. Called after a couple of frames (which start
 * the layout of every text in view), then followed by one more, a picture shows no blank panel.
 */
function textsLaidOut(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    let done = true;
    type T = { text?: unknown; _isSyncing?: boolean };
    (window as unknown as { __climatexr?: { scene: { traverseVisible(f: (o: T) => void): void } } }).__climatexr?.scene.traverseVisible((o) => {
      if (typeof o.text === 'string' && o._isSyncing) done = false;
    });
    return done;
  });
}

/**
 * Ready for a picture of what a student sees: the 3D view at full resolution, `frames` drawn (which
 * start the layout of every text in view), every 3D text laid out, and one more frame to show it.
 * A page without a 3D view only draws its frames.
 */
export async function readyForPicture(page: Page, frames = 2): Promise<void> {
  await fullResolution(page);
  await afterFrames(page, frames);
  await expect.poll(() => textsLaidOut(page), { timeout: 15_000, interval: 50 }).toBe(true);
  await afterFrames(page, 1);
}

/** A picture for people reviewing the tests (PLAY_SCREENS=1): `.tmp/screens/<name>.png`. Nothing otherwise. */
export async function reviewShot(page: Page, name: string, opts: { fullPage?: boolean } = {}): Promise<void> {
  if (!process.env.PLAY_SCREENS) return;
  mkdirSync('.tmp/screens', { recursive: true });
  await readyForPicture(page);
  await page.screenshot({ path: `.tmp/screens/${name}.png`, ...opts });
}

/**
 * Draw calls and triangles the renderer reports (renderer.info), the largest over a few frames, so a
 * frame caught mid-way (a step's chunk still loading) does not stand for the step.
 */
export async function renderInfo(page: Page, frames = 4): Promise<{ calls: number; triangles: number }> {
  let best = { calls: 0, triangles: 0 };
  for (let i = 0; i < frames; i++) {
    await afterFrames(page, 1);
    const r = await page.evaluate(() => {
      const info = (window as unknown as { __climatexr: { gl: { info: { render: { calls: number; triangles: number } } } } }).__climatexr.gl.info.render;
      return { calls: info.calls, triangles: info.triangles };
    });
    if (r.calls > best.calls) best = r;
  }
  return best;
}

/**
 * Starts watching for a status line (role="status") that contains `text`; the returned function
 * resolves with how long after this call it appeared, by the page's clock. For timings the app
 * promises (a dwell of a second), measured in the page instead of slept for in the test.
 */
export async function statusAfter(page: Page, text: string): Promise<() => Promise<number>> {
  const key = await page.evaluate((needle) => {
    const w = window as unknown as { __statusWatch?: Record<string, Promise<number>> };
    const id = `${needle}#${Math.random()}`;
    const t0 = performance.now();
    const seen = () => [...document.querySelectorAll('[role="status"]')].some((e) => e.textContent?.includes(needle));
    (w.__statusWatch ??= {})[id] = new Promise<number>((done) => {
      if (seen()) return done(0);
      const o = new MutationObserver(() => {
        if (!seen()) return;
        o.disconnect();
        done(performance.now() - t0);
      });
      o.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    return id;
  }, text);
  return () => page.evaluate((id) => (window as unknown as { __statusWatch: Record<string, Promise<number>> }).__statusWatch[id]!, key);
}

/** Where a named 3D object shows on the screen once it stands still (the same over two frames). */
export async function settledPosition(page: Page, name: string): Promise<{ x: number; y: number }> {
  let last = await screenPositionOf(page, name);
  for (let i = 0; i < 120; i++) {
    await afterFrames(page, 2);
    const now = await screenPositionOf(page, name);
    if (Math.abs(now.x - last.x) < 0.5 && Math.abs(now.y - last.y) < 0.5) return now;
    last = now;
  }
  throw new Error(`${name} never stood still on the screen`);
}
