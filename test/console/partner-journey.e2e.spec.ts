import { copyFileSync } from 'node:fs';
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
 * 共同受注 from the partner's side in a real browser: shiojiri's director finds tateshina's pool
 * offer among the consortium's, claims hours, follows the owner's approval, staffs the claimed
 * task with one of shiojiri's own workers, and confirms last month's settlement statement. What
 * belongs to other people (tateshina's order and offer, its approval and statement, shiojiri's
 * worker record and the hours) goes through the API as those people.
 */

const DESKTOP = { width: 1280, height: 900 };
const OWNER = 'tateshina';
const PARTNER = 'shiojiri';
/** A statement is drawn up only for a month that has ended: the work is done on last month's last day. */
const WORK_DAY = daysAfter(`${tokyoToday().slice(0, 7)}-01`, -1);
const MONTH = WORK_DAY.slice(0, 7);

describe("a consortium partner's journey in Chromium", () => {
  let consortium: RunningConsortium;
  let consoleServer: RunningConsoleServer;
  let browser: Browser;
  let restoreOrigins: (() => Promise<void>) | undefined;
  let page: Page;
  const stamp = Date.now();
  const offerTitle = `住民アンケート入力 ${stamp}`;
  const deadline = daysAfter(tokyoToday(), 40);
  let workerId: string;
  let offerId: string;

  async function api<T>(username: string, document: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await postGraphQL<T>(consortium.gatewayUrl, document, variables, await bearer(username));
    if (response.errors || !response.data) throw new Error(`${username}: ${JSON.stringify(response.errors)}`);
    return response.data;
  }

  async function checkScreen(name: string, reachable: string | RegExp): Promise<void> {
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const reached = await tabOrder(page, 80);
    expect(reached.some((label) => (typeof reachable === 'string' ? label.includes(reachable) : reachable.test(label)))).toBe(true);
    // The screenshots show the screen, not where the Tab walk stopped.
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await page.screenshot({ path: join(BROWSER_OUTPUT, `partner-${name}-desktop.png`), fullPage: true });
  }

  async function openFromMenu(label: string): Promise<void> {
    await page.getByRole('link', { name: label, exact: true }).click();
  }

  beforeAll(async () => {
    [consortium, browser] = await Promise.all([
      launchTestConsortium('console-partner', [OWNER, PARTNER]),
      launchChromium(),
      buildConsole(),
    ]).then(([c, b]) => [c, b] as const);
    consoleServer = await startConsoleServer({ gatewayUrl: consortium.gatewayUrl, keycloakUrl: process.env.KEYCLOAK_URL!, port: 0 });
    restoreOrigins = await allowConsoleOrigin(process.env.KEYCLOAK_URL!, consoleServer.url);

    // shiojiri's own worker, consenting to consortium work, at stage B.
    const { registerWorker } = await api<{ registerWorker: { id: string } }>(
      `${PARTNER}-admin`,
      gql`
        mutation ($input: RegisterWorkerInput!) {
          registerWorker(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          familyName: '洗馬',
          givenName: '千代',
          familyNameKana: 'セバ',
          givenNameKana: 'チヨ',
          itStage: 'B',
          businessStage: 'B',
          stageReason: '入所時の評価（前職の実務経験）',
          monthlyHourCap: 80,
          weeklyAvailability: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, minutes: 240 })),
          consortiumConsent: true,
        },
      },
    );
    workerId = registerWorker.id;
    await api(
      `${PARTNER}-director`,
      gql`
        mutation ($id: ID!) {
          setWorkerStatus(id: $id, status: ACTIVE) {
            status
          }
        }
      `,
      { id: workerId },
    );

    // tateshina's order and task, whose hours it offers to the pool.
    const { createClient } = await api<{ createClient: { id: string } }>(
      `${OWNER}-director`,
      gql`
        mutation {
          createClient(input: { name: "立科町 住民課", sector: PUBLIC }) {
            id
          }
        }
      `,
    );
    const { createContract } = await api<{ createContract: { id: string } }>(
      `${OWNER}-director`,
      gql`
        mutation ($input: CreateContractInput!) {
          createContract(input: $input) {
            id
          }
        }
      `,
      { input: { clientId: createClient.id, type: 'UKEOI', ndaSigned: true, startsOn: tokyoToday(), endsOn: deadline } },
    );
    const { createOrder } = await api<{ createOrder: { id: string } }>(
      `${OWNER}-director`,
      gql`
        mutation ($input: CreateOrderInput!) {
          createOrder(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          clientId: createClient.id,
          contractId: createContract.id,
          title: offerTitle,
          category: 'DATA_ENTRY',
          valueYen: 90_000,
          estimatedHours: 40,
          deadline,
          requiredStage: 'A',
        },
      },
    );
    const { createTask } = await api<{ createTask: { id: string } }>(
      `${OWNER}-director`,
      gql`
        mutation ($input: CreateTaskInput!) {
          createTask(input: $input) {
            id
          }
        }
      `,
      { input: { orderId: createOrder.id, title: offerTitle, payBasis: 'HOURLY', hours: 30, payRateYen: 1_100, valueYen: 60_000 } },
    );
    const { publishPoolOffer } = await api<{ publishPoolOffer: { id: string } }>(
      `${OWNER}-director`,
      gql`
        mutation ($input: PublishPoolOfferInput!) {
          publishPoolOffer(input: $input) {
            id
          }
        }
      `,
      { input: { taskId: createTask.id, hours: 30, rateYen: 1_500, clientLabel: '長野県内の自治体' } },
    );
    offerId = publishPoolOffer.id;
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'ja-JP', timezoneId: 'Asia/Tokyo', acceptDownloads: true });
    page = await context.newPage();
  }, 300_000);

  afterAll(async () => {
    await restoreOrigins?.();
    await browser?.close();
    await consoleServer?.stop();
    await consortium?.stop();
  });

  it('finds the offer in the pool with filters and claims hours of it', async () => {
    await logInThroughKeycloak(page, consoleServer.url, `${PARTNER}-director`);
    await page.waitForURL(/\/director\/orders$/);
    await openFromMenu('共同受注の募集');
    await page.getByRole('heading', { name: '共同受注の募集', level: 2 }).waitFor();
    // Capacity by member and stage: both members have a row.
    await page.getByRole('table', { name: '会員・ステージ別の空き時間（時間）' }).waitFor();
    await expect(page.getByRole('rowheader').allTextContents()).resolves.toEqual(expect.arrayContaining(['合計']));
    // The filters: a stage higher than any offer needs keeps it; a word not in it hides it.
    await page.getByLabel('キーワード').fill('該当しない語');
    await expect(page.getByRole('article', { name: offerTitle }).count()).resolves.toBe(0);
    await page.getByLabel('キーワード').fill(String(stamp));
    await page.getByLabel('必要ステージ').selectOption({ label: 'ステージAまで' });
    const offer = page.getByRole('article', { name: offerTitle });
    await offer.waitFor();
    await expect(offer.textContent()).resolves.toContain('長野県内の自治体');
    await expect(offer.textContent()).resolves.toContain('¥1,500');
    // More than the offer has is stopped before it is sent.
    await offer.getByLabel('申し込む時間').fill('31');
    await expect(offer.getByRole('button', { name: `「${offerTitle}」に申し込む` }).isDisabled()).resolves.toBe(true);
    await offer.getByLabel('申し込む時間').fill('10');
    await checkScreen('pool', `「${offerTitle}」に申し込む`);
    await page.screenshot({ path: join(BROWSER_OUTPUT, 'partner-pool-1280.png'), fullPage: false });
    copyFileSync(join(BROWSER_OUTPUT, 'partner-pool-1280.png'), join(__dirname, '../../docs/console-partner-pool.png'));
    await offer.getByRole('button', { name: `「${offerTitle}」に申し込む` }).click();
    await page.getByRole('status').filter({ hasText: '10時間申し込みました' }).waitFor();
  });

  it("follows the owner's approval and staffs the claimed task with its own worker", async () => {
    await openFromMenu('自社の申込');
    const claim = page.getByRole('article', { name: offerTitle });
    await claim.getByTestId('claim-status').filter({ hasText: '承認待ち' }).waitFor();
    // tateshina approves the claim.
    const { poolClaims } = await api<{ poolClaims: { id: string; offerId: string; claimantOrgId: string }[] }>(
      `${OWNER}-director`,
      gql`
        {
          poolClaims {
            id
            offerId
            claimantOrgId
          }
        }
      `,
    );
    const claimId = poolClaims.find((c) => c.offerId === offerId && c.claimantOrgId === PARTNER)!.id;
    await api(
      `${OWNER}-director`,
      gql`
        mutation ($id: ID!) {
          approvePoolClaim(id: $id) {
            status
          }
        }
      `,
      { id: claimId },
    );
    await page.reload();
    await claim.getByTestId('claim-status').filter({ hasText: '承認済' }).waitFor();
    const form = page.getByRole('form', { name: `「${offerTitle}」に自社の作業者を配置` });
    await form.getByLabel('作業者').selectOption({ index: 1 });
    await expect(form.getByLabel('作業者').locator('option:checked').textContent()).resolves.toContain('洗馬 千代');
    // More than the approved 10 hours is stopped.
    await form.getByLabel('予定時間').fill('11');
    await expect(form.getByRole('button', { name: '配置する' }).isDisabled()).resolves.toBe(true);
    await form.getByLabel('予定時間').fill('6');
    await form.getByLabel('時給（円）').fill('1100');
    await form.getByLabel('開始日').fill(WORK_DAY);
    await form.getByLabel('終了日').fill(deadline);
    await checkScreen('claims', '配置する');
    await form.getByRole('button', { name: '配置する' }).click();
    const booked = page.getByRole('status').filter({ hasText: '洗馬 千代 さんを配置しました' });
    await booked.or(page.getByRole('alert')).first().waitFor();
    expect(await page.getByRole('alert').allTextContents()).toEqual([]);
    await booked.waitFor();
    // Progress: 6 of the 10 approved hours booked, under a pseudonym (the claim is read again after the booking's answer).
    await claim.getByText(/配置 6時間/).waitFor();
    await expect(claim.getByRole('cell', { name: /^P-[0-9A-F]{12}$/ }).count()).resolves.toBe(1);
  });

  it("confirms last month's settlement statement from the owner", async () => {
    // shiojiri's worker works 3 hours on the last day of last month; its director approves them.
    const { workerAssignments } = await api<{ workerAssignments: { id: string }[] }>(
      `${PARTNER}-director`,
      gql`
        query ($workerId: ID!) {
          workerAssignments(workerId: $workerId) {
            id
          }
        }
      `,
      { workerId },
    );
    const { logTime } = await api<{ logTime: { id: string } }>(
      `${PARTNER}-director`,
      gql`
        mutation ($input: LogTimeInput!) {
          logTime(input: $input) {
            id
          }
        }
      `,
      { input: { assignmentId: workerAssignments[0].id, workDate: WORK_DAY, minutes: 180, idempotencyKey: `partner-journey-${stamp}` } },
    );
    await api(
      `${PARTNER}-director`,
      gql`
        mutation ($id: ID!) {
          approveTimeEntry(id: $id) {
            status
          }
        }
      `,
      { id: logTime.id },
    );
    // tateshina draws up what it owes shiojiri for the month.
    const { prepareSettlement } = await api<{ prepareSettlement: { id: string; totalYen: string } }>(
      `${OWNER}-director`,
      gql`
        mutation ($partner: String!, $month: String!) {
          prepareSettlement(partnerOrgId: $partner, month: $month) {
            id
            totalYen
          }
        }
      `,
      { partner: PARTNER, month: MONTH },
    );
    expect(prepareSettlement.totalYen).toBe('4500');

    await openFromMenu('精算書');
    await expect(page.getByLabel('対象月').inputValue()).resolves.toBe(MONTH);
    const statement = page.getByRole('article', { name: /からの精算書$/ });
    await statement.waitFor();
    await expect(statement.textContent()).resolves.toContain('¥4,500');
    await expect(statement.getByRole('cell', { name: offerTitle }).count()).resolves.toBe(1);
    await checkScreen('settlements', '内容を確認しました');
    await statement.getByRole('button', { name: '内容を確認しました' }).click();
    await statement.getByTestId('settlement-state').filter({ hasText: '確認済' }).waitFor();
    const { settlementStatements } = await api<{ settlementStatements: { id: string; partnerConfirmedAt: string | null }[] }>(
      `${OWNER}-director`,
      gql`
        query ($month: String) {
          settlementStatements(month: $month) {
            id
            partnerConfirmedAt
          }
        }
      `,
      { month: MONTH },
    );
    expect(settlementStatements.find((s) => s.id === prepareSettlement.id)?.partnerConfirmedAt).not.toBeNull();
  });
});
