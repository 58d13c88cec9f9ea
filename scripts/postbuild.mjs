// Trunk post-build hook. Makes dist/ work under a strict Content-Security-Policy and offline:
// - moves Trunk's inline start-up script into its own file (start-<hash>.js), so that
//   `script-src 'self' 'wasm-unsafe-eval'` needs no hash or 'unsafe-inline';
// - writes sw.js, a service worker that keeps every file of this build for offline use;
// - writes _headers (Netlify/Cloudflare Pages format) with the recommended security headers;
// - minifies wasm-bindgen's JavaScript glue (Trunk 0.21 does not) and updates its integrity hash.
import crypto from 'node:crypto';
import { transformSync } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
const indexPath = path.join(dir, 'index.html');
let html = fs.readFileSync(indexPath, 'utf8');
const inline = html.match(/<script type="module">([\s\S]*?)<\/script>/);
if (inline) {
  const register = `
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('./sw.js').catch(() => {});
}
`;
  const body = inline[1].replace('window.wasmBindings = bindings;', '') + register;
  const hash = crypto.createHash('sha256').update(body).digest('hex').slice(0, 16);
  const name = `start-${hash}.js`;
  fs.writeFileSync(path.join(dir, name), body);
  html = html.replace(inline[0], `<script type="module" src="./${name}"></script>`);
  fs.writeFileSync(indexPath, html);
}

// Minify the glue module in release builds (`trunk build --release`); keep it readable while
// developing. Its subresource-integrity hash in index.html must follow the new bytes.
if (process.env.TRUNK_PROFILE === 'release') {
  for (const file of fs.readdirSync(dir).filter((f) => /^selfcompassion-[0-9a-f]+\.js$/.test(f))) {
    const full = path.join(dir, file);
    const before = fs.readFileSync(full);
    const { code } = transformSync(before.toString('utf8'), { minify: true, format: 'esm', target: 'es2020' });
    fs.writeFileSync(full, code);
    const sri = (body) => `sha384-${crypto.createHash('sha384').update(body).digest('base64')}`;
    html = html.split(sri(before)).join(sri(code));
  }
  fs.writeFileSync(indexPath, html);
}

// The service worker: cache this build's files on install, answer from the cache first.
const files = fs
  .readdirSync(dir)
  .filter((f) => !['sw.js', '_headers'].includes(f) && fs.statSync(path.join(dir, f)).isFile());
const version = crypto.createHash('sha256').update(files.sort().join('\n')).digest('hex').slice(0, 12);
const sw = `// Keeps this build of the widget available offline (kiosks whose network drops).
const CACHE = 'selfcompassion-${version}';
const FILES = ${JSON.stringify(['./', ...files.map((f) => `./${f}`)])};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('selfcompassion-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET' || new URL(event.request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.match(event.request, { ignoreSearch: true }).then((hit) => hit || fetch(event.request)),
  );
});
`;
fs.writeFileSync(path.join(dir, 'sw.js'), sw);

// Recommended headers for any static host that reads a _headers file. Replace the
// frame-ancestors list with the sites allowed to embed the widget.
const headers = `/*
  Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'self' https://your-practice.example
  Referrer-Policy: no-referrer
  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()
  X-Content-Type-Options: nosniff
`;
fs.writeFileSync(path.join(dir, '_headers'), headers);
