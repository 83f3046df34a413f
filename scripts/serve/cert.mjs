// A self-signed certificate for the classroom server, made once and kept in .cert/ (never committed).
// Headsets only open WebXR on a secure origin, so the LAN address must be https.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { X509Certificate } from 'node:crypto';
import selfsigned from 'selfsigned';

const DIR = new URL('../../.cert/', import.meta.url);

export async function certificateFor(addresses) {
  const keyFile = new URL('key.pem', DIR);
  const certFile = new URL('cert.pem', DIR);
  try {
    const [key, cert] = await Promise.all([readFile(keyFile, 'utf8'), readFile(certFile, 'utf8')]);
    const x = new X509Certificate(cert);
    const names = x.subjectAltName ?? '';
    const fresh = new Date(x.validTo).getTime() > Date.now() + 7 * 86400e3;
    if (fresh && addresses.every((a) => names.includes(a))) return { key, cert, made: false };
  } catch {
    // none yet, or unreadable: make a new one
  }
  const altNames = [{ type: 2, value: 'localhost' }, ...['127.0.0.1', ...addresses].map((ip) => ({ type: 7, ip }))];
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'ClimateXR classroom' }], {
    days: 825, keySize: 2048, algorithm: 'sha256',
    extensions: [{ name: 'basicConstraints', cA: false }, { name: 'subjectAltName', altNames }],
  });
  await mkdir(DIR, { recursive: true });
  await writeFile(keyFile, pems.private, { mode: 0o600 });
  await writeFile(certFile, pems.cert);
  return { key: pems.private, cert: pems.cert, made: true };
}
