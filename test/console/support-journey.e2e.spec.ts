import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  buildConsole,
  forgetMemberIdentity,
  launchTestConsortium,
  NodeInfo,
  RunningConsortium,
  RunningConsoleServer,
  startConsoleServer,
} from '@kyodo/consortium-tools';
import { fiscalYearOf, tokyoToday } from '@kyodo/domain';
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
 * The joint support body in a real browser: it reads members with their nodes, onboards a new
 * municipality-run member through the wizard onto nodes the member runs itself (the API checks
 * them live before anything is written), ticks the checklist item that is its own, suspends and
 * resumes the member, and reads the consortium's KPI sheet. The member id is new on every run,
 * as onboarding creates a Keycloak organization and user in the shared realm (removed afterwards).
 */

const DESKTOP = { width: 1280, height: 900 };

describe("the joint support body's journey in Chromium", () => {
  let consortium: RunningConsortium;
  let consoleServer: RunningConsoleServer;
  let browser: Browser;
  let restoreOrigins: (() => Promise<void>) | undefined;
  let page: Page;
  let nodes: NodeInfo[];
  const memberId = `kiso-${Date.now().toString(36)}`;
  const memberName = `木曽町 ${memberId}`;
  const adminUsername = `${memberId}-admin`;
  const fiscalYear = fiscalYearOf(tokyoToday());

  async function api<T>(document: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await postGraphQL<T>(consortium.gatewayUrl, document, variables, await bearer('consortium-admin'));
    if (response.errors || !response.data) throw new Error(JSON.stringify(response.errors));
    return response.data;
  }

  const statusOf = async (id: string) =>
    (
      await api<{ consortiumMembers: { id: string; status: string }[] }>(gql`
        {
          consortiumMembers {
            id
            status
          }
        }
      `)
    ).consortiumMembers.find((m) => m.id === id)?.status;

  async function checkScreen(name: string, reachable: string | RegExp): Promise<void> {
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const reached = await tabOrder(page, 80);
    expect(reached.some((label) => (typeof reachable === 'string' ? label.includes(reachable) : reachable.test(label)))).toBe(true);
    // The screenshots show the screen, not where the Tab walk stopped.
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await page.screenshot({ path: join(BROWSER_OUTPUT, `support-${name}-desktop.png`), fullPage: true });
  }

  beforeAll(async () => {
    [consortium, browser] = await Promise.all([
      launchTestConsortium('console-support', ['tateshina', 'shiojiri']),
      launchChromium(),
      buildConsole(),
    ]).then(([c, b]) => [c, b] as const);
    consoleServer = await startConsoleServer({ gatewayUrl: consortium.gatewayUrl, keycloakUrl: process.env.KEYCLOAK_URL!, port: 0 });
    restoreOrigins = await allowConsoleOrigin(process.env.KEYCLOAK_URL!, consoleServer.url);
    // The new member set up its own servers; the gateway does not know them yet.
    nodes = await consortium.startUnregisteredOrgNodes(memberId);
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    page = await context.newPage();
  }, 300_000);

  afterAll(async () => {
    await restoreOrigins?.();
    await browser?.close();
    await consoleServer?.stop();
    await consortium?.stop();
    await forgetMemberIdentity(process.env.KEYCLOAK_URL!, memberId, [adminUsername]);
  });

  it('shows the members with their nodes: status, schema version and a check on demand', async () => {
    await logInThroughKeycloak(page, consoleServer.url, 'consortium-admin');
    await page.waitForURL(/\/consortium$/);
    const tateshina = page.getByRole('article', { name: /tateshina|立科/ }).first();
    await tateshina.waitFor();
    const nodesTable = tateshina.getByRole('table');
    await expect(nodesTable.getByRole('row').count()).resolves.toBe(4); // a header and orders, training, workers
    await expect(tateshina.getByText('ノード正常').count()).resolves.toBe(1);
    // The one gateway replica reported its circuits: closed for every node it routes to.
    await expect(tateshina.getByTestId('node-circuit').allTextContents()).resolves.toEqual(['正常 ×1', '正常 ×1', '正常 ×1']);
    await tateshina.getByRole('button', { name: /の orders ノードを今すぐ確認$/ }).click();
    await expect(nodesTable.getByRole('cell', { name: '稼働' }).count()).resolves.toBe(3);
    await checkScreen('members', /の orders ノードを今すぐ確認$/);
    await page.screenshot({ path: join(BROWSER_OUTPUT, 'support-members-1280.png') });
    copyFileSync(join(BROWSER_OUTPUT, 'support-members-1280.png'), join(__dirname, '../../docs/console-support-members.png'));
  });

  it('onboards a municipality-run member on its own nodes with the wizard', async () => {
    await page.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: '新規会員の受入れ', exact: true }).click();
    await page.getByRole('heading', { name: '新規会員の受入れ' }).waitFor();
    const member = page.getByRole('form', { name: '会員の情報' });
    await member.getByLabel(/^会員名/).fill(memberName);
    await member.getByLabel(/^会員ID/).fill('Kiso Town');
    await member.getByLabel(/^都道府県/).selectOption('長野県');
    await member.getByLabel(/^運営形態/).selectOption({ label: '自治体運営' });
    await member.getByLabel(/^運営パートナー/).selectOption({ index: 1 });
    await member.getByLabel(/^メールのドメイン/).fill(`${memberId}.kyodo.example`);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await member.getByRole('button', { name: '次へ' }).click();
    // A bad id is pointed at before any round trip.
    await member.getByText('英小文字で始まる2〜63文字').waitFor();
    await member.getByLabel(/^会員ID/).fill(memberId);
    await member.getByRole('button', { name: '次へ' }).click();

    const nodeStep = page.getByRole('form', { name: 'ノード' });
    // A municipality-run member is hosted on its operator's nodes unless the support body says otherwise.
    await expect(nodeStep.getByRole('radio', { name: /^運営パートナー/ }).isChecked()).resolves.toBe(true);
    await nodeStep.getByRole('radio', { name: '会員が自分で運用するノードに置く' }).check();
    for (const node of nodes) await nodeStep.getByLabel(new RegExp(`^${node.subgraph} ノードのURL`)).fill(node.url);
    await nodeStep.getByRole('button', { name: '次へ' }).click();

    const admin = page.getByRole('form', { name: '最初の管理者' });
    await admin.getByLabel(/^姓/).fill('木曽');
    await admin.getByLabel(/^名/).fill('一郎');
    await admin.getByLabel(/^ログイン名/).fill(adminUsername);
    await admin.getByLabel(/^メールアドレス/).fill(`${adminUsername}@${memberId}.kyodo.example`);
    await admin.getByRole('button', { name: '次へ' }).click();

    await page.getByRole('table', { name: '登録する内容' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const started = Date.now();
    await page.getByRole('button', { name: '受け入れる' }).click();
    await page.getByText(`${memberId} を受け入れました`).waitFor({ timeout: 180_000 });
    const seconds = Math.round((Date.now() - started) / 1000);
    await expect(page.getByTestId('temporary-password').textContent()).resolves.toMatch(/\S{8,}/);
    await expect(page.getByRole('table', { name: '確認済みのノード' }).getByText('稼働').count()).resolves.toBe(3);
    await checkScreen('onboarded', '受入れチェックリスト');
    // The onboarding's own time, for the note on how long a member takes to its first login.
    console.log(`onboarding ${memberId} took ${seconds} s from the wizard's submit`);
    expect(await statusOf(memberId)).toBe('ACTIVE');
  });

  it("ticks the support body's own checklist item for the new member", async () => {
    await page.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: '受入れチェックリスト', exact: true }).click();
    const checkbox = page.getByRole('checkbox', { name: `${memberName}: 最初のディレクターが研修を修了した (first director trained)` });
    await checkbox.waitFor();
    await expect(checkbox.isChecked()).resolves.toBe(false);
    await checkbox.check();
    await page.getByRole('columnheader', { name: new RegExp(`${memberName}.*1 / 12 完了`) }).waitFor();
    const { onboardingChecklist } = await api<{ onboardingChecklist: { code: string; done: boolean }[] }>(
      gql`
        query ($orgId: String!) {
          onboardingChecklist(orgId: $orgId) {
            code
            done
          }
        }
      `,
      { orgId: memberId },
    );
    expect(onboardingChecklist.filter((i) => i.done).map((i) => i.code)).toEqual(['FIRST_DIRECTOR_TRAINED']);
    await checkScreen('checklist', new RegExp(`^${memberName}: 最初のディレクター`));
  });

  it('suspends and resumes the member', async () => {
    await page.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: 'コンソーシアム', exact: true }).click();
    const card = page.getByRole('article', { name: memberName });
    await card.waitFor();
    await card.getByRole('button', { name: `${memberName} を停止する` }).click();
    const dialog = page.getByRole('dialog', { name: `${memberName} を停止する` });
    await dialog.getByRole('button', { name: '停止する' }).click();
    await card.getByTestId('member-status').filter({ hasText: '停止中' }).waitFor();
    expect(await statusOf(memberId)).toBe('SUSPENDED');
    await card.getByRole('button', { name: `${memberName} を再開する` }).click();
    await page
      .getByRole('dialog', { name: `${memberName} を再開する` })
      .getByRole('button', { name: '再開する' })
      .click();
    await card.getByTestId('member-status').filter({ hasText: '稼働中' }).waitFor();
    expect(await statusOf(memberId)).toBe('ACTIVE');
  });

  it("reads the consortium's KPI sheet with targets and 達成率, with charts", async () => {
    await api(
      gql`
        mutation ($input: SetKpiPlanInput!) {
          setKpiPlan(input: $input) {
            kpi
          }
        }
      `,
      {
        input: {
          kpi: 'REGISTERED_WORKERS',
          baseYear: fiscalYear - 1,
          baseValue: '0',
          finalYear: fiscalYear + 2,
          finalIncrease: '30',
          yearlyIncreases: [{ fiscalYear, increase: '10' }],
        },
      },
    );
    await api(
      gql`
        mutation ($fiscalYear: Int!) {
          takeReportingSnapshot(fiscalYear: $fiscalYear) {
            orgIds
          }
        }
      `,
      { fiscalYear },
    );
    await page.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: '実績報告', exact: true }).click();
    const sheet = page.getByRole('table', { name: /のKPIシート$/ });
    await sheet.waitFor();
    await expect(sheet.getByRole('rowheader').count()).resolves.toBe(1);
    await expect(sheet.textContent()).resolves.toMatch(/\d+\.\d%|—/);
    await page.getByRole('img', { name: '発注者別の受注額の推移（グラフ）' }).locator('svg').first().waitFor();
    await checkScreen('reports', 'KPIシートをPDFで出力');
    await page.screenshot({ path: join(BROWSER_OUTPUT, 'reports-kpi-1280.png') });
    copyFileSync(join(BROWSER_OUTPUT, 'reports-kpi-1280.png'), join(__dirname, '../../docs/console-reports-kpi.png'));
    // The KPI sheet PDF is the API's own file.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'KPIシートをPDFで出力' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
  });
});
