// End-to-end tests of data safety against the built dist/ in headless Chromium: two tabs,
// tampered, newer and unreadable data, a full storage, backup and restore, erase.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { server, browser } from './env.mjs';


const KEY = 'selfcompassion:doc';

async function page(context, hash = '') {
  const p = await context.newPage();
  p.errors = [];
  p.on('pageerror', (e) => p.errors.push(String(e)));
  await p.goto(`${server.origin}/${hash}`);
  await p.locator('main h1').first().waitFor();
  return p;
}

async function writeLetter(p, text) {
  await p.goto(`${server.origin}/#/letters`);
  await p.getByRole('button', { name: 'Write a new letter' }).click();
  await p.locator('#letter-judge').fill(text);
}

async function keepPhrase(p, text) {
  await p.goto(`${server.origin}/#/break`);
  await p.getByLabel('A phrase to keep').fill(text);
  await p.getByRole('button', { name: 'Keep this phrase' }).click();
}

const stored = (p) => p.evaluate((key) => JSON.parse(localStorage.getItem(key)), KEY);

test('two tabs: each sees the other’s changes and neither overwrites the other', async () => {
  const context = await browser.newContext();
  const a = await page(context);
  const b = await page(context);
  await writeLetter(a, 'Written in tab A');
  await keepPhrase(b, 'Kept in tab B');
  await b.goto(`${server.origin}/#/letters`);
  await b.getByText('Written in tab A').waitFor();
  const doc = await stored(a);
  assert.equal(doc.writing.letters.length, 1);
  assert.deepEqual(doc.writing.mantras, ['Kept in tab B']);
  await a.goto(`${server.origin}/`);
  await a.locator('.mantra', { hasText: 'Kept in tab B' }).waitFor();
  assert.deepEqual([...a.errors, ...b.errors], []);
  await context.close();
});

test('a stale tab that missed the storage event merges before it writes', async () => {
  const context = await browser.newContext();
  const a = await page(context);
  const b = await context.newPage();
  // Tab B never hears storage events, as if it had been frozen.
  await b.addInitScript(() => window.addEventListener('storage', (e) => e.stopImmediatePropagation(), true));
  await b.goto(`${server.origin}/`);
  await b.locator('main h1').waitFor();
  await writeLetter(a, 'From the lively tab');
  await keepPhrase(b, 'From the stale tab');
  const doc = await stored(b);
  assert.equal(doc.writing.letters.length, 1, 'the other tab’s letter survived');
  assert.equal(doc.writing.letters[0].judge, 'From the lively tab');
  assert.deepEqual(doc.writing.mantras, ['From the stale tab']);
  await b.getByText('Changes made in another tab were added here').waitFor();
  await context.close();
});

test('a deletion in one tab reaches the other and is not undone', async () => {
  const context = await browser.newContext();
  const a = await page(context);
  await writeLetter(a, 'Soon deleted');
  await a.goto(`${server.origin}/#/letters`);
  const b = await page(context, '#/letters');
  await b.getByText('Soon deleted').waitFor();
  await a.getByRole('button', { name: 'Delete the letter “Soon deleted”' }).click();
  await b.getByText('No letters yet.').waitFor();
  await keepPhrase(b, 'A later change in B');
  const doc = await stored(a);
  assert.equal(doc.writing.letters.length, 0);
  await context.close();
});

test('unreadable data is kept byte for byte, offered for download, and never overwritten', async () => {
  const context = await browser.newContext();
  const p = await page(context);
  const junk = '{"schema":3,"writing":{"letters":[{"body":"half a letter…' + '\u0000';
  await p.evaluate(([key, v]) => localStorage.setItem(key, v), [KEY, junk]);
  await p.reload();
  await p.getByText('Some saved data could not be read').waitFor();
  const aside = await p.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('selfcompassion:quarantine:')).map((k) => localStorage.getItem(k)));
  assert.deepEqual(aside, [junk]);
  await keepPhrase(p, 'A fresh start');
  await p.goto(`${server.origin}/#/data`);
  const [download] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'Download the data set aside' }).click()]);
  const file = path.join(os.tmpdir(), `aside-${Date.now()}.txt`);
  await download.saveAs(file);
  assert.equal(fs.readFileSync(file, 'utf8'), junk);
  await context.close();
});

test('data from a newer version is shown read-only and never written', async () => {
  const context = await browser.newContext();
  const p = await page(context);
  const newer = JSON.stringify({ schema: 99, revision: 4, writing: { mantras: ['From the future'] }, hologram: true });
  await p.evaluate(([key, v]) => localStorage.setItem(key, v), [KEY, newer]);
  await p.reload();
  await p.getByText('written by a newer version').waitFor();
  await p.locator('.mantra', { hasText: 'From the future' }).waitFor();
  await keepPhrase(p, 'Not to be written');
  assert.equal(await p.evaluate((key) => localStorage.getItem(key), KEY), newer);
  await context.close();
});

test('a full storage keeps the change on the page, says so, and retries on the next change', async () => {
  const context = await browser.newContext();
  const p = await context.newPage();
  await p.addInitScript(() => {
    const real = Storage.prototype.setItem;
    window.__full = true;
    Storage.prototype.setItem = function (k, v) {
      if (window.__full && k === 'selfcompassion:doc') throw new DOMException('full', 'QuotaExceededError');
      return real.call(this, k, v);
    };
  });
  await p.goto(`${server.origin}/`);
  await p.locator('main h1').waitFor();
  await keepPhrase(p, 'First, while full');
  await p.getByText('could not be saved').waitFor();
  assert.equal(await p.evaluate((key) => localStorage.getItem(key), KEY), null);
  await p.evaluate(() => {
    window.__full = false;
  });
  await p.getByLabel('A phrase to keep').fill('Second, with room');
  await p.getByRole('button', { name: 'Keep this phrase' }).click();
  await p.waitForFunction(() => !document.body.innerText.includes('could not be saved'));
  const doc = await stored(p);
  assert.deepEqual(doc.writing.mantras, ['First, while full', 'Second, with room']);
  await context.close();
});

test('backup and restore: download, import into a fresh browser, import again, refuse a bad file', async () => {
  const context = await browser.newContext();
  const p = await page(context);
  await writeLetter(p, 'A letter worth keeping');
  await keepPhrase(p, 'Kept phrase');
  await p.goto(`${server.origin}/#/data`);
  await p.getByText('You have not made a backup yet.').waitFor();
  const [download] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'Download a backup (JSON)' }).click()]);
  assert.match(download.suggestedFilename(), /^self-compassion-backup-\d{4}-\d\d-\d\d\.json$/);
  const file = path.join(os.tmpdir(), `backup-${Date.now()}.json`);
  await download.saveAs(file);
  await p.getByText('Your last backup was made on').waitFor();
  const [csv] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'Download scale results (CSV)' }).click()]);
  assert.match(csv.suggestedFilename(), /\.csv$/);
  await context.close();

  const fresh = await browser.newContext();
  const q = await page(fresh, '#/data');
  await q.setInputFiles('#import-file', file);
  await q.getByText('Restored from the backup: 2 new or updated items.').waitFor();
  await q.setInputFiles('#import-file', file);
  await q.getByText('The backup held nothing new').waitFor();
  const bad = path.join(os.tmpdir(), `bad-${Date.now()}.json`);
  fs.writeFileSync(bad, '{"hello": "world"}');
  const before = await stored(q);
  await q.setInputFiles('#import-file', bad);
  await q.getByText('This file is not a backup from this widget. Nothing was changed.').waitFor();
  assert.deepEqual(await stored(q), before);
  await q.goto(`${server.origin}/#/letters`);
  await q.getByText('A letter worth keeping').waitFor();
  await fresh.close();
});

test('erase everything: confirmed, no key of ours remains, and other tabs start afresh', async () => {
  const context = await browser.newContext();
  const a = await page(context);
  await writeLetter(a, 'To be erased');
  await a.evaluate(() => sessionStorage.setItem('selfcompassion:x', '1'));
  const b = await page(context, '#/letters');
  await b.getByText('To be erased').waitFor();
  await a.goto(`${server.origin}/#/data`);
  await a.getByRole('button', { name: 'Erase everything…' }).click();
  await a.getByRole('button', { name: 'Cancel' }).click();
  assert.notEqual(await a.evaluate((key) => localStorage.getItem(key), KEY), null, 'cancel keeps everything');
  await a.getByRole('button', { name: 'Erase everything…' }).click();
  await a.getByRole('button', { name: 'Yes, erase everything' }).click();
  await a.getByText('has been erased').waitFor();
  const keys = await a.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((k) => k.startsWith('selfcompassion:')));
  assert.deepEqual(keys, []);
  await b.getByText('Everything was erased in another tab').waitFor();
  await b.goto(`${server.origin}/#/letters`);
  await b.getByText('No letters yet.').waitFor();
  // Nothing comes back after a moment.
  await a.waitForTimeout(300);
  assert.equal(await a.evaluate((key) => localStorage.getItem(key), KEY), null);
  await context.close();
});
