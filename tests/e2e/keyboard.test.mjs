// A keyboard-only journey through every module in headless Chromium: no clicks, and a visible
// focus indicator on every control the keyboard reaches.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, tabTo } from './harness.mjs';
import { server, browser } from './env.mjs';

/** Tabs (forwards) until the focused element's text or label is `name`; checks focus is visible. */
async function tabToName(page, name, limit = 60) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate((wanted) => {
      const el = document.activeElement;
      const label = el?.getAttribute('aria-label') || el?.labels?.[0]?.innerText || el?.innerText || '';
      return label.trim() === wanted;
    }, name);
    if (hit) {
      await assertVisibleFocus(page);
      return;
    }
  }
  throw new Error(`Tab never reached “${name}”`);
}

async function assertVisibleFocus(page) {
  const style = await page.evaluate(() => {
    const el = document.activeElement;
    const cs = getComputedStyle(el);
    return { matches: el.matches(':focus-visible'), outline: cs.outlineStyle, width: parseFloat(cs.outlineWidth), tag: el.tagName };
  });
  assert.ok(style.matches, `${style.tag} is :focus-visible`);
  assert.ok(style.outline !== 'none' && style.width >= 2, `${style.tag} shows a focus outline (${style.outline} ${style.width}px)`);
}

test('keyboard only: scale, pacer, letter, reflection, break and data, with visible focus', async () => {
  const { context, page, errors } = await open(browser, server.origin);
  // The scale, short form.
  await tabToName(page, 'Take the scale');
  await page.keyboard.press('Enter');
  await page.locator('#intro-title').waitFor();
  await tabTo(page, 'input[name="form"][value="26"]');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator('input[name="form"][value="12"]').isChecked(), true);
  await tabToName(page, 'Begin');
  await page.keyboard.press('Enter');
  for (let i = 0; i < 12; i += 1) {
    await page.locator('.item-count', { hasText: `Item ${i + 1} of 12` }).waitFor();
    await page.keyboard.press(String((i % 5) + 1));
    await assertVisibleFocus(page);
    await page.keyboard.press('Enter');
  }
  await page.locator('#results-title').waitFor();
  await tabToName(page, 'Back to the start');
  await page.keyboard.press('Enter');
  await page.locator('#home-title').waitFor();

  // The pacer: Space starts, Space pauses, Stop by Enter.
  await tabToName(page, 'Start breathing');
  await page.keyboard.press('Enter');
  await page.locator('#pacer-title').waitFor();
  await page.locator('#pacer-title').focus();
  await page.keyboard.press('Space');
  await page.locator('.breath-stage').waitFor();
  await assertVisibleFocus(page);
  await tabToName(page, 'Stop');
  await page.keyboard.press('Enter');
  await page.locator('#done-title').waitFor();
  await tabToName(page, 'Back to the start');
  await page.keyboard.press('Enter');

  // A letter.
  await page.locator('#home-title').waitFor();
  await tabToName(page, 'Write a letter');
  await page.keyboard.press('Enter');
  await tabToName(page, 'Write a new letter');
  await page.keyboard.press('Enter');
  await page.locator('#letter-judge').waitFor();
  await tabTo(page, '#letter-judge');
  await page.keyboard.type('Typed with the keyboard alone.');
  await tabToName(page, 'Next step');
  await page.keyboard.press('Enter');
  await page.locator('#letter-friend').waitFor();
  await tabToName(page, 'Previous step');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('#letter-judge').inputValue(), 'Typed with the keyboard alone.');
  await tabToName(page, 'Your letters');
  await page.keyboard.press('Enter');
  await page.locator('#letters-title').waitFor();
  await tabToName(page, 'Back to the start');
  await page.keyboard.press('Enter');

  // A reflection.
  await page.locator('#home-title').waitFor();
  await tabToName(page, 'Reflect');
  await page.keyboard.press('Enter');
  await tabToName(page, 'Start a new reflection');
  await page.keyboard.press('Enter');
  await tabTo(page, '#reflection-notice');
  await page.keyboard.type('Kinder to others.');
  await tabToName(page, 'Done');
  await page.keyboard.press('Enter');
  await page.locator('#reflections-title').waitFor();
  await tabToName(page, 'Back to the start');
  await page.keyboard.press('Enter');

  // The break: radios by arrow keys.
  await page.locator('#home-title').waitFor();
  await tabToName(page, 'Take a break');
  await page.keyboard.press('Enter');
  await page.locator('#break-title').waitFor();
  await tabTo(page, 'input[name="break-noticing"]');
  await page.keyboard.press('Space');
  await tabToName(page, 'I have taken my break');
  await page.keyboard.press('Enter');
  await page.getByText('Kept. You have taken 1 break here.').waitFor();

  // The data page from the footer link.
  await tabToName(page, 'Your data: back up, restore or erase');
  await page.keyboard.press('Enter');
  await page.locator('#data-title').waitFor();
  await tabToName(page, 'Download a backup (JSON)');
  assert.deepEqual(errors, []);
  await context.close();
});
