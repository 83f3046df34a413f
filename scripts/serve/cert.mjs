// A self-signed certificate for the classroom server, made once and kept in .cert/ (never committed).
// Headsets only open WebXR on a secure origin, so the LAN address must be https.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { X509Certificate } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import selfsigned from 'selfsigned';

// CERT_DIR: another folder (tests use a temporary one).
const DIR = process.env.CERT_DIR ? new URL(`file://${process.env.CERT_DIR.replace(/\/?$/, '/')}`) : new URL('../../.cert/', import.meta.url);
const LIFETIME_DAYS = 825;
/** Where the certificate is kept, for the server to say. */
export const certFolder = fileURLToPath(DIR);

/** The IP addresses a certificate names, e.g. "DNS:localhost, IP Address:192.168.1.5" → {"192.168.1.5"}. */
export function certifiedAddresses(subjectAltName) {
  return new Set((subjectAltName ?? '').split(',').map((s) => s.trim()).filter((s) => s.startsWith('IP Address:')).map((s) => s.slice(11)));
}

export async function certificateFor(addresses) {
  const keyFile = new URL('key.pem', DIR);
  const certFile = new URL('cert.pem', DIR);
  try {
    const [key, cert] = await Promise.all([readFile(keyFile, 'utf8'), readFile(certFile, 'utf8')]);
    const x = new X509Certificate(cert);
    const names = certifiedAddresses(x.subjectAltName);
    const fresh = new Date(x.validTo).getTime() > Date.now() + 7 * 86400e3;
    if (fresh && addresses.every((a) => names.has(a))) return { key, cert, made: false };
  } catch {
    // none yet, or unreadable: make a new one
  }
  const altNames = [{ type: 2, value: 'localhost' }, ...['127.0.0.1', ...addresses].map((ip) => ({ type: 7, ip }))];
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'ClimateXR classroom' }], {
    notBeforeDate: new Date(), notAfterDate: new Date(Date.now() + LIFETIME_DAYS * 86400e3), keySize: 2048, algorithm: 'sha256',
    extensions: [{ name: 'basicConstraints', cA: false }, { name: 'subjectAltName', altNames }],
  });
  await mkdir(DIR, { recursive: true });
  await writeFile(keyFile, pems.private, { mode: 0o600 });
  await writeFile(certFile, pems.cert);
  return { key: pems.private, cert: pems.cert, made: true };
}
