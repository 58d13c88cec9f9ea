// End-to-end tests of the Self-Compassion Scale against the built dist/ in headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, tabTo, itemCount } from './harness.mjs';
import { server, browser } from './env.mjs';
import { expectLong, expectShort } from './key.mjs';


/** A varied answer for long-form item n. */
const answerFor = (n) => ((n * 7) % 5) + 1;

async function beginWithKeyboard(page, form = '26') {
  await tabTo(page, 'button.primary');
  await page.keyboard.press('Enter');
  await page.locator('#intro-title').waitFor();
  await tabTo(page, `input[name="form"][value="${form}"]`);
  await page.keyboard.press('Space');
  await tabTo(page, 'button[type="submit"]');
  await page.keyboard.press('Enter');
  await page.locator('.item-count').waitFor();
}

async function tableRows(page) {
  return page.locator('table.scores tbody tr').evaluateAll((rows) =>
    rows.map((r) => [r.querySelector('th').innerText.trim(), r.querySelector('td.num').innerText.trim()]),
  );
}

test('keyboard only: all 26 items give the table the scoring key gives', async () => {
  const { context, page, errors } = await open(browser, server.origin);
  await beginWithKeyboard(page);
  const answers = [];
  for (let n = 1; n <= 26; n += 1) {
    assert.equal(await itemCount(page), `Item ${n} of 26`);
    const legend = await page.locator('legend.item-text').innerText();
    assert.ok(legend.length > 20, `item ${n} has its text`);
    // Each item is a real radio group named item-N with values 1-5.
    assert.equal(await page.locator(`input[type=radio][name="item-${n}"]`).count(), 5);
    answers[n] = answerFor(n);
    await page.keyboard.press(String(answers[n]));
    // Focus sits on the chosen answer, which is checked.
    const focused = await page.evaluate(() => [document.activeElement.name, document.activeElement.value, document.activeElement.checked]);
    assert.deepEqual(focused, [`item-${n}`, String(answers[n]), true]);
    await page.keyboard.press('Enter');
    if (n < 26) await page.locator('.item-count', { hasText: `Item ${n + 1} of 26` }).waitFor();
  }
  await page.locator('#results-title').waitFor();
  assert.deepEqual(await tableRows(page), expectLong(answers));
  // Every row header is a real row header.
  assert.equal(await page.locator('table.scores tbody th[scope="row"]').count(), 7);
  // The chart has a text alternative.
  const desc = await page.locator('svg.subscale-chart desc').textContent();
  assert.match(desc, /Self-Kindness \d\.\d\d/);
  // The citation and the care notes are shown.
  const text = await page.locator('main').innerText();
  assert.match(text, /Neff, K\. D\. \(2003\)/);
  assert.match(text, /not a diagnosis/);
  assert.match(text, /emergency/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('every item can be answered by clicking a label "N - label"', async () => {
  const { context, page } = await open(browser, server.origin, { hash: '#/scale' });
  await page.getByLabel('The Self-Compassion Scale – Short Form (12 items)', { exact: false }).check().catch(() => {});
  await page.locator('input[name="form"][value="12"]').check();
  await page.getByRole('button', { name: 'Begin' }).click();
  const answers = [];
  for (let i = 0; i < 12; i += 1) {
    answers[i] = ((i * 3) % 5) + 1;
    const labels = ['Almost never', 'Occasionally', 'About half of the time', 'Fairly often', 'Almost always'];
    await page.getByLabel(`${answers[i]} - ${labels[answers[i] - 1]}`, { exact: true }).click();
    await page.getByRole('button', { name: i === 11 ? 'See my results' : 'Next' }).click();
  }
  await page.locator('#results-title').waitFor();
  const rows = await tableRows(page);
  assert.deepEqual(rows, [['Total', expectShort(answers)]]);
  await context.close();
});

test('Next without an answer asks for one and stays', async () => {
  const { context, page } = await open(browser, server.origin, { hash: '#/scale' });
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('alert').filter({ hasText: 'Please choose an answer' }).waitFor();
  assert.equal(await itemCount(page), 'Item 1 of 26');
  await context.close();
});

test('a reload at item 13 resumes there with earlier answers kept', async () => {
  const { context, page } = await open(browser, server.origin);
  await beginWithKeyboard(page);
  for (let n = 1; n <= 12; n += 1) {
    await page.keyboard.press(String(answerFor(n)));
    await page.keyboard.press('Enter');
  }
  await page.locator('.item-count', { hasText: 'Item 13 of 26' }).waitFor();
  await page.reload();
  await page.locator('.item-count').waitFor();
  assert.equal(await itemCount(page), 'Item 13 of 26');
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.locator('.item-count', { hasText: 'Item 12 of 26' }).waitFor();
  assert.equal(await page.locator('input[name="item-12"]:checked').getAttribute('value'), String(answerFor(12)));
  // Start over is one action, and can be undone.
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.locator('#intro-title').waitFor();
  await page.getByRole('status').filter({ hasText: 'Your answers were cleared.' }).waitFor();
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('button', { name: 'Continue at item 13' }).click();
  assert.equal(await itemCount(page), 'Item 13 of 26');
  await context.close();
});

test('a second completion appears in the history, and a result can be deleted and restored', async () => {
  const { context, page } = await open(browser, server.origin);
  for (const value of [2, 4]) {
    await page.goto(`${server.origin}/#/scale`);
    await page.locator('input[name="form"][value="12"]').check();
    await page.getByRole('button', { name: 'Begin' }).click();
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press(String(value));
      await page.keyboard.press('Enter');
    }
    await page.locator('#results-title').waitFor();
  }
  await page.getByRole('button', { name: 'All results' }).click();
  await page.locator('#history-title').waitFor();
  assert.equal(await page.locator('table.history-table tbody tr').count(), 2);
  assert.equal(await page.locator('svg.trend-chart circle').count(), 2);
  await page.locator('table.history-table tbody tr').first().getByRole('button', { name: /Delete/ }).click();
  assert.equal(await page.locator('table.history-table tbody tr').count(), 1);
  await page.getByRole('button', { name: 'Undo' }).click();
  assert.equal(await page.locator('table.history-table tbody tr').count(), 2);
  // Still there after a reload.
  await page.reload();
  await page.locator('#history-title').waitFor();
  assert.equal(await page.locator('table.history-table tbody tr').count(), 2);
  await context.close();
});

test("the browser's Back button returns to the previous screen", async () => {
  const { context, page } = await open(browser, server.origin);
  await page.getByRole('button', { name: 'Take the scale' }).click();
  await page.locator('#intro-title').waitFor();
  assert.ok(page.url().endsWith('#/scale'));
  await page.goBack();
  await page.locator('#home-title').waitFor();
  await page.goForward();
  await page.locator('#intro-title').waitFor();
  await context.close();
});

test('with storage blocked the scale still works in memory and says so', async () => {
  const init = () => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  };
  const { context, page, errors } = await open(browser, server.origin, { init });
  await page.getByText('nothing will be kept after you close this page').waitFor();
  // The banner offers a way to take the data along.
  await page.locator('.banner').getByRole('button', { name: 'Download a copy' }).waitFor();
  await page.goto(`${server.origin}/#/scale`);
  await page.locator('input[name="form"][value="12"]').check();
  await page.getByRole('button', { name: 'Begin' }).click();
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press('3');
    await page.keyboard.press('Enter');
  }
  await page.locator('#results-title').waitFor();
  assert.equal(await page.locator('.total-number').innerText(), '3.00');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the print view is a summary without navigation, with every answer', async () => {
  const { context, page } = await open(browser, server.origin, { hash: '#/scale' });
  await page.getByRole('button', { name: 'Begin' }).click();
  for (let n = 1; n <= 26; n += 1) {
    await page.keyboard.press(String(answerFor(n)));
    await page.keyboard.press('Enter');
  }
  await page.locator('#results-title').waitFor();
  assert.equal(await page.locator('.answers-sheet').isVisible(), false);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.answers-sheet').isVisible(), true);
  assert.equal(await page.locator('.answers-sheet li').count(), 26);
  assert.equal(await page.locator('button:visible').count(), 0);
  const text = await page.locator('body').innerText();
  assert.match(text, /How it is computed/);
  assert.match(text, /Neff, K\. D\. \(2003\)/);
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.equal(pages, 1, 'the summary fits one A4 page');
  await context.close();
});
