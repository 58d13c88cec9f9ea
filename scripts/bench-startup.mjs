// Benchmark (not a test): start-up time from navigation to the first screen being interactive,
// median of N runs at CPU 1x and 4x throttling, and memory (wasm linear memory and JS heap)
// after a journey through every module. Prints figures; asserts nothing.
// Usage: node scripts/bench-startup.mjs [runs=10]   (run `make build` first)
import { serve, launch } from '../tests/e2e/harness.mjs';

const runs = Number(process.argv[2] || 10);
const server = await serve();
const browser = await launch();

const captureWasm = () => {
  addEventListener('TrunkApplicationStarted', (e) => {
    window.__wasmMemory = e.detail.wasm.memory;
  });
};

async function startup(throttle) {
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.goto(`${server.origin}/`, { waitUntil: 'commit' });
    // Interactive: the first screen's heading is rendered and its button answers a click.
    const t = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const check = () => {
            const button = document.querySelector('main .practice button');
            if (button) resolve(performance.now());
            else requestAnimationFrame(check);
          };
          check();
        }),
    );
    await page.locator('main .practice button').first().click();
    await page.locator('#intro-title').waitFor();
    times.push(t);
    await context.close();
  }
  times.sort((a, b) => a - b);
  const median = times.length % 2 ? times[(times.length - 1) / 2] : (times[times.length / 2 - 1] + times[times.length / 2]) / 2;
  return { median, min: times[0], max: times[times.length - 1] };
}

async function memory() {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(captureWasm);
  const cdp = await context.newCDPSession(page);
  await page.goto(`${server.origin}/#/scale`);
  await page.locator('input[name="form"][value="26"]').check();
  await page.getByRole('button', { name: 'Begin' }).click();
  for (let i = 0; i < 26; i += 1) {
    await page.keyboard.press(String((i % 5) + 1));
    await page.keyboard.press('Enter');
  }
  await page.locator('#results-title').waitFor();
  await page.goto(`${server.origin}/#/breathe`);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.locator('.breath-stage[data-phase="inhale"]').waitFor({ timeout: 10_000 });
  await page.getByRole('button', { name: 'Stop' }).click();
  await page.goto(`${server.origin}/#/letters`);
  await page.getByRole('button', { name: 'Write a new letter' }).click();
  await page.locator('#letter-judge').fill('A '.repeat(2000));
  await page.goto(`${server.origin}/#/friend`);
  await page.getByRole('button', { name: 'Start a new reflection' }).click();
  await page.getByLabel('What do I notice about the difference?').fill('Noticing.');
  await page.goto(`${server.origin}/#/break`);
  await page.getByLabel('This is a hard moment.').check();
  await page.getByRole('button', { name: 'I have taken my break' }).click();
  await page.goto(`${server.origin}/#/data`);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => window.__wasmMemory?.buffer.byteLength ?? 0);
  await context.close();
  return { heap: heap.usedSize, wasm };
}

const kb = (b) => `${(b / 1024).toFixed(0)} KiB`;
const ms = (x) => `${x.toFixed(0)} ms`;
const one = await startup(1);
const four = await startup(4);
const mem = await memory();
console.log(`start-up to an interactive first screen, headless Chromium, ${runs} runs each`);
console.log(`CPU 1x   median ${ms(one.median)} (min ${ms(one.min)}, max ${ms(one.max)})`);
console.log(`CPU 4x   median ${ms(four.median)} (min ${ms(four.min)}, max ${ms(four.max)})`);
console.log(`memory after a journey through every module: wasm linear memory ${kb(mem.wasm)}, JS heap used ${kb(mem.heap)}`);
await browser.close();
await server.close();
