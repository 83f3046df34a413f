// Per step of every lesson: draw calls, triangles and texture memory from renderer.info in headless
// Chromium (SwiftShader), and React commits per second while the step sits idle.
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';

const IWER = createRequire(import.meta.url).resolve('iwer/build/iwer.min.js');

/** Counts React commits: React calls this hook on every commit when it exists before React loads. */
const COMMIT_COUNTER = () => {
  const w = window;
  w.__commits = 0;
  w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true, renderers: new Map(), inject: () => 1, checkDCE() {}, onScheduleFiberRoot() {},
    onCommitFiberRoot() { w.__commits++; }, onCommitFiberUnmount() {}, onPostCommitFiberRoot() {},
  };
};

function measureInPage() {
  const s = window.__climatexr;
  s.gl.info.autoReset = true;
  s.gl.render(s.scene, s.camera);
  const { calls, triangles } = s.gl.info.render;
  const seen = new Set();
  let bytes = 0;
  const addTexture = (t) => {
    if (!t?.isTexture || seen.has(t.uuid)) return;
    seen.add(t.uuid);
    const img = t.image;
    const w = img?.width ?? 0, h = img?.height ?? 0;
    bytes += w * h * 4 * (t.generateMipmaps ? 4 / 3 : 1);
  };
  s.scene.traverse((o) => {
    for (const m of [o.material].flat()) {
      if (!m) continue;
      for (const v of Object.values(m)) addTexture(v);
      for (const u of Object.values(m.uniforms ?? {})) addTexture(u?.value);
    }
  });
  return { calls, triangles, textureMB: bytes / 1024 / 1024 };
}

/** A nickname (made once per page), then the first age band: the lesson starts. */
export async function enterLesson(page) {
  const field = page.locator('.profiles input').first();
  const known = page.locator('.profile-list button.primary').first();
  await field.or(known).first().waitFor({ timeout: 30_000 });
  if (await known.count()) await known.click();
  else {
    await field.fill('bench');
    await page.locator('.profiles form button[type=submit], .profiles form button').first().click();
  }
  const band = page.locator('.age-pick button').first();
  await band.or(page.locator('[data-step]')).first().waitFor({ timeout: 30_000 });
  if (await band.count()) await band.click();
}

/**
 * Waits until a step has settled: fonts, textures and models loaded, the save status back to
 * "saved" (one-off commits), i.e. no React commit for 1 s, or 8 s at most. A step that updates
 * React state every frame never settles, and its commits are then counted below.
 */
async function settle(page) {
  await page.waitForTimeout(1200);
  let last = await page.evaluate(() => window.__commits);
  for (let quiet = 0, waited = 0; quiet < 2 && waited < 6800; waited += 500) {
    await page.waitForTimeout(500);
    const now = await page.evaluate(() => window.__commits);
    quiet = now === last ? quiet + 1 : 0;
    last = now;
  }
}

export async function benchSteps(browser, baseUrl, lessonIds) {
  const rows = [];
  for (const id of lessonIds) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(COMMIT_COUNTER);
    await page.goto(`${baseUrl}?e2e#/lesson/${id}`);
    await enterLesson(page);
    await page.waitForFunction(() => window.__climatexr && window.__climatexrApp?.steps().length > 0, null, { timeout: 30_000 });
    const steps = await page.evaluate(() => window.__climatexrApp.steps());
    for (const step of steps) {
      await page.evaluate((s) => window.__climatexrApp.show(s), step);
      await settle(page);
      const before = await page.evaluate(() => window.__commits);
      await page.waitForTimeout(2000);
      const commits = (await page.evaluate(() => window.__commits)) - before;
      const m = await page.evaluate(measureInPage);
      rows.push({ lesson: id, step, ...m, commitsPerSecond: commits / 2 });
    }
    await page.close();
  }
  return rows;
}

/** Draw calls of one whole XR frame (both eyes, controllers, rays), counted between two of the session's frames. */
function xrFrameCalls() {
  const s = window.__climatexr;
  const session = window.__xrDevice.activeSession;
  return new Promise((done) => {
    s.gl.info.autoReset = false;
    session.requestAnimationFrame(() => {
      s.gl.info.reset();
      session.requestAnimationFrame(() => {
        const calls = s.gl.info.render.calls;
        s.gl.info.autoReset = true;
        done(calls);
      });
    });
  });
}

/**
 * Per step of each lesson, in an emulated Quest 3 (Meta's IWER, injected here as the browser tests
 * do): the draw calls of one XR frame, which holds both eyes and the controllers with their rays.
 */
export async function benchStepsXR(browser, baseUrl, lessonIds) {
  const rows = [];
  for (const id of lessonIds) {
    // A small window: IWER draws both eyes at the window's size, on the CPU.
    const page = await browser.newPage({ viewport: { width: 400, height: 250 } });
    await page.addInitScript({ path: IWER });
    await page.addInitScript(() => {
      const device = new window.IWER.XRDevice(window.IWER.metaQuest3);
      device.installRuntime({ forceInstall: true });
      window.__xrDevice = device;
    });
    await page.goto(`${baseUrl}?e2e#/lesson/${id}`);
    await enterLesson(page);
    await page.waitForFunction(() => window.__climatexr && window.__climatexrApp?.steps().length > 0, null, { timeout: 30_000 });
    const enter = page.getByRole('button', { name: /VR/ });
    await enter.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !!window.__xrDevice.activeSession, null, { timeout: 30_000 });
    // The controllers' models load after the session starts: count them from the first step on.
    await page.waitForTimeout(5000);
    const steps = await page.evaluate(() => window.__climatexrApp.steps());
    for (const step of steps) {
      await page.evaluate((s) => window.__climatexrApp.show(s), step);
      // Fonts, the world and models: the same settling time as the desktop figures.
      await page.waitForTimeout(2500);
      rows.push({ lesson: id, step, calls: await page.evaluate(xrFrameCalls) });
    }
    await page.close();
  }
  return rows;
}

/**
 * Gzipped bytes of the JavaScript a page requested before its first frame: `drawn` (run in the page
 * before every animation frame until it returns true) says when that frame is there. Counting by
 * request start time, taken in the page, keeps the figure from depending on how fast this script
 * notices: what the page fetches after its first frame (the lesson's later step types) never counts.
 */
export async function firstFrameJs(browser, url, drawn, before = async () => {}) {
  const page = await browser.newPage();
  await page.addInitScript(`(() => {
    const drawn = ${drawn.toString()};
    const tick = () => { try { if (drawn()) { window.__firstFrameAt = performance.now(); return; } } catch {} requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const bodies = new Map();
  page.on('response', (r) => {
    if (/\.m?js(\?|$)/.test(r.url())) bodies.set(r.url(), r.body().then((b) => gzipSync(b, { level: 9 }).length).catch(() => 0));
  });
  await page.goto(url);
  await before(page);
  await page.waitForFunction(() => window.__firstFrameAt !== undefined, null, { timeout: 60_000 });
  const early = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => e.startTime < window.__firstFrameAt && /\.m?js(\?|$)/.test(e.name)).map((e) => e.name));
  const sizes = await Promise.all([...new Set(early)].map(async (u) => ({ url: u, gz: (await bodies.get(u)) ?? 0 })));
  await page.close();
  if (process.env.BENCH_VERBOSE) for (const f of sizes.sort((a, b) => b.gz - a.gz)) console.log(`  ${(f.gz / 1024).toFixed(1).padStart(7)} KiB  ${f.url.split('/').pop()}`);
  return { files: sizes.length, gzipBytes: sizes.reduce((a, b) => a + b.gz, 0) };
}
