// Serves the built app (dist/) for a classroom: http://localhost for the teacher's laptop, and
// https on the LAN (self-signed) for headsets, with a QR code of the LAN address. The classroom hub
// (src/hub: live view, replication, conducting) answers on the same origin and port of both.
//   node scripts/serve.mjs [--port 8080] [--https-port 8443] [--dist dist] [--data classroom-data]
// CLASSROOM_ADDRESSES=a,b names the LAN addresses instead of reading them off the network interfaces
// (tests use a documentation address; a laptop with several networks can pick one). CLASSROOM_DATA
// (or --data) is the folder of the class log, default classroom-data/ at the repository's root.
import { createServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import QRCode from 'qrcode';
import { certFolder, certificateFor } from './serve/cert.mjs';
import { staticHandler } from './serve/static.mjs';
import { startHub } from './serve/hub.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const port = arg('--port', Number(process.env.PORT ?? 8080));
const distAt = process.argv.indexOf('--dist');
const dist = distAt > 0 ? process.argv[distAt + 1] : 'dist';
const httpsPort = arg('--https-port', Number(process.env.HTTPS_PORT ?? 8443));
const dataAt = process.argv.indexOf('--data');
const dataDir = dataAt > 0 ? process.argv[dataAt + 1] : process.env.CLASSROOM_DATA;

if (!existsSync(`${dist}/index.html`)) {
  console.error(`There is no built app in ${dist}/: run \`npm run build\` first (\`npm start\` does both).`);
  process.exit(1);
}

const lanAddresses = process.env.CLASSROOM_ADDRESSES
  ? process.env.CLASSROOM_ADDRESSES.split(',').map((a) => a.trim()).filter(Boolean)
  : Object.values(networkInterfaces()).flat().filter((n) => n && n.family === 'IPv4' && !n.internal).map((n) => n.address);

const files = staticHandler(dist);
const hub = await startHub(dataDir).catch((e) => {
  console.error(`The classroom hub could not start: ${e.message}`);
  process.exit(1);
});
// `hub: true` tells pages that this server has the hub (a static host serves the built file without it).
let classroom = { urls: [], hub: true };
// The teacher page asks which address to put in its QR codes: the LAN https address, not localhost.
const handler = (req, res) => {
  if (hub.http(req, res)) return;
  if (req.url?.split('?')[0] === '/classroom.json') {
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }).end(JSON.stringify(classroom));
    return;
  }
  return files(req, res);
};
const listen = (server, p, host) => new Promise((ok, fail) => {
  server.once('error', fail);
  server.listen(p, host, () => ok(server.address().port));
});

const httpServer = createServer(handler);
hub.attach(httpServer);
const httpPort = await listen(httpServer, port, '127.0.0.1').catch((e) => {
  console.error(`Port ${port} is busy (${e.code}). Try: npm start -- --port 8090`);
  process.exit(1);
});
const { key, cert, made } = await certificateFor(lanAddresses);
const httpsServer = createHttpsServer({ key, cert }, handler);
hub.attach(httpsServer);
const securePort = await listen(httpsServer, httpsPort, '0.0.0.0').catch((e) => {
  console.error(`Port ${httpsPort} is busy (${e.code}). Try: npm start -- --https-port 8453`);
  process.exit(1);
});

classroom = { urls: lanAddresses.map((a) => `https://${a}:${securePort}/`), hub: true };
console.log('\nClimateXR is running.\n');
console.log(`  On this laptop:   http://localhost:${httpPort}/`);
for (const a of lanAddresses) console.log(`  Headsets (Wi-Fi): https://${a}:${securePort}/`);
if (made) console.log(`\n  A new self-signed certificate was made in ${certFolder}.`);
if (lanAddresses[0]) {
  const url = `https://${lanAddresses[0]}:${securePort}/`;
  console.log(`\nScan to open on a headset or phone (${url}):\n`);
  console.log(await QRCode.toString(url, { type: 'terminal', small: true }));
  console.log('The first time, the headset warns about the certificate: choose "Advanced" → "Proceed". See README.');
} else {
  console.log(`\n  No network found: only this laptop can open the lessons (also https://localhost:${securePort}/).`);
}
console.log(`\n  Class data (progress, nicknames, the teacher secret): ${hub.dataDir}`);
console.log('  The teacher\'s desk on this laptop knows the secret; on another computer, type it there (see README).');
console.log('\nStop with Ctrl+C.');

// Ctrl+C or kill: everything acknowledged is already on the disk; close the log and the connections
// (the headsets reconnect by themselves when the server is back) and leave.
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log('\nStopping…');
    setTimeout(() => process.exit(0), 3000).unref();
    await hub.close().catch((e) => console.error(e.message));
    for (const server of [httpServer, httpsServer]) server.closeAllConnections();
    process.exit(0);
  });
}
