// The hub in a process of its own for `npm run bench:class`, so its memory and CPU are its own:
//   node --import tsx scripts/bench-class/hub-process.ts <data folder>
// prints "PORT <n>" once it listens on 127.0.0.1, then "USAGE <rss bytes> <cpu µs>" every 500 ms.
import { createServer } from 'node:http';
import { createHub } from '../../src/hub/hub.ts';

const started = performance.now();
const hub = await createHub({ dataDir: process.argv[2]!, log: () => undefined });
const server = createServer((req, res) => { if (!hub.http(req, res)) res.writeHead(404).end(); });
hub.attach(server);
server.listen(0, '127.0.0.1', () => {
  console.log(`READ ${Math.round(performance.now() - started)}`);
  console.log(`PORT ${(server.address() as { port: number }).port}`);
});
setInterval(() => {
  const cpu = process.cpuUsage();
  console.log(`USAGE ${process.memoryUsage().rss} ${cpu.user + cpu.system}`);
}, 500);
