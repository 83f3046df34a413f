import type { Socket } from 'socket.io';
import type { downloadTokens } from './http.ts';
import type { Limits } from './limits.ts';
import type { ProblemCode } from './protocol.ts';
import type { Classroom } from './room.ts';
import type { ClassStore } from './store.ts';

/** What every message handler works with: the class's store and room, the limits, the teacher secret. */
export interface Ctx { store: ClassStore; room: Classroom; limits: Limits; secret: string; tokens: ReturnType<typeof downloadTokens> }
/** One socket: who it said it is (a device bound to its id, or the desk). */
export interface Session { socket: Socket; role: 'device' | 'desk' | null; deviceId: string | null }

/** A refusal: answered with its code, and logged (hub.ts), unless it is part of normal life (a gap after a restart). */
export class Refusal extends Error {
  constructor(readonly code: ProblemCode, message: string, readonly extra: { cursor?: number; retryInMs?: number } = {}) {
    super(message);
  }
}
