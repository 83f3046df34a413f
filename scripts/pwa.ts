import { VitePWA } from 'vite-plugin-pwa';

/**
 * Offline after one visit: a service worker precaches the app, every lesson chunk, the font, the XR
 * controller profiles and models. Workbox's default globs skip json/woff/glb and files over 2 MiB, so
 * both are widened here. Registered by src/app/offline.ts (it needs a trusted origin: localhost or a
 * real certificate; a self-signed LAN address cannot install it).
 */
export function offlineApp() {
  return VitePWA({
    injectRegister: null,
    registerType: 'autoUpdate',
    includeAssets: ['favicon.svg'],
    manifest: {
      name: 'ClimateXR — 몰입형 기후행동 수업',
      short_name: 'ClimateXR',
      description: 'Immersive climate-action lessons / 몰입형 기후행동 수업',
      lang: 'ko',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#0f1a22',
      theme_color: '#0f1a22',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{html,js,css,json,woff,woff2,ttf,glb,gltf,bin,png,jpg,jpeg,webp,svg,mp3,ogg,wav,m4a,vtt,ktx2,wasm}'],
      // The classroom server answers classroom.json itself (its LAN address): never from a cache.
      globIgnores: ['classroom.json'],
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
    },
  });
}
