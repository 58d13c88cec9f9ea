// End-to-end tests of embedding and kiosk mode in headless Chromium. The therapist's page is
// served on one origin (127.0.0.1) and the widget on another (localhost), as in real use.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, launchPartitioned } from './harness.mjs';

let widget;
let host;
let widgetOrigin;
let browser;

before(async () => {
  widget = await serve();
  widgetOrigin = `http://localhost:${new URL(widget.origin).port}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'host-'));
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><title>A therapist's page</title></head><body>
     <h1>Dr Example, counselling</h1>
     <script src="${widgetOrigin}/embed.js" data-modules="scale,letter" data-accent="#aa3366" data-title="Self-compassion practice"
       data-crisis-name="Samaritans" data-crisis-phone="116 123"></script>
     <p>Between the widgets.</p>
     <script src="${widgetOrigin}/embed.js" data-modules="pacer" data-theme="dark"></script>
     </body></html>`,
  );
  host = await serve(dir);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await host?.close();
  await widget?.close();
});

async function hostPage(b) {
  const page = await b.newPage();
  await page.goto(`${host.origin}/`);
  const frames = page.locator('iframe');
  await page.frameLocator('iframe').first().locator('main h1').waitFor();
  await page.frameLocator('iframe').nth(1).locator('main h1').waitFor();
  return { page, frames };
}

test('the loader makes a titled iframe per script, each configured by its attributes', async () => {
  const { page, frames } = await hostPage(browser);
  assert.equal(await frames.count(), 2);
  const first = frames.first();
  assert.equal(await first.getAttribute('title'), 'Self-compassion practice');
  assert.equal(await first.getAttribute('allow'), 'fullscreen; screen-wake-lock');
  assert.equal(await first.getAttribute('loading'), 'lazy');
  assert.ok((await first.getAttribute('src')).startsWith(`${widgetOrigin}/index.html?modules=scale%2Cletter`));
  const a = page.frameLocator('iframe').first();
  const b = page.frameLocator('iframe').nth(1);
  // Only the configured modules, in order.
  assert.deepEqual(await a.locator('.practice h2').allInnerTexts(), ['The Self-Compassion Scale', 'A compassionate letter']);
  assert.deepEqual(await b.locator('.practice h2').allInnerTexts(), ['Breathing pacer']);
  // Theme and crisis line.
  const accent = await a.locator('html').evaluate((el) => getComputedStyle(el).getPropertyValue('--sc-accent').trim());
  assert.equal(accent, '#aa3366');
  assert.equal(await b.locator('html').getAttribute('data-scheme'), 'dark');
  assert.match(await a.locator('.crisis').innerText(), /contact Samaritans now on 116 123/);
  await page.close();
});

test('the frame follows its content height; forged messages are ignored', async () => {
  const { page, frames } = await hostPage(browser);
  const first = frames.first();
  const heightOf = () => first.evaluate((el) => parseInt(el.style.height, 10));
  await page.waitForFunction(() => parseInt(document.querySelector('iframe').style.height, 10) !== 640);
  const home = await heightOf();
  const inner = page.frameLocator('iframe').first();
  await inner.getByRole('button', { name: 'Take the scale' }).click();
  await inner.locator('#intro-title').waitFor();
  await page.waitForFunction((h) => parseInt(document.querySelector('iframe').style.height, 10) !== h, home);
  const intro = await heightOf();
  const content = await page.frames()[1].evaluate(() => document.body.scrollHeight);
  assert.equal(intro, content, 'the frame is exactly as tall as its content');
  // A message from the host page itself, and one from another origin's frame: both ignored.
  await page.evaluate(() => window.postMessage({ type: 'selfcompassion:height', height: 5 }, '*'));
  await page.evaluate((origin) => {
    const spy = document.createElement('iframe');
    spy.src = `${origin}/embed.js`;
    document.body.appendChild(spy);
  }, host.origin);
  await page.waitForTimeout(300);
  assert.equal(await heightOf(), intro);
  await page.close();
});

test('storage inside the embed is partitioned (as shipped) and kept separate from the widget’s own site', async () => {
  const partitioned = await launchPartitioned();
  const context = await partitioned.newContext();
  const page = await context.newPage();
  await page.goto(`${host.origin}/`);
  const inner = page.frameLocator('iframe').first();
  await inner.locator('main h1').waitFor();
  assert.equal(await inner.locator('.banners').innerText(), '', 'no storage warning');
  await inner.getByRole('button', { name: 'Write a letter' }).click();
  await inner.getByRole('button', { name: 'Write a new letter' }).click();
  await inner.locator('#letter-judge').fill('Written inside the therapist’s page');
  await page.reload();
  await page.frameLocator('iframe').first().getByRole('button', { name: 'Your letters (1)' }).waitFor();
  // The same widget opened on its own site sees nothing: the embed's storage is partitioned.
  const own = await context.newPage();
  await own.goto(`${widgetOrigin}/#/letters`);
  await own.getByText('No letters yet.').waitFor();
  await partitioned.close();
});

test('with third-party storage blocked the embed still works in memory and says so', async () => {
  const { page } = await hostPage(browser);
  const inner = page.frameLocator('iframe').first();
  await inner.getByText('storage is blocked').waitFor();
  await inner.getByRole('button', { name: 'Write a letter' }).click();
  await inner.getByRole('button', { name: 'Write a new letter' }).click();
  await inner.locator('#letter-judge').fill('Kept on the page only');
  await inner.getByRole('button', { name: 'Your letters' }).click();
  await inner.getByText('Kept on the page only').waitFor();
  await page.close();
});

test('kiosk: an idle countdown of 20 s or more, then everything is wiped and Back restores nothing', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(`${widgetOrigin}/?kiosk=1&idle=30#/letters`);
  await page.locator('#letters-title').waitFor();
  await page.getByRole('button', { name: 'Write a new letter' }).click();
  await page.locator('#letter-judge').fill('The previous client’s private words');
  await page.clock.runFor(31_000);
  await page.getByRole('alertdialog').getByText('Are you still there?').waitFor();
  const text = await page.getByRole('alertdialog').innerText();
  const seconds = Number(text.match(/cleared in (\d+) seconds/)[1]);
  assert.ok(seconds >= 20, `countdown of ${seconds} s`);
  // "I'm still here" keeps everything.
  await page.getByRole('button', { name: 'I’m still here' }).click();
  assert.equal(await page.getByRole('alertdialog').count(), 0);
  assert.equal(await page.locator('#letter-judge').inputValue(), 'The previous client’s private words');
  // Then the client walks away.
  await page.clock.runFor(31_000 + 31_000);
  await page.locator('#home-title').waitFor();
  assert.doesNotMatch(await page.content(), /private words/);
  const stored = await page.evaluate(async () => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    cookies: document.cookie,
    idb: indexedDB.databases ? (await indexedDB.databases()).length : 0,
  }));
  assert.deepEqual(stored, { local: [], session: [], cookies: '', idb: 0 });
  await page.goBack();
  await page.waitForTimeout(200);
  assert.doesNotMatch(await page.content(), /private words/);
  await context.close();
});

test('kiosk: Finish and erase wipes at once; printing and downloads are off', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${widgetOrigin}/?kiosk=1#/break`);
  await page.locator('#break-title').waitFor();
  await page.getByLabel('A phrase to keep').fill('Something personal');
  await page.getByRole('button', { name: 'Keep this phrase' }).click();
  await page.goto(`${widgetOrigin}/?kiosk=1#/`);
  await page.reload();
  await page.locator('#home-title').waitFor();
  assert.equal(await page.locator('.mantra').count(), 0, 'nothing survives a reload in a kiosk');
  await page.goto(`${widgetOrigin}/?kiosk=1#/break`);
  await page.getByLabel('A phrase to keep').fill('Another one');
  await page.getByRole('button', { name: 'Keep this phrase' }).click();
  await page.getByRole('button', { name: 'Finish and erase' }).first().click();
  await page.locator('#home-title').waitFor();
  assert.doesNotMatch(await page.content(), /Another one/);
  assert.match(await page.locator('.welcome').innerText(), /Nothing you enter here is kept/);
  await page.goto(`${widgetOrigin}/?kiosk=1#/data`);
  assert.equal(await page.getByRole('button', { name: /Download/ }).count(), 0);
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), []);
  await context.close();
});
