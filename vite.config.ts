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

/** React and zustand, which every page needs (with Vite's preload helper, so Home never loads the 3D stack for it). */
const REACT = /node_modules[\\/](react|react-dom|scheduler|zustand)[\\/]/;
/** The 3D and XR stack every lesson needs at once (not the loaders and helpers some lessons use later). */
const STAGE = /node_modules[\\/](three[\\/]build|@react-three[\\/](fiber|xr)|@pmndrs[\\/][\w-]+|troika-[\w-]+|bidi-js|webgl-sdf-generator|its-fine|suspend-react|use-sync-external-store|react-use-measure|tunnel-rat|meshline|@babel[\\/]runtime)[\\/]/;
const DREI_TEXT = /node_modules[\\/]@react-three[\\/]drei[\\/]core[\\/]Text\.js$/;

export default defineConfig({
  // Relative base: the built site works from any folder of any static host.
  base: './',
  // Fonts, XR controller profiles and models are served as plain files from assets/.
  publicDir: 'assets',
  plugins: [react(), noBundledEmulator(), lessonModules(), contentSecurityPolicy(), offlineApp()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // The libraries every lesson's first frame needs, in two fixed chunks (React and zustand; the 3D and XR
        // stack) instead of however the bundler happens to cut them: fewer, better-compressed files
        // for a headset on classroom Wi-Fi, and Home and the teacher's desk never load the 3D stack.
        codeSplitting: {
          groups: [
            { name: 'react', test: (id: string) => REACT.test(id) || id.includes('vite/preload-helper'), priority: 2 },
            { name: 'stage', test: (id: string) => STAGE.test(id) || DREI_TEXT.test(id), priority: 1 },
          ],
        },
      },
    },
  },
  server: { host: true },
  preview: { host: true },
});
