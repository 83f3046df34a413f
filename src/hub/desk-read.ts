import type { ProgressEvent } from '../progress/types.ts';
import type { Ctx, Session } from './session.ts';
import type { Payload } from './messages.ts';
import type { ClassEvents } from './protocol.ts';

/**
 * A desk's `read`: the stored events past `since`, in batches the desk acknowledges (so a slow
 * desk slows the reading, not the hub's memory), then the live events kept for it meanwhile, so
 * each device's events reach it in seq order.
 */
export async function read(ctx: Ctx, s: Session, p: Payload<'read'>) {
  const waiting: ClassEvents[] = [];
  ctx.room.catchingUp.set(s.socket, waiting);
  let sent = 0;
  try {
    let batch: ProgressEvent[] = [];
    const flush = async () => {
      const ids = new Set(batch.map((e) => e.profileId));
      await s.socket.timeout(60_000).emitWithAck('class-events', { events: batch, profiles: [...ids].flatMap((id) => ctx.store.profiles.get(id) ?? []), live: false });
      sent += batch.length;
      batch = [];
    };
    for await (const e of ctx.store.read(p.since ?? {})) {
      if (!s.socket.connected) return { events: sent };
      batch.push(e);
      if (batch.length >= 500) await flush();
    }
    if (batch.length) await flush();
  } finally {
    const live = ctx.room.catchingUp.get(s.socket) ?? [];
    ctx.room.catchingUp.delete(s.socket);
    for (const m of live) s.socket.emit('class-events', m);
  }
  return { events: sent };
}
