import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicy } from './scripts/csp-plugin.ts';
import { lessonModules } from './scripts/lesson-modules-plugin.ts';
import { offlineApp } from './scripts/pwa.ts';

const emulateStub = fileURLToPath(new URL('./src/xr/emulate-stub.ts', import.meta.url));

/** Keeps @pmndrs/xr's lazy emulator chunk (IWER, synthetic rooms) out of the app. */
function noBundledEmulator(): Plugin {
  return {
    name: 'climatexr:no-bundled-emulator',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './emulate.js' && importer?.includes('@pmndrs/xr')) return emulateStub;
      return null;
    },
  };
}

export default defineConfig({
  // Relative base: the built site works from any folder of any static host.
  base: './',
  // Fonts, XR controller profiles and models are served as plain files from assets/.
  publicDir: 'assets',
  plugins: [react(), noBundledEmulator(), lessonModules(), contentSecurityPolicy(), offlineApp()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  server: { host: true },
  preview: { host: true },
});
