// Runs a command-line tool of an installed package with this Node.js, the same way on Linux, macOS and
// Windows (no npx, no shell: Node refuses to spawn `.cmd` files without one since 20.12.2).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The JavaScript file behind package `pkg`'s command `name` (its package.json `bin`). */
export function binOf(pkg, name = pkg) {
  const manifest = require.resolve(`${pkg}/package.json`);
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8'));
  const file = typeof bin === 'string' ? bin : bin?.[name];
  if (!file) throw new Error(`${pkg} has no command called ${name}`);
  return join(dirname(manifest), file);
}

/** Runs the tool; returns its exit status, and says in a sentence why when it could not start. */
export function runBin(pkg, name, args, options = {}) {
  const r = spawnSync(process.execPath, [binOf(pkg, name), ...args], { stdio: 'inherit', ...options });
  if (r.error) console.error(`Could not run ${name}: ${r.error.message}. Run \`npm install\` first.`);
  return r.status ?? 1;
}
