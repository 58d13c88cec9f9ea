// Shared helpers for the end-to-end tests: a static server for dist/ on 127.0.0.1, a headless
// Chromium launched through playwright-core, and keyboard helpers.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DIST = path.resolve(here, '../../dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves `root` on 127.0.0.1 at a free port, with optional extra response headers.
 * Resolves to { origin, close, requests } where `requests` lists every path asked for.
 */
export function serve(root = DIST, headers = {}) {
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    throw new Error(`${root}/index.html is missing: run \`make build\` first`);
  }
  const requests = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    requests.push(url.pathname);
    let file = path.normalize(path.join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404).end('not found');
        return;
      }
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
        'cache-control': 'no-store',
        ...(path.extname(file) === '.html' ? headers : {}),
      });
      res.end(body);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        requests,
        close: () =>
          new Promise((r) => {
            server.closeAllConnections?.();
            server.close(r);
          }),
      });
    });
  });
}

/** Headless Chromium from Debian, as root-safe as the machine needs. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Opens the widget in a fresh context and waits until the first screen is interactive. */
export async function open(browser, origin, { hash = '', viewport, init } = {}) {
  const context = await browser.newContext({ viewport: viewport || { width: 1280, height: 900 } });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${origin}/${hash}`);
  await page.locator('main h1').first().waitFor();
  return { context, page, errors };
}

/** Presses Tab until the focused element matches `selector` (at most `limit` presses). */
export async function tabTo(page, selector, limit = 40) {
  for (let i = 0; i < limit; i += 1) {
    const hit = await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector);
    if (hit) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The text of the "Item N of M" line. */
export function itemCount(page) {
  return page.locator('.item-count').innerText();
}

/**
 * Headless Chromium with third-party storage partitioning on, as real browsers ship it.
 * Playwright turns the feature off by default; this finds Playwright's --disable-features
 * switch and passes it again without that one feature.
 */
export async function launchPartitioned() {
  const { execSync } = await import('node:child_process');
  const probe = await launch();
  const lines = execSync('ps -eo args').toString().split('\n');
  const line = lines.find((l) => l.includes('--remote-debugging-pipe') && l.includes('--disable-features='));
  await probe.close();
  const arg = line.split(' ').find((a) => a.startsWith('--disable-features='));
  const kept = arg
    .slice('--disable-features='.length)
    .split(',')
    .filter((f) => f !== 'ThirdPartyStoragePartitioning');
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    ignoreDefaultArgs: [arg],
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--disable-features=${kept.join(',')}`],
  });
}
