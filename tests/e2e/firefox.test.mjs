// The end-to-end journey in a second engine: Firefox ESR driven over WebDriver by geckodriver
// (both installed by scripts/setup.sh). Same built dist/, same static server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import { Builder, By, Key, until } from 'selenium-webdriver';
import firefox from 'selenium-webdriver/firefox.js';
import { serve } from './harness.mjs';
import { expectLong } from './key.mjs';

let server;
let driver;

const GECKODRIVER = process.env.GECKODRIVER || path.join(os.homedir(), '.cargo/bin/geckodriver');
const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

before(async () => {
  server = await serve();
  const options = new firefox.Options().setBinary(FIREFOX).addArguments('-headless');
  options.setPreference('browser.shell.checkDefaultBrowser', false);
  driver = await new Builder()
    .forBrowser('firefox')
    .setFirefoxOptions(options)
    .setFirefoxService(new firefox.ServiceBuilder(GECKODRIVER))
    .build();
  await driver.manage().window().setRect({ width: 1280, height: 900 });
});

after(async () => {
  await driver?.quit();
  await server?.close();
});

const $ = (css) => driver.wait(until.elementLocated(By.css(css)), 15_000);
const text = async (css) => (await $(css)).getText();
const press = (...keys) => driver.actions().sendKeys(...keys).perform();
const clickButton = async (label) => {
  const button = await driver.wait(
    until.elementLocated(By.xpath(`//button[normalize-space(.)=${JSON.stringify(label)}]`)),
    15_000,
  );
  await button.click();
};

test('Firefox ESR: the scale by keyboard alone gives the scoring key’s table', async () => {
  await driver.get(`${server.origin}/#/scale`);
  await $('#intro-title');
  await clickButton('Begin');
  const answers = [];
  for (let n = 1; n <= 26; n += 1) {
    await driver.wait(async () => (await text('.item-count')) === `Item ${n} of 26`, 10_000);
    answers[n] = ((n * 7) % 5) + 1;
    await press(String(answers[n]));
    await press(Key.ENTER);
  }
  await $('#results-title');
  const rows = await driver.executeScript(() =>
    [...document.querySelectorAll('table.scores tbody tr')].map((r) => [
      r.querySelector('th').innerText.trim(),
      r.querySelector('td.num').innerText.trim(),
    ]),
  );
  assert.deepEqual(rows, expectLong(answers));
});

test('Firefox ESR: a half-finished scale resumes after a reload', async () => {
  await driver.get(`${server.origin}/#/scale`);
  await $('#intro-title');
  await clickButton('Begin');
  for (let n = 1; n <= 3; n += 1) {
    await press('2');
    await press(Key.ENTER);
  }
  await driver.navigate().refresh();
  await driver.wait(async () => (await text('.item-count')) === 'Item 4 of 26', 15_000);
});

test('Firefox ESR: the pacer paces and stops, and the letter keeps every character', async () => {
  await driver.get(`${server.origin}/#/breathe`);
  await $('#pacer-title');
  await clickButton('Start');
  await driver.wait(until.elementLocated(By.css('.breath-stage[data-phase="inhale"]')), 12_000);
  assert.equal(await text('.breath-words'), 'Breathe in');
  await clickButton('Stop');
  await $('#done-title');

  await driver.get(`${server.origin}/#/letters`);
  await clickButton('Write a new letter');
  const judge = await $('#letter-judge');
  const words = 'Dear me — ça va aller. 🌱 You are doing better than you think.';
  await judge.sendKeys(words);
  await driver.navigate().refresh();
  const again = await $('#letter-judge');
  assert.equal(await again.getAttribute('value'), words);
});

test('Firefox ESR: erase everything leaves no key of ours', async () => {
  await driver.get(`${server.origin}/#/data`);
  await $('#data-title');
  await clickButton('Erase everything…');
  await clickButton('Yes, erase everything');
  await driver.wait(until.elementLocated(By.xpath("//*[contains(., 'has been erased')]")), 10_000);
  const keys = await driver.executeScript(() => Object.keys(localStorage).filter((k) => k.startsWith('selfcompassion:')));
  assert.deepEqual(keys, []);
});
