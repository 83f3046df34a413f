import type { ProgressEvent } from '../progress/types.ts';
import { stateFor } from './conduct.ts';
import { EventSchema, type MessageName, type Payload } from './messages.ts';
import { Refusal } from './session.ts';
import { read } from './desk-read.ts';
import { DESKS } from './room.ts';
import { secretMatches } from './secret.ts';
import type { Ctx, Session } from './session.ts';

export { Refusal };
export type { Ctx, Session };

type Handlers = { [N in MessageName]: (ctx: Ctx, s: Session, p: Payload<N>) => Promise<object> | object };

const mine = (s: Session, deviceId: string, what: string) => {
  if (deviceId !== s.deviceId) throw new Refusal('forged-device', `${what} of device ${deviceId} from the socket of device ${s.deviceId}`);
};

async function helloDevice(ctx: Ctx, s: Session, p: Extract<Payload<'hello'>, { role: 'device' }>) {
  if (s.role === 'desk' || (s.deviceId && s.deviceId !== p.deviceId)) throw new Refusal('forged-device', `hello as ${p.deviceId} on a socket bound to ${s.deviceId ?? 'the desk'}`);
  for (const profile of p.profiles) mine(s.deviceId ? s : { ...s, deviceId: p.deviceId }, profile.deviceId, 'a profile');
  Object.assign(s, { role: 'device', deviceId: p.deviceId });
  const now = ctx.room.now();
  ctx.room.connected(p.deviceId, s.socket);
  const { changed } = await ctx.store.addProfiles(p.deviceId, p.profiles);
  if (changed.length) ctx.room.toDesks([], changed);
  if (p.announce) ctx.room.presence.announce(p.deviceId, p.announce, ctx.room.name(p.announce.profileId ?? ''), now);
  ctx.room.presence.hand(p.deviceId, p.hand, now);
  ctx.room.restuck(p.deviceId);
  return { cursor: ctx.store.cursor(p.deviceId), state: stateFor(ctx.room.conduct, p.deviceId), now };
}

async function events(ctx: Ctx, s: Session, p: Payload<'events'>) {
  const deviceId = s.deviceId!;
  if (p.batch.length > ctx.limits.batch) throw new Refusal('batch-too-large', `${p.batch.length} events in one message (at most ${ctx.limits.batch})`);
  const valid: ProgressEvent[] = [];
  let last = 0;
  for (const item of p.batch) {
    const claimed = (item as { deviceId?: unknown } | null)?.deviceId;
    mine(s, typeof claimed === 'string' ? claimed : deviceId, 'an event');
    const seq = (item as { seq?: unknown } | null)?.seq;
    if (typeof seq === 'number' && Number.isSafeInteger(seq)) {
      if (seq <= last) throw new Refusal('bad-message', 'events out of seq order');
      last = seq;
    }
    const r = EventSchema.safeParse(item);
    if (r.success) valid.push(r.data);
  }
  const r = await ctx.store.accept(deviceId, p.after, valid, last);
  if (!r.ok) throw new Refusal(r.code, r.code === 'gap' ? `the hub holds this device's events up to ${r.cursor}` : 'this device has reached its storage limit on the hub', { cursor: r.cursor });
  if (r.stored.length) ctx.room.stored(deviceId, r.stored, p.sentAt);
  return { cursor: r.cursor, stored: r.stored.length, skipped: r.skipped, invalid: p.batch.length - valid.length };
}

async function forget(ctx: Ctx, s: Session, p: Payload<'forget'>) {
  const owner = ctx.store.profiles.get(p.profileId)?.deviceId;
  if (s.role === 'device' && owner !== undefined && owner !== s.deviceId) throw new Refusal('not-yours', `device ${s.deviceId} asked to delete a profile of device ${owner}`);
  await ctx.store.forget(p.profileId);
  ctx.room.forgot(p.profileId);
  return {};
}

export const HANDLERS: Handlers = {
  hello(ctx, s, p) {
    if (p.role === 'device') return helloDevice(ctx, s, p);
    if (s.role === 'device') throw new Refusal('not-teacher', 'a device socket asked to become a desk');
    if (!secretMatches(p.secret, ctx.secret)) throw new Refusal('bad-secret', 'a desk gave a wrong teacher secret');
    s.role = 'desk';
    void s.socket.join(DESKS);
    return { snapshot: ctx.room.snapshot(ctx.store.profiles.all()) };
  },
  events,
  async profiles(ctx, s, p) {
    for (const profile of p.profiles) mine(s, profile.deviceId, 'a profile');
    const { changed, full } = await ctx.store.addProfiles(s.deviceId!, p.profiles);
    if (changed.length) ctx.room.toDesks([], changed);
    if (full) throw new Refusal('storage-full', `more than ${ctx.limits.deviceProfiles} profiles on one device`);
    return {};
  },
  announce(ctx, s, p) {
    ctx.room.presence.announce(s.deviceId!, p, ctx.room.name(p.profileId ?? ''), ctx.room.now());
    ctx.room.restuck(s.deviceId!);
    return {};
  },
  hand(ctx, s, p) {
    ctx.room.presence.hand(s.deviceId!, p.up, ctx.room.now());
    ctx.room.changed();
    return {};
  },
  probe: () => ({}),
  forget,
  read,
  async command(ctx, _s, p) {
    await ctx.room.steer({ target: p.target, set: p.set });
    return {};
  },
  async group(ctx, _s, p) {
    await ctx.room.steer({ group: p.name, deviceIds: p.deviceIds });
    return {};
  },
  'lower-hand'(ctx, _s, p) {
    ctx.room.presence.hand(p.deviceId, false, ctx.room.now());
    ctx.room.toDevice(p.deviceId, 'hand', { up: false });
    ctx.room.changed();
    return {};
  },
  async 'forget-all'(ctx) {
    await ctx.store.clear();
    ctx.room.cleared();
    return {};
  },
  'export-token': (ctx) => ({ token: ctx.tokens.make() }),
};
