// Says, in a sentence, when the running Node.js is not one ClimateXR supports (package.json
// "engines"), before anything else fails in a confusing way. No dependencies: it runs before
// `npm install` has installed anything (the "preinstall" script), and at `npm start` and `npm test`.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
/** package.json's range, e.g. "^20.19.0 || >=22.12.0": only `^x.y.z` and `>=x.y.z` alternatives. */
export const ENGINES = pkg.engines?.node ?? '';

const parts = (v) => v.trim().replace(/^v/, '').split('.').map((n) => Number.parseInt(n, 10) || 0);
const compare = (a, b) => {
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
};

/** Whether Node version `have` (e.g. "v20.20.2") is in `range`. */
export function supported(have, range = ENGINES) {
  const v = parts(have);
  return range.split('||').some((alt) => {
    const a = alt.trim();
    if (a.startsWith('^')) return v[0] === parts(a.slice(1))[0] && compare(v, parts(a.slice(1))) >= 0;
    if (a.startsWith('>=')) return compare(v, parts(a.slice(2))) >= 0;
    throw new Error(`package.json engines: "${a}" is neither ^x.y.z nor >=x.y.z`);
  });
}

/** The lowest version the range allows, in words: "20.19". */
export const LOWEST = ENGINES.split('||')[0].trim().replace(/^(\^|>=)/, '').replace(/\.0$/, '');

export function nodeWarning(have = process.version) {
  return supported(have) ? null
    : `ClimateXR needs Node.js ${LOWEST} or newer (${ENGINES}), and this is Node.js ${have.replace(/^v/, '')}: install the current LTS from nodejs.org and run the command again.`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const warning = nodeWarning();
  // A warning, not a refusal: `npm install` goes on, and npm names each package that needs more.
  if (warning) console.warn(`\n⚠ ${warning}\n`);
}
