import { connect, createServer, type Socket } from 'node:net';

/**
 * A headset's Wi-Fi in the class benchmark: a TCP relay on 127.0.0.1 to the hub that can drop
 * (every connection through it cut, new ones refused) and come back. Loopback only.
 */
export async function wifi(hubPort: number) {
  const open = new Set<Socket>();
  let up = true;
  const server = createServer((inner) => {
    if (!up) return void inner.destroy();
    const outer = connect(hubPort, '127.0.0.1');
    for (const s of [inner, outer]) {
      open.add(s);
      s.on('error', () => undefined);
      s.on('close', () => { open.delete(s); inner.destroy(); outer.destroy(); });
    }
    inner.pipe(outer);
    outer.pipe(inner);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    get up() { return up; },
    drop() {
      up = false;
      for (const s of open) s.destroy();
    },
    restore() { up = true; },
    close() {
      for (const s of open) s.destroy();
      server.close();
    },
  };
}
