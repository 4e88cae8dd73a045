import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildConsole, launchTestConsortium, RunningConsortium, RunningConsoleServer, startConsoleServer } from '@kyodo/consortium-tools';
import { tokyoToday } from '@kyodo/domain';
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
 * A director's day in a real browser: a new client and contract, both edited (the contract's NDA
 * signed afterwards), an order under them, feasibility, a task, the server's ranking of the
 * workers (one out, with the reason shown) and the first one assigned, the worker's hours
 * returned and approved many at once, internal review, delivery, acceptance, an invoice with its
 * PDF, and the month's pay close after its preview. A town employee logs in through the town's
 * own identity provider and lands on the same screens. The director never types an id: every step is reached by links, buttons
 * and choices. Only what belongs to other people (the worker record and the worker's own hours,
 * the issuer details an org admin sets) is seeded through the API.
 */

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

const REGISTER_WORKER = gql`
  mutation ($input: RegisterWorkerInput!) {
    registerWorker(input: $input) {
      id
    }
  }
`;
const ACTIVATE = gql`
  mutation ($id: ID!) {
    setWorkerStatus(id: $id, status: ACTIVE) {
      status
    }
  }
`;
const INVOICE_SETTINGS = gql`
  mutation ($input: SetInvoiceSettingsInput!) {
    setInvoiceSettings(input: $input) {
      orgId
    }
  }
`;
const ASSIGNMENTS = gql`
  query ($workerId: ID!) {
    workerAssignments(workerId: $workerId) {
      id
    }
  }
`;
const LOG_TIME = gql`
  mutation ($input: LogTimeInput!) {
    logTime(input: $input) {
      id
      status
    }
  }
`;

describe("the director's journey in Chromium", () => {
  let consortium: RunningConsortium;
  let consoleServer: RunningConsoleServer;
  let browser: Browser;
  let restoreOrigins: (() => Promise<void>) | undefined;
  let workerId: string;
  const stamp = Date.now();
  const clientName = `立科町 健康福祉課 ${stamp}`;
  const orderTitle = `健診結果データ入力 ${stamp}`;
  const taskTitle = `健診票 1-500 入力 ${stamp}`;
  const today = tokyoToday();

  async function api<T>(username: string, document: string, variables: Record<string, unknown>): Promise<T> {
    const response = await postGraphQL<T>(consortium.gatewayUrl, document, variables, await bearer(username));
    if (response.errors || !response.data) throw new Error(JSON.stringify(response.errors));
    return response.data;
  }

  async function newPage(viewport: { width: number; height: number }): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    return context.newPage();
  }

  /**
   * axe, keyboard reach of each of the screen's actions (every label must come up in the Tab
   * order), and two screenshots: the 1280 px viewport as a person sees it, and the whole page.
   */
  async function checkScreen(page: Page, name: string, ...reachable: (string | RegExp)[]): Promise<void> {
    await page
      .locator('.mantine-Loader-root')
      .first()
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const reached = await tabOrder(page, 80);
    const missing = reachable.filter(
      (wanted) => !reached.some((label) => (typeof wanted === 'string' ? label.includes(wanted) : wanted.test(label))),
    );
    expect([name, missing]).toEqual([name, []]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(BROWSER_OUTPUT, `director-${name}-1280.png`) });
    await page.screenshot({ path: join(BROWSER_OUTPUT, `director-${name}-desktop-full.png`), fullPage: true });
  }

  /** The same screen on a 390 px phone, mid-journey: no sideways scroll, axe, and a screenshot; then back to the desktop. */
  async function phoneCheck(page: Page, name: string): Promise<void> {
    await page.setViewportSize(PHONE);
    // What sticks out, named, so a failure says which element to fix.
    const overflow = await page.evaluate((width) => {
      const wide = [...document.querySelectorAll<HTMLElement>('body *')].filter((el) => el.getBoundingClientRect().right > width + 1);
      const deepest = wide.filter((el) => !wide.some((other) => other !== el && el.contains(other)));
      return deepest
        .slice(0, 5)
        .map(
          (el) => `${el.tagName}.${el.className} “${(el.textContent ?? '').slice(0, 30)}” ${Math.round(el.getBoundingClientRect().right)}`,
        );
    }, PHONE.width);
    expect([name, overflow]).toEqual([name, []]);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(BROWSER_OUTPUT, `director-${name}-390.png`), fullPage: true });
    await page.setViewportSize(DESKTOP);
  }

  async function openFromMenu(page: Page, label: string): Promise<void> {
    // On a phone the navigation folds behind the burger (display: none from 768 px up).
    const burger = page.getByRole('button', { name: 'メニュー' });
    if (await burger.isVisible()) await burger.click();
    await page.getByRole('link', { name: label, exact: true }).click();
  }

  beforeAll(async () => {
    [consortium, browser] = await Promise.all([
      launchTestConsortium('console-director', ['tateshina']),
      launchChromium(),
      buildConsole(),
    ]).then(([c, b]) => [c, b] as const);
    consoleServer = await startConsoleServer({ gatewayUrl: consortium.gatewayUrl, keycloakUrl: process.env.KEYCLOAK_URL!, port: 0 });
    restoreOrigins = await allowConsoleOrigin(process.env.KEYCLOAK_URL!, consoleServer.url);
    // The org's worker, linked to tateshina-worker's login so the worker can log hours, with time on weekdays.
    const sub = JSON.parse(Buffer.from((await tokenFor('tateshina-worker')).split('.')[1], 'base64url').toString()).sub as string;
    const registered = await api<{ registerWorker: { id: string } }>('tateshina-director', REGISTER_WORKER, {
      input: {
        familyName: '蓼科',
        givenName: '花子',
        familyNameKana: 'タテシナ',
        givenNameKana: 'ハナコ',
        userId: sub,
        contractStart: '2026-04-01',
        ndaSignedOn: '2026-04-01',
        monthlyHourCap: 80,
        weeklyAvailability: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, minutes: 300 })),
      },
    });
    workerId = registered.registerWorker.id;
    await api('tateshina-director', ACTIVATE, { id: workerId });
    // A second worker with an hour a month: the server lists them as out for want of hours.
    const busy = await api<{ registerWorker: { id: string } }>('tateshina-director', REGISTER_WORKER, {
      input: {
        familyName: '北山',
        givenName: '次郎',
        familyNameKana: 'キタヤマ',
        givenNameKana: 'ジロウ',
        contractStart: '2026-04-01',
        monthlyHourCap: 1,
        weeklyAvailability: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, minutes: 60 })),
      },
    });
    await api('tateshina-director', ACTIVATE, { id: busy.registerWorker.id });
    // Issuing needs complete issuer settings, 振込先 included (the demo members come with them).
    await api('tateshina-admin', INVOICE_SETTINGS, {
      input: {
        issuerName: '一般社団法人 立科テレワークセンター',
        registrationNumber: 'T1234567890123',
        address: '長野県北佐久郡立科町芦田',
        phone: '0267-00-0000',
        bankName: '八十二銀行',
        bankBranch: '立科支店',
        bankAccountType: 'ORDINARY',
        bankAccountNumber: '1234567',
        bankAccountHolder: 'シヤ）タテシナテレワークセンター',
      },
    });
  }, 300_000);

  afterAll(async () => {
    await restoreOrigins?.();
    await browser?.close();
    await consoleServer?.stop();
    await consortium?.stop();
  });

  it('takes a new client and contract through an order, staffing, approval, delivery and acceptance to an invoice and the pay close, typing no id', async () => {
    const page = await newPage(DESKTOP);
    await logInThroughKeycloak(page, consoleServer.url, 'tateshina-director');
    await page.waitForURL(/\/director\/orders$/);
    await page.getByRole('heading', { level: 2, name: '案件一覧', exact: true }).waitFor();
    await checkScreen(page, 'orders', '新しい案件', '発注者・契約');

    // 発注者・契約: a new client, and a contract whose NDA is signed afterwards (an edit).
    await openFromMenu(page, '発注者・契約');
    await page.getByLabel('発注者名').fill(clientName);
    await page.getByLabel('担当者名').fill('佐藤 一郎');
    await page.getByRole('button', { name: '発注者を登録' }).click();
    const clientCard = page.getByRole('article', { name: clientName });
    await clientCard.waitFor();
    await clientCard.getByLabel('契約形態').selectOption({ label: '準委任' });
    await clientCard.getByLabel('契約開始日').fill(today);
    await clientCard.getByLabel('契約終了日').fill(daysAfter(today, 90));
    await clientCard.getByRole('button', { name: '契約を追加' }).click();
    await clientCard.getByRole('cell', { name: '未締結' }).waitFor();
    await expect(clientCard.textContent()).resolves.toMatch(/\d{4}年\d{1,2}月\d{1,2}日（[月火水木金土日]）/);
    await checkScreen(page, 'clients', 'の案件を作成', `${clientName} を編集`, /との契約（.*）を編集/, '契約を追加');
    // Editing the client: a new contact person.
    await clientCard.getByRole('button', { name: `${clientName} を編集` }).click();
    const clientDialog = page.getByRole('dialog', { name: `${clientName} を編集` });
    await clientDialog.getByLabel('担当者名').fill('佐藤 二郎');
    // axe reads colours as drawn: wait until the dialog's opening transition (opacity) has ended.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.mantine-Modal-content')].every((el) => getComputedStyle(el).opacity === '1'),
    );
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await clientDialog.getByRole('button', { name: '保存' }).click();
    await clientDialog.waitFor({ state: 'detached' });
    await clientCard.getByText(/佐藤 二郎/).waitFor();
    // Editing the contract: the NDA is signed now (by keyboard: Space on the checkbox, Enter on save).
    await clientCard.getByRole('button', { name: /との契約（.*）を編集/ }).click();
    const contractDialog = page.getByRole('dialog', { name: `${clientName} との契約を編集` });
    await contractDialog.getByLabel('秘密保持契約（NDA）を締結済み').focus();
    await page.keyboard.press('Space');
    await contractDialog.getByRole('button', { name: '保存' }).focus();
    await page.keyboard.press('Enter');
    await contractDialog.waitFor({ state: 'detached' });
    await clientCard.getByRole('cell', { name: '締結済' }).waitFor();

    // 新規案件: from the client's card, under its contract.
    await clientCard.getByRole('link', { name: `${clientName} の案件を作成` }).click();
    await page.getByRole('heading', { name: '新しい案件' }).waitFor();
    // The client came with the link; its contract is chosen from a list (a required label ends in " *").
    await expect(page.getByRole('combobox', { name: /^発注者/ }).inputValue()).resolves.not.toBe('');
    await page.getByRole('combobox', { name: /^契約/ }).selectOption({ index: 1 });
    await page.getByLabel('案件名').fill(orderTitle);
    await page.getByLabel('業務分類').selectOption({ label: 'データ入力' });
    await page.getByLabel('受注金額（円）').fill('1,234,567');
    await page.getByLabel('見込時間').fill('40');
    await page.getByLabel('納期').fill(daysAfter(today, 30));
    await page.screenshot({ path: join(BROWSER_OUTPUT, 'director-new-order-1280.png') });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await phoneCheck(page, 'new-order');
    await page.getByRole('button', { name: '案件を登録' }).click();

    // 案件: feasibility, contract, a task.
    await page.getByRole('heading', { name: orderTitle }).waitFor();
    await expect(page.getByText(clientName).first().isVisible()).resolves.toBe(true);
    await expect(page.getByText('¥1,234,567').first().isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: '受託確認を実行' }).click();
    await page.getByTestId('feasibility-verdict').waitFor();
    const status = page.getByTestId('order-status');
    if ((await status.textContent()) === '引合い') await page.getByRole('button', { name: '受託確認済にする' }).click();
    await page.getByRole('button', { name: '契約済にする' }).click();
    await expect(status.filter({ hasText: '契約済' }).waitFor()).resolves.toBeUndefined();
    const taskForm = page.getByRole('form', { name: '作業を追加' });
    await taskForm.getByLabel('作業名').fill(taskTitle);
    await taskForm.getByLabel('見込時間').fill('10');
    await taskForm.getByLabel('単価（円）').fill('1100');
    await taskForm.getByLabel('作業の金額（円）').fill('100000');
    await taskForm.getByRole('button', { name: '作業を追加' }).click();
    await page.getByRole('rowheader', { name: taskTitle }).waitFor();
    await checkScreen(page, 'order', '受託確認を実行', /に要員を配置/, '作業を開始する');

    // 要員配置: the server ranks the worker first and lists the other one out, with the reason.
    await page.getByRole('link', { name: `「${taskTitle}」に要員を配置` }).click();
    await page.getByRole('heading', { name: `要員配置：${taskTitle}` }).waitFor();
    const eligible = page.getByTestId('staffing-candidates');
    const candidate = eligible.getByRole('article', { name: /蓼科 花子/ });
    await expect(candidate.textContent()).resolves.toContain('タテシナ\u3000ハナコ');
    await expect(candidate.textContent()).resolves.toMatch(/^1\. 蓼科 花子/);
    const out = page.getByTestId('staffing-ineligible').getByRole('article', { name: /北山 次郎/ });
    await expect(out.getByTestId('ineligibility-reasons').textContent()).resolves.toContain('月の上限時間・稼働日が足りない');
    await expect(out.getByRole('button').count()).resolves.toBe(0);
    await checkScreen(page, 'staffing', 'さんを割り当てる', '人に募集する');
    await phoneCheck(page, 'staffing');
    await page.getByRole('button', { name: '蓼科 花子 さんを割り当てる' }).click();
    await page.getByText('1 人を割り当てました。').waitFor();
    await page.getByRole('link', { name: '案件に戻る' }).click();
    await page.getByRole('button', { name: '作業を開始する' }).click();
    await status.filter({ hasText: '作業中' }).waitFor();

    // The worker logs two days' hours (their own screen is another issue's); one goes back, one is approved.
    const assignments = await api<{ workerAssignments: { id: string }[] }>('tateshina-director', ASSIGNMENTS, { workerId });
    const assignmentId = assignments.workerAssignments[0].id;
    for (const [minutes, key] of [
      [240, 'a'],
      [90, 'b'],
    ] as const) {
      await api('tateshina-worker', LOG_TIME, {
        input: { assignmentId, workDate: today, minutes, idempotencyKey: `director-journey-${stamp}-${key}` },
      });
    }
    await openFromMenu(page, '承認待ち');
    const queue = page.getByTestId('approvals');
    await queue.waitFor();
    await expect(queue.getByRole('row').count()).resolves.toBe(3); // header + two entries
    await checkScreen(page, 'approvals', 'すべて選択', /を選択$/, /を差し戻す$/);
    await queue
      .getByRole('button', { name: /を差し戻す/ })
      .first()
      .click();
    await page.getByLabel('差し戻す理由（ワーカーに表示されます）').fill('作業内容のメモを書き添えてください');
    await page.getByRole('dialog').getByRole('button', { name: '差し戻す' }).click();
    await expect(page.getByRole('dialog').waitFor({ state: 'detached' })).resolves.toBeUndefined();
    await until(async () => (await queue.getByRole('row').count()) === 2);
    // Approving many at once, by keyboard: select all with Space, then the button with Enter.
    await page.getByLabel('すべて選択').focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: '選択した 1 件を承認' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('1 件を承認しました。').waitFor();
    await page.getByText('承認待ちの作業記録はありません').waitFor();

    // 内部検収, 納入, 検収: back to the order from the board, without an id.
    await openFromMenu(page, '案件一覧');
    await page.getByRole('tab', { name: /作業中/ }).click();
    await page.getByRole('link', { name: orderTitle }).click();
    await page.getByRole('button', { name: `「${taskTitle}」を内部検収で合格にする` }).click();
    await page.getByRole('cell', { name: '内部検収済' }).waitFor();
    await page.getByLabel('納入物（ファイル名・媒体など）').fill('健診結果.xlsx（暗号化して送付）');
    await page.getByRole('button', { name: '納入する' }).click();
    await page.getByTestId('delivery-status').filter({ hasText: '検収待ち' }).waitFor();
    await page.getByLabel('検収メモ（発注者のコメント）').fill('内容を確認しました');
    await page.getByRole('button', { name: '検収を記録' }).click();
    await status.filter({ hasText: '検収済' }).waitFor();

    // 請求: the accepted order is invoiced and its PDF opens.
    await page.getByRole('link', { name: '請求書を発行する' }).click();
    await page.getByRole('heading', { name: '請求書', exact: true }).waitFor();
    await page.getByLabel(orderTitle).check();
    await page.getByRole('button', { name: '選択した 1 件の請求書を発行' }).click();
    const invoices = page.getByTestId('invoices');
    await invoices.waitFor();
    await expect(invoices.textContent()).resolves.toContain('¥1,234,567');
    await expect(invoices.textContent()).resolves.toMatch(/令和\d+年\d+月\d+日/);
    await checkScreen(page, 'invoices', 'の PDF を表示');
    await invoices
      .getByRole('button', { name: /の PDF を表示/ })
      .first()
      .click();
    const pdfLink = page.getByTestId('invoice-pdf-link');
    await pdfLink.waitFor();
    const head = await pdfLink.evaluate(async (a) =>
      new TextDecoder().decode((await (await fetch((a as HTMLAnchorElement).href)).arrayBuffer()).slice(0, 5)),
    );
    expect(head).toBe('%PDF-');

    // 支払締め: last month (an ended month) is previewed by the server, then closed, with its totals and statements.
    await openFromMenu(page, '支払締め');
    await page.getByRole('heading', { name: '支払締め' }).waitFor();
    await page.getByRole('heading', { name: '締める前の確認（支払明細の見込み）' }).waitFor();
    await expect(page.getByTestId('pay-preview-totals').textContent()).resolves.toMatch(/源泉徴収税額: ¥[\d,]+/);
    await checkScreen(page, 'pay', '分を締める');
    await page.getByRole('button', { name: /分を締める$/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: '締める', exact: true }).click();
    await page.getByRole('heading', { name: /（締め済）/ }).waitFor();
    await expect(page.getByTestId('pay-totals').textContent()).resolves.toContain('源泉徴収税額');
    await page.screenshot({ path: join(BROWSER_OUTPUT, 'director-pay-closed-1280.png') });

    // The order screen at 1280 px as a director sees it on opening it (the README's picture).
    await openFromMenu(page, '案件一覧');
    await page.getByRole('tab', { name: /請求済/ }).click();
    await page.getByRole('link', { name: orderTitle }).click();
    await page.getByRole('heading', { name: orderTitle }).waitFor();
    await page.locator('.mantine-Loader-root').first().waitFor({ state: 'detached' });
    await page.screenshot({ path: join(BROWSER_OUTPUT, 'console-director-order.png') });
    await page.context().close();
  });

  it("lets a town employee log in through the town's own identity provider and land on the director screens", async () => {
    const page = await newPage(DESKTOP);
    await page.goto(consoleServer.url);
    await page.waitForURL(/\/realms\/kyodo\/protocol\/openid-connect\/auth/);
    // The kyodo realm sends the town's address to the town's provider (identity-first login), or offers its button.
    const townButton = page.locator('a[href*="/broker/tateshina-idp/login"]');
    if (await townButton.isVisible()) await townButton.click();
    else {
      await page.locator('#username').fill('yamada@tateshina.kyodo.example');
      await page.locator('#kc-login').click();
    }
    await page.waitForURL(/\/realms\/tateshina-idp\//);
    const username = page.locator('#username');
    if (await username.isVisible()) await username.fill('yamada@tateshina.kyodo.example');
    if (!(await page.locator('#password').isVisible())) {
      await page.locator('#kc-login').click();
      await page.locator('#password').waitFor();
    }
    await page.locator('#password').fill('demo-yamada');
    await page.locator('#kc-login').click();
    await page.waitForURL((url) => url.href.startsWith(consoleServer.url) && /\/director\/orders$/.test(url.pathname));
    await page.getByRole('heading', { level: 2, name: '案件一覧', exact: true }).waitFor();
    // The director's menu: the town employee is the org's director, as the town's provider says.
    for (const label of ['発注者・契約', '承認待ち', '請求書', '支払締め'])
      await page.getByRole('link', { name: label, exact: true }).waitFor();
    await openFromMenu(page, '発注者・契約');
    await page.getByRole('heading', { level: 2, name: '発注者・契約', exact: true }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(BROWSER_OUTPUT, 'director-town-idp-1280.png') });
    await page.context().close();
  });

  it('fits every director screen on a 390 px phone, accessible, reached through the menu', async () => {
    const page = await newPage(PHONE);
    await logInThroughKeycloak(page, consoleServer.url, 'tateshina-director');
    await page.waitForURL(/\/director\/orders$/);
    const screens: [string, string][] = [
      ['発注者・契約', 'clients'],
      ['承認待ち', 'approvals'],
      ['請求書', 'invoices'],
      ['支払締め', 'pay'],
      ['案件一覧', 'orders'],
    ];
    for (const [label, name] of screens) {
      await openFromMenu(page, label);
      await page.getByRole('heading', { level: 2, name: label, exact: true }).waitFor();
      await page.locator('.mantine-Loader-root').first().waitFor({ state: 'detached' });
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(PHONE.width);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.screenshot({ path: join(BROWSER_OUTPUT, `director-${name}-390.png`), fullPage: true });
    }
    // The order page, from the board's card.
    await page.getByRole('tab', { name: /請求済/ }).click();
    await page.getByRole('link', { name: orderTitle }).click();
    await page.getByRole('heading', { name: orderTitle }).waitFor();
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(PHONE.width);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(BROWSER_OUTPUT, 'director-order-390.png'), fullPage: true });
    await page.context().close();
  });
});

async function until(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function daysAfter(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
