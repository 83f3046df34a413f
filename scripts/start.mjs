// `npm start`: build the app with the built-in lessons, then serve it for the classroom.
import { spawnSync } from 'node:child_process';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
console.log('Building ClimateXR…');
const build = spawnSync(npx, ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
await import('./serve.mjs');
