import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildConsole, launchTestConsortium, RunningConsortium, RunningConsoleServer, startConsoleServer } from '@kyodo/consortium-tools';
import { tokyoToday } from '@kyodo/domain';
import { bearer, gql, postGraphQL } from '@kyodo/testing';
import {
  allowConsoleOrigin,
  BROWSER_OUTPUT,
  launchChromium,
  logInThroughKeycloak,
  seriousAccessibilityViolations,
  tabOrder,
} from '../support/browser';
import { daysAfter } from '../support/dates';

/**
 * The console in a real browser: Debian's Chromium through the real Keycloak login page, against
 * a real consortium. Each role lands on its own screen with its own member's data, every screen
 * passes axe (no serious or critical violation) and is reachable by keyboard.
 */

const CREATE_CLIENT = gql`
  mutation ($input: CreateClientInput!) {
    createClient(input: $input) {
      id
    }
  }
`;
const CREATE_ORDER = gql`
  mutation ($input: CreateOrderInput!) {
    createOrder(input: $input) {
      id
    }
  }
`;
const CREATE_COURSE = gql`
  mutation ($input: CreateCourseInput!) {
    createCourse(input: $input) {
      id
    }
  }
`;

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

describe('the web console in Chromium', () => {
  let consortium: RunningConsortium;
  let consoleServer: RunningConsoleServer;
  let browser: Browser;
  let restoreOrigins: (() => Promise<void>) | undefined;
  const orderTitle = `住民票データ入力 ${Date.now()}`;
  const otherOrgOrder = `塩尻の案件 ${Date.now()}`;
  const courseTitle = `情報セキュリティ基礎 ${Date.now()}`;

  async function seed(gateway: string, username: string, document: string, input: Record<string, unknown>): Promise<string> {
    const response = await postGraphQL<Record<string, { id: string }>>(gateway, document, { input }, await bearer(username));
    if (response.errors || !response.data) throw new Error(JSON.stringify(response.errors));
    return Object.values(response.data)[0].id;
  }

  async function newPage(viewport: { width: number; height: number }): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    return context.newPage();
  }

  beforeAll(async () => {
    [consortium, browser] = await Promise.all([
      launchTestConsortium('console', ['tateshina', 'shiojiri']),
      launchChromium(),
      buildConsole(),
    ]).then(([c, b]) => [c, b] as const);
    consoleServer = await startConsoleServer({ gatewayUrl: consortium.gatewayUrl, keycloakUrl: process.env.KEYCLOAK_URL!, port: 0 });
    restoreOrigins = await allowConsoleOrigin(process.env.KEYCLOAK_URL!, consoleServer.url);
    const gateway = consortium.gatewayUrl;
    const deadline = daysAfter(tokyoToday(), 30);
    const clientId = await seed(gateway, 'tateshina-director', CREATE_CLIENT, { name: '立科町 住民課', sector: 'PUBLIC' });
    await seed(gateway, 'tateshina-director', CREATE_ORDER, {
      clientId,
      title: orderTitle,
      category: 'DATA_ENTRY',
      valueYen: 1234567,
      estimatedHours: 40,
      deadline,
    });
    const shiojiriClient = await seed(gateway, 'shiojiri-director', CREATE_CLIENT, { name: '塩尻市 企画課', sector: 'PUBLIC' });
    await seed(gateway, 'shiojiri-director', CREATE_ORDER, {
      clientId: shiojiriClient,
      title: otherOrgOrder,
      category: 'DATA_ENTRY',
      valueYen: 5000,
      estimatedHours: 2,
      deadline,
    });
    await seed(gateway, 'tateshina-director', CREATE_COURSE, {
      code: `SEC-${Date.now()}`,
      title: courseTitle,
      category: 'BASIC',
      format: 'E_LEARNING',
      durationMinutes: 45,
    });
    // A consortium, a Vite build and a browser start together: more than one hook's default time.
  }, 300_000);

  afterAll(async () => {
    await restoreOrigins?.();
    await browser?.close();
    await consoleServer?.stop();
    await consortium?.stop();
  });

  it('sends an anonymous visitor to the Keycloak login page, with PKCE', async () => {
    const page = await newPage(DESKTOP);
    await page.goto(consoleServer.url);
    await page.waitForURL(/\/realms\/kyodo\/protocol\/openid-connect\/auth/);
    const url = new URL(page.url());
    expect(url.searchParams.get('client_id')).toBe('kyodo-web');
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toBeTruthy();
    await page.context().close();
  });

  it("lands a director on the orders board with the member's own orders, in Japanese, accessible and keyboard-reachable", async () => {
    const page = await newPage(DESKTOP);
    await logInThroughKeycloak(page, consoleServer.url, 'tateshina-director');
    await page.waitForURL(/\/director\/orders$/);
    await page.getByRole('tab', { name: /引合い/ }).click();
    const card = page.getByRole('article', { name: orderTitle });
    await expect(card.isVisible()).resolves.toBe(true);
    await expect(card.textContent()).resolves.toContain('¥1,234,567');
    await expect(card.textContent()).resolves.toMatch(/\d{4}年\d{1,2}月\d{1,2}日（[月火水木金土日]）/);
    // Another member's order never reaches this board.
    await expect(page.getByText(otherOrgOrder).count()).resolves.toBe(0);
    await expect(page.getByTestId('acting-for').textContent()).resolves.toContain('tateshina');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const reached = await tabOrder(page, 20);
    expect(reached[0]).toBe('本文へ移動'); // the skip link comes first
    expect(reached).toContain('案件一覧');
    expect(reached).toContain('ログアウト');
    await page.screenshot({ path: join(BROWSER_OUTPUT, 'director-orders-desktop.png'), fullPage: true });
    await page.context().close();
  });

  it('shows a worker on a 390 px phone their own start page, and logout ends the Keycloak session', async () => {
    const page = await newPage(PHONE);
    await logInThroughKeycloak(page, consoleServer.url, 'tateshina-worker');
    await page.waitForURL(/\/worker$/);
    await page.getByTestId('worker-week').waitFor();
    // This consortium has no worker record for the login: the page says so in Japanese and keeps the rest.
    await page.getByText('このアカウントはワーカーとして登録されていません。団体の担当者にお問い合わせください。').waitFor();
    await expect(page.getByText('今日の作業はありません').isVisible()).resolves.toBe(true);
    // The screen says when it shows its data: the home-screen benchmark reads this mark.
    await expect(page.evaluate(() => performance.getEntriesByName('kyodo:worker-home-ready').length)).resolves.toBeGreaterThan(0);
    // Nothing is wider than the phone.
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(PHONE.width);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(BROWSER_OUTPUT, 'worker-home-390.png'), fullPage: true });

    // A worker has no orders board: the navigation does not offer it.
    await page.getByRole('button', { name: 'メニュー' }).click(); // the burger opens the navigation on a phone
    await expect(page.getByRole('link', { name: '案件一覧' }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'ログアウト' }).click();
    await page.waitForURL(consoleServer.url + '/');
    // The Keycloak session is over: the console needs a new login.
    await page.waitForURL(/\/realms\/kyodo\/protocol\/openid-connect\/auth/);
    await expect(page.locator('#username').isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('switches to English and remembers it', async () => {
    const page = await newPage(DESKTOP);
    await logInThroughKeycloak(page, consoleServer.url, 'tateshina-director');
    await page.waitForURL(/\/director\/orders$/);
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { name: 'Orders' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Orders' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await page.context().close();
  });
});
