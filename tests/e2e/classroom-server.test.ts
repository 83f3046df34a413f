import { afterAll, beforeAll, expect, test } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { get } from 'node:https';
import { X509Certificate } from 'node:crypto';
import { chromium } from 'playwright-core';
import QRCode from 'qrcode';
import { CHROMIUM_ARGS, guardedPage, startLesson } from './browser.ts';
import { io } from 'socket.io-client';
// @ts-expect-error: a plain .mjs module of the server, without type declarations
import { certifiedAddresses } from '../../scripts/serve/cert.mjs';
import { PROTOCOL_VERSION } from '../../src/hub/protocol.ts';

// The classroom server as `npm start` runs it (scripts/serve.mjs), on free ports, with a certificate in a
// temporary folder. Its LAN address is a documentation address (192.0.2.0/24): printed, put in the
// certificate and the QR code, never connected to. Every request below goes to 127.0.0.1.
const LAN = '192.0.2.44';
const certDir = mkdtempSync(join(tmpdir(), 'climatexr-cert-'));
// The class log in a folder of the test's own, never the repository's classroom-data/.
const dataDir = mkdtempSync(join(tmpdir(), 'climatexr-class-'));
let server: ChildProcess;
let printed = '';
let httpPort = 0;
let httpsPort = 0;

beforeAll(startServer);

async function startServer() {
  printed = '';
  server = spawn(process.execPath, ['scripts/serve.mjs', '--port', '0', '--https-port', '0', '--dist', process.env.E2E_DIST ?? 'dist'], {
    env: { ...process.env, CERT_DIR: certDir, CLASSROOM_ADDRESSES: LAN, CLASSROOM_DATA: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (d: Buffer) => (printed += d.toString()));
  server.stderr!.on('data', (d: Buffer) => (printed += d.toString()));
  const until = Date.now() + 30_000;
  while (!printed.includes('Stop with Ctrl+C')) {
    if (Date.now() > until || server.exitCode != null) throw new Error(`the classroom server did not start:\n${printed}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  httpPort = Number(/On this laptop: +http:\/\/localhost:(\d+)\//.exec(printed)?.[1]);
  httpsPort = Number(new RegExp(`Headsets \\(Wi-Fi\\): https://${LAN.replaceAll('.', '\\.')}:(\\d+)/`).exec(printed)?.[1]);
}

afterAll(() => {
  server?.kill();
  rmSync(certDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

/** GET over https from 127.0.0.1, trusting only the server's own certificate. */
function httpsGet(path: string, ca: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port: httpsPort, path, ca }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    }).on('error', reject);
  });
}

test('npm start prints the laptop and headset addresses and a QR code, and serves the app over https with its own certificate', async () => {
  expect(httpPort).toBeGreaterThan(0);
  expect(httpsPort).toBeGreaterThan(0);
  // The terminal QR code is the one of the headsets' address.
  expect(printed).toContain(await QRCode.toString(`https://${LAN}:${httpsPort}/`, { type: 'terminal', small: true }));

  const cert = readFileSync(join(certDir, 'cert.pem'), 'utf8');
  const x = new X509Certificate(cert);
  expect([...certifiedAddresses(x.subjectAltName)]).toEqual(expect.arrayContaining(['127.0.0.1', LAN]));
  // Long enough that headsets accept the warning once a school year, not every few months.
  expect(new Date(x.validTo).getTime() - Date.now()).toBeGreaterThan(800 * 86400e3);

  const page = await httpsGet('/', cert);
  expect(page.status).toBe(200);
  expect(page.body).toContain('<div id="root">');
  expect(page.headers['x-content-type-options']).toBe('nosniff');
  const classroom = JSON.parse((await httpsGet('/classroom.json', cert)).body) as { urls: string[] };
  expect(classroom.urls).toEqual([`https://${LAN}:${httpsPort}/`]);
  expect((await httpsGet('/../package.json', cert)).status).not.toBe(200);
});

test('a certificate for another address is not reused: 192.0.2.4 is not 192.0.2.44', () => {
  const names = certifiedAddresses('DNS:localhost, IP Address:127.0.0.1, IP Address:192.0.2.44') as Set<string>;
  expect(names.has('192.0.2.44')).toBe(true);
  expect(names.has('192.0.2.4')).toBe(false);
});

test('opened over plain http from another machine: VR says it needs https, the lesson plays, progress and the PIN work; teacher links open the English-first lesson in English', async () => {
  // classroom.test stands for the laptop's LAN name: resolved to 127.0.0.1, but not a secure origin.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH!, headless: true,
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP classroom.test 127.0.0.1'],
  });
  const base = `http://classroom.test:${httpPort}/`;
  const context = await browser.newContext();
  const { page, problems } = await guardedPage(context, base);
  await startLesson(page, 'welcome', { base, query: '' });
  expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
  // The hub's websocket on the page's own origin passes the Content-Security-Policy (connect-src 'self').
  expect(await page.evaluate(engineOpens)).toBe('open');
  await expect.poll(() => page.locator('#vr-why').textContent()).toContain('보안 연결(https)');
  expect(await page.getByRole('button', { name: /VR/ }).isDisabled()).toBe(true);
  await expect.poll(() => page.locator('[data-step]').getAttribute('data-step')).toBe('hello');
  await page.getByRole('button', { name: '다음' }).click();
  await expect.poll(() => page.locator('[data-step]').getAttribute('data-step')).toBe('how-to-press');
  // Progress and the teacher's PIN work there too (no WebCrypto or randomUUID on a plain-http page).
  await page.goto(`${base}#/teacher`);
  await page.getByLabel('PIN (숫자 4–8자리)').fill('2468');
  await page.getByLabel('PIN 다시 입력').fill('2468');
  await page.getByRole('button', { name: 'PIN 저장' }).click();
  await expect.poll(() => page.getByRole('rowheader', { name: /초록별/ }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
  await page.reload();
  await page.getByLabel('PIN (숫자 4–8자리)').fill('2468');
  await page.getByRole('button', { name: '열기' }).click();
  await expect.poll(() => page.getByRole('rowheader', { name: /초록별/ }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
  // The teacher's links point headsets at the LAN https address; the English-first lesson's opens in English.
  const water = `https://${LAN}:${httpsPort}/#/lesson/clean-water-journey?lang=en`;
  await expect.poll(() => page.locator('.qr-list code').allTextContents()).toContain(water);
  expect(await page.locator('.qr-list code').allTextContents()).toContain(`https://${LAN}:${httpsPort}/#/lesson/welcome`);
  await page.goto(`${base}#/lesson/clean-water-journey?lang=en`);
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
  await expect.poll(() => page.getByText('The journey of clean water').count(), { timeout: 20_000 }).toBeGreaterThan(0);
  expect(await page.getByText('깨끗한 물의 여행').count()).toBe(0);
  expect(problems).toEqual([]);
  await browser.close();
});

/** Runs in the page: opens the hub's engine.io websocket on the page's own origin; 'open' when the hub greets it. */
function engineOpens(): Promise<string> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${location.origin.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`);
    ws.onmessage = (m) => { resolve(String(m.data).startsWith('0{') ? 'open' : `unexpected ${m.data}`); ws.close(); };
    ws.onerror = () => resolve('error');
  });
}

/** A headset's hello and first events over wss on the https port (the certificate the headset accepted). */
async function sendAsHeadset(deviceId: string, seqs: number[]): Promise<{ hello: { cursor?: number }; ack: { ok: boolean; cursor?: number } }> {
  const ca = readFileSync(join(certDir, 'cert.pem'), 'utf8');
  const socket = io(`https://127.0.0.1:${httpsPort}`, { transports: ['websocket'], ca, forceNew: true, reconnection: false });
  try {
    const hello = await socket.timeout(10_000).emitWithAck('hello', { v: PROTOCOL_VERSION, role: 'device', deviceId, profiles: [], announce: null, hand: false });
    const batch = seqs.map((seq) => ({
      id: `${deviceId.slice(0, 24)}${String(seq).padStart(12, '0')}`, deviceId, seq, profileId: '11111111-1111-4111-8111-111111111111',
      lessonId: 'welcome', lessonVersion: '1', at: new Date().toISOString(), record: { kind: 'step-entered', stepId: 'hello' },
    }));
    const ack = await socket.timeout(10_000).emitWithAck('events', { after: (seqs[0] ?? 1) - 1, sentAt: Date.now(), batch });
    return { hello, ack };
  } finally {
    socket.disconnect();
  }
}

const DEVICE = '22222222-2222-4222-8222-222222222222';

test('the hub answers on the page\'s own origin and port: wss on the headsets\' https port; the teacher secret only on this laptop', async () => {
  expect(await sendAsHeadset(DEVICE, [1, 2, 3])).toMatchObject({ hello: { ok: true, cursor: 0 }, ack: { ok: true, cursor: 3 } });
  const secret = readFileSync(join(dataDir, 'teacher-secret'), 'utf8').trim();
  const local = await fetch(`http://localhost:${httpPort}/hub/teacher-secret`);
  expect(await local.json()).toEqual({ secret });
  // A desk on another machine asks by the LAN address: refused (it must type the secret).
  const cert = readFileSync(join(certDir, 'cert.pem'), 'utf8');
  const lan = await new Promise<number>((resolve, reject) => {
    get({ host: '127.0.0.1', port: httpsPort, path: '/hub/teacher-secret', ca: cert, servername: 'localhost', headers: { host: `${LAN}:${httpsPort}` } }, (res) => { res.resume(); resolve(res.statusCode ?? 0); }).on('error', reject);
  });
  expect(lan).toBe(403);
  expect(printed).not.toContain(secret);
});

test('a headset page that accepted the certificate opens the hub over wss on the same host and port', async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH!, headless: true, args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP classroom.test 127.0.0.1`] });
  const base = `https://classroom.test:${httpsPort}/`;
  const { page, problems } = await guardedPage(await browser.newContext({ ignoreHTTPSErrors: true }), base);
  await page.goto(base);
  expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
  expect(await page.evaluate(engineOpens)).toBe('open');
  // (Chromium registers no service worker from an untrusted certificate, and says so in the console:
  // the app works on without one. What this test is about is the policy.)
  expect(problems.filter((p) => p.startsWith('CSP'))).toEqual([]);
  await browser.close();
});

test('Ctrl+C stops the server cleanly; started again, it has everything it acknowledged', async () => {
  const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
  server.kill('SIGINT');
  expect(await exited).toBe(0);
  expect(printed).toContain('Stopping…');
  await startServer();
  expect(await sendAsHeadset(DEVICE, [4])).toMatchObject({ hello: { ok: true, cursor: 3 }, ack: { ok: true, cursor: 4 } });
  const exitedAgain = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
  server.kill('SIGTERM');
  expect(await exitedAgain).toBe(0);
  await startServer();
  expect(await sendAsHeadset(DEVICE, [5])).toMatchObject({ hello: { ok: true, cursor: 4 } });
});
