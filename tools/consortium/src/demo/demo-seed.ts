import { postGraphQL, gql } from '@kyodo/testing';

const ORGS_SEEDED = gql`query ($orgId: String) { clients(orgId: $orgId) { id } }`;
const CREATE_CLIENT = gql`mutation ($orgId: String, $input: CreateClientInput!) { createClient(orgId: $orgId, input: $input) { id } }`;
const CREATE_ORDER = gql`mutation ($orgId: String, $input: CreateOrderInput!) { createOrder(orgId: $orgId, input: $input) { id } }`;
const REGISTER_WORKER = gql`mutation ($orgId: String, $input: RegisterWorkerInput!) { registerWorker(orgId: $orgId, input: $input) { id } }`;
const CREATE_COURSE = gql`mutation ($orgId: String, $input: CreateCourseInput!) { createCourse(orgId: $orgId, input: $input) { id } }`;

async function call<T>(gatewayUrl: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await postGraphQL<T>(gatewayUrl, query, variables);
  if (response.errors?.length) throw new Error(`Seeding failed: ${response.errors.map((e) => e.message).join('; ')}`);
  return response.data as T;
}

/**
 * A little demo data, written through the gateway like any client would. Runs only on an
 * empty consortium, so a second start keeps what the first one (and the user) wrote.
 */
export async function seedDemo(gatewayUrl: string): Promise<boolean> {
  const existing = await call<{ clients: unknown[] }>(gatewayUrl, ORGS_SEEDED, { orgId: 'tateshina' });
  if (existing.clients.length > 0) return false;

  const lead = await call<{ registerWorker: { id: string } }>(gatewayUrl, REGISTER_WORKER, {
    orgId: 'shiojiri',
    input: { familyName: '小松', givenName: '由美', familyNameKana: 'コマツ', givenNameKana: 'ユミ', itStage: 'A', businessStage: 'B', skillTags: ['議事録', 'データ入力'], monthlyHourCap: 80, consortiumConsent: true },
  });
  await call(gatewayUrl, REGISTER_WORKER, {
    orgId: 'tateshina',
    input: { familyName: '山田', givenName: '健', familyNameKana: 'ヤマダ', givenNameKana: 'ケン', itStage: 'C', businessStage: 'C', skillTags: ['封入封緘'], monthlyHourCap: 40, consortiumConsent: true },
  });
  for (const orgId of ['shiojiri', 'tateshina', 'itoigawa']) {
    await call(gatewayUrl, CREATE_COURSE, {
      orgId,
      input: { code: 'SEC-101', title: '情報セキュリティ基礎', category: 'BASIC', format: 'E_LEARNING', durationMinutes: 90, description: 'Required before confidential work.', visibility: 'CONSORTIUM' },
    });
  }
  const townHall = await call<{ createClient: { id: string } }>(gatewayUrl, CREATE_CLIENT, {
    orgId: 'tateshina',
    input: { name: '立科町 総務課', sector: 'PUBLIC', contactName: '総務係' },
  });
  const orders = [
    { title: '町議会 議事録作成 (令和8年度)', category: 'WRITING', routine: false, valueYen: 480_000, estimatedHours: 160, deadline: '2027-03-19', requiredStage: 'B' },
    { title: '住民アンケート データ入力', category: 'DATA_ENTRY', routine: true, valueYen: 220_000, estimatedHours: 90, deadline: '2026-12-25', requiredStage: 'C' },
  ];
  for (const order of orders) {
    await call(gatewayUrl, CREATE_ORDER, {
      orgId: 'tateshina',
      input: { ...order, clientId: townHall.createClient.id, leadWorkerOrgId: 'shiojiri', leadWorkerId: lead.registerWorker.id },
    });
  }
  const company = await call<{ createClient: { id: string } }>(gatewayUrl, CREATE_CLIENT, {
    orgId: 'shiojiri',
    input: { name: '株式会社 信州データ', sector: 'PRIVATE' },
  });
  await call(gatewayUrl, CREATE_ORDER, {
    orgId: 'shiojiri',
    input: { title: 'AI学習用 画像アノテーション', category: 'ANNOTATION', valueYen: 1_200_000, estimatedHours: 600, deadline: '2027-02-26', requiredStage: 'C', clientId: company.createClient.id },
  });
  return true;
}

export const SAMPLE_QUERY = `{
  orders(orgId: "tateshina") {
    nodes {
      title
      valueYen
      client { name }
      leadWorker { orgId familyName givenName }
    }
  }
}`;
