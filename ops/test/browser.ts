// Shared by the browser tests (web*.e2e.test.ts): Debian's Chromium driven by playwright-core, screenshots
// checked to be real pictures, and a person who creates a key and registers in the app.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

import { startStack, type Stack, type StackOptions } from './stack';

export const CHROMIUM = '/usr/bin/chromium';
export const REPO = path.resolve(__dirname, '../..');
export const SHOTS = path.resolve(REPO, '.data/test-output/web');
export const PHONE = { width: 390, height: 844 };
export const browserPresent = fs.existsSync(CHROMIUM);

/** `describe` when Chromium is installed; else skipped with a message (and a failure under CI). */
export function describeBrowser(file: string): jest.Describe {
  if (!browserPresent) {
    // CI never skips: there a missing browser is a failed run, not a quiet pass.
    if (process.env.CI)
      throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium before the tests`);
    process.stderr.write(
      `${file}: browser tests SKIPPED, no ${CHROMIUM}. Enable them with: apt-get install -y chromium\n`,
    );
  }
  return browserPresent ? describe : describe.skip;
}

/** Builds the app as the gateway serves it (the current sources) and makes the screenshot folder. */
export function buildWebApp(): void {
  execFileSync('npm', ['run', 'build:web', '--silent'], { cwd: REPO, stdio: 'ignore' });
  fs.mkdirSync(SHOTS, { recursive: true });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A full-page screenshot under `dir` (SHOTS by default), checked to be a PNG with something in it. */
export async function shot(page: Page, name: string, dir: string = SHOTS): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  expect(bytes.length).toBeGreaterThan(5_000);
  return file;
}

/** Creates a key in the browser, registers it with `handle` and waits until signed in. */
export async function createAndRegister(page: Page, base: string, handle: string): Promise<void> {
  await page.goto(`${base}/`);
  await page.getByRole('heading', { name: 'Welcome to Imajin' }).waitFor();
  await page.getByRole('button', { name: 'Create a key' }).click();
  await page.getByLabel('Handle').fill(handle);
  await page.getByLabel('Display name').fill(handle.replace(/_.*/, ''));
  await page.getByRole('button', { name: 'Register and sign in' }).click();
  await page.getByTestId('signed-in-as').getByText(`@${handle}`).waitFor();
}

export interface BrowserSuite {
  stack: Stack;
  /** The gateway's origin, where the app is served. */
  base: string;
  /** A new person: a browser context with its own empty profile (its own key store). */
  person(viewport?: { width: number; height: number }): Promise<Page>;
}

/**
 * Registers beforeAll/afterAll for a browser test file: the app built, a fresh stack and Chromium; every context
 * `person()` opens is closed at the end. Read the fields inside tests (they are set in beforeAll).
 */
export function browserSuite(options: StackOptions = {}): BrowserSuite {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const suite = {
    base: '',
    async person(viewport = { width: 1200, height: 900 }): Promise<Page> {
      const context = await browser!.newContext({ viewport });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      return page;
    },
  } as BrowserSuite;
  beforeAll(async () => {
    buildWebApp();
    suite.stack = await startStack(options);
    suite.base = suite.stack.gatewayUrl.replace(/\/graphql$/, '');
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await suite.stack?.stop();
  });
  return suite;
}
