// Browser setup for the web app's chat, onramp, directory and phrase tests (web-chat.e2e.test.ts).
import type { Browser, Page } from 'playwright-core';

import { importKeyPair, type ExportedKeyPair, type KeyPair } from '@imajin/protocol';

import { buildWebApp, describeBrowser, launchChromium } from './browser';

export { CHROMIUM, PHONE, shot } from './browser';
export const DESKTOP = { width: 1200, height: 900 };

/** Whether Chromium is here; says clearly when the tests are skipped, and fails instead under CI. */
export function browserPresent(name: string): boolean {
  return describeBrowser(name) === describe;
}

/** Builds the app as the gateway serves it and starts headless Chromium. */
export async function buildAndLaunch(): Promise<Browser> {
  buildWebApp();
  return launchChromium();
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
