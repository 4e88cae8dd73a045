import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DEV_ADMIN } from '@kyodo/keycloak-tools';

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
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** Logs in through the real Keycloak login page the console redirects to. */
export async function logInThroughKeycloak(page: Page, consoleUrl: string, username: string, password = `demo-${username}`): Promise<void> {
  await page.goto(consoleUrl);
  await page.waitForURL(/\/realms\/kyodo\/protocol\/openid-connect\/auth/);
  await page.locator('#username').fill(username);
  // With Organizations on, Keycloak asks for the username first and the password on a second page.
  if (!(await page.locator('#password').isVisible())) {
    await page.locator('#kc-login').click();
    await page.locator('#password').waitFor();
  }
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  try {
    await page.waitForURL((url) => url.href.startsWith(consoleUrl) && !url.search.includes('code='));
  } catch (error) {
    // Say where the login got stuck: Keycloak's own message, or the console's.
    const text = (
      await page
        .locator('body')
        .innerText()
        .catch(() => '')
    ).slice(0, 500);
    throw new Error(`Login as ${username} did not come back to the console: at ${page.url()}\n${text}`, { cause: error });
  }
}

/** axe on the page as it stands: the serious and critical WCAG 2.x A/AA violations, described. */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  // Colours read mid-transition (a dialog fading in, a button just enabled) are neither the
  // before nor the after: axe judges the page once every running transition has ended.
  // (A spinner's endless animation is left out: it never ends.)
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => Number.isFinite(Number(animation.effect?.getComputedTiming().endTime ?? Infinity)))
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

/** The elements keyboard users reach with Tab from the top of the page, in order, by their accessible text. */
export async function tabOrder(page: Page, presses = 30): Promise<string[]> {
  const reached: string[] = [];
  // Blurring alone leaves the browser's starting point at the last clicked element: focus a
  // throwaway element at the very top instead, so the first Tab lands where a fresh page's would.
  await page.evaluate(() => {
    const start = document.createElement('span');
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
    start.remove();
  });
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return '';
      return (el.getAttribute('aria-label') ?? el.textContent ?? el.tagName).trim().slice(0, 60);
    });
    if (label) reached.push(label);
  }
  return reached;
}

/**
 * Lets a console on `origin` call Keycloak's token endpoint from the browser: the realm admits
 * the demo console's origin (http://localhost:4200) only, and a test console listens on a free
 * port. Changed through the admin API as the test server's master admin; the returned function
 * puts the client back.
 */
export async function allowConsoleOrigin(keycloakUrl: string, origin: string): Promise<() => Promise<void>> {
  // A master-realm admin token lives a minute: each change asks for its own, so the restore at
  // the end of a long browser test is not refused.
  const admin = async (path: string, init: RequestInit = {}) => {
    const tokenResponse = await fetch(`${keycloakUrl}/realms/master/protocol/openid-connect/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'password',
        client_id: 'admin-cli',
        username: DEV_ADMIN.username,
        password: DEV_ADMIN.password,
      }),
    });
    const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
    return fetch(`${keycloakUrl}/admin/realms/kyodo${path}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    });
  };
  const change = async (edit: (webOrigins: string[]) => string[]) => {
    const [client] = (await (await admin('/clients?clientId=kyodo-web')).json()) as { id: string; webOrigins: string[] }[];
    const response = await admin(`/clients/${client.id}`, {
      method: 'PUT',
      body: JSON.stringify({ ...client, webOrigins: edit(client.webOrigins) }),
    });
    if (!response.ok) throw new Error(`Keycloak refused kyodo-web's web origins: HTTP ${response.status}`);
  };
  await change((webOrigins) => [...webOrigins, origin]);
  // Only this test's origin is taken away again: another test's change in between stays.
  return () => change((webOrigins) => webOrigins.filter((o) => o !== origin));
}
