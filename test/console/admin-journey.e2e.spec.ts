import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import type { Browser, Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { buildConsole, launchTestConsortium, RunningConsortium, RunningConsoleServer, startConsoleServer } from '@kyodo/consortium-tools';
import { DEV_ADMIN, tokenEndpoint } from '@kyodo/keycloak-tools';
import { testKeycloakUrl } from '@kyodo/testing';
import {
  allowConsoleOrigin,
  BROWSER_OUTPUT,
  launchChromium,
  logInThroughKeycloak,
  seriousAccessibilityViolations,
  tabOrder,
} from '../support/browser';

/**
 * An org admin's day in a real browser: a new worker registered and invited by e-mail (the mail
 * caught by a local SMTP receiver), the worker's first login through Keycloak with the mailed
 * temporary password and a password of their own, then the month's pay close and the worker's
 * certificates. Every admin screen passes axe and is reached and worked by keyboard. No id is typed
 * or shown.
 */

const DESKTOP = { width: 1280, height: 900 };
const DOCS = join(__dirname, '../../docs');

interface Mail {
  to: string;
  text: string;
}

async function keycloakAdmin(path: string, method = 'GET'): Promise<unknown> {
  const tokenResponse = await fetch(tokenEndpoint(testKeycloakUrl(), 'master'), {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'admin-cli',
      username: DEV_ADMIN.username,
      password: DEV_ADMIN.password,
    }),
  });
  const { access_token } = (await tokenResponse.json()) as { access_token: string };
  const response = await fetch(`${testKeycloakUrl()}/admin/realms/kyodo${path}`, {
    method,
    headers: { authorization: `Bearer ${access_token}` },
  });
  const text = await response.text();
  return text ? (JSON.parse(text) as unknown) : undefined;
}

async function until(check: () => Promise<boolean> | boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("the org admin's journey in Chromium", () => {
  let consortium: RunningConsortium;
  let consoleServer: RunningConsoleServer;
  let browser: Browser;
  let smtp: SMTPServer;
  let restoreOrigins: (() => Promise<void>) | undefined;
  const mails: Mail[] = [];
  const stamp = Date.now();
  const workerEmail = `kaede.${stamp}@example.jp`;

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'ja-JP', timezoneId: 'Asia/Tokyo', acceptDownloads: true });
    return context.newPage();
  }

  /** axe, keyboard reach of the screen's main action, and a screenshot under the test output. */
  async function checkScreen(page: Page, name: string, reachable: string | RegExp): Promise<void> {
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const reached = await tabOrder(page, 80);
    expect([name, reached.some((label) => (typeof reachable === 'string' ? label.includes(reachable) : reachable.test(label)))]).toEqual([
      name,
      true,
    ]);
    await page.screenshot({ path: join(BROWSER_OUTPUT, `admin-${name}-desktop.png`), fullPage: true });
  }

  async function openFromMenu(page: Page, label: string): Promise<void> {
    await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
  }

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        void simpleParser(stream).then((parsed) => {
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), text: parsed.text ?? '' });
          callback();
        }, callback);
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const smtpPort = (smtp.server.address() as AddressInfo).port;
    [consortium, browser] = await Promise.all([
      launchTestConsortium('console-admin', ['tateshina'], {
        nodeEnv: { SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, MAIL_FROM: 'no-reply@kyodo.test' },
      }),
      launchChromium(),
      buildConsole(),
    ]).then(([c, b]) => [c, b] as const);
    consoleServer = await startConsoleServer({ gatewayUrl: consortium.gatewayUrl, keycloakUrl: process.env.KEYCLOAK_URL!, port: 0 });
    restoreOrigins = await allowConsoleOrigin(process.env.KEYCLOAK_URL!, consoleServer.url);
  }, 300_000);

  afterAll(async () => {
    const [user] = ((await keycloakAdmin(`/users?username=${encodeURIComponent(workerEmail)}&exact=true`).catch(() => [])) ?? []) as {
      id: string;
    }[];
    if (user) await keycloakAdmin(`/users/${user.id}`, 'DELETE');
    await restoreOrigins?.();
    await browser?.close();
    await consoleServer?.stop();
    await consortium?.stop();
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  });

  it('registers and invites a worker by e-mail; the worker logs in through the invitation; the admin closes the pay month and downloads certificates', async () => {
    const admin = await newPage();
    await logInThroughKeycloak(admin, consoleServer.url, 'tateshina-admin');
    await openFromMenu(admin, 'ワーカー管理');
    await admin.getByRole('heading', { name: 'ワーカー管理' }).waitFor();

    // 登録: typed, not seeded; the worker starts at stage A (no reason asked).
    // A required field's label ends in " *".
    await admin.getByRole('textbox', { name: /^姓/ }).fill('楓');
    await admin.getByRole('textbox', { name: /^名/ }).fill('花子');
    await admin.getByRole('textbox', { name: /^セイ（全角カタカナ）/ }).fill('カエデ');
    await admin.getByRole('textbox', { name: /^メイ（全角カタカナ）/ }).fill('ハナコ');
    await admin.getByRole('textbox', { name: /^メールアドレス/ }).fill(workerEmail);
    await admin.getByRole('button', { name: '登録する' }).click();
    await admin.getByText('楓 花子 さんを登録しました。').waitFor();

    // The worker's panel: invited by e-mail with one button; no account id anywhere on the page.
    await admin.getByRole('button', { name: /^楓 花子/ }).click();
    const invite = admin.getByRole('button', { name: 'メールでログインに招待' });
    await invite.waitFor();
    await checkScreen(admin, 'workers', 'メールでログインに招待');
    // The screenshot for the README: the worker's row and the invitation, under the filter.
    await admin.getByTestId('admin-workers').evaluate((list) => {
      list.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -120);
    });
    await admin.screenshot({ path: join(DOCS, 'console-admin-workers.png') });
    // By keyboard: focus the button and press Enter.
    await invite.focus();
    await admin.keyboard.press('Enter');
    await admin.getByText('招待メールを送りました。').waitFor();
    await until(() => mails.some((m) => m.to === workerEmail));
    const mail = mails.find((m) => m.to === workerEmail)!;
    const temporaryPassword = /仮パスワード: (\S+)/.exec(mail.text)?.[1];
    expect(temporaryPassword).toBeDefined();
    expect(mail.text).toContain(`ログイン名: ${workerEmail}`);
    const pageText = await admin.locator('main').innerText();
    expect(pageText).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);

    // The worker: the mailed login name and temporary password, then a password of their own.
    const worker = await newPage();
    await worker.goto(consoleServer.url);
    await worker.waitForURL(/\/realms\/kyodo\/protocol\/openid-connect\/auth/);
    await worker.locator('#username').fill(workerEmail);
    if (!(await worker.locator('#password').isVisible())) {
      await worker.locator('#kc-login').click();
      await worker.locator('#password').waitFor();
    }
    await worker.locator('#password').fill(temporaryPassword!);
    await worker.locator('#kc-login').click();
    await worker.locator('#password-new').waitFor();
    const ownPassword = `kaede-own-${stamp}`;
    await worker.locator('#password-new').fill(ownPassword);
    await worker.locator('#password-confirm').fill(ownPassword);
    await worker.locator('#password-confirm').press('Enter');
    await worker.waitForURL((url) => url.href.startsWith(consoleServer.url) && !url.search.includes('code='), { timeout: 30_000 });
    await worker.waitForURL(/\/worker/);
    await expect(worker.getByText('このアカウントには Kyodo の役割が割り当てられていません').count()).resolves.toBe(0);
    await worker.context().close();

    // The invitation refetched the list: it now says the worker has a login.
    await expect(admin.getByTestId('admin-workers').innerText()).resolves.toContain('ログインあり');

    // The audit log names the admin and reads the invitation.
    await openFromMenu(admin, '監査ログ');
    await admin.getByRole('heading', { name: '監査ログ' }).waitFor();
    await admin.getByLabel('操作', { exact: true }).selectOption({ label: 'ログインに関する操作すべて' });
    await admin.getByRole('button', { name: '絞り込む' }).click();
    const log = admin.getByTestId('audit-log');
    await log.getByRole('cell', { name: 'ログインの招待' }).first().waitFor();
    await expect(log.innerText()).resolves.toContain('tateshina-admin');
    await checkScreen(admin, 'audit', '絞り込む');

    // 支払締め: from the admin menu, last month closes after its preview.
    await openFromMenu(admin, '管理メニュー');
    await admin.getByRole('heading', { name: '管理メニュー' }).waitFor();
    await checkScreen(admin, 'overview', '支払締め（プレビュー・源泉徴収・確定・明細）');
    await admin.getByRole('link', { name: '支払締め（プレビュー・源泉徴収・確定・明細）' }).click();
    await admin.getByRole('heading', { name: '支払締め' }).waitFor();
    await admin.getByRole('button', { name: /分を締める$/ }).click();
    await admin.getByRole('dialog').getByRole('button', { name: '締める', exact: true }).click();
    await admin.getByRole('heading', { name: /（締め済）/ }).waitFor();

    // 証明書: the worker's work and payment certificates, as PDFs.
    await openFromMenu(admin, 'ワーカー管理');
    await admin.getByRole('button', { name: /^楓 花子/ }).click();
    await admin.getByRole('button', { name: '証明書を作成' }).click();
    for (const name of ['就業証明書（PDF）', '支払証明書（PDF）']) {
      const link = admin.getByRole('link', { name });
      await link.waitFor();
      const download = admin.waitForEvent('download');
      await link.click();
      const file = await (await download).path();
      const { readFile } = await import('node:fs/promises');
      expect((await readFile(file)).subarray(0, 5).toString()).toBe('%PDF-');
    }
    await admin.context().close();
  });

  it('lands on the admin home with what needs attention; words the contract templates, records the operating costs the reports show, and adds a training', async () => {
    const admin = await newPage();
    await logInThroughKeycloak(admin, consoleServer.url, 'tateshina-admin');
    // 管理ホーム is where an org admin lands.
    await admin.waitForURL(/\/admin$/);
    await admin.getByRole('heading', { name: '管理ホーム', level: 2 }).waitFor();
    // The worker registered above has neither a basic contract nor a bank account yet.
    const paperwork = admin.getByTestId('home-paperwork');
    await paperwork.getByText('楓 花子').waitFor();
    await expect(paperwork.innerText()).resolves.toMatch(/楓 花子[\s\S]*基本契約なし[\s\S]*振込先なし/);
    for (const region of ['ワーカーの確認', '締めていない支払月', '参加手続きの未完了項目', '最近の操作（監査ログ）']) {
      await admin.getByRole('region', { name: region }).waitFor();
    }
    // The invitation above is among the recent audit lines.
    await admin.getByTestId('home-audit').getByText('ログインの招待').first().waitFor();
    await admin.waitForLoadState('networkidle');
    await checkScreen(admin, 'home', '支払締めへ');
    await admin.getByRole('link', { name: '監査ログへ' }).click();
    await admin.getByRole('heading', { name: '監査ログ', level: 2 }).waitFor();

    // 契約書のひな形: each save is a new version; the earlier one stays listed.
    await openFromMenu(admin, '契約書のひな形');
    await admin.getByRole('heading', { name: '契約書のひな形', level: 2 }).waitFor();
    const nda = admin.getByRole('region', { name: '秘密保持契約書（発注者）' });
    await expect(nda.getByTestId('template-NDA-version').innerText()).resolves.toBe('まだ保存されていません。');
    await nda.getByRole('textbox', { name: /^秘密保持契約書（発注者）の本文/ }).fill('第1条（秘密情報）発注者が開示する情報をいう。');
    await nda.getByRole('button', { name: '秘密保持契約書（発注者）を新しい版として保存' }).click();
    await nda.getByText('第1版として保存しました。').waitFor();
    await nda.getByRole('textbox', { name: /^秘密保持契約書（発注者）の本文/ }).fill('第1条（秘密情報）発注者が書面で開示する情報をいう。');
    // By keyboard: focus the save button and press Enter.
    await nda.getByRole('button', { name: '秘密保持契約書（発注者）を新しい版として保存' }).focus();
    await admin.keyboard.press('Enter');
    await nda.getByText('第2版として保存しました。').waitFor();
    await expect(nda.getByTestId('template-NDA-version').innerText()).resolves.toMatch(/^現在: 第2版/);
    await expect(nda.innerText()).resolves.toMatch(/第1版[\s\S]*秘密保持契約書/);
    const basic = admin.getByRole('region', { name: '基本契約書（ワーカー）' });
    await basic.getByRole('textbox', { name: /^基本契約書（ワーカー）の本文/ }).fill('第1条（目的）本契約は業務委託の基本条件を定める。');
    await basic.getByRole('button', { name: '基本契約書（ワーカー）を新しい版として保存' }).click();
    await basic.getByText('第1版として保存しました。').waitFor();
    await checkScreen(admin, 'templates', '業務委託契約書（発注者）を新しい版として保存');

    // 運営経費: this year's costs, typed with separators, saved with Enter; the reports subtract them.
    await openFromMenu(admin, '運営経費');
    await admin.getByRole('heading', { name: '運営経費', level: 2 }).waitFor();
    await admin.getByTestId('stored-cost').getByText('まだ記録されていません', { exact: false }).waitFor();
    const amount = admin.getByRole('textbox', { name: /^運営経費（円）/ });
    await amount.fill('-5');
    await expect(admin.getByRole('button', { name: '保存する' }).isDisabled()).resolves.toBe(true);
    await amount.fill('3,600,000');
    await amount.press('Enter');
    await admin.getByText('保存しました。報告に反映されます。').waitFor();
    await expect(admin.getByTestId('stored-cost').innerText()).resolves.toBe('記録済み: ¥3,600,000');
    await checkScreen(admin, 'costs', '保存する');
    await admin.getByRole('link', { name: '報告で確認する' }).click();
    await admin.getByRole('heading', { name: '実績報告', level: 2 }).waitFor();
    await expect(admin.getByRole('region', { name: '主な実績' }).innerText()).resolves.toMatch(/運営経費\s*¥3,600,000/);

    // 研修とスキルマップ: the skill map's stages and what they need, a new course, who completed what.
    await openFromMenu(admin, '研修とスキルマップ');
    await admin.getByRole('heading', { name: '研修とスキルマップ', level: 2 }).waitFor();
    // The menu marks this screen alone as current, not the admin home whose path prefixes it.
    const nav = admin.getByRole('navigation');
    await expect(nav.locator('a[data-active], a[aria-current="page"]').allInnerTexts()).resolves.toEqual(['研修とスキルマップ']);
    const map = admin.getByTestId('skill-map');
    // Two axes by three stages, once the rules have loaded.
    await map.locator('tbody tr').nth(5).waitFor();
    await expect(map.locator('tbody tr').count()).resolves.toBe(6);
    await expect(map.innerText()).resolves.toContain('専門の業務ソフト');
    await admin.getByRole('textbox', { name: /^研修コード/ }).fill('e2e-101');
    await admin.getByRole('textbox', { name: /^研修名/ }).fill('個人情報の取り扱い（実習）');
    await admin.getByRole('textbox', { name: /^時間（分）/ }).fill('90');
    await admin.getByRole('button', { name: '作成する' }).click();
    await admin.getByText('研修 E2E-101 を作成しました。').waitFor();
    await expect(admin.getByTestId('courses').innerText()).resolves.toMatch(/E2E-101\s*個人情報の取り扱い（実習）/);
    await admin.getByRole('region', { name: '受講・修了の状況' }).waitFor();
    await admin.waitForLoadState('networkidle');
    await checkScreen(admin, 'trainings', '作成する');
    await admin.context().close();
  });

  it('passes axe on every admin screen and reaches its main action by keyboard', async () => {
    const page = await newPage();
    await logInThroughKeycloak(page, consoleServer.url, 'tateshina-admin');
    const screens: [string, string, string][] = [
      ['職員ログイン', 'logins', '招待する'],
      ['団体の設定', 'settings', '保存する'],
      ['ワーカー管理', 'workers-list', '登録する'],
    ];
    for (const [label, name, action] of screens) {
      await openFromMenu(page, label);
      await page.getByRole('heading', { name: label === 'ワーカー管理' ? 'ワーカー管理' : label, level: 2 }).waitFor();
      await page.waitForLoadState('networkidle');
      await checkScreen(page, name, action);
    }
    await page.context().close();
  });
});
