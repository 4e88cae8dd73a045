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
