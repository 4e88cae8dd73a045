import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildConsole, launchTestConsortium, RunningConsortium, RunningConsoleServer, startConsoleServer } from '@kyodo/consortium-tools';
import { bearer, gql, postGraphQL } from '@kyodo/testing';
import {
  allowConsoleOrigin,
  BROWSER_OUTPUT,
  launchChromium,
  logInThroughKeycloak,
  seriousAccessibilityViolations,
  tabOrder,
} from '../support/browser';

/**
 * 代理操作 (#20 item 5): Tateshina is municipality-run and delegates its pay, invoices and
 * attendance to its partner operator Shiojiri; the realm gives shiojiri-director `operator_for:
 * tateshina`. In a real browser, through the real Keycloak login, that director switches to
 * 立科町, every screen then names it and offers only the delegated work, the month's pay is
 * previewed and closed for Tateshina (the request names its org), and switching back leaves no
 * banner. The town's own director is refused the close, which is the operator's to confirm.
 */

const DESKTOP = { width: 1280, height: 900 };
const DOCS = join(__dirname, '../../docs');
const BANNER = '立科町 の代理で操作中';

const PAY_MONTH = gql`
  query ($month: String!) {
    payMonth(month: $month) {
      orgId
      month
      closedAt
    }
  }
`;

/** The month the pay screen offers first: the last one that has ended, in Tokyo. */
function lastEndedMonth(): string {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit' })
    .format(new Date())
    .split('-')
    .map(Number);
  const previous = month === 1 ? [year - 1, 12] : [year, month - 1];
  return `${previous[0]}-${String(previous[1]).padStart(2, '0')}`;
}

describe("a partner operator's staff acting for a municipality-run member, in Chromium", () => {
  let consortium: RunningConsortium;
  let consoleServer: RunningConsoleServer;
  let browser: Browser;
  let restoreOrigins: (() => Promise<void>) | undefined;
  const month = lastEndedMonth();

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    return context.newPage();
  }

  /** The banner names the member, axe finds nothing serious, the switcher is reached by Tab; a screenshot. */
  async function checkActingScreen(page: Page, name: string): Promise<void> {
    const banner = page.getByTestId('acting-banner');
    await expect(banner.innerText()).resolves.toContain(BANNER);
    await expect(page.getByRole('status').filter({ hasText: BANNER }).count()).resolves.toBe(1);
    await page.waitForLoadState('networkidle');
    expect([name, await seriousAccessibilityViolations(page)]).toEqual([name, []]);
    const reached = await tabOrder(page, 40);
    expect([name, reached.includes('操作する団体'), reached.includes('自団体に戻る')]).toEqual([name, true, true]);
    await page.screenshot({ path: join(BROWSER_OUTPUT, `operator-${name}-desktop.png`), fullPage: true });
  }

  async function menuLabels(page: Page): Promise<string[]> {
    return (await page.getByRole('navigation').getByRole('link').allInnerTexts()).map((label) => label.trim());
  }

  beforeAll(async () => {
    [consortium, browser] = await Promise.all([
      launchTestConsortium('console-operator', ['shiojiri', 'tateshina'], {
        operatedBy: { tateshina: 'shiojiri' },
        consortiumEnv: {
          KYODO_MEMBER_FORMS: JSON.stringify({
            shiojiri: { operatingForm: 'CORPORATE_EXPANDED', name: '塩尻市' },
            tateshina: { operatingForm: 'MUNICIPALITY_RUN', partnerOperatorId: 'shiojiri', name: '立科町' },
          }),
        },
      }),
      launchChromium(),
      buildConsole(),
    ]).then(([c, b]) => [c, b] as const);
    consoleServer = await startConsoleServer({ gatewayUrl: consortium.gatewayUrl, keycloakUrl: process.env.KEYCLOAK_URL!, port: 0 });
    restoreOrigins = await allowConsoleOrigin(process.env.KEYCLOAK_URL!, consoleServer.url);
  }, 300_000);

  afterAll(async () => {
    await restoreOrigins?.();
    await browser?.close();
    await consoleServer?.stop();
    await consortium?.stop();
  });

  it("refuses the town's own director the pay close, which its operator confirms: the message says so plainly", async () => {
    const page = await newPage();
    await logInThroughKeycloak(page, consoleServer.url, 'tateshina-director');
    await page.getByRole('navigation').getByRole('link', { name: '支払締め', exact: true }).click();
    await page.getByRole('heading', { name: '支払締め', level: 2 }).waitFor();
    // Not an operator's staff: no switcher, no banner.
    await expect(page.getByTestId('acting-switcher').count()).resolves.toBe(0);
    await expect(page.getByTestId('acting-banner').count()).resolves.toBe(0);
    await page.getByRole('button', { name: /分を締める$/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: '締める', exact: true }).click();
    await page.getByText('この手続きは運営事業者が確定します。運営事業者の担当者に依頼してください。').first().waitFor();
    await page.screenshot({ path: join(BROWSER_OUTPUT, 'operator-town-director-refused-desktop.png'), fullPage: true });
    await page.context().close();

    // Nothing was closed.
    const open = await postGraphQL<{ payMonth: unknown }>(consortium.gatewayUrl, PAY_MONTH, { month }, await bearer('tateshina-director'));
    expect(open.errors).toBeUndefined();
    expect(open.data!.payMonth).toBeNull();
  });

  it('switches to 立科町, shows it on every screen with only the delegated work, closes its pay, and switches back', async () => {
    const page = await newPage();
    const sent: { operationName?: string; variables?: Record<string, unknown> }[] = [];
    page.on('request', (request) => {
      // The gateway's GraphQL calls (the console's config may name the gateway by another host name).
      if (request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/graphql')) {
        sent.push(JSON.parse(request.postData() ?? '{}') as (typeof sent)[number]);
      }
    });
    await logInThroughKeycloak(page, consoleServer.url, 'shiojiri-director');
    await page.waitForURL(/\/director\/orders/);
    const switcher = page.getByRole('combobox', { name: '操作する団体' });
    await switcher.waitFor();
    await expect(page.getByTestId('acting-banner').count()).resolves.toBe(0);
    // The switcher offers the own org and the member the token names, by name.
    // (The names come from the registry once the page has loaded.)
    await switcher
      .locator('option', { hasText: '立科町' })
      .waitFor({ state: 'attached', timeout: 15_000 })
      .catch(async (error: unknown) => {
        throw new Error(`The switcher offers: ${(await switcher.locator('option').allInnerTexts()).join(' / ')}`, { cause: error });
      });
    await expect(switcher.locator('option', { hasText: '立科町' }).count()).resolves.toBe(1);
    await expect(switcher.locator('option', { hasText: '塩尻市（自団体）' }).count()).resolves.toBe(1);
    // Reached and worked by keyboard: Tab to it, choose with the arrow key.
    expect(await tabOrder(page, 10)).toContain('操作する団体');
    await switcher.focus();
    await page.keyboard.press('ArrowDown');
    await page.getByTestId('acting-banner').waitFor();
    await expect(switcher.inputValue()).resolves.toBe('tateshina');

    // Only the screens of the delegated functions; the first of them opens.
    await page.waitForURL(/\/director\/approvals/);
    expect(await menuLabels(page)).toEqual(['承認待ち', '請求書', '支払締め']);
    await page.getByRole('heading', { name: '承認待ち', level: 2 }).waitFor();
    await checkActingScreen(page, 'approvals');

    await page.getByRole('navigation').getByRole('link', { name: '請求書', exact: true }).click();
    await page.getByRole('heading', { name: '請求書', level: 2 }).waitFor();
    await checkActingScreen(page, 'invoices');

    // 支払締め: previewed, then confirmed, for Tateshina.
    await page.getByRole('navigation').getByRole('link', { name: '支払締め', exact: true }).click();
    await page.getByRole('heading', { name: '支払締め', level: 2 }).waitFor();
    await page.getByRole('heading', { name: '締める前の確認（支払明細の見込み）' }).waitFor();
    await checkActingScreen(page, 'pay-preview');
    await page.screenshot({ path: join(DOCS, 'console-operator-acting.png') });
    await page.getByRole('button', { name: /分を締める$/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: '締める', exact: true }).click();
    await page.getByRole('heading', { name: /（締め済）/ }).waitFor();
    // The close's result: its statement count and totals (this fresh member has no approved hours yet).
    await expect(page.getByTestId('pay-totals').innerText()).resolves.toMatch(/明細 0 件[\s\S]*差引支給額: ¥0/);
    await checkActingScreen(page, 'pay-closed');
    const close = sent.find((body) => body.operationName === 'DirectorClosePayMonth');
    expect([close?.variables, sent.length]).toEqual([{ month, orgId: 'tateshina' }, expect.any(Number)]);
    // Every operation of the member's screens named it.
    const routed = sent.filter((body) => body.operationName?.startsWith('Director'));
    expect(routed.length).toBeGreaterThan(3);
    expect(routed.filter((body) => body.variables?.orgId !== 'tateshina').map((body) => body.operationName)).toEqual([]);

    // Tateshina's month is closed; Shiojiri's own is not.
    const closed = await postGraphQL<{ payMonth: { orgId: string; closedAt: string | null } | null }>(
      consortium.gatewayUrl,
      PAY_MONTH,
      { month },
      await bearer('tateshina-director'),
    );
    expect(closed.data!.payMonth).toMatchObject({ orgId: 'tateshina', month });
    const own = await postGraphQL<{ payMonth: unknown }>(consortium.gatewayUrl, PAY_MONTH, { month }, await bearer('shiojiri-director'));
    expect(own.data!.payMonth).toBeNull();

    // The choice stays with the tab across a reload; a screen the member did not delegate is not shown.
    await page.goto(`${consoleServer.url}/director/orders`);
    await page.getByTestId('acting-not-delegated').waitFor();
    await expect(page.getByTestId('acting-banner').innerText()).resolves.toContain(BANNER);
    await checkActingScreen(page, 'not-delegated');

    // Back to the own org: no banner, the own screens, and the own (still open) month.
    await switcher.selectOption({ label: '塩尻市（自団体）' });
    await page.waitForURL(/\/director\/orders/);
    await page.getByRole('heading', { name: '案件一覧', level: 2 }).waitFor();
    await expect(page.getByTestId('acting-banner').count()).resolves.toBe(0);
    expect(await menuLabels(page)).toEqual(expect.arrayContaining(['案件一覧', '支払締め']));
    await page.getByRole('navigation').getByRole('link', { name: '支払締め', exact: true }).click();
    await page.getByRole('heading', { name: /（未締め）/ }).waitFor();
    await expect(page.getByTestId('acting-banner').count()).resolves.toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(BROWSER_OUTPUT, 'operator-own-pay-desktop.png'), fullPage: true });

    // A tab whose stored choice the token does not allow acts for no one.
    await page.evaluate(() => sessionStorage.setItem('kyodo.actingFor', 'itoigawa'));
    await page.reload();
    await page.getByRole('heading', { name: /（未締め）/ }).waitFor();
    await expect(page.getByTestId('acting-banner').count()).resolves.toBe(0);
    await expect(page.evaluate(() => sessionStorage.getItem('kyodo.actingFor'))).resolves.toBeNull();
    await page.context().close();
  });
});
