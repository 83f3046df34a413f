// The hub alone in a process of its own, for tests that kill it (tests/unit/hub-kill.test.ts):
//   node --import tsx tests/unit/hub-child.ts <data folder>   → prints "PORT <n>" once it listens on 127.0.0.1.
import { createServer } from 'node:http';
import { createHub } from '../../src/hub/hub.ts';

const hub = await createHub({ dataDir: process.argv[2]!, lessons: [], log: () => undefined });
const server = createServer((req, res) => { if (!hub.http(req, res)) res.writeHead(404).end(); });
hub.attach(server);
server.listen(0, '127.0.0.1', () => console.log(`PORT ${(server.address() as { port: number }).port}`));
