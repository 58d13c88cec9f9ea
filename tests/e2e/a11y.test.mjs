// Accessibility checks with axe-core against the built dist/ in headless Chromium: every screen of
// the widget, at a 1280 px desktop and a 360 px phone width, against WCAG 2.0/2.1/2.2 A and AA.
// axe-core is read from node_modules and injected as an inline script, so nothing is fetched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { open } from './harness.mjs';
import { server, browser } from './env.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const VIEWPORTS = [
  { tag: 'desktop 1280x900', viewport: { width: 1280, height: 900 } },
  { tag: 'phone 360x740', viewport: { width: 360, height: 740 } },
];

const PASS = 'gentle rain on the roof';


/** A target selector as text (nested arrays are shadow-DOM or frame paths). */
const selector = (target) => target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' | ');

/** A readable account of axe violations, for the assertion message. */
function explain(screen, violations) {
  const lines = [`${violations.length} axe violation(s) on ${screen}:`];
  for (const v of violations) {
    lines.push(`- ${v.id} [${v.impact}] ${v.help} (${v.helpUrl})`);
    for (const node of v.nodes) {
      lines.push(`    target: ${selector(node.target)}`);
      lines.push(`      html: ${node.html.replace(/\s+/g, ' ').slice(0, 240)}`);
      if (node.failureSummary) lines.push(`      why:  ${node.failureSummary.replace(/\s*\n\s*/g, ' ')}`);
    }
  }
  return lines.join('\n');
}

/** Injects axe-core (once per document) and runs it on the whole document. */
async function axe(page) {
  const present = await page.evaluate(() => typeof window.axe === 'object' && typeof window.axe.run === 'function');
  if (!present) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(
    (values) => window.axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] }),
    TAGS,
  );
}

/** Runs axe and asserts there is no violation, explaining any that are found. */
async function expectNoViolations(page, screen) {
  const { violations } = await axe(page);
  assert.equal(violations.length, 0, explain(screen, violations));
}

/** Opens a fresh context at `hash`, runs `reach` to get to the screen, then audits it. */
function screenTest(name, { hash = '', reach }) {
  for (const { tag, viewport } of VIEWPORTS) {
    test(`${tag}: ${name}`, async () => {
      const { context, page } = await open(browser, server.origin, { hash, viewport });
      try {
        if (reach) await reach(page);
        await expectNoViolations(page, `${name} (${tag})`);
      } finally {
        await context.close();
      }
    });
  }
}

// ---- Ways to reach each screen ----

async function beginLongForm(page) {
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.locator('.item-count', { hasText: 'Item 1 of 26' }).waitFor();
}

async function completeShortForm(page, value) {
  await page.goto(`${server.origin}/#/scale`);
  await page.locator('#intro-title').waitFor();
  await page.locator('input[name="form"][value="12"]').check();
  await page.getByRole('button', { name: 'Begin' }).click();
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press(String(value));
    await page.keyboard.press('Enter');
  }
  await page.locator('#results-title').waitFor();
}

async function letterAtStep(page, step) {
  await page.getByRole('button', { name: 'Write a new letter' }).click();
  await page.locator('#letter-judge').waitFor();
  await page.locator('#letter-judge').fill('I am hard on myself when I make mistakes at work.');
  if (step === 1) return;
  await page.getByRole('button', { name: 'Next step' }).click();
  await page.locator('#letter-friend').waitFor();
  await page.locator('#letter-friend').fill('Ana, who always sees the best in me.');
  if (step === 2) return;
  await page.getByRole('button', { name: 'Next step' }).click();
  await page.locator('#letter-body').waitFor();
  await page.locator('#letter-body').fill('Dear you,\n\nEveryone makes mistakes; it does not make you less.\n\nWith love,\nAna');
  if (step === 3) return;
  await page.getByRole('button', { name: 'Next step' }).click();
  await page.getByRole('button', { name: 'In a week' }).waitFor();
}

const startPacer = (page) => page.getByRole('button', { name: 'Start', exact: true }).click();

// ---- The screens ----

screenTest('start screen', {
  reach: (page) => page.locator('#home-title').waitFor(),
});

screenTest('scale introduction', {
  hash: '#/scale',
  reach: (page) => page.locator('#intro-title').waitFor(),
});

screenTest('scale item', {
  hash: '#/scale',
  reach: beginLongForm,
});

screenTest('scale item with the "Please choose an answer" alert', {
  hash: '#/scale',
  reach: async (page) => {
    await beginLongForm(page);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('alert').filter({ hasText: 'Please choose an answer' }).waitFor();
  },
});

screenTest('results of the 26-item scale, research view open', {
  hash: '#/scale',
  reach: async (page) => {
    await beginLongForm(page);
    for (let n = 1; n <= 26; n += 1) {
      await page.keyboard.press(String(((n * 7) % 5) + 1));
      await page.keyboard.press('Enter');
    }
    await page.locator('#results-title').waitFor();
    await page.locator('details.research summary').click();
    await page.locator('details.research[open]').waitFor();
  },
});

screenTest('kiosk results with the QR code shown', {
  reach: async (page) => {
    await page.goto(`${server.origin}/?kiosk=1&form=12#/scale`);
    await page.getByRole('button', { name: 'Begin' }).click();
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press(String((i % 5) + 1));
      await page.keyboard.press('Enter');
    }
    await page.getByRole('button', { name: 'Take your results home as a QR code' }).click();
    await page.locator('svg.qr-code').waitFor();
  },
});

screenTest('history with two results', {
  reach: async (page) => {
    await completeShortForm(page, 2);
    await completeShortForm(page, 4);
    await page.getByRole('button', { name: 'All results' }).click();
    await page.locator('#history-title').waitFor();
    await page.locator('table.history-table tbody tr').nth(1).waitFor();
  },
});

screenTest('pacer setup', {
  hash: '#/breathe',
  reach: (page) => page.locator('#pacer-title').waitFor(),
});

screenTest('pacer running', {
  hash: '#/breathe',
  reach: async (page) => {
    await startPacer(page);
    await page.locator('.breath-stage[data-phase="inhale"]').waitFor({ timeout: 10_000 });
  },
});

screenTest('state check-in', {
  hash: '#/breathe',
  reach: async (page) => {
    await page.getByLabel('Check in before and after', { exact: false }).check();
    await startPacer(page);
    await page.locator('#check-title').waitFor();
  },
});

screenTest('pacer done', {
  hash: '#/breathe',
  reach: async (page) => {
    await startPacer(page);
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.locator('#done-title').waitFor();
  },
});

screenTest('letters archive with one letter', {
  hash: '#/letters',
  reach: async (page) => {
    await letterAtStep(page, 3);
    await page.goto(`${server.origin}/#/letters`);
    await page.locator('#letters-title').waitFor();
    await page.locator('.archive .card').first().waitFor();
  },
});

for (const step of [1, 2, 3, 4]) {
  screenTest(`letter editor step ${step}`, {
    hash: '#/letters',
    reach: (page) => letterAtStep(page, step),
  });
}

screenTest('letter editor step 4 with a re-read date chosen', {
  hash: '#/letters',
  reach: async (page) => {
    await letterAtStep(page, 4);
    await page.getByRole('button', { name: 'In a week' }).click();
    await page.getByText('will be offered to you first on').waitFor();
  },
});

screenTest('friend reflection editor', {
  hash: '#/friend',
  reach: async (page) => {
    await page.getByRole('button', { name: 'Start a new reflection' }).click();
    await page.locator('#reflection-title').waitFor();
    await page.getByLabel('When a close friend is struggling, how do I respond?').fill('I listen and reassure them.');
    await page.getByLabel('When I am struggling, how do I respond to myself?').fill('I tell myself to toughen up.');
    await page.getByLabel('What do I notice about the difference?').fill('I am much harder on myself.');
  },
});

screenTest('self-compassion break', {
  hash: '#/break',
  reach: (page) => page.getByRole('button', { name: 'I have taken my break' }).waitFor(),
});

screenTest('self-compassion break, taken', {
  hash: '#/break',
  reach: async (page) => {
    await page.getByLabel('This is a hard moment.').check();
    await page.locator('#break-kindness-own').fill('May I be patient with myself.');
    await page.getByRole('button', { name: 'I have taken my break' }).click();
    await page.getByText('Kept. You have taken 1 break here.').waitFor();
  },
});

screenTest('data page', {
  hash: '#/data',
  reach: (page) => page.locator('#data-title').waitFor(),
});

screenTest('lock screen', {
  hash: '#/data',
  reach: async (page) => {
    await page.getByLabel('New passphrase').fill(PASS);
    await page.getByLabel('The same passphrase again').fill(PASS);
    await page.getByLabel('I understand that a forgotten passphrase cannot be recovered.').check();
    await page.getByRole('button', { name: 'Lock my data' }).click();
    await page.getByText('Your data is now locked').waitFor({ timeout: 20_000 });
    await page.reload();
    await page.locator('#lock-title').waitFor();
  },
});

screenTest('kiosk "Are you still there?" countdown', {
  reach: async (page) => {
    await page.clock.install();
    await page.goto(`${server.origin}/?kiosk=1&idle=30#/`);
    await page.locator('#home-title').waitFor();
    await page.clock.fastForward(31_000);
    await page.getByRole('alertdialog').getByText('Are you still there?').waitFor();
  },
});
