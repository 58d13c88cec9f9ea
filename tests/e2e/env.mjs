// Importing this module gives a test file a static server for dist/ and a headless Chromium,
// started before its tests and closed after them. The bindings are live: read them in tests.
import { before, after } from 'node:test';
import { serve, launch } from './harness.mjs';

export let server;
export let browser;

before(async () => {
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});
