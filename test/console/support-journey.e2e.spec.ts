import { copyFileSync, readFileSync } from 'node:fs';
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
 * The joint support body in a real browser: it reads members with their nodes; onboards a new
 * municipality-run member through the wizard hosted on its partner operator's nodes (no servers of
 * its own), timed until that member's first admin has logged in; onboards another onto nodes it
 * runs itself (the API checks them live before anything is written); ticks the hosted member's
 * checklist item that is its own; creates a project of members and sets its KPI targets (a target
 * of 0 included) and reads its KPI sheet and files; reads the consortium's KPIs beside the
 * project's and the municipalities adopting the model over time; suspends and resumes the hosted
 * member; and reads the consortium's KPI sheet. Member ids are new on every run, as onboarding
 * creates Keycloak organizations and users in the shared realm (removed afterwards).
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
  // The town hosted on shiojiri's nodes: shiojiri's nodes list it (HOSTED_ORG_IDS) from their start.
  const hostedId = `ikusaka-${Date.now().toString(36)}`;
  const hostedName = `生坂村 ${hostedId}`;
  const hostedAdmin = `${hostedId}-admin`;
  const projectName = `広域テレワーク推進事業 ${hostedId}`;

  const openFromMenu = (label: string) =>
    page.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: label, exact: true }).click();

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
      launchTestConsortium('console-support', ['tateshina', 'shiojiri'], { hosted: { shiojiri: [hostedId] } }),
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
    await forgetMemberIdentity(process.env.KEYCLOAK_URL!, hostedId, [hostedAdmin]);
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

  it("onboards a municipality-run member hosted on its operator's nodes, up to its first admin's first login", async () => {
    // The clock runs from opening the wizard to the new member's first admin seeing the console.
    const opened = Date.now();
    await openFromMenu('新規会員の受入れ');
    await page.getByRole('heading', { name: '新規会員の受入れ' }).waitFor();
    const member = page.getByRole('form', { name: '会員の情報' });
    await member.getByLabel(/^会員名/).fill(hostedName);
    await member.getByLabel(/^会員ID/).fill(hostedId);
    await member.getByLabel(/^都道府県/).selectOption('長野県');
    await member.getByLabel(/^運営形態/).selectOption({ label: '自治体運営' });
    await member.getByLabel(/^運営パートナー/).selectOption('shiojiri');
    await member.getByLabel(/^メールのドメイン/).fill(`${hostedId}.kyodo.example`);
    await member.getByRole('button', { name: '次へ' }).click();

    const nodeStep = page.getByRole('form', { name: 'ノード' });
    const hosted = nodeStep.getByRole('radio', { name: '運営パートナー（shiojiri）のノードに置く（町はサーバーを持たない）' });
    await expect(hosted.isChecked()).resolves.toBe(true);
    // A hosted town gives no URLs.
    await expect(nodeStep.getByLabel(/ノードのURL/).count()).resolves.toBe(0);
    await nodeStep.getByRole('button', { name: '次へ' }).click();

    const admin = page.getByRole('form', { name: '最初の管理者' });
    await admin.getByLabel(/^姓/).fill('生坂');
    await admin.getByLabel(/^名/).fill('花子');
    await admin.getByLabel(/^ログイン名/).fill(hostedAdmin);
    await admin.getByLabel(/^メールアドレス/).fill(`${hostedAdmin}@${hostedId}.kyodo.example`);
    await admin.getByRole('button', { name: '次へ' }).click();

    const review = page.getByRole('table', { name: '登録する内容' });
    await review.getByText('運営パートナー（shiojiri）のノードに置く（町はサーバーを持たない）').waitFor();
    const submitted = Date.now();
    await page.getByRole('button', { name: '受け入れる' }).click();
    await page.getByText(`${hostedId} を受け入れました`).waitFor({ timeout: 180_000 });
    const onboardSeconds = (Date.now() - submitted) / 1000;
    const temporaryPassword = (await page.getByTestId('temporary-password').textContent())?.trim();
    expect(temporaryPassword).toMatch(/^\S{8,}$/);
    // Routing sends the town to its host's nodes, each checked.
    const checked = page.getByRole('table', { name: '確認済みのノード' });
    await expect(checked.getByText('稼働').count()).resolves.toBe(3);
    for (const subgraph of ['orders', 'workers', 'training'] as const)
      await expect(checked.textContent()).resolves.toContain(consortium.node('shiojiri', subgraph).url);

    // The town's first admin: the temporary password, a password of its own, then the console.
    const townContext = await browser.newContext({ viewport: DESKTOP, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    const town = await townContext.newPage();
    await town.goto(consoleServer.url);
    await town.waitForURL(/\/realms\/kyodo\/protocol\/openid-connect\/auth/);
    await town.locator('#username').fill(hostedAdmin);
    if (!(await town.locator('#password').isVisible())) {
      await town.locator('#kc-login').click();
      await town.locator('#password').waitFor();
    }
    await town.locator('#password').fill(temporaryPassword!);
    await town.locator('#kc-login').click();
    await town.locator('#password-new').waitFor();
    const ownPassword = `ikusaka-own-${hostedId}`;
    await town.locator('#password-new').fill(ownPassword);
    await town.locator('#password-confirm').fill(ownPassword);
    await town.locator('#password-confirm').press('Enter');
    await town.waitForURL((url) => url.href.startsWith(consoleServer.url) && !url.search.includes('code='), { timeout: 30_000 });
    // An org admin lands on its admin home, whose figures shiojiri's nodes answer for the town.
    await town.getByRole('heading', { level: 2, name: '管理ホーム', exact: true }).waitFor();
    await town.getByText('基本契約または振込先がないワーカー: 0 人').waitFor();
    const firstLoginSeconds = (Date.now() - opened) / 1000;
    await expect(town.getByRole('alert').count()).resolves.toBe(0);
    console.log(
      `hosted onboarding of ${hostedId}: ${firstLoginSeconds.toFixed(1)} s from opening the wizard to its first admin's first login ` +
        `(onboardMember itself ${onboardSeconds.toFixed(1)} s; the rest is the browser typing and Keycloak's password change)`,
    );
    expect(await seriousAccessibilityViolations(town)).toEqual([]);
    await town.screenshot({ path: join(BROWSER_OUTPUT, 'support-hosted-first-login-desktop.png'), fullPage: true });
    await townContext.close();

    await checkScreen('onboarded-hosted', '受入れチェックリスト');
    expect(await statusOf(hostedId)).toBe('ACTIVE');
  });

  it('onboards a municipality-run member on its own nodes with the wizard', async () => {
    // Straight on from the hosted member: the wizard starts empty again.
    await page.getByRole('button', { name: '続けて別の会員を受け入れる' }).click();
    await expect(
      page
        .getByRole('form', { name: '会員の情報' })
        .getByLabel(/^会員名/)
        .inputValue(),
    ).resolves.toBe('');
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

  it("ticks the support body's own checklist item for the hosted member", async () => {
    await page.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: '受入れチェックリスト', exact: true }).click();
    const checkbox = page.getByRole('checkbox', { name: `${hostedName}: 最初のディレクターが研修を修了した (first director trained)` });
    await checkbox.waitFor();
    await expect(checkbox.isChecked()).resolves.toBe(false);
    await checkbox.check();
    await page.getByRole('columnheader', { name: new RegExp(`${hostedName}.*1 / \\d+ 完了`) }).waitFor();
    const { onboardingChecklist } = await api<{ onboardingChecklist: { code: string; done: boolean }[] }>(
      gql`
        query ($orgId: String!) {
          onboardingChecklist(orgId: $orgId) {
            code
            done
          }
        }
      `,
      { orgId: hostedId },
    );
    expect(onboardingChecklist.filter((i) => i.done).map((i) => i.code)).toEqual(['FIRST_DIRECTOR_TRAINED']);
    await checkScreen('checklist', new RegExp(`^${hostedName}: 最初のディレクター`));
  });

  it('creates a project of members and sets its KPI targets as the state sheet writes them, a target of 0 included', async () => {
    // The project's sheet sums its members' stored figures: the year's snapshot, the hosted town's included.
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
    await openFromMenu('プロジェクト');
    await page.getByRole('heading', { level: 2, name: 'プロジェクト', exact: true }).waitFor();
    const create = page.getByRole('form', { name: 'プロジェクトを作る' });
    await create.getByLabel(/^プロジェクト名/).fill(projectName);
    await create.getByRole('checkbox', { name: `${hostedName} (${hostedId})` }).check();
    await create.getByRole('checkbox', { name: /\(tateshina\)$/ }).check();
    // Without a lead the form says so before any round trip.
    await create.getByRole('button', { name: '作成する' }).click();
    await create.getByText('代表団体を選んでください').waitFor();
    await create.getByLabel(/^代表団体/).selectOption(hostedId);
    await create.getByRole('button', { name: '作成する' }).click();
    await page.getByRole('heading', { level: 2, name: projectName }).waitFor();
    const projectId = /\/consortium\/projects\/([^/?#]+)$/.exec(page.url())?.[1];
    expect(projectId).toBeDefined();
    const { project } = await api<{ project: { leadOrgId: string; memberOrgIds: string[] } }>(
      gql`
        query ($projectId: ID!) {
          project(projectId: $projectId) {
            leadOrgId
            memberOrgIds
          }
        }
      `,
      { projectId },
    );
    expect({ ...project, memberOrgIds: [...project.memberOrgIds].sort() }).toEqual({
      leadOrgId: hostedId,
      memberOrgIds: [hostedId, 'tateshina'].sort(),
    });

    // 新規導入自治体数: 基準値 0 last year, 6 more by the final year, 3 this year and 0 the next.
    const plan = page.getByRole('form', { name: 'KPIの目標（国の様式）' });
    await plan.getByLabel('KPI', { exact: true }).selectOption('NEW_MUNICIPALITIES');
    await plan.getByLabel(/^基準年度/).selectOption(String(fiscalYear - 1));
    await plan.getByLabel(/^基準値/).fill('0');
    await plan.getByLabel(/^最終年度/).selectOption(String(fiscalYear + 2));
    await plan.getByLabel(/^最終目標/).fill('-6');
    await plan.getByLabel(`${fiscalYear}年度の単年度目標`).fill('3');
    await plan.getByLabel(`${fiscalYear + 1}年度の単年度目標`).fill('0');
    // A negative target is pointed at before any round trip.
    await plan.getByRole('button', { name: '目標を保存する' }).click();
    await plan.getByText('0以上の整数を入力してください').waitFor();
    await plan.getByLabel(/^最終目標/).fill('6');
    await plan.getByRole('button', { name: '目標を保存する' }).click();
    await plan.getByText('新規導入自治体数の目標を保存しました。').waitFor();
    // 受注件数 with a single-year target of 0: a target, without a rate.
    await plan.getByLabel('KPI', { exact: true }).selectOption('ORDER_COUNT');
    await plan.getByLabel(/^基準値/).fill('0');
    await plan.getByLabel(/^最終目標/).fill('0');
    await plan.getByLabel(`${fiscalYear}年度の単年度目標`).fill('0');
    await plan.getByRole('button', { name: '目標を保存する' }).click();
    await plan.getByText('受注件数の目標を保存しました。').waitFor();

    const plans = await api<{ projectKpiPlans: { kpi: string; baseValue: string; finalIncrease: string; yearlyIncreases: unknown[] }[] }>(
      gql`
        query ($projectId: ID!) {
          projectKpiPlans(projectId: $projectId) {
            kpi
            baseValue
            finalIncrease
            yearlyIncreases {
              fiscalYear
              increase
            }
          }
        }
      `,
      { projectId },
    );
    expect(plans.projectKpiPlans.find((p) => p.kpi === 'NEW_MUNICIPALITIES')).toEqual({
      kpi: 'NEW_MUNICIPALITIES',
      baseValue: '0',
      finalIncrease: '6',
      yearlyIncreases: [
        { fiscalYear, increase: '3' },
        { fiscalYear: fiscalYear + 1, increase: '0' },
      ],
    });

    // The sheet shows the server's 達成率 (rounded to one decimal by the server) and "—" for a target of 0.
    const { projectKpiSheet } = await api<{
      projectKpiSheet: { lines: { kpi: string; yearTarget: string | null; yearActual: string | null; yearRatePercent: number | null }[] };
    }>(
      gql`
        query ($fiscalYear: Int!, $projectId: ID!) {
          projectKpiSheet(fiscalYear: $fiscalYear, projectId: $projectId) {
            lines {
              kpi
              yearTarget
              yearActual
              yearRatePercent
            }
          }
        }
      `,
      { fiscalYear, projectId },
    );
    const towns = projectKpiSheet.lines.find((l) => l.kpi === 'NEW_MUNICIPALITIES')!;
    const orders = projectKpiSheet.lines.find((l) => l.kpi === 'ORDER_COUNT')!;
    // The hosted town joined this year (and tateshina, if the registry seeded it today as a municipality): 1 or 2 of 3.
    expect(towns.yearTarget).toBe('3');
    expect([33.3, 66.7]).toContain(towns.yearRatePercent);
    expect(orders).toMatchObject({ yearTarget: '0', yearRatePercent: null });
    const sheet = page.getByRole('table', { name: `${projectName}の${fiscalYear}年度KPIシート` });
    const rowOf = (label: string) => sheet.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
    await expect(rowOf('新規導入自治体数').getByTestId('year-rate').textContent()).resolves.toBe(
      `${towns.yearRatePercent!.toFixed(1)}% 未達`,
    );
    await expect(rowOf('受注件数').getByTestId('year-rate').textContent()).resolves.toBe('—');

    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'プロジェクトのKPIシートをCSVで出力' }).click();
    const csv = await csvDownload;
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const csvLines = readFileSync((await csv.path())!, 'utf8').split(/\r?\n/);
    expect(csvLines.find((l) => l.includes('新規導入自治体数'))).toContain(towns.yearRatePercent!.toFixed(1));
    expect(csvLines.find((l) => l.includes('受注件数'))).toContain('—');
    const pdfDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'プロジェクトのKPIシートをPDFで出力' }).click();
    const pdf = await pdfDownload;
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    expect(
      readFileSync((await pdf.path())!)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    await checkScreen('project', 'プロジェクトのKPIシートをPDFで出力');

    // Back in the list: the project with its lead; the same name again is refused by the server.
    await page.getByRole('link', { name: '← プロジェクト一覧' }).click();
    const list = page.getByRole('table', { name: 'プロジェクトと代表団体・構成団体' });
    const listed = list.getByRole('row').filter({ has: page.getByRole('link', { name: projectName }) });
    await expect(listed.getByRole('cell').first().textContent()).resolves.toBe(hostedName);
    const again = page.getByRole('form', { name: 'プロジェクトを作る' });
    await again.getByLabel(/^プロジェクト名/).fill(projectName);
    await again.getByRole('checkbox', { name: /\(tateshina\)$/ }).check();
    await again.getByLabel(/^代表団体/).selectOption('tateshina');
    await again.getByRole('button', { name: '作成する' }).click();
    await again.getByText('同じ名前のプロジェクトがすでにあります。').waitFor();
    await expect(list.getByRole('link', { name: projectName }).count()).resolves.toBe(1);
    await checkScreen('projects', projectName);
  });

  it("reads the consortium's KPIs beside the project's, and the municipalities adopting the model over time", async () => {
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
          kpi: 'NEW_MUNICIPALITIES',
          baseYear: fiscalYear - 1,
          baseValue: '0',
          finalYear: fiscalYear + 2,
          finalIncrease: '9',
          yearlyIncreases: [{ fiscalYear, increase: '4' }],
        },
      },
    );
    await openFromMenu('コンソーシアムのKPI');
    const compare = page.getByTestId('kpi-compare');
    await compare.waitFor();
    await page.getByLabel('会員・プロジェクトを並べて見る').selectOption({ label: projectName });
    await page.getByRole('columnheader', { name: `${projectName}の達成率` }).waitFor();
    const row = compare.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '新規導入自治体数', exact: true }) });
    const { kpiSheet } = await api<{ kpiSheet: { lines: { kpi: string; yearActual: string | null; yearRatePercent: number | null }[] } }>(
      gql`
        query ($fiscalYear: Int!) {
          kpiSheet(fiscalYear: $fiscalYear) {
            lines {
              kpi
              yearActual
              yearRatePercent
            }
          }
        }
      `,
      { fiscalYear },
    );
    const whole = kpiSheet.lines.find((l) => l.kpi === 'NEW_MUNICIPALITIES')!;
    const rate = (percent: number | null) => (percent === null ? '—' : `${percent.toFixed(1)}% ${percent >= 100 ? '達成' : '未達'}`);
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells[0]).toBe('4');
    expect(cells[2]).toBe(rate(whole.yearRatePercent));
    expect(cells[3]).toBe('3');
    expect(cells[5]).toMatch(/^(33\.3|66\.7)% 未達$/);
    // The project's whole sheet below it, and a way to its targets.
    await page.getByRole('table', { name: `${projectName}の${fiscalYear}年度KPIシート` }).waitFor();
    await checkScreen('kpis', `${projectName}の目標を開く`);

    await openFromMenu('導入自治体の推移');
    const table = page.getByRole('table', { name: '年度ごとの新規導入自治体（受入れ日による）' });
    const thisYear = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: `${fiscalYear}年度` }) });
    await expect(thisYear.textContent()).resolves.toContain(hostedName);
    await page.getByRole('img', { name: '年度ごとの新規導入自治体数と累計（グラフ）' }).locator('svg').first().waitFor();
    await checkScreen('adoption', '導入自治体の推移');
  });

  it('suspends and resumes the hosted member', async () => {
    await page.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: 'コンソーシアム', exact: true }).click();
    const card = page.getByRole('article', { name: hostedName });
    await card.waitFor();
    await card.getByRole('button', { name: `${hostedName} を停止する` }).click();
    const dialog = page.getByRole('dialog', { name: `${hostedName} を停止する` });
    await dialog.getByRole('button', { name: '停止する' }).click();
    await card.getByTestId('member-status').filter({ hasText: '停止中' }).waitFor();
    expect(await statusOf(hostedId)).toBe('SUSPENDED');
    await card.getByRole('button', { name: `${hostedName} を再開する` }).click();
    await page
      .getByRole('dialog', { name: `${hostedName} を再開する` })
      .getByRole('button', { name: '再開する' })
      .click();
    await card.getByTestId('member-status').filter({ hasText: '稼働中' }).waitFor();
    expect(await statusOf(hostedId)).toBe('ACTIVE');
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
    // Its plan here and the 新規導入自治体数 plan set beside the project's.
    await expect(sheet.getByRole('rowheader').count()).resolves.toBe(2);
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
