// Benchmark (not a test): how closely the pacer's phase changes follow the clock, and how much
// main-thread time each frame costs while pacing. Prints figures; asserts nothing.
// Usage: node scripts/bench-pacer.mjs [seconds=60] [cpu-throttle=1]   (run `make build` first)
import { serve, launch } from '../tests/e2e/harness.mjs';

const seconds = Number(process.argv[2] || 60);
const throttle = Number(process.argv[3] || 1);
const server = await serve();
const browser = await launch();
const context = await browser.newContext();
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Performance.enable');
if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });

await page.goto(`${server.origin}/#/breathe`);
await page.locator('#pacer-title').waitFor();
// Soothing rhythm: 4 s in, 6 s out.
await page.getByLabel('Soothing rhythm', { exact: false }).check();
await page.getByLabel('Session length').selectOption('open');
await page.getByRole('button', { name: 'Start', exact: true }).click();
await page.locator('.breath-stage[data-phase="inhale"]').waitFor({ timeout: 10_000 });

const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
const before = await metrics();
const result = await page.evaluate(
  (ms) =>
    new Promise((resolve) => {
      const stage = document.querySelector('.breath-stage');
      const origin = Number(stage.dataset.origin);
      const pattern = stage.dataset.pattern.split(',').map(Number);
      const cycle = pattern.reduce((a, b) => a + b, 0);
      const changes = [];
      new MutationObserver(() => changes.push([performance.now(), stage.dataset.phase])).observe(stage, {
        attributes: true,
        attributeFilter: ['data-phase'],
      });
      let frames = 0;
      const begin = performance.now();
      const count = () => {
        frames += 1;
        if (performance.now() - begin < ms) requestAnimationFrame(count);
        else {
          // Lateness of each change against the exact boundary it crossed.
          const late = changes.map(([t]) => {
            const since = t - origin;
            const cycles = Math.floor(since / cycle);
            let edge = cycles * cycle;
            for (const d of pattern) {
              if (d === 0) continue;
              if (edge + d > since) break;
              edge += d;
            }
            return since - edge;
          });
          resolve({ frames, elapsed: performance.now() - begin, late });
        }
      };
      requestAnimationFrame(count);
    }),
  seconds * 1000,
);
const after = await metrics();

const late = result.late;
const sorted = [...late].sort((a, b) => a - b);
const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const mean = late.reduce((a, b) => a + b, 0) / Math.max(1, late.length);
const perFrame = (name) => ((after[name] - before[name]) * 1000) / result.frames;
const fmt = (x) => x.toFixed(2);
console.log(`pacer benchmark: ${seconds} s of the soothing rhythm (4 s in, 6 s out), CPU throttle ${throttle}x, headless Chromium`);
console.log(`frames                      ${result.frames} (${fmt(result.frames / (result.elapsed / 1000))} per second)`);
console.log(`phase changes               ${late.length}`);
console.log(`lateness vs exact boundary  mean ${fmt(mean)} ms, p95 ${fmt(pct(95))} ms, max ${fmt(sorted[sorted.length - 1] ?? 0)} ms`);
console.log(`drift (last - first)        ${fmt((late[late.length - 1] ?? 0) - (late[0] ?? 0))} ms`);
console.log(`main thread per frame       task ${fmt(perFrame('TaskDuration'))} ms, script ${fmt(perFrame('ScriptDuration'))} ms, style ${fmt(perFrame('RecalcStyleDuration'))} ms, layout ${fmt(perFrame('LayoutDuration'))} ms`);
await browser.close();
await server.close();
