import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Where screenshots of the browser tests go (the CI log names them). */
export const BROWSER_OUTPUT = join(__dirname, '../../.kyodo/test-output/console');

/**
 * Debian's Chromium (apt-get install chromium), driven by playwright-core: no browser is
 * downloaded. CHROMIUM_PATH points elsewhere. Without a Chromium the tests fail and say how to
 * get one; they never skip.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `No Chromium at ${executablePath}. Install Debian's: \`apt-get install chromium fonts-noto-cjk\` ` +
        '(or, where the network allows, `npx playwright install chromium` and set CHROMIUM_PATH to the browser it installs).',
    );
  }
  mkdirSync(BROWSER_OUTPUT, { recursive: true });
  return chromium.launch({
    executablePath,
    headless: true,
    // The closed network here refuses Chromium's own background connections; these keep it quiet.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/** Logs in through the real Keycloak login page the console redirects to. */
export async function logInThroughKeycloak(page: Page, consoleUrl: string, username: string, password = `demo-${username}`): Promise<void> {
  await page.goto(consoleUrl);
  await page.waitForURL(/\/realms\/kyodo\/protocol\/openid-connect\/auth/);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.href.startsWith(consoleUrl) && !url.search.includes('code='));
}

/** axe on the page as it stands: the serious and critical WCAG 2.x A/AA violations, described. */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** The elements keyboard users reach with Tab, in order, by their accessible text (first `max`). */
export async function tabOrder(page: Page, max = 30): Promise<string[]> {
  const reached: string[] = [];
  await page.locator('body').focus();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return '';
      return (el.getAttribute('aria-label') ?? el.textContent ?? el.tagName).trim().slice(0, 60);
    });
    reached.push(label);
  }
  return reached;
}
