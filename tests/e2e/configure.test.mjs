// The clinician's configuration page: options change the live preview and the snippet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { server, browser } from './env.mjs';


test('choices update the preview and the snippet', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.origin}/configure.html`);
  await page.frameLocator('#preview').locator('#home-title').waitFor();
  await page.getByLabel('Breathing pacer').uncheck();
  await page.getByLabel('Form').selectOption('12');
  await page.getByLabel('Light or dark').selectOption('dark');
  await page.getByLabel('Name').fill('Samaritans');
  await page.getByLabel('Kiosk on a shared device (nothing kept, wipes when idle)').check();
  const snippet = await page.locator('#snippet').inputValue();
  assert.match(snippet, /^<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js"/);
  assert.match(snippet, /data-modules="scale,letter,friend,break"/);
  assert.match(snippet, /data-form="12"/);
  assert.match(snippet, /data-theme="dark"/);
  assert.match(snippet, /data-crisis-name="Samaritans"/);
  assert.match(snippet, /data-kiosk="on"/);
  assert.doesNotMatch(snippet, /data-idle|data-downloads|data-print|data-qr/, 'defaults are left out');
  assert.equal(await page.getByRole('checkbox', { name: /QR code/ }).isChecked(), true, 'a kiosk offers the QR code');
  await page.getByRole('checkbox', { name: /QR code/ }).uncheck();
  assert.match(await page.locator('#snippet').inputValue(), /data-qr="off"/);
  const frame = page.frameLocator('#preview');
  await frame.locator('.welcome').waitFor();
  assert.deepEqual(await frame.locator('.practice h2').allInnerTexts(), [
    'The Self-Compassion Scale',
    'A compassionate letter',
    'How would you treat a friend?',
    'A self-compassion break',
  ]);
  assert.match(await frame.locator('.crisis').innerText(), /Samaritans/);
  assert.deepEqual(errors, []);
  await page.close();
});
