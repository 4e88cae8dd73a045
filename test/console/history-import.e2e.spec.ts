import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { Browser, Page } from 'playwright-core';
import { buildConsole, launchTestConsortium, RunningConsortium, RunningConsoleServer, startConsoleServer } from '@kyodo/consortium-tools';
import { bearer, gql, postGraphQL, tokenFor } from '@kyodo/testing';
import {
  allowConsoleOrigin,
  BROWSER_OUTPUT,
  launchChromium,
  logInThroughKeycloak,
  seriousAccessibilityViolations,
  tabOrder,
} from '../support/browser';

/**
 * 過去実績の取り込み in Chromium through the real Keycloak login: an org admin checks a Shift_JIS
 * file with errors (the problems are listed by line, nothing can be imported), fixes it, imports
 * it, sees the imported year in the reports and exports its KPI sheet (CSV and PDF), and voids the
 * batch with a reason; imports past invoices the same way; a worker sees pay imported for them on
 * their own pay screen, marked 取り込み beside the 和暦 month.
 */

/** R3-02 was accepted on 2021-06-01: fiscal year 2021 holds it (R3-01, accepted in February, is FY2020's). */
const IMPORTED_YEAR = 2021;

const TAKE_SNAPSHOT = gql`
  mutation ($fiscalYear: Int!) {
    takeReportingSnapshot(fiscalYear: $fiscalYear) {
      fiscalYear
    }
  }
`;
const SET_PLAN = gql`
  mutation ($input: SetKpiPlanInput!) {
    setKpiPlan(input: $input) {
      kpi
    }
  }
`;

const HEADER = '受注番号,発注者,発注者区分,件名,業務分類,定型,受注金額,検収日';
const WITH_ERRORS = [
  HEADER,
  'R3-01,立科町 総務課,公共,住民台帳 入力,データ入力,はい,"120,000",2021/2/30',
  'R3-02,立科町 総務課,公共,封入,MAILING,はい,12.5,2021/6/1',
].join('\r\n');
const CORRECTED = [
  HEADER,
  'R3-01,立科町 総務課,公共,住民台帳 入力,データ入力,はい,"120,000",2021/2/28',
  'R3-02,立科町 総務課,公共,封入,MAILING,はい,"12,500",2021/6/1',
].join('\r\n');

describe('the history import screen in Chromium', () => {
  let consortium: RunningConsortium;
  let consoleServer: RunningConsoleServer;
  let browser: Browser;
  let restoreOrigins: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    [consortium, browser] = await Promise.all([
      launchTestConsortium('console_import', ['tateshina', 'shiojiri'], { subgraphs: ['orders', 'workers'] }),
      launchChromium(),
      buildConsole(),
    ]).then(([c, b]) => [c, b] as const);
    consoleServer = await startConsoleServer({ gatewayUrl: consortium.gatewayUrl, keycloakUrl: process.env.KEYCLOAK_URL!, port: 0 });
    restoreOrigins = await allowConsoleOrigin(process.env.KEYCLOAK_URL!, consoleServer.url);
    // The town's KPI plan (what the KPI sheet lists), as its org admin sets it: order value and count.
    for (const [kpi, finalIncrease, increase] of [
      ['ORDER_VALUE', '100000', '10000'],
      ['ORDER_COUNT', '10', '2'],
    ] as const) {
      const res = await postGraphQL(
        consortium.gatewayUrl,
        SET_PLAN,
        {
          input: {
            kpi,
            baseYear: IMPORTED_YEAR - 1,
            baseValue: '0',
            finalYear: IMPORTED_YEAR + 4,
            finalIncrease,
            yearlyIncreases: [{ fiscalYear: IMPORTED_YEAR, increase }],
          },
        },
        await bearer('tateshina-admin'),
      );
      expect(res.errors).toBeUndefined();
    }
  }, 300_000);

  afterAll(async () => {
    await restoreOrigins?.();
    await browser?.close();
    await consoleServer?.stop();
    await consortium?.stop();
  });

  const upload = (page: Page, text: string) =>
    page.locator('input[type=file]').setInputFiles({ name: '受注実績.csv', mimeType: 'text/csv', buffer: iconv.encode(text, 'cp932') });

  it('lists the problems of a file with errors by line, imports the fixed file, reports and exports its year, and voids it with a reason', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'ja-JP',
      timezoneId: 'Asia/Tokyo',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await logInThroughKeycloak(page, consoleServer.url, 'tateshina-admin');
    await page.getByRole('link', { name: '過去実績の取り込み' }).click();
    await page.getByRole('heading', { name: '過去実績の取り込み', level: 2 }).waitFor();
    await page.getByText('まだ取り込みはありません。').waitFor();

    await upload(page, WITH_ERRORS);
    await page.getByRole('button', { name: '確認する（書き込みません）' }).click();
    const problems = page.getByTestId('import-problems');
    await problems.waitFor();
    const rows = await problems.locator('tbody tr').allTextContents();
    expect(rows).toEqual([expect.stringMatching(/^2検収日日付として読めません/), expect.stringMatching(/^3受注金額金額として読めません/)]);
    await expect(problems.textContent()).resolves.toContain('Shift_JIS');
    await expect(page.getByRole('button', { name: '取り込む' }).isDisabled()).resolves.toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await tabOrder(page, 40)).toContain('確認する（書き込みません）');
    await page.screenshot({ path: join(BROWSER_OUTPUT, 'admin-import-problems.png'), fullPage: true });

    await upload(page, CORRECTED);
    await page.getByRole('button', { name: '確認する（書き込みません）' }).click();
    await page.getByText('問題はありません。2 行を取り込めます。', { exact: false }).waitFor();
    // The dry run wrote nothing.
    await expect(page.getByText('まだ取り込みはありません。').isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: '取り込む' }).click();
    await page.getByText('2 行を取り込みました。', { exact: false }).waitFor();
    const batches = page.getByTestId('import-batches');
    await batches.waitFor();
    await expect(batches.textContent()).resolves.toContain('受注実績.csv');
    await expect(batches.textContent()).resolves.toContain('有効');

    // The KPI sheet's actuals come from the hub's stored snapshots: the support body's monthly one, taken now.
    const snapshot = await postGraphQL(
      consortium.gatewayUrl,
      TAKE_SNAPSHOT,
      { fiscalYear: IMPORTED_YEAR },
      await bearer('consortium-admin'),
    );
    expect(snapshot.errors).toBeUndefined();

    // The imported year in the reports: one public, routine order of ¥12,500 in FY2021.
    await page.getByRole('navigation').getByRole('link', { name: '実績報告', exact: true }).click();
    await page.getByRole('heading', { name: '実績報告', level: 2 }).waitFor();
    await page.getByLabel('年度', { exact: true }).selectOption(String(IMPORTED_YEAR));
    const totals = page.getByRole('region', { name: '主な実績' });
    await totals.getByText('¥12,500').first().waitFor();
    await expect(totals.innerText()).resolves.toContain('1件');
    const sheet = page.getByRole('region', { name: 'KPIシート（目標と達成率）' });
    await sheet.getByRole('rowheader', { name: '受注額' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await tabOrder(page, 80)).toContain('KPIシートをCSVで出力');
    await page.screenshot({ path: join(BROWSER_OUTPUT, 'admin-import-reports.png'), fullPage: true });

    // The KPI sheet as CSV: a row per planned KPI, with the imported year's actuals.
    const csvDownload = page.waitForEvent('download');
    await sheet.getByRole('button', { name: 'KPIシートをCSVで出力' }).click();
    const csvFile = await csvDownload;
    expect(csvFile.suggestedFilename()).toMatch(/\.csv$/);
    const csv = (await readFile(await csvFile.path())).toString('utf8').replace(/^\uFEFF/, '');
    const csvRows = csv.split(/\r?\n/).filter((line) => line.trim() !== '');
    const orderValue = csvRows.find((line) => line.startsWith('受注額'));
    const orderCount = csvRows.find((line) => line.startsWith('受注件数'));
    expect([orderValue, orderCount]).toEqual([expect.stringMatching(/(^|,)"?12,?500"?(,|$)/), expect.stringMatching(/(^|,)"?1"?(,|$)/)]);
    // The same sheet as PDF, in the layout towns send to the state.
    const pdfDownload = page.waitForEvent('download');
    await sheet.getByRole('button', { name: 'KPIシートをPDFで出力' }).click();
    const pdfFile = await pdfDownload;
    expect(pdfFile.suggestedFilename()).toMatch(/\.pdf$/);
    expect((await readFile(await pdfFile.path())).subarray(0, 5).toString()).toBe('%PDF-');

    await page.getByRole('navigation').getByRole('link', { name: '過去実績の取り込み', exact: true }).click();
    await batches.waitFor();

    await page.getByRole('button', { name: '受注実績.csv を取り消す' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('button', { name: '取り消す', exact: true }).isDisabled()).resolves.toBe(true);
    await dialog.getByLabel('取り消しの理由').fill('年度の誤り');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: '取り消す', exact: true }).click();
    await batches.getByText('年度の誤り').waitFor();
    await expect(batches.textContent()).resolves.toContain('取り消し済み');
    await page.screenshot({ path: join(BROWSER_OUTPUT, 'admin-import-voided.png'), fullPage: true });
    await context.close();
  });

  it('imports past invoices (kind 請求実績) after a dry run that names the bad line', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    const page = await context.newPage();
    await logInThroughKeycloak(page, consoleServer.url, 'tateshina-admin');
    await page.getByRole('link', { name: '過去実績の取り込み' }).click();
    await page.getByLabel('種類').selectOption({ label: '請求実績' });
    await page.getByText('列: 請求書番号, 発注者, 発行日', { exact: false }).waitFor();
    const header = '請求書番号,発注者,発行日,税抜金額,消費税額';
    const invoices = (tax: string) => [header, `請-R3-01,立科町 総務課,2021/3/31,"120,000",${tax}`].join('\r\n');
    const send = (text: string) =>
      page.locator('input[type=file]').setInputFiles({ name: '請求実績.csv', mimeType: 'text/csv', buffer: iconv.encode(text, 'cp932') });
    await send(invoices('"132,000"'));
    await page.getByRole('button', { name: '確認する（書き込みません）' }).click();
    const problems = page.getByTestId('import-problems');
    await problems.waitFor();
    expect(await problems.locator('tbody tr').allTextContents()).toEqual([expect.stringMatching(/^2消費税額/)]);
    await send(invoices('"12,000"'));
    await page.getByRole('button', { name: '確認する（書き込みません）' }).click();
    await page.getByText('問題はありません。1 行を取り込めます。', { exact: false }).waitFor();
    await page.getByRole('button', { name: '取り込む' }).click();
    await page.getByText('1 行を取り込みました。', { exact: false }).waitFor();
    await expect(page.getByTestId('import-batches').textContent()).resolves.toContain('請求実績');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(BROWSER_OUTPUT, 'admin-import-invoices.png'), fullPage: true });
    await context.close();
  });

  it('shows a worker the pay imported for them, marked as imported, with the 和暦 month', async () => {
    const as = async (username: string, document: string, variables: Record<string, unknown>) => {
      const res = await postGraphQL<Record<string, { id: string; problems: unknown[] }>>(
        consortium.gatewayUrl,
        document,
        variables,
        await bearer(username),
      );
      expect(res.errors).toBeUndefined();
      return res.data!;
    };
    const sub = (JSON.parse(Buffer.from((await tokenFor('tateshina-worker')).split('.')[1], 'base64url').toString()) as { sub: string })
      .sub;
    const { registerWorker } = await as(
      'tateshina-admin',
      gql`
        mutation ($input: RegisterWorkerInput!) {
          registerWorker(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          familyName: '蓼科',
          givenName: '花子',
          familyNameKana: 'タテシナ',
          givenNameKana: 'ハナコ',
          monthlyHourCap: 40,
          weeklyAvailability: [],
          userId: sub,
        },
      },
    );
    const csv = `登録番号,支払月,支給額\r\n${registerWorker.id},2021/3,"9,000"`;
    const { importWorkerHistory } = await as(
      'tateshina-admin',
      gql`
        mutation ($input: ImportHistoryInput!) {
          importWorkerHistory(input: $input) {
            problems {
              code
            }
          }
        }
      `,
      { input: { kind: 'PAY_STATEMENTS', csvBase64: Buffer.from(csv).toString('base64'), fileName: 'pay.csv', dryRun: false } },
    );
    expect(importWorkerHistory.problems).toEqual([]);

    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    const page = await context.newPage();
    await logInThroughKeycloak(page, consoleServer.url, 'tateshina-worker');
    await page.goto(`${consoleServer.url}/worker/pay`);
    const statement = page.getByRole('article', { name: '2021年3月' });
    await statement.waitFor();
    await expect(statement.textContent()).resolves.toContain('令和3年3月');
    await expect(statement.getByTestId('statement-imported').textContent()).resolves.toBe('取り込み');
    await expect(statement.getByTestId('statement-net').textContent()).resolves.toContain('9,000');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(BROWSER_OUTPUT, 'worker-pay-imported.png'), fullPage: true });
    await context.close();
  });

  it('offers the screen to org admins only', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    const page = await context.newPage();
    await logInThroughKeycloak(page, consoleServer.url, 'tateshina-director');
    await page.waitForURL(/\/director\/orders$/);
    await expect(page.getByRole('link', { name: '過去実績の取り込み' }).count()).resolves.toBe(0);
    await context.close();
  });
});
