// End-to-end tests of the writing practices (letter, friend reflection, self-compassion break)
// against the built dist/ in headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open } from './harness.mjs';
import { server, browser } from './env.mjs';


const LETTER = 'Dear me,\nI know how hard this year has been — ça va aller. 🌱\n\nYou are doing better than you think.\nWith love, a friend';

async function newLetterAtStep3(page) {
  await page.goto(`${server.origin}/#/letters`);
  await page.getByRole('button', { name: 'Write a new letter' }).click();
  await page.locator('#letter-judge').waitFor();
  await page.getByRole('button', { name: 'Next step' }).click();
  await page.getByRole('button', { name: 'Next step' }).click();
  await page.locator('#letter-body').waitFor();
}

test('a letter typed and reloaded at once keeps every character', async () => {
  const { context, page, errors } = await open(browser, server.origin);
  await newLetterAtStep3(page);
  await page.locator('#letter-body').click();
  await page.keyboard.type(LETTER);
  await page.reload();
  await page.locator('#letter-body').waitFor();
  assert.equal(await page.locator('#letter-body').inputValue(), LETTER);
  assert.match(await page.locator('.word-count').innerText(), /^26 words$/);
  assert.equal(await page.locator('.save-status').innerText(), 'Saved in this browser');
  assert.deepEqual(errors, []);
  await context.close();
});

test('closing the page within 100 ms of the last keystroke loses nothing', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.origin}/`);
  await page.locator('main h1').waitFor();
  await newLetterAtStep3(page);
  const url = page.url();
  await page.locator('#letter-body').click();
  await page.keyboard.type(LETTER.slice(0, -1));
  // The last keystroke, then close at once.
  const t0 = Date.now();
  await page.keyboard.press('d');
  await page.close();
  const closedAfter = Date.now() - t0;
  assert.ok(closedAfter < 100, `closed ${closedAfter} ms after the last keystroke`);
  const again = await context.newPage();
  await again.goto(url);
  await again.locator('#letter-body').waitFor();
  assert.equal(await again.locator('#letter-body').inputValue(), LETTER);
  await context.close();
});

test('the prompts follow the perspective and can be hidden', async () => {
  const { context, page } = await open(browser, server.origin, { hash: '#/letters' });
  await page.getByRole('button', { name: 'Write a new letter' }).click();
  await page.getByLabel('From you to a friend').check();
  await page.getByRole('button', { name: 'Next step' }).click();
  assert.match(await page.locator('.prompt').innerText(), /Imagine a friend you love who is struggling/);
  assert.equal(await page.getByLabel('The friend you picture, and what you feel towards them').count(), 1);
  await page.getByLabel('Show the prompt').uncheck();
  assert.equal(await page.locator('.prompt').count(), 0);
  await context.close();
});

test('a letter due to be read again is offered first on a later visit, once', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.origin}/`);
  await page.locator('main h1').waitFor();
  await newLetterAtStep3(page);
  await page.locator('#letter-body').fill('Dear me, this will pass.');
  await page.getByRole('button', { name: 'Next step' }).click();
  await page.getByRole('button', { name: 'In 3 days' }).click();
  await page.getByText('will be offered to you first on').waitFor();
  await page.close();

  // Four days later.
  const later = await context.newPage();
  await later.clock.install({ time: Date.now() + 4 * 86_400_000 });
  await later.goto(`${server.origin}/`);
  await later.locator('#home-title').waitFor();
  const first = later.locator('main section, main ul').first();
  assert.match(await first.innerText(), /A letter is waiting for you/);
  await later.getByRole('button', { name: 'Read it again' }).click();
  await later.locator('#letter-title').waitFor();
  assert.match(await later.locator('.letter-preview').innerText(), /Dear me, this will pass\./);
  await later.goto(`${server.origin}/`);
  await later.locator('#home-title').waitFor();
  assert.equal(await later.getByText('A letter is waiting for you').count(), 0, 'offered once');
  await context.close();
});

test('deleting a letter can be undone; without undo it stays deleted', async () => {
  const { context, page } = await open(browser, server.origin);
  for (const text of ['First letter', 'Second letter']) {
    await newLetterAtStep3(page);
    await page.locator('#letter-body').fill(text);
    await page.goto(`${server.origin}/#/letters`);
  }
  const cards = page.locator('.archive .card');
  assert.equal(await cards.count(), 2);
  await page.getByRole('button', { name: 'Delete the letter “First letter”' }).click();
  assert.equal(await cards.count(), 1);
  await page.getByRole('button', { name: 'Undo' }).click();
  assert.equal(await cards.count(), 2);
  await page.getByRole('button', { name: 'Delete the letter “Second letter”' }).click();
  await page.reload();
  await page.locator('#letters-title').waitFor();
  assert.equal(await cards.count(), 1);
  assert.match(await cards.first().innerText(), /First letter/);
  await context.close();
});

test('a blank letter left unwritten does not clutter the archive', async () => {
  const { context, page } = await open(browser, server.origin, { hash: '#/letters' });
  await page.getByRole('button', { name: 'Write a new letter' }).click();
  await page.getByRole('button', { name: 'Your letters' }).click();
  assert.equal(await page.locator('.archive .card').count(), 0);
  await context.close();
});

test('a letter prints on its own', async () => {
  const { context, page } = await open(browser, server.origin);
  await newLetterAtStep3(page);
  await page.locator('#letter-body').fill(LETTER);
  await page.emulateMedia({ media: 'print' });
  const visible = await page.locator('body').innerText();
  assert.match(visible, /You are doing better than you think\./);
  assert.doesNotMatch(visible, /Next step|Show the prompt|In crisis/);
  await context.close();
});

test('the friend reflection is saved, reloaded, and shown beside the scale result', async () => {
  const { context, page } = await open(browser, server.origin, { hash: '#/scale' });
  await page.locator('input[name="form"][value="12"]').check();
  await page.getByRole('button', { name: 'Begin' }).click();
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press('4');
    await page.keyboard.press('Enter');
  }
  await page.locator('#results-title').waitFor();
  await page.goto(`${server.origin}/#/friend`);
  await page.getByRole('button', { name: 'Start a new reflection' }).click();
  await page.getByLabel('When a close friend is struggling, how do I respond?').fill('I listen and reassure them.');
  await page.getByLabel('When I am struggling, how do I respond to myself?').fill('I tell myself to toughen up.');
  await page.getByLabel('What do I notice about the difference?').fill('I am much harder on myself.');
  await page.reload();
  await page.locator('#reflection-title').waitFor();
  assert.equal(await page.getByLabel('What do I notice about the difference?').inputValue(), 'I am much harder on myself.');
  assert.match(await page.locator('.compare').innerText(), /total \d\.\d\d on a scale of 1 to 5/);
  await page.getByRole('button', { name: 'Done' }).click();
  assert.match(await page.locator('.archive .card').first().innerText(), /I am much harder on myself\./);
  await context.close();
});

test('a self-compassion break and a kept phrase are saved and shown on the start screen', async () => {
  const { context, page } = await open(browser, server.origin, { hash: '#/break' });
  await page.getByLabel('This is a hard moment.').check();
  await page.getByLabel('I am not alone in this.').check();
  await page.locator('#break-kindness-own').fill('May I be patient with myself.');
  await page.getByLabel('A hand on your heart').check();
  await page.getByRole('button', { name: 'I have taken my break' }).click();
  await page.getByText('Kept. You have taken 1 break here.').waitFor();
  assert.equal(await page.getByLabel('A phrase to keep').inputValue(), 'May I be patient with myself.');
  await page.getByRole('button', { name: 'Keep this phrase' }).click();
  await page.goto(`${server.origin}/`);
  await page.reload();
  await page.locator('#home-title').waitFor();
  assert.equal(await page.locator('.mantra').innerText(), 'May I be patient with myself.');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('selfcompassion:doc')).writing.breaks);
  assert.equal(stored.length, 1);
  assert.deepEqual(stored[0].phrases, ['This is a hard moment.', 'I am not alone in this.', 'May I be patient with myself.']);
  assert.equal(stored[0].touch, 'A hand on your heart');
  await context.close();
});
