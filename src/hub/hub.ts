import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Server } from 'socket.io';
import type { Lesson } from '../lesson/schema.ts';
import { emptyLayers } from './conduct.ts';
import { writeAtomic } from './files.ts';
import type { Ctx } from './handlers.ts';
import { serve } from './dispatch.ts';
import { downloadTokens, hubHttp } from './http.ts';
import { lessonFacts, loadLessons } from './lessons.ts';
import { LIMITS, type Limits } from './limits.ts';
import type { ConductLayers } from './protocol.ts';
import { Classroom } from './room.ts';
import { teacherSecret } from './secret.ts';
import { ClassStore } from './store.ts';

/** The repository's classroom-data/ (gitignored): the default place of the class log. */
export const DATA_DIR = fileURLToPath(new URL('../../classroom-data/', import.meta.url));

export interface HubOptions {
  dataDir?: string;
  /** The lessons for exports, stuck marks and pledge limits (default: lessons/ of this checkout). */
  lessons?: readonly Lesson[];
  limits?: Partial<Limits>;
  /** Where refusals and faults are written (default: stderr). */
  log?: (line: string) => void;
  now?: () => number;
}

export interface Hub {
  io: Server;
  secret: string;
  store: ClassStore;
  room: Classroom;
  dataDir: string;
  /** Adds the hub to a server of the page (socket.io and /hub/ paths); call once per server. */
  attach(server: HttpServer): void;
  /** Answers /hub/… requests; false for others. */
  http(req: IncomingMessage, res: ServerResponse): boolean;
  close(): Promise<void>;
}

export async function createHub(options: HubOptions = {}): Promise<Hub> {
  const dataDir = options.dataDir ?? DATA_DIR;
  const limits: Limits = { ...LIMITS, ...options.limits };
  const log = options.log ?? ((line: string) => console.error(`[hub] ${line}`));
  const now = options.now ?? Date.now;
  const lessons = options.lessons ?? (await loadLessons());
  const conductPath = join(dataDir, 'conduct.json');
  const io = new Server({
    serveClient: false,
    maxHttpBufferSize: limits.messageBytes,
    // A headset that loses the Wi-Fi is offline on the desk within ~15 s, not the default ~45 s.
    pingInterval: 10_000,
    pingTimeout: 5_000,
    // Pages of another site (a browser on the LAN visiting one) may not use the hub through the student's browser.
    allowRequest: (req, done) => done(null, sameOrigin(req)),
  });
  let room: Classroom | null = null;
  const early: Parameters<Classroom['fold']>[0][] = [];
  const store = await ClassStore.open(dataDir, (events) => (room ? room.fold(events) : early.push(events)), limits);
  const conduct = await readFile(conductPath, 'utf8').then((t) => JSON.parse(t) as ConductLayers, () => emptyLayers());
  room = new Classroom(io, lessonFacts(lessons), conduct, (id) => store.profiles.get(id), (c) => writeAtomic(conductPath, [JSON.stringify(c)]), now);
  for (const events of early.splice(0)) room.fold(events);
  const secret = await teacherSecret(dataDir);
  const tokens = downloadTokens();
  const ctx: Ctx = { store, room, limits, secret, tokens };
  io.on('connection', (socket) => serve(ctx, socket, log));
  const engines: { close(): void }[] = [];
  const http = hubHttp({ store, secret, tokens, lessons: () => lessons, log });
  return {
    io, secret, store, room, dataDir, http,
    attach(server) {
      io.attach(server);
      engines.push(io.engine);
    },
    async close() {
      room.close();
      // Each attach made an engine of its own (io.close() would also close the page's server). Closing
      // the connections (not disconnecting the sockets, which tells pages not to come back) lets the
      // pages reconnect by themselves when the server is back.
      for (const engine of engines) engine.close();
      await store.close();
    },
  };
}

function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true; // not a browser page (Node clients, tests)
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}
