import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { Lesson } from '../lesson/schema.ts';
import { EXPORTS, exportFileName } from './exports.ts';
import { EXPORT_PATH, SECRET_PATH, type ExportKind } from './protocol.ts';
import { secretMatches } from './secret.ts';
import type { ClassStore } from './store.ts';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const LOCAL_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Whether a request comes from this machine, to this machine by a local name: the address alone
 * would let another site's page read the secret through DNS rebinding (its name resolving to
 * 127.0.0.1), so the Host header must be a local name too.
 */
export function fromThisMachine(req: IncomingMessage): boolean {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
  return LOOPBACK.has(req.socket.remoteAddress ?? '') && LOCAL_NAMES.has(host);
}

/** One-use download tokens (a link the browser downloads by itself cannot carry a header). */
export function downloadTokens(ttlMs = 60_000, now = Date.now) {
  const tokens = new Map<string, number>();
  return {
    make(): string {
      for (const [t, until] of tokens) if (until < now()) tokens.delete(t);
      const t = randomBytes(18).toString('base64url');
      tokens.set(t, now() + ttlMs);
      return t;
    },
    use(t: string): boolean {
      const until = tokens.get(t);
      tokens.delete(t);
      return until !== undefined && until >= now();
    },
  };
}

export interface HttpDeps {
  store: ClassStore;
  secret: string;
  tokens: ReturnType<typeof downloadTokens>;
  lessons: () => readonly Lesson[];
  log: (line: string) => void;
}

const send = (res: ServerResponse, status: number, text: string) =>
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end(text);

/** The hub's HTTP paths (/hub/…); false for any other request (the static files' turn). */
export function hubHttp(deps: HttpDeps) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = new URL(req.url ?? '/', 'http://hub.invalid');
    if (!url.pathname.startsWith('/hub/')) return false;
    if (req.method !== 'GET') return send(res, 405, 'GET only'), true;
    if (url.pathname === SECRET_PATH) {
      if (!fromThisMachine(req)) {
        deps.log(`refused the teacher secret to ${req.socket.remoteAddress} (Host ${req.headers.host}): only this laptop may read it`);
        return send(res, 403, '교사 비밀번호는 이 노트북에서만 볼 수 있어요. / The teacher secret can only be read on this laptop.'), true;
      }
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify({ secret: deps.secret }));
      return true;
    }
    const kind = url.pathname.slice(EXPORT_PATH.length) as ExportKind;
    if (!url.pathname.startsWith(EXPORT_PATH) || !(kind in EXPORTS)) return send(res, 404, 'Not found'), true;
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const token = url.searchParams.get('token');
    if (!(bearer && secretMatches(bearer, deps.secret)) && !(token && deps.tokens.use(token))) {
      deps.log(`refused an export to ${req.socket.remoteAddress}: no teacher secret`);
      return send(res, 403, '교사 비밀번호가 필요해요. / The teacher secret is needed.'), true;
    }
    void stream(deps, kind, url, res);
    return true;
  };
}

const LESSON_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/** Until the response can take more, or the download was cancelled. */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

async function stream(deps: HttpDeps, kind: ExportKind, url: URL, res: ServerResponse): Promise<void> {
  const lessonId = url.searchParams.get('lesson') ?? undefined;
  if (lessonId !== undefined && !LESSON_ID.test(lessonId)) return void send(res, 400, 'lesson: a lesson id');
  const now = new Date();
  res.writeHead(200, {
    'Content-Type': EXPORTS[kind].type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff',
    'Content-Disposition': `attachment; filename="${exportFileName(kind, lessonId, now)}"`,
  });
  const pieces = EXPORTS[kind].make({
    kind, lines: deps.store.rawLines(), profiles: deps.store.profiles.all(), lessons: deps.lessons(), hubId: deps.store.hubId,
    ...(lessonId ? { lessonId } : {}), lang: url.searchParams.get('lang') === 'en' ? 'en' : 'ko', now,
  });
  // Pieces go out in 64 KiB writes, the first at once (the download starts while the log is read).
  let buffered: string[] = [];
  let size = 64 * 1024;
  try {
    for await (const piece of pieces) {
      buffered.push(piece);
      size += piece.length;
      if (size < 64 * 1024) continue;
      const ok = res.write(buffered.join(''));
      buffered = [];
      size = 0;
      if (!ok) await drained(res);
      if (res.destroyed) return;
    }
    res.end(buffered.join(''));
  } catch (e) {
    deps.log(`export ${kind} failed: ${(e as Error).message}`);
    res.destroy(e as Error);
  }
}
