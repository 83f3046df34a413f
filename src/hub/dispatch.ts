import type { Socket } from 'socket.io';
import { HANDLERS, Refusal, type Ctx, type Session } from './handlers.ts';
import { tokenBucket } from './limits.ts';
import { MESSAGES, type MessageName } from './messages.ts';
import type { Problem, ProblemCode, Reply } from './protocol.ts';

const QUIET: ReadonlySet<ProblemCode> = new Set(['gap', 'rate']);

/** One socket: every message through the rate limit, its role check and its shape, then its handler. */
export function serve(ctx: Ctx, socket: Socket, log: (line: string) => void): void {
  const session: Session = { socket, role: null, deviceId: null };
  const bucket = tokenBucket(ctx.limits.burst, ctx.limits.perSecond);
  let warnedAt = 0;
  const who = () => `${session.role ?? 'socket'} ${session.deviceId ?? ''} (${socket.handshake.address})`;
  socket.onAny(async (name: string, ...args: unknown[]) => {
    const ack = typeof args.at(-1) === 'function' ? (args.pop() as (r: Reply) => void) : null;
    const answer = (r: Reply) => (ack ? ack(r) : !r.ok && socket.emit('problem', r));
    const refuse = (code: ProblemCode, message: string, extra: object = {}) => {
      if (!QUIET.has(code)) log(`refused ${name} (${code}) from ${who()}: ${message}`);
      answer({ ok: false, code, message, ...extra } as Problem & { ok: false });
    };
    if (!bucket.take()) {
      // Dropped until the bucket refills; logged, and told without an acknowledgement, once a second.
      const t = Date.now();
      const warn = t - warnedAt >= 1000;
      if (warn) {
        warnedAt = t;
        log(`throttled ${who()}: over ${ctx.limits.perSecond} messages a second`);
      }
      if (ack || warn) refuse('rate', 'too many messages', { retryInMs: bucket.retryInMs() });
      return;
    }
    const spec = MESSAGES[name as MessageName];
    if (!spec || !Object.hasOwn(MESSAGES, name)) return refuse('unknown-message', `no message called ${String(name).slice(0, 40)}`);
    if (spec.role === 'desk' && session.role !== 'desk') return refuse('not-teacher', `${name} needs the teacher secret`);
    if (spec.role === 'device' && session.role !== 'device') return refuse(session.role ? 'not-teacher' : 'no-hello', `${name} before hello as a device`);
    if (spec.role === 'any' && !session.role) return refuse('no-hello', `${name} before hello`);
    const parsed = spec.schema.safeParse(args[0]);
    if (!parsed.success) return refuse('bad-message', parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    try {
      const run = HANDLERS[name as MessageName] as (c: Ctx, s: Session, p: unknown) => Promise<object> | object;
      answer({ ok: true, ...(await run(ctx, session, parsed.data)) });
    } catch (e) {
      if (e instanceof Refusal) return refuse(e.code, e.message, e.extra);
      log(`${name} from ${who()} failed: ${(e as Error).stack ?? e}`);
      answer({ ok: false, code: 'server', message: 'the hub could not do this now' });
    }
  });
  socket.on('disconnect', () => {
    if (session.role === 'device' && session.deviceId) ctx.room.disconnected(session.deviceId, socket);
    ctx.room.catchingUp.delete(socket);
  });
}
