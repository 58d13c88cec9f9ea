// A kiosk client takes their results home as a QR code: nothing shows until they ask, the code
// decodes (with jsQR, an independent decoder) to exactly the summary printed under it, the
// scores in it are those of the published key, and Finish and erase leaves no trace of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import jsQR from 'jsqr';
import { server, browser } from './env.mjs';
import { expectLong } from './key.mjs';

/** Draws the SVG code (viewBox "0 0 S S", runs "Mx yhRv1h-Rz") at `scale` px a module. */
function rasterise(viewBox, d, scale = 4) {
  const side = Number(viewBox.split(' ')[2]);
  const px = side * scale;
  const rgba = new Uint8ClampedArray(px * px * 4).fill(255);
  for (const [, x, y, run] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let yy = Number(y) * scale; yy < (Number(y) + 1) * scale; yy += 1) {
      for (let xx = Number(x) * scale; xx < (Number(x) + Number(run)) * scale; xx += 1) {
        rgba.fill(0, (yy * px + xx) * 4, (yy * px + xx) * 4 + 3);
      }
    }
  }
  return { rgba, px };
}

test('kiosk: the results go home as a QR code that holds the summary itself', async () => {
  const context = await browser.newContext({ viewport: { width: 800, height: 1000 } });
  const page = await context.newPage();
  await page.goto(`${server.origin}/?kiosk=1&form=26#/scale`);
  await page.getByRole('button', { name: 'Begin' }).click();
  const answers = [];
  for (let n = 1; n <= 26; n += 1) {
    answers[n] = ((n * 3) % 5) + 1;
    await page.locator(`input[name="item-${n}"][value="${answers[n]}"]`).check();
    await page.getByRole('button', { name: n === 26 ? 'See my results' : 'Next' }).click();
  }
  await page.locator('#results-title').waitFor();
  assert.equal(await page.locator('svg.qr-code').count(), 0, 'no code until the client asks');

  await page.getByRole('button', { name: 'Take your results home as a QR code' }).click();
  const svg = page.getByRole('img', { name: 'QR code holding the summary of your results' });
  await svg.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'qr-title', 'focus moves to the code');
  const viewBox = await svg.getAttribute('viewBox');
  const d = await svg.locator('path').getAttribute('d');
  const { rgba, px } = rasterise(viewBox, d);
  const decoded = jsQR(rgba, px, px);
  assert.ok(decoded, 'the code decodes');
  const shown = await page.locator('.qr-text').textContent();
  assert.equal(decoded.data, shown, 'the code holds exactly the text shown under it');

  const expected = expectLong(answers);
  const lines = shown.split('\n');
  assert.match(lines[0], /^Self-Compassion Scale \(26 items\), \d+ \w+ \d{4} at \d\d:\d\d$/);
  assert.match(lines[1], new RegExp(`^Total self-compassion: ${expected[6][1].replace('.', '\\.')} on a scale of 1 to 5 \\(\\w+ range\\)$`));
  for (const [i, [name, mean]] of expected.slice(0, 6).entries()) {
    assert.equal(lines[2 + i], `${name}: ${mean}`);
  }
  assert.doesNotMatch(shown, /Almost never|Occasionally|Fairly often/, 'no individual answers');

  // Hiding returns focus to the button; the kiosk's Finish and erase removes everything.
  await page.getByRole('button', { name: 'Hide the code' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Take your results home as a QR code');
  await page.getByRole('button', { name: 'Take your results home as a QR code' }).click();
  await svg.waitFor();
  await page.getByRole('button', { name: 'Finish and erase' }).click();
  await page.locator('main h1').first().waitFor();
  const html = await page.content();
  assert.ok(!html.includes(d.slice(0, 200)) && !html.includes(lines[1]), 'the code and its text are gone');
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);
  await context.close();
});

test('outside a kiosk the code is offered only when the clinician turns it on', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const [query, offered] of [['', 0], ['?qr=1', 1], ['?kiosk=1&qr=0', 0]]) {
    await page.goto(`${server.origin}/${query}#/scale`);
    await page.locator('input[name="form"][value="12"]').check();
    await page.getByRole('button', { name: 'Begin' }).click();
    for (let i = 0; i < 12; i += 1) {
      await page.locator('.item-count', { hasText: `Item ${i + 1} of 12` }).waitFor();
      await page.locator('input[type=radio][value="3"]').check();
      await page.getByRole('button', { name: i === 11 ? 'See my results' : 'Next' }).click();
    }
    await page.locator('#results-title').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Take your results home as a QR code' }).count(), offered, query);
    await page.evaluate(() => localStorage.clear());
  }
  await context.close();
});
