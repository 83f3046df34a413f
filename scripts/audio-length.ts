/**
 * How long a lesson's sound file plays, read from its header, so the checker can tell a caption that
 * starts after the recording ends. WAV (RIFF: data bytes ÷ bytes per second) and Ogg (Vorbis or Opus:
 * the last page's granule position ÷ the sample rate) are read; MP3 and M4A are not (their length needs
 * frame-by-frame parsing), and their captions are then not checked against a length.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { assetFiles } from './asset-files.ts';
import type { LoadOptions } from '../src/lesson/options.ts';

/** The length in seconds of a WAV file's bytes (its first part is enough), or undefined. */
export function wavSeconds(head: Uint8Array): number | undefined {
  const v = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const tag = (at: number) => String.fromCharCode(...head.subarray(at, at + 4));
  if (head.length < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE') return undefined;
  let byteRate: number | undefined;
  for (let at = 12; at + 8 <= head.length; ) {
    const id = tag(at);
    const size = v.getUint32(at + 4, true);
    if (id === 'fmt ' && at + 16 <= head.length) byteRate = v.getUint32(at + 16, true);
    if (id === 'data') return byteRate ? size / byteRate : undefined;
    at += 8 + size + (size % 2); // chunks are padded to an even length
  }
  return undefined;
}

/**
 * The length in seconds of an Ogg Vorbis or Opus file from its first bytes (the identification
 * header: the sample rate, or Opus's pre-skip at 48 kHz) and its last bytes (the last page's granule
 * position, in samples), or undefined.
 */
export function oggSeconds(head: Uint8Array, tail: Uint8Array): number | undefined {
  const text = (b: Uint8Array, at: number, n: number) => String.fromCharCode(...b.subarray(at, at + n));
  if (head.length < 64 || text(head, 0, 4) !== 'OggS') return undefined;
  const hv = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const body = 27 + head[26]!; // the first page's segment table ends its header
  let rate: number;
  let skip = 0;
  if (text(head, body, 7) === '\u0001vorbis') rate = hv.getUint32(body + 12, true);
  else if (text(head, body, 8) === 'OpusHead') {
    rate = 48000; // Opus granules always count 48 kHz samples
    skip = hv.getUint16(body + 10, true);
  } else return undefined;
  for (let at = tail.length - 27; at >= 0; at--) {
    if (tail[at] !== 0x4f || text(tail, at, 4) !== 'OggS') continue;
    const tv = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
    const granule = Number(tv.getBigUint64(at + 6, true));
    return rate > 0 ? Math.max(0, granule - skip) / rate : undefined;
  }
  return undefined;
}

const HEAD = 64 * 1024;
const TAIL = 64 * 1024;

/** The length of the file at `abs`, or undefined when it cannot be read or its format is not read. */
export function fileSeconds(abs: string): number | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(abs, 'r');
    const size = fstatSync(fd).size;
    const head = new Uint8Array(Math.min(HEAD, size));
    readSync(fd, head, 0, head.length, 0);
    if (/\.wav$/i.test(abs)) return wavSeconds(head);
    if (/\.ogg$/i.test(abs)) {
      const tail = new Uint8Array(Math.min(TAIL, size));
      readSync(fd, tail, 0, tail.length, size - tail.length);
      return oggSeconds(head, tail);
    }
    return undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Sound lengths for the loader (`LoadOptions.audioSeconds`): files under `root`/assets, or beside
 * `lessonFile` for "./" paths, as `assetLookup` finds them; never outside those folders.
 */
export function audioLengthLookup(root: string, lessonFile?: string): NonNullable<LoadOptions['audioSeconds']> {
  const find = assetFiles(root, lessonFile);
  return (path) => {
    const abs = find(path);
    return abs === undefined ? undefined : fileSeconds(abs);
  };
}
