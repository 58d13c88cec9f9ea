// The widget under a strict Content-Security-Policy, with no network request after load, and
// offline through its service worker. Headless Chromium against the built dist/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch } from './harness.mjs';

const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'self'";

let server;
let browser;

before(async () => {
  server = await serve(undefined, {
    'content-security-policy': CSP,
    'referrer-policy': 'no-referrer',
    'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Records CSP violations from the very first moment. */
const recordViolations = () => {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
  });
};

test('a journey through every module under a strict CSP: no violation, no request after load', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(recordViolations);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const after = [];
  await page.goto(`${server.origin}/`);
  await page.locator('#home-title').waitFor();
  await page.waitForLoadState('networkidle');
  page.on('request', (r) => after.push(r.url()));

  // The scale, short form.
  await page.getByRole('button', { name: 'Take the scale' }).click();
  await page.locator('input[name="form"][value="12"]').check();
  await page.getByRole('button', { name: 'Begin' }).click();
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press(String((i % 5) + 1));
    await page.keyboard.press('Enter');
  }
  await page.locator('#results-title').waitFor();
  await page.getByRole('button', { name: 'All results' }).click();
  await page.locator('svg.trend-chart, #history-title').first().waitFor();
  // The pacer, with every cue on.
  await page.goto(`${server.origin}/#/breathe`);
  await page.getByLabel('A soft tone when the phase changes').check();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.locator('.breath-stage[data-phase="inhale"]').waitFor({ timeout: 8000 });
  await page.getByRole('button', { name: 'Stop' }).click();
  // A letter, a reflection, a break, the data page, the lock.
  await page.goto(`${server.origin}/#/letters`);
  await page.getByRole('button', { name: 'Write a new letter' }).click();
  await page.locator('#letter-judge').fill('Under a strict policy');
  await page.goto(`${server.origin}/#/friend`);
  await page.getByRole('button', { name: 'Start a new reflection' }).click();
  await page.getByLabel('What do I notice about the difference?').fill('Noticing');
  await page.goto(`${server.origin}/#/break`);
  await page.getByLabel('This is a hard moment.').check();
  await page.getByRole('button', { name: 'I have taken my break' }).click();
  await page.goto(`${server.origin}/#/data`);
  await page.getByLabel('New passphrase').fill('gentle rain on the roof');
  await page.getByLabel('The same passphrase again').fill('gentle rain on the roof');
  await page.getByLabel('I understand that a forgotten passphrase cannot be recovered.').check();
  await page.getByRole('button', { name: 'Lock my data' }).click();
  await page.getByText('Your data is now locked with your passphrase.').waitFor();

  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(after, [], 'no network request after load');
  assert.deepEqual(errors, []);
  await context.close();
});

test('every request at load goes to the widget’s own origin', async () => {
  const page = await browser.newPage();
  const urls = [];
  page.on('request', (r) => urls.push(r.url()));
  await page.goto(`${server.origin}/`);
  await page.locator('#home-title').waitFor();
  assert.ok(urls.every((u) => u.startsWith(server.origin) || u.startsWith('data:')), urls.join('\n'));
  await page.close();
});

test('the service worker keeps the widget working when the network drops', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.origin}/`);
  await page.locator('#home-title').waitFor();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.locator('#home-title').waitFor();
  await context.setOffline(true);
  await page.reload();
  await page.locator('#home-title').waitFor();
  await page.getByRole('button', { name: 'Take the scale' }).click();
  await page.locator('#intro-title').waitFor();
  await context.close();
});
