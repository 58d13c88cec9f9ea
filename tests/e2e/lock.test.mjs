// End-to-end tests of the passphrase lock (WebCrypto AES-256-GCM, PBKDF2-SHA256) in headless
// Chromium: turning it on, opening with the right and a wrong passphrase, tampered ciphertext,
// fresh nonces, changing the passphrase, and the idle lock.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { server, browser } from './env.mjs';


const KEY = 'selfcompassion:doc';
const SECRET = 'A letter nobody else should read';
const PASS = 'gentle rain on the roof';
const raw = (p) => p.evaluate((key) => localStorage.getItem(key), KEY);
const b64len = (s) => Buffer.from(s, 'base64').length;

async function lockedPage(context, { clock = false } = {}) {
  const p = await context.newPage();
  if (clock) await p.clock.install();
  await p.goto(`${server.origin}/#/letters`);
  await p.getByRole('button', { name: 'Write a new letter' }).click();
  await p.locator('#letter-judge').fill(SECRET);
  await p.goto(`${server.origin}/#/data`);
  await p.getByLabel('New passphrase').fill(PASS);
  await p.getByLabel('The same passphrase again').fill(PASS);
  await p.getByLabel('Lock again after this long without use').selectOption('1');
  await p.getByRole('button', { name: 'Lock my data' }).click();
  await p.getByRole('alert').filter({ hasText: 'no way to recover' }).waitFor();
  await p.getByLabel('I understand that a forgotten passphrase cannot be recovered.').check();
  await p.getByRole('button', { name: 'Lock my data' }).click();
  await p.getByText('Your data is now locked with your passphrase.').waitFor();
  await p.waitForFunction((key) => (localStorage.getItem(key) || '').includes('ciphertext'), KEY);
  return p;
}

async function unlock(p, pass) {
  await p.getByLabel('Passphrase', { exact: true }).fill(pass);
  await p.getByRole('button', { name: 'Open', exact: true }).click();
}

test('the lock stores only ciphertext, with PBKDF2 at 600,000 iterations and a wrapped key', async () => {
  const context = await browser.newContext();
  const p = await lockedPage(context);
  const text = await raw(p);
  assert.ok(!text.includes(SECRET), 'no plaintext stored');
  const env = JSON.parse(text);
  assert.equal(env.key.kdf, 'PBKDF2-SHA256');
  assert.ok(env.key.iterations >= 600000);
  assert.equal(b64len(env.key.salt), 16);
  assert.equal(b64len(env.key.wrap_iv), 12);
  assert.equal(b64len(env.key.wrapped_key), 48);
  assert.equal(b64len(env.iv), 12);
  await context.close();
});

test('a wrong passphrase changes nothing; the right one opens everything', async () => {
  const context = await browser.newContext();
  const p = await lockedPage(context);
  await p.reload();
  await p.locator('#lock-title').waitFor();
  assert.equal(await p.getByText(SECRET).count(), 0, 'nothing shown while locked');
  const before = await raw(p);
  await unlock(p, 'not my passphrase');
  await p.getByText('That passphrase does not open your data. Nothing was changed').waitFor();
  assert.equal(await raw(p), before, 'stored text unchanged');
  await unlock(p, PASS);
  await p.locator('#data-title').waitFor();
  await p.getByText('Your data is stored encrypted').waitFor();
  // Same-document navigation (the fragment only), so the page stays open.
  await p.goto(`${server.origin}/#/letters`);
  await p.getByText(SECRET).waitFor();
  await context.close();
});

test('tampered ciphertext is detected and left as it is', async () => {
  const context = await browser.newContext();
  const p = await lockedPage(context);
  const env = JSON.parse(await raw(p));
  const bytes = Buffer.from(env.ciphertext, 'base64');
  bytes[5] ^= 1;
  env.ciphertext = bytes.toString('base64');
  const tampered = JSON.stringify(env);
  await p.evaluate(([key, v]) => localStorage.setItem(key, v), [KEY, tampered]);
  await p.reload();
  await p.locator('#lock-title').waitFor();
  await unlock(p, PASS);
  await p.getByText('altered or damaged').waitFor();
  assert.equal(await raw(p), tampered);
  await context.close();
});

test('every save uses a fresh nonce; a new passphrase re-wraps only the key', async () => {
  const context = await browser.newContext();
  const p = await lockedPage(context);
  const first = JSON.parse(await raw(p));
  await p.goto(`${server.origin}/#/break`);
  await p.getByLabel('A phrase to keep').fill('One more change');
  await p.getByRole('button', { name: 'Keep this phrase' }).click();
  await p.waitForFunction(([key, iv]) => JSON.parse(localStorage.getItem(key)).iv !== iv, [KEY, first.iv]);
  const second = JSON.parse(await raw(p));
  assert.notEqual(second.iv, first.iv);
  assert.deepEqual(second.key, first.key, 'same wrapped key while the passphrase is the same');
  await p.goto(`${server.origin}/#/data`);
  await p.getByLabel('New passphrase').fill('a brand new passphrase');
  await p.getByLabel('The same passphrase again').fill('a brand new passphrase');
  await p.getByRole('button', { name: 'Change the passphrase' }).click();
  await p.getByText('Your passphrase has been changed.').waitFor();
  await p.waitForFunction(([key, wk]) => JSON.parse(localStorage.getItem(key)).key.wrapped_key !== wk, [KEY, first.key.wrapped_key]);
  await p.reload();
  await unlock(p, PASS);
  await p.getByText('That passphrase does not open your data').waitFor();
  await unlock(p, 'a brand new passphrase');
  await p.locator('#data-title').waitFor();
  await p.goto(`${server.origin}/#/`);
  await p.locator('.mantra', { hasText: 'One more change' }).waitFor();
  await context.close();
});

test('the lock engages again after the idle time, and can be turned off', async () => {
  const context = await browser.newContext();
  const p = await lockedPage(context, { clock: true });
  await p.goto(`${server.origin}/#/letters`);
  await p.getByText(SECRET).waitFor();
  await p.clock.runFor(70_000);
  await p.locator('#lock-title').waitFor();
  assert.equal(await p.getByText(SECRET).count(), 0, 'nothing left on screen');
  await unlock(p, PASS);
  await p.goto(`${server.origin}/#/data`);
  await p.getByRole('button', { name: 'Turn the lock off' }).click();
  await p.waitForFunction((key) => !(localStorage.getItem(key) || '').includes('ciphertext'), KEY);
  assert.ok((await raw(p)).includes(SECRET));
  await context.close();
});
