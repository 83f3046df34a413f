import { expect, test } from 'vitest';
import fc from 'fast-check';
import { sha256 } from './sha256.ts';

const hex = (b: ArrayBuffer | Uint8Array) => [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, '0')).join('');

test('matches the standard vectors and WebCrypto on random inputs (block edges included)', async () => {
  expect(hex(sha256(new TextEncoder().encode('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  expect(hex(sha256(new Uint8Array(0)))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (bytes) => {
    expect(hex(sha256(bytes))).toBe(hex(await crypto.subtle.digest('SHA-256', bytes)));
  }), { numRuns: 300 });
});
