// End-to-end tests of the breathing pacer against the built dist/ in headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open } from './harness.mjs';
import { server, browser } from './env.mjs';


const start = (page) => page.getByRole('button', { name: 'Start', exact: true }).click();

/** Counts requestAnimationFrame callbacks that actually run. */
const countFrames = () => {
  window.__frames = 0;
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) =>
    raf((t) => {
      window.__frames += 1;
      cb(t);
    });
};

test('the phase on screen follows the page clock to within one frame for 30 s', async () => {
  const { context, page, errors } = await open(browser, server.origin, { hash: '#/breathe' });
  // A rhythm with holds, so every kind of boundary is crossed: 2 s in, 1 s hold, 2 s out, 1 s hold.
  await page.getByLabel('Your own rhythm').check();
  await page.getByLabel('Breathe in').fill('2');
  await page.getByLabel('Hold after breathing in').fill('1');
  await page.getByLabel('Breathe out', { exact: true }).fill('2');
  await page.getByLabel('Hold after breathing out').fill('1');
  await page.getByText('10 breaths a minute').waitFor();
  await start(page);
  await page.locator('.breath-stage[data-phase="inhale"]').waitFor({ timeout: 8000 });
  const report = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const stage = document.querySelector('.breath-stage');
        const words = document.querySelector('.breath-words');
        const origin = Number(stage.dataset.origin);
        const pattern = stage.dataset.pattern.split(',').map(Number);
        const keys = ['inhale', 'hold-in', 'exhale', 'hold-out'];
        const cycle = pattern.reduce((a, b) => a + b, 0);
        const expected = (t) => {
          let r = (((t - origin) % cycle) + cycle) % cycle;
          for (let i = 0; i < 4; i += 1) {
            if (pattern[i] === 0) continue;
            if (r < pattern[i]) return { key: keys[i], toEdge: Math.min(r, pattern[i] - r) };
            r -= pattern[i];
          }
          return { key: 'inhale', toEdge: 0 };
        };
        const begin = performance.now();
        let last = begin;
        let maxFrame = 0;
        let samples = 0;
        let mismatches = 0;
        let worstMismatchToEdge = 0;
        let wordsWrong = 0;
        const phases = new Set();
        const frame = () => {
          const now = performance.now();
          maxFrame = Math.max(maxFrame, now - last);
          last = now;
          const shown = stage.dataset.phase;
          const exp = expected(now);
          samples += 1;
          phases.add(shown);
          if (shown !== exp.key) {
            mismatches += 1;
            worstMismatchToEdge = Math.max(worstMismatchToEdge, exp.toEdge);
          }
          const word = { inhale: 'Breathe in', exhale: 'Breathe out', 'hold-in': 'Hold', 'hold-out': 'Hold' }[shown];
          if (words.textContent !== word) wordsWrong += 1;
          if (now - begin < 31000) requestAnimationFrame(frame);
          else resolve({ samples, mismatches, worstMismatchToEdge, maxFrame, wordsWrong, phases: [...phases] });
        };
        requestAnimationFrame(frame);
      }),
  );
  console.log('pacer sampling:', JSON.stringify(report));
  assert.ok(report.samples > 300, `sampled ${report.samples} frames`);
  assert.deepEqual(report.phases.sort(), ['exhale', 'hold-in', 'hold-out', 'inhale']);
  // Any disagreement happens only within one frame of a boundary.
  assert.ok(
    report.worstMismatchToEdge <= Math.max(report.maxFrame, 17),
    `worst mismatch ${report.worstMismatchToEdge} ms from a boundary; longest frame ${report.maxFrame} ms`,
  );
  assert.equal(report.wordsWrong, 0, 'the words always match the phase');
  assert.deepEqual(errors, []);
  await context.close();
});

test('pause holds the phase still and resume carries on; Space does both', async () => {
  const { context, page } = await open(browser, server.origin, { hash: '#/breathe' });
  await page.keyboard.press('Space');
  await page.locator('.breath-stage[data-phase="inhale"]').waitFor({ timeout: 8000 });
  const originBefore = Number(await page.locator('.breath-stage').getAttribute('data-origin'));
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Resume' }).waitFor();
  await page.getByText('Paused.').waitFor();
  const frozen = await page.locator('.breath-stage').evaluate((el) => [el.dataset.phase, el.style.getPropertyValue('--breath-scale')]);
  await page.waitForTimeout(1500);
  const still = await page.locator('.breath-stage').evaluate((el) => [el.dataset.phase, el.style.getPropertyValue('--breath-scale')]);
  assert.deepEqual(still, frozen, 'nothing moves while paused');
  await page.getByRole('button', { name: 'Resume' }).click();
  await page.getByRole('button', { name: 'Pause' }).waitFor();
  const originAfter = Number(await page.locator('.breath-stage').getAttribute('data-origin'));
  assert.ok(originAfter - originBefore >= 1500, `origin moved by the pause (${originAfter - originBefore} ms)`);
  await context.close();
});

test('with reduced motion nothing scales: text and a filling bar show the phase', async () => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(`${server.origin}/#/breathe`);
  await start(page);
  await page.locator('.breath-stage[data-phase="inhale"]').waitFor({ timeout: 8000 });
  const samples = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const shape = document.querySelector('.breath-shape');
        const fill = document.querySelector('.breath-fill');
        const out = { transforms: new Set(), animations: 0, clips: new Set() };
        const begin = performance.now();
        const frame = () => {
          out.transforms.add(getComputedStyle(shape).transform);
          out.animations += shape.getAnimations().length;
          out.clips.add(getComputedStyle(fill).clipPath);
          if (performance.now() - begin < 2500) requestAnimationFrame(frame);
          else resolve({ transforms: [...out.transforms], animations: out.animations, clips: out.clips.size });
        };
        requestAnimationFrame(frame);
      }),
  );
  assert.deepEqual(samples.transforms, ['none']);
  assert.equal(samples.animations, 0);
  assert.ok(samples.clips > 10, 'the bar fills');
  assert.equal(await page.locator('.breath-words').innerText(), 'Breathe in');
  await context.close();

  // Without the preference, the shape does scale (so the check above can fail).
  const { context: c2, page: p2 } = await open(browser, server.origin, { hash: '#/breathe' });
  await start(p2);
  await p2.locator('.breath-stage[data-phase="inhale"]').waitFor({ timeout: 8000 });
  const t1 = await p2.locator('.breath-shape').evaluate((el) => getComputedStyle(el).transform);
  await p2.waitForTimeout(700);
  const t2 = await p2.locator('.breath-shape').evaluate((el) => getComputedStyle(el).transform);
  assert.notEqual(t1, 'none');
  assert.notEqual(t1, t2);
  await c2.close();
});

test('no animation frame runs before a session or for 2 s after Stop', async () => {
  const { context, page } = await open(browser, server.origin, { hash: '#/breathe', init: countFrames });
  await page.waitForTimeout(1000);
  assert.equal(await page.evaluate(() => window.__frames), 0, 'idle setup screen requests no frames');
  await start(page);
  await page.waitForTimeout(1500);
  assert.ok((await page.evaluate(() => window.__frames)) > 20, 'frames run during the session');
  await page.getByRole('button', { name: 'Stop' }).click();
  await page.locator('#done-title').waitFor();
  await page.waitForTimeout(100);
  const atStop = await page.evaluate(() => window.__frames);
  await page.waitForTimeout(2000);
  assert.equal(await page.evaluate(() => window.__frames), atStop, 'no frame after Stop');
  await context.close();
});

test('a finished session is logged by day and the rhythm is remembered', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(`${server.origin}/#/breathe`);
  await page.locator('#pacer-title').waitFor();
  await page.getByLabel('Soothing rhythm', { exact: false }).check();
  await page.getByLabel('Session length').selectOption('1');
  await start(page);
  await page.clock.runFor(5_000 + 60_000 + 500);
  await page.locator('#done-title').waitFor();
  assert.match(await page.locator('main').innerText(), /You breathed for about 1 minute/);
  await page.getByRole('button', { name: 'Breathe again' }).click();
  await page.getByText('1 minute of breathing practice this week.').waitFor();
  await page.reload();
  await page.locator('#pacer-title').waitFor();
  await page.getByText('1 minute of breathing practice this week.').waitFor();
  assert.equal(await page.getByLabel('Soothing rhythm', { exact: false }).isChecked(), true);
  assert.equal(await page.getByLabel('Session length').inputValue(), '1');
  const desc = await page.locator('svg.week-chart desc').textContent();
  assert.match(desc, /: 1 min$/);
  await context.close();
});

test('a custom rhythm is validated and shows its rate', async () => {
  const { context, page } = await open(browser, server.origin, { hash: '#/breathe' });
  await page.getByLabel('Your own rhythm').check();
  await page.getByLabel('Breathe in').fill('0.5');
  await page.getByRole('alert').filter({ hasText: 'at least 1 second' }).waitFor();
  await page.getByLabel('Breathe in').fill('4.2');
  await page.getByRole('alert').filter({ hasText: 'seconds' }).waitFor();
  await page.getByLabel('Breathe in').fill('3');
  await page.getByLabel('Breathe out', { exact: true }).fill('3');
  await page.getByText('10 breaths a minute').waitFor();
  await page.reload();
  await page.locator('#pacer-title').waitFor();
  assert.equal(await page.getByLabel('Breathe in').inputValue(), '3');
  await context.close();
});

test('the check before and after shows the change', async () => {
  const { context, page } = await open(browser, server.origin, { hash: '#/breathe' });
  await page.getByLabel('Check in before and after', { exact: false }).check();
  await start(page);
  await page.locator('#check-title').waitFor();
  await page.getByRole('button', { name: 'Begin breathing' }).click();
  await page.getByRole('alert').filter({ hasText: 'answer all six' }).waitFor();
  const before = [2, 4, 2, 4, 3, 3];
  for (let i = 0; i < 6; i += 1) await page.locator(`input[name="state-${i + 1}"][value="${before[i]}"]`).check();
  await page.getByRole('button', { name: 'Begin breathing' }).click();
  await page.getByRole('button', { name: 'Stop' }).click();
  await page.locator('#check-title').waitFor();
  const afterAnswers = [4, 2, 3, 3, 2, 4];
  for (let i = 0; i < 6; i += 1) await page.locator(`input[name="state-${i + 1}"][value="${afterAnswers[i]}"]`).check();
  await page.getByRole('button', { name: 'See the change' }).click();
  await page.locator('#done-title').waitFor();
  // Before: (2 + 2 + 2 + 2 + 3 + 3) / 6 = 2.33; after: (4 + 4 + 3 + 3 + 4 + 4) / 6 = 3.67.
  const text = await page.locator('main').innerText();
  assert.match(text, /\+1\.33/);
  assert.match(text, /Before: 2\.33\. After: 3\.67\./);
  await context.close();
});

test('free rhythm paces nothing and offers other anchors', async () => {
  const { context, page } = await open(browser, server.origin, { hash: '#/breathe' });
  await page.getByLabel('Free rhythm').check();
  await start(page);
  await page.locator('.breath-stage[data-phase="free"]').waitFor({ timeout: 8000 });
  assert.equal(await page.locator('.breath-words').innerText(), 'Breathe at your own pace');
  await page.getByText('If attending to the breath is uncomfortable').click();
  assert.match(await page.locator('.free-guidance').innerText(), /hand on your heart/);
  await context.close();
});

test('all cues switched on fail quietly where the browser refuses them', async () => {
  const { context, page, errors } = await open(browser, server.origin, { hash: '#/breathe' });
  await page.getByLabel('A soft tone when the phase changes').check();
  await page.getByLabel('Tone volume').fill('80');
  await page.getByLabel('A short vibration', { exact: false }).check();
  await page.getByLabel('Keep the screen awake during the session').check();
  await start(page);
  await page.locator('.breath-stage[data-phase="inhale"]').waitFor({ timeout: 8000 });
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Resume' }).click();
  await page.getByRole('button', { name: 'Stop' }).click();
  await page.locator('#done-title').waitFor();
  await page.reload();
  await page.locator('#pacer-title').waitFor();
  assert.equal(await page.getByLabel('Tone volume').inputValue(), '80');
  assert.deepEqual(errors, []);
  await context.close();
});
