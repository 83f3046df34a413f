// `npm start`: build the app with the built-in lessons, then serve it for the classroom.
import { nodeWarning } from './check-node.mjs';
import { runBin } from './bin.mjs';

const oldNode = nodeWarning();
if (oldNode) console.warn(`\n⚠ ${oldNode}\n`);

console.log('Building ClimateXR…');
const status = runBin('vite', 'vite', ['build', '--logLevel', 'warn']);
if (status !== 0) process.exit(status);
await import('./serve.mjs');
