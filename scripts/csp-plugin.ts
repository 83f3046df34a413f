import type { Plugin } from 'vite';

/**
 * The built app's Content-Security-Policy, as a <meta> tag so it holds on any static host. No
 * 'unsafe-eval', no 'unsafe-inline'. `blob:` scripts and workers are troika's text-layout worker
 * (it loads its own code from blob URLs). Not in dev: Vite's dev client injects inline scripts.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' blob:",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' blob: data:",
  "media-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'climatexr:csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
  };
}
