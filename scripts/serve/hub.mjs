// The classroom hub (src/hub, TypeScript) inside the plain-JS server: loaded through tsx's API, so
// `node scripts/serve.mjs` and `npm start` need no loader flag on a fresh clone.
import { tsImport } from 'tsx/esm/api';

/** The hub with its class log in `dataDir` (default: classroom-data/ at the repository's root). */
export async function startHub(dataDir) {
  const { createHub, DATA_DIR } = await tsImport('../../src/hub/hub.ts', import.meta.url);
  return createHub({ dataDir: dataDir ?? DATA_DIR });
}
