// Browser setup for the web app's chat, onramp, directory and phrase tests (web-chat.e2e.test.ts).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { chromium, type Browser, type Page } from 'playwright-core';

import { importKeyPair, type ExportedKeyPair, type KeyPair } from '@imajin/protocol';

export const CHROMIUM = '/usr/bin/chromium';
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1200, height: 900 };
const REPO = path.resolve(__dirname, '../..');

/** Whether Chromium is here; says clearly when the tests are skipped, and fails instead under CI. */
export function browserPresent(name: string): boolean {
  if (fs.existsSync(CHROMIUM)) return true;
  if (process.env.CI)
    throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium before the tests`);
  process.stderr.write(
    `${name}: browser tests SKIPPED, no ${CHROMIUM}. Enable them with: apt-get install -y chromium\n`,
  );
  return false;
}

/** Builds the app as the gateway serves it and starts headless Chromium. */
export async function buildAndLaunch(): Promise<Browser> {
  execFileSync('npm', ['run', 'build:web', '--silent'], { cwd: REPO, stdio: 'ignore' });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/** A full-page screenshot under `dir`, checked to be a PNG with something in it. */
export async function shot(page: Page, dir: string, name: string): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  expect(bytes.length).toBeGreaterThan(5_000);
  return file;
}

/** Creates a key in the page's browser, registers it with `handle` and waits until signed in. */
export async function registerInBrowser(page: Page, base: string, handle: string): Promise<void> {
  await page.goto(`${base}/`);
  await page.getByRole('button', { name: 'Create a key', exact: true }).click();
  await page.getByLabel('Handle').fill(handle);
  await page.getByRole('button', { name: 'Register and sign in' }).click();
  await page.getByTestId('signed-in-as').getByText(`@${handle}`).waitFor();
}

/** The keys this browser holds (the test reads them to act for the person through the SDK). */
export async function browserKeys(page: Page): Promise<KeyPair[]> {
  const stored = await page.evaluate(() => localStorage.getItem('imajin.keys.v1') ?? '[]');
  return (JSON.parse(stored) as ExportedKeyPair[]).map((k) => importKeyPair(k));
}
