// Takes screenshots of every screen at a 360 px phone and a 1280 px desktop width, plus the print
// view, into tests/e2e/artifacts/. For looking at, not for asserting.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, open } from '../tests/e2e/harness.mjs';

const out = path.resolve('tests/e2e/artifacts');
fs.mkdirSync(out, { recursive: true });
const server = await serve();
const browser = await launch();

async function journey(width, height, tag) {
  const { context, page } = await open(browser, server.origin, { viewport: { width, height } });
  const shot = (name) => page.screenshot({ path: path.join(out, `${tag}-${name}.png`), fullPage: true });
  await shot('home');
  await page.getByRole('button', { name: 'Take the scale' }).click();
  await page.locator('#intro-title').waitFor();
  await shot('intro');
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.keyboard.press('4');
  await shot('item');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Next' }).click();
  await shot('item-missing');
  for (let n = 2; n <= 26; n += 1) {
    await page.keyboard.press(String(((n * 7) % 5) + 1));
    await page.keyboard.press('Enter');
  }
  await page.locator('#results-title').waitFor();
  await page.locator('details.research summary').click();
  await shot('results');
  await page.emulateMedia({ media: 'print' });
  await shot('print');
  await page.pdf({ path: path.join(out, `${tag}-print.pdf`), format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  // A second, short-form result for the history.
  await page.goto(`${server.origin}/#/scale`);
  await page.locator('input[name="form"][value="12"]').check();
  await page.getByRole('button', { name: 'Begin' }).click();
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press(String((i % 3) + 3));
    await page.keyboard.press('Enter');
  }
  await page.locator('#results-title').waitFor();
  await shot('results-short');
  await page.getByRole('button', { name: 'All results' }).click();
  await page.locator('#history-title').waitFor();
  await shot('history');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot('history-dark');
  await context.close();
}

async function pacer(width, height, tag, reducedMotion = 'no-preference') {
  const context = await browser.newContext({ viewport: { width, height }, reducedMotion });
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(`${server.origin}/#/breathe`);
  await page.locator('#pacer-title').waitFor();
  const shot = (name) => page.screenshot({ path: path.join(out, `${tag}-pacer-${name}.png`), fullPage: true });
  await shot('setup');
  await page.getByLabel('Your own rhythm').check();
  await page.getByLabel('Breathe in').fill('4');
  await page.getByLabel('Hold after breathing in').fill('2');
  await page.getByLabel('Breathe out', { exact: true }).fill('6');
  await page.getByLabel('Hold after breathing out').fill('2');
  await shot('custom');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.clock.runFor(1500);
  await shot('settle');
  // Breathing starts at 5 s: inhale 5-9 s, hold 9-11 s, exhale 11-17 s, hold 17-19 s.
  for (const [at, name] of [[7000, 'inhale'], [10000, 'hold-in'], [14500, 'exhale'], [18000, 'hold-out']]) {
    await page.clock.runFor(at - (await page.evaluate(() => performance.now() - Number(document.querySelector('.breath-stage').dataset.origin) + 5000)));
    await shot(name);
  }
  await page.getByRole('button', { name: 'Pause' }).click();
  await shot('paused');
  await page.getByRole('button', { name: 'Stop' }).click();
  await shot('done');
  await context.close();
}

async function writing(width, height, tag) {
  const { context, page } = await open(browser, server.origin, { hash: '#/letters', viewport: { width, height } });
  const shot = (name) => page.screenshot({ path: path.join(out, `${tag}-${name}.png`), fullPage: true });
  await page.getByRole('button', { name: 'Write a new letter' }).click();
  await page.locator('#letter-judge').fill('I am hard on myself when I make mistakes at work. It feels tight and lonely.');
  await shot('letter-1');
  await page.getByRole('button', { name: 'Next step' }).click();
  await page.locator('#letter-friend').fill('Ana, who always sees the best in me.');
  await shot('letter-2');
  await page.getByRole('button', { name: 'Next step' }).click();
  await page.locator('#letter-body').fill('Dear you,\n\nI know how much you care about doing things well, and how much it hurts when something slips.\nEveryone makes mistakes; it does not make you less.\n\nWith love,\nAna');
  await shot('letter-3');
  await page.getByRole('button', { name: 'Next step' }).click();
  await page.getByRole('button', { name: 'In a week' }).click();
  await shot('letter-4');
  await page.emulateMedia({ media: 'print' });
  await shot('letter-print');
  await page.pdf({ path: path.join(out, `${tag}-letter-print.pdf`), format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Finish for now' }).click();
  await shot('letters-archive');
  await page.goto(`${server.origin}/#/friend`);
  await page.getByRole('button', { name: 'Start a new reflection' }).click();
  await page.getByLabel('When a close friend is struggling, how do I respond?').fill('I listen, and tell them it is understandable.');
  await page.getByLabel('When I am struggling, how do I respond to myself?').fill('I tell myself to pull it together.');
  await page.getByLabel('What do I notice about the difference?').fill('I would never speak to a friend like that.');
  await shot('friend');
  await page.goto(`${server.origin}/#/break`);
  await page.getByLabel('This is a hard moment.').check();
  await page.getByLabel('I am not alone in this.').check();
  await page.locator('#break-kindness-own').fill('May I be patient with myself.');
  await page.getByRole('button', { name: 'I have taken my break' }).click();
  await page.getByRole('button', { name: 'Keep this phrase' }).click();
  await shot('break');
  await page.goto(`${server.origin}/`);
  await page.locator('#home-title').waitFor();
  await shot('home-with-phrase');
  await context.close();
}

async function embedding() {
  const widgetOrigin = `http://localhost:${new URL(server.origin).port}`;
  const hostDir = fs.mkdtempSync(path.join(os.tmpdir(), 'host-'));
  fs.writeFileSync(
    path.join(hostDir, 'index.html'),
    `<!doctype html><html lang="en"><head><title>Dr Example, counselling</title></head>
     <body style="font-family: Georgia, serif; max-width: 60rem; margin: 2rem auto; background: #f4efe6; color: #2b2118">
     <h1>Dr Example, counselling</h1><p>Between our sessions, you may like to practise here. Everything stays on your own device.</p>
     <script src="${widgetOrigin}/embed.js" data-modules="scale,pacer,letter" data-accent="#8a4b2a" data-font="serif" data-radius="4"
       data-intro="Take a few minutes for yourself between sessions." data-crisis-name="Samaritans" data-crisis-phone="116 123"></script>
     </body></html>`,
  );
  const host = await serve(hostDir);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${host.origin}/`);
  await page.frameLocator('iframe').locator('#home-title').waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(out, 'embed-therapist-page.png'), fullPage: true });
  await page.close();
  await host.close();
  const config = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await config.goto(`${server.origin}/configure.html`);
  await config.frameLocator('#preview').locator('#home-title').waitFor();
  await config.getByLabel('Breathing pacer').uncheck();
  await config.getByLabel('Name').fill('Samaritans');
  await config.screenshot({ path: path.join(out, 'configure.png'), fullPage: true });
  await config.close();
  const kiosk = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const k = await kiosk.newPage();
  await k.clock.install();
  await k.goto(`${server.origin}/?kiosk=on&idle=30#/`);
  await k.locator('#home-title').waitFor();
  await k.screenshot({ path: path.join(out, 'kiosk-home.png'), fullPage: true });
  await k.clock.runFor(36_000);
  await k.getByRole('alertdialog').waitFor();
  await k.screenshot({ path: path.join(out, 'kiosk-countdown.png') });
  await kiosk.close();
  // A kiosk client's results, taken home as a QR code.
  const qr = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const q = await qr.newPage();
  await q.goto(`${server.origin}/?kiosk=on&form=12#/scale`);
  await q.getByRole('button', { name: 'Begin' }).click();
  for (let i = 0; i < 12; i += 1) {
    await q.keyboard.press(String((i % 5) + 1));
    await q.keyboard.press('Enter');
  }
  await q.getByRole('button', { name: 'Take your results home as a QR code' }).click();
  await q.locator('svg.qr-code').waitFor();
  await q.screenshot({ path: path.join(out, 'kiosk-results-qr.png'), fullPage: true });
  await qr.close();
}

await embedding();
await writing(360, 740, 'phone');
await writing(1280, 900, 'desktop');
await journey(360, 740, 'phone');
await journey(1280, 900, 'desktop');
await pacer(360, 740, 'phone');
await pacer(1280, 900, 'desktop');
await pacer(360, 740, 'phone-reduced', 'reduce');
await pacer(1280, 900, 'desktop-reduced', 'reduce');
await browser.close();
await server.close();
console.log(`screenshots in ${out}`);
