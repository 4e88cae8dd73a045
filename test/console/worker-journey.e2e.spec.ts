import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { buildConsole, launchTestConsortium, RunningConsortium, RunningConsoleServer, startConsoleServer } from '@kyodo/consortium-tools';
import { tokyoToday } from '@kyodo/domain';
import { bearer, gql, postGraphQL, tokenFor } from '@kyodo/testing';
import {
  allowConsoleOrigin,
  BROWSER_OUTPUT,
  launchChromium,
  logInThroughKeycloak,
  seriousAccessibilityViolations,
} from '../support/browser';
import { daysAfter } from '../support/dates';

/**
 * A resident teleworker's month in a real browser, on a 390 px phone: logged in through the real
 * Keycloak page, the worker takes an offer, reads and accepts its 作業委託契約 (and the basic
 * contract), reads the instructions and asks a question, logs the day in two taps, logs another
 * entry over a connection that drops the answer (the retry sends the same idempotency key: one
 * entry, not two), and later sees the day approved and the other returned with its reason, which
 * they correct. Every worker screen passes axe, has its actions reachable by keyboard, fits the
 * phone, and is photographed at 390 px and 1280 px. The staff's part (order, offer, terms,
 * answers, approval) goes through the API with the member's own director and admin.
 */

const ORG = 'tateshina';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

interface Entry {
  id: string;
  workDate: string;
  minutes: number;
  status: string;
  correctsEntryId: string | null;
}

describe("a worker's month in Chromium on a phone", () => {
  let consortium: RunningConsortium;
  let consoleServer: RunningConsoleServer;
  let browser: Browser;
  let restoreOrigins: (() => Promise<void>) | undefined;
  let page: Page;
  let task: { taskOrgId: string; taskId: string };
  const stamp = Date.now();
  const taskTitle = `住民票 照合 ${stamp}`;
  const orderTitle = `住民票 写し 照合 ${stamp}`;
  const today = tokyoToday();
  let workerId: string;
  const pageErrors: string[] = [];

  async function api<T = Record<string, any>>(username: string, document: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await postGraphQL<T>(consortium.gatewayUrl, document, variables, await bearer(username));
    if (response.errors || !response.data) throw new Error(`${username}: ${JSON.stringify(response.errors)}`);
    return response.data;
  }

  const myEntries = async (): Promise<Entry[]> =>
    (
      await api<{ myTimeEntries: Entry[] }>(
        `${ORG}-worker`,
        gql`
          query ($month: String) {
            myTimeEntries(month: $month) {
              id
              workDate
              minutes
              status
              correctsEntryId
            }
          }
        `,
        { month: today.slice(0, 7) },
      )
    ).myTimeEntries;

  async function openFromMenu(label: string): Promise<void> {
    // On a phone the navigation folds behind the burger.
    const burger = page.getByRole('button', { name: 'メニュー' });
    if (await burger.isVisible()) await burger.click();
    await page.getByRole('link', { name: label, exact: true }).click();
  }

  /**
   * Which of the targets Tab never reaches from the top of the page: every action of a screen
   * must be reachable by keyboard alone.
   */
  async function unreachableByTab(targets: Record<string, Locator>, presses = 80): Promise<string[]> {
    await page.evaluate(() => {
      const start = document.createElement('span');
      start.tabIndex = -1;
      document.body.prepend(start);
      start.focus();
      start.remove();
    });
    const left = new Map(Object.entries(targets));
    for (let i = 0; i < presses && left.size > 0; i++) {
      await page.keyboard.press('Tab');
      for (const [name, target] of left) {
        if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) left.delete(name);
      }
    }
    return [...left.keys()];
  }

  /** axe, the phone's width, keyboard reach of the screen's actions, and screenshots at 390 px and 1280 px. */
  async function checkScreen(name: string, actions: Record<string, Locator>): Promise<void> {
    await page.locator('.mantine-Loader-root').first().waitFor({ state: 'detached' });
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(PHONE.width);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(BROWSER_OUTPUT, `worker-${name}-390.png`), fullPage: true });
    expect(await unreachableByTab(actions)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.setViewportSize(DESKTOP);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(BROWSER_OUTPUT, `worker-${name}-1280.png`), fullPage: true });
    await page.setViewportSize(PHONE);
  }

  beforeAll(async () => {
    [consortium, browser] = await Promise.all([launchTestConsortium('console-worker', [ORG]), launchChromium(), buildConsole()]).then(
      ([c, b]) => [c, b] as const,
    );
    consoleServer = await startConsoleServer({ gatewayUrl: consortium.gatewayUrl, keycloakUrl: process.env.KEYCLOAK_URL!, port: 0 });
    restoreOrigins = await allowConsoleOrigin(process.env.KEYCLOAK_URL!, consoleServer.url);

    // The worker record of tateshina-worker's login, with time every day.
    const sub = JSON.parse(Buffer.from((await tokenFor(`${ORG}-worker`)).split('.')[1], 'base64url').toString()).sub as string;
    const { registerWorker } = await api(
      `${ORG}-admin`,
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
          userId: sub,
          monthlyHourCap: 80,
          weeklyAvailability: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, minutes: 480 })),
        },
      },
    );
    workerId = registerWorker.id;
    await api(
      `${ORG}-director`,
      gql`
        mutation ($id: ID!) {
          setWorkerStatus(id: $id, status: ACTIVE) {
            status
          }
        }
      `,
      { id: workerId },
    );
    // 末日締め翌月末日払い: the pay calendar the commission terms state.
    await api(
      `${ORG}-admin`,
      gql`
        mutation ($input: SetPaySettingsInput!) {
          setPaySettings(input: $input) {
            closingDay
          }
        }
      `,
      {
        input: {
          closingDay: 31,
          paymentMonthOffset: 1,
          paymentDay: 31,
          consignorCode: '0263520281',
          consignorNameKana: 'タテシナチヨウ',
          bankCode: '0143',
          bankNameKana: 'ハチジュウニ',
          branchCode: '301',
          branchNameKana: 'タテシナ',
          accountType: 'ORDINARY',
          accountNumber: '1234567',
        },
      },
    );
    const { createClient } = await api(
      `${ORG}-director`,
      gql`
        mutation ($input: CreateClientInput!) {
          createClient(input: $input) {
            id
          }
        }
      `,
      { input: { name: '立科町 住民課', sector: 'PUBLIC' } },
    );
    const { createContract } = await api(
      `${ORG}-director`,
      gql`
        mutation ($input: CreateContractInput!) {
          createContract(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          clientId: createClient.id,
          type: 'JUNIN',
          ndaSigned: true,
          startsOn: daysAfter(today, -30),
          endsOn: daysAfter(today, 365),
        },
      },
    );
    const { createOrder } = await api(
      `${ORG}-director`,
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
          title: orderTitle,
          category: 'DATA_ENTRY',
          valueYen: '200000',
          estimatedHours: 40,
          deadline: daysAfter(today, 60),
        },
      },
    );
    const { createTask } = await api(
      `${ORG}-director`,
      gql`
        mutation ($input: CreateTaskInput!) {
          createTask(input: $input) {
            id
          }
        }
      `,
      { input: { orderId: createOrder.id, title: taskTitle, payBasis: 'HOURLY', hours: 10, payRateYen: '1100', valueYen: '20000' } },
    );
    task = { taskOrgId: ORG, taskId: createTask.id };
    const { createOffer } = await api(
      `${ORG}-director`,
      gql`
        mutation ($input: CreateOfferInput!) {
          createOffer(input: $input) {
            id
            recipients {
              workerId
            }
          }
        }
      `,
      {
        input: {
          ...task,
          periodFrom: today,
          periodTo: daysAfter(today, 30),
          totalMinutes: 600,
          minimumMinutes: 120,
          hourlyRateYen: '1100',
        },
      },
    );
    expect(createOffer.recipients).toEqual([{ workerId }]);

    await api(
      `${ORG}-admin`,
      gql`
        mutation ($input: IssueBasicContractInput!) {
          issueBasicContract(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          workerId,
          title: '在宅ワーク基本契約',
          body: '第1条（目的）\n本契約は、在宅での業務委託に共通する条件を定める。\n第2条（秘密保持）\n…',
        },
      },
    );
    // The instructions, with an attachment and an attempt at script the console must not run.
    const { requestInstructionAttachmentUpload: upload } = await api(
      `${ORG}-director`,
      gql`
        mutation ($input: RequestAttachmentUploadInput!) {
          requestInstructionAttachmentUpload(input: $input) {
            attachmentId
            uploadUrl
          }
        }
      `,
      { input: { ...task, fileName: '入力例.png' } },
    );
    const stored = await fetch(new URL(consortium.gatewayUrl).origin + upload.uploadUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: PNG,
    });
    expect(stored.status).toBe(201);
    await api(
      `${ORG}-director`,
      gql`
        mutation ($input: PublishTaskInstructionsInput!) {
          publishTaskInstructions(input: $input) {
            version
          }
        }
      `,
      {
        input: {
          ...task,
          baseVersion: 0,
          bodyMarkdown:
            '# 照合の手順\n1. 台帳の番号を確かめる\n2. 相違は**備考**へ\n\n<img src=x onerror="window.__pwned=1">\n\n[危険なリンク](javascript:window.__pwned=2)',
          attachmentIds: [upload.attachmentId],
        },
      },
    );

    const context = await browser.newContext({ viewport: PHONE, locale: 'ja-JP', timezoneId: 'Asia/Tokyo', hasTouch: true });
    page = await context.newPage();
    // A script error on any worker screen fails the journey, with its message.
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // A consortium, a Vite build and a browser start together: more than one hook's default time.
  }, 300_000);

  afterEach(async () => {
    // Where each step ended and what the page showed, for the log when a step fails.
    if (page && !page.isClosed()) {
      const text = await page
        .locator('body')
        .innerText()
        .catch(() => '');
      console.log(`[worker journey] at ${page.url()}:\n${text.slice(0, 600)}`);
    }
    expect(pageErrors).toEqual([]);
  });

  afterAll(async () => {
    await restoreOrigins?.();
    await browser?.close();
    await consoleServer?.stop();
    await consortium?.stop();
  });

  it('1. logs in on the phone and sees what waits for an answer on the home screen', async () => {
    await logInThroughKeycloak(page, consoleServer.url, `${ORG}-worker`);
    await page.waitForURL(/\/worker$/);
    const waiting = page.getByTestId('worker-waiting');
    await waiting.waitFor();
    await expect(waiting.textContent()).resolves.toContain('新しい依頼が 1 件あります');
    await expect(waiting.textContent()).resolves.toContain('同意が必要な契約が 1 件あります');
    await expect(page.getByText('今日の作業はありません').isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('worker-week').textContent()).resolves.toMatch(/\d{4}年\d{1,2}月\d{1,2}日（月）/);
    await checkScreen('home-before', { offers: page.getByRole('link', { name: '依頼・契約を見る' }) });
  });

  it('2. accepts the offer, then reads its 作業委託契約 (PDF) and the basic contract, and accepts both', async () => {
    await page.getByRole('link', { name: '依頼・契約を見る' }).click();
    const offer = page.getByRole('article', { name: taskTitle });
    await offer.waitFor();
    await expect(offer.textContent()).resolves.toContain('時給 ¥1,100');
    await expect(offer.textContent()).resolves.toContain(orderTitle);
    await checkScreen('offers', {
      hours: offer.getByLabel('引き受ける時間（時間）'),
      accept: offer.getByRole('button', { name: `「${taskTitle}」を引き受ける` }),
      decline: offer.getByRole('button', { name: `「${taskTitle}」を辞退する` }),
      basicRead: page.getByLabel('基本契約の内容を確認しました'),
    });
    await offer.getByRole('button', { name: `「${taskTitle}」を引き受ける` }).click();
    await offer.getByText('引き受け済み').waitFor();

    // The director issues the terms of the new assignment; they reach the worker's screen.
    const { myAssignments } = await api<{ myAssignments: { id: string }[] }>(
      `${ORG}-worker`,
      gql`
        {
          myAssignments {
            id
          }
        }
      `,
    );
    expect(myAssignments).toHaveLength(1);
    await api(
      `${ORG}-director`,
      gql`
        mutation ($input: IssueCommissionTermsInput!) {
          issueCommissionTerms(input: $input) {
            id
          }
        }
      `,
      {
        input: { assignmentId: myAssignments[0].id, workDescription: '住民票の写しと台帳の照合（一次）', deliveryPlace: 'オンライン納品' },
      },
    );
    await page.reload();
    const terms = page.getByRole('article', { name: `「${taskTitle}」の作業委託契約` });
    await terms.waitFor();
    await expect(terms.textContent()).resolves.toContain('住民票の写しと台帳の照合（一次）');
    await terms.getByRole('button', { name: '契約書（PDF）を開く' }).click();
    const pdf = page.getByTestId('terms-pdf-link');
    await pdf.waitFor();
    const head = await pdf.evaluate(async (a) =>
      new TextDecoder().decode((await (await fetch((a as HTMLAnchorElement).href)).arrayBuffer()).slice(0, 5)),
    );
    expect(head).toBe('%PDF-');
    const accept = terms.getByRole('button', { name: `「${taskTitle}」の作業委託契約に同意する` });
    await expect(accept.isDisabled()).resolves.toBe(true); // not before the worker says they read it
    // By keyboard: the box with Space, the button with Enter.
    await terms.getByLabel('契約書（PDF）の内容を確認しました').focus();
    await page.keyboard.press('Space');
    await accept.focus();
    await page.keyboard.press('Enter');
    await terms.getByText(/に同意しました$/).waitFor();

    const basic = page.getByRole('article', { name: '在宅ワーク基本契約' });
    await basic.getByLabel('基本契約の内容を確認しました').check();
    await basic.getByRole('button', { name: '基本契約に同意する' }).click();
    await basic.getByText(/に同意しました$/).waitFor();
    await checkScreen('offers-accepted', { pdf: terms.getByRole('link', { name: /を開く$/ }) });

    const { myCommissionTerms, myBasicContracts } = await api(
      `${ORG}-worker`,
      gql`
        {
          myCommissionTerms {
            acceptedAt
          }
          myBasicContracts {
            acceptedAt
          }
        }
      `,
    );
    expect([myCommissionTerms[0].acceptedAt, myBasicContracts[0].acceptedAt]).toEqual([expect.any(String), expect.any(String)]);
  });

  it('3. reads the instructions safely, downloads the attachment through a signed link, and asks a question that gets an answer', async () => {
    await openFromMenu('今日の作業');
    await page.getByRole('link', { name: `「${taskTitle}」の作業手順と質問` }).click();
    await page.getByRole('heading', { name: '照合の手順' }).waitFor();
    const instructions = page.getByTestId('task-instructions');
    await expect(instructions.locator('strong').textContent()).resolves.toBe('備考');
    // Raw HTML is not rendered and a javascript: link goes nowhere.
    await expect(instructions.locator('img').count()).resolves.toBe(0);
    await expect(instructions.getByRole('link', { name: '危険なリンク' }).getAttribute('href')).resolves.not.toMatch(/^javascript:/i);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    const attachment = page.getByTestId('task-attachment');
    const bytes = await attachment.evaluate(async (a) => {
      const response = await fetch((a as HTMLAnchorElement).href);
      return { status: response.status, type: response.headers.get('content-type'), size: (await response.arrayBuffer()).byteLength };
    });
    expect(bytes).toEqual({ status: 200, type: 'image/png', size: PNG.length });

    await page.getByLabel('質問する', { exact: true }).fill('番号が二つある行はどうしますか？');
    await checkScreen('task', {
      attachment,
      question: page.getByLabel('質問する', { exact: true }),
      send: page.getByRole('button', { name: '質問を送る' }),
    });
    await page.getByRole('button', { name: '質問を送る' }).click();
    await page.getByTestId('task-thread').getByText('番号が二つある行はどうしますか？').waitFor();
    const { taskQuestionThreads } = await api<{ taskQuestionThreads: { id: string }[] }>(
      `${ORG}-director`,
      gql`
        query ($taskOrgId: String!, $taskId: ID!) {
          taskQuestionThreads(taskOrgId: $taskOrgId, taskId: $taskId) {
            id
          }
        }
      `,
      task,
    );
    await api(
      `${ORG}-director`,
      gql`
        mutation ($input: AnswerTaskQuestionInput!) {
          answerTaskQuestion(input: $input) {
            id
          }
        }
      `,
      { input: { threadId: taskQuestionThreads[0].id, body: '上の番号を使い、備考に下の番号を書いてください。' } },
    );
    await page.reload();
    await page.getByRole('article', { name: 'ディレクターの回答' }).getByText('上の番号を使い').waitFor();
  });

  it('4. logs today in two taps from the home screen', async () => {
    await openFromMenu('今日の作業');
    const card = page.getByRole('article', { name: taskTitle });
    await card.waitFor();
    await checkScreen('home', {
      duration: card.getByRole('radio', { name: '1時間' }),
      instructions: card.getByRole('link', { name: `「${taskTitle}」の作業手順と質問` }),
      entries: page.getByRole('link', { name: '作業記録をすべて見る' }),
    });
    let logCalls = 0;
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.postDataJSON()?.operationName === 'WorkerLogTime') logCalls++;
    });
    // Tap 1: the duration. Tap 2: confirm.
    await card.locator('label', { hasText: /^4時間$/ }).tap();
    await card.getByRole('button', { name: `「${taskTitle}」に今日 4時間 を記録する` }).tap();
    await card.getByText('記録しました。ディレクターの承認を待っています。').waitFor();
    expect(logCalls).toBe(1);
    await card.getByText('今日 4時間 記録済み').waitFor();
    const entries = await myEntries();
    expect(entries.map((e) => [e.workDate, e.minutes, e.status])).toEqual([[today, 240, 'SUBMITTED']]);
  });

  it('5. logs another entry over a connection that loses the answer: the retry sends the same key and logs it once', async () => {
    await openFromMenu('作業記録');
    await page.getByTestId('worker-entries').waitFor();
    const keys: string[] = [];
    let dropped = false;
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string; variables?: { input?: { idempotencyKey?: string } } };
      if (body?.operationName !== 'WorkerLogTime') return route.continue();
      keys.push(body.variables?.input?.idempotencyKey ?? '');
      if (dropped) return route.continue();
      dropped = true;
      // The server receives and records the entry; the phone never hears back.
      await route.fetch();
      return route.abort('connectionfailed');
    });
    const form = page.getByRole('region', { name: '別の日の作業を記録する' });
    await form.getByLabel('作業時間（時間）').fill('2');
    await form.getByRole('button', { name: '記録する' }).click();
    await form.getByText('送信できませんでした').waitFor();
    await expect(form.getByText('もう一度送信しても、同じ記録が二重に登録されることはありません。').isVisible()).resolves.toBe(true);
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
    await page.screenshot({ path: join(BROWSER_OUTPUT, 'worker-entries-retry-390.png'), fullPage: true });
    // The retry is reachable by keyboard too.
    await form.getByTestId('retry-submission').focus();
    await page.keyboard.press('Enter');
    await form.getByText('記録しました。ディレクターの承認を待っています。').waitFor();
    await page.unroute('**/graphql');
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    const entries = await myEntries();
    expect(entries.map((e) => e.minutes).sort((a, b) => a - b)).toEqual([120, 240]);
  });

  it('6. sees the day approved and the other entry returned with its reason, and corrects it', async () => {
    const entries = await myEntries();
    const day = entries.find((e) => e.minutes === 240)!;
    const other = entries.find((e) => e.minutes === 120)!;
    await api(
      `${ORG}-director`,
      gql`
        mutation ($id: ID!) {
          approveTimeEntry(id: $id) {
            status
          }
        }
      `,
      { id: day.id },
    );
    await api(
      `${ORG}-director`,
      gql`
        mutation ($id: ID!, $comment: String!) {
          returnTimeEntry(id: $id, comment: $comment) {
            status
          }
        }
      `,
      { id: other.id, comment: '同じ日に二重に入っていませんか。実際の時間で入れ直してください。' },
    );
    await page.reload();
    const list = page.getByTestId('worker-entries');
    await list.waitFor();
    const date = (await page.evaluate(() => document.body.innerText)).match(/\d{4}年\d{1,2}月\d{1,2}日（[月火水木金土日]）/)?.[0];
    expect(date).toBeTruthy();
    const approved = list.getByRole('article').filter({ hasText: '4時間' });
    await expect(approved.getByTestId('entry-status').textContent()).resolves.toBe('承認済み');
    const returned = list.getByRole('article').filter({ hasText: '差戻しの理由' });
    await expect(returned.getByTestId('return-reason').textContent()).resolves.toBe(
      '同じ日に二重に入っていませんか。実際の時間で入れ直してください。',
    );
    await returned.getByLabel('作業時間（時間）').fill('1.5');
    await checkScreen('entries', {
      month: page.getByLabel('表示する月'),
      correctHours: returned.getByLabel('作業時間（時間）'),
      correct: returned.getByRole('button', { name: '修正して送信する' }),
      otherDay: page.getByRole('region', { name: '別の日の作業を記録する' }).getByLabel('作業日'),
    });
    await returned.getByRole('button', { name: '修正して送信する' }).click();
    await list.getByText('修正を送信済みです').waitFor();
    const after = await myEntries();
    expect(after.find((e) => e.correctsEntryId === other.id)).toMatchObject({ minutes: 90, status: 'SUBMITTED' });
    expect(after).toHaveLength(3);

    // The home screen's week counts the approved day and the correction, not the returned entry.
    await openFromMenu('今日の作業');
    await page.getByRole('article', { name: taskTitle }).getByText('今日 5時間30分 記録済み').waitFor();
    // The returned entry has its correction: nothing is left for the worker to fix.
    await expect(page.getByText(/差し戻された記録が/).count()).resolves.toBe(0);
  });

  it('7. downloads both certificates and sees the trainings screen, both accessible', async () => {
    await openFromMenu('報酬・証明書');
    await page.getByRole('heading', { name: '報酬・証明書', level: 2 }).waitFor();
    await expect(page.getByText('支払明細はまだありません').isVisible()).resolves.toBe(true);
    await checkScreen('pay', {
      from: page.getByLabel('開始月'),
      to: page.getByLabel('終了月'),
      work: page.getByRole('button', { name: '就労証明書（PDF）' }),
      payment: page.getByRole('button', { name: '支払証明書（PDF）' }),
    });
    for (const [button, link] of [
      ['就労証明書（PDF）', 'work-certificate-link'],
      ['支払証明書（PDF）', 'payment-certificate-link'],
    ]) {
      await page.getByRole('button', { name: button }).click();
      const anchor = page.getByTestId(link);
      await anchor.waitFor();
      const head = await anchor.evaluate(async (a) =>
        new TextDecoder().decode((await (await fetch((a as HTMLAnchorElement).href)).arrayBuffer()).slice(0, 5)),
      );
      expect(head).toBe('%PDF-');
    }

    await openFromMenu('研修');
    await page.getByRole('heading', { name: '研修', level: 2 }).waitFor();
    await expect(page.getByText('今の作業と依頼に必要な研修はすべて修了しています').isVisible()).resolves.toBe(true);
    await checkScreen('trainings', { menu: page.getByRole('button', { name: 'メニュー' }) });

    // The home screen as the README shows it: a day logged, the week filled in.
    await openFromMenu('今日の作業');
    await page.getByRole('article', { name: taskTitle }).waitFor();
    await page.locator('.mantine-Loader-root').first().waitFor({ state: 'detached' });
    await page.screenshot({ path: join(BROWSER_OUTPUT, 'worker-home-done-390.png'), fullPage: true });
    await page.context().close();
  });
});
