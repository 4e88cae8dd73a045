import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { WORKERS_CLIENT } from '@kyodo/auth';
import { tokyoToday } from '@kyodo/domain';
import { gql, pdfText, startTestNode, TestNode, testServiceAccount, tokenFor } from '@kyodo/testing';
import { InMemoryTrainingRecords } from '../assignments/in-memory-training-records';
import { createWorkersApp, migrateWorkers } from '../workers-node';
import { japaneseDate } from './completion-certificate.pdf';
import { InMemoryTrainingUpstream } from './in-memory-training-upstream';

const REGISTER = gql`
  mutation ($input: RegisterWorkerInput!) {
    registerWorker(input: $input) {
      id
    }
  }
`;
const CERTIFICATE = gql`
  query ($orgId: String, $enrollmentId: ID!) {
    completionCertificate(orgId: $orgId, enrollmentId: $enrollmentId) {
      filename
      contentType
      byteLength
      base64
    }
  }
`;

const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
const subOf = async (username: string) => claimsOf(await tokenFor(username)).sub as string;
type Pdf = { filename: string; contentType: string; byteLength: number; base64: string };

describe('completion certificates (修了証) as PDF at the workers node: the enrollment from training, the name and the rule from here', () => {
  const training = new InMemoryTrainingUpstream();
  let node: TestNode;
  let sql: DataSource;
  let ownWorker: string;
  /** tateshina-worker's own completed enrollment on information security. */
  let own: string;
  /** tateshina-worker's enrollment on Office basics, not completed yet. */
  let ownOpen: string;
  /** Another worker's completed and open enrollments. */
  let others: string;
  let othersOpen: string;
  /** A completed enrollment of a worker this node does not hold. */
  let orphan: string;

  beforeAll(async () => {
    node = await startTestNode({
      label: 'workers_completion_certificate',
      migrate: migrateWorkers,
      create: (databaseUrl, auth) =>
        createWorkersApp({
          orgId: 'tateshina',
          databaseUrl,
          auth,
          dataKey: randomBytes(32),
          trainingRecords: new InMemoryTrainingRecords(),
          trainings: training,
          // The kyodo-workers client's demo secret (infra/keycloak, DEMO ONLY), client credentials at the test issuer.
          serviceAccount: testServiceAccount(WORKERS_CLIENT),
        }),
    });
    sql = node.dataSource;
    const register = async (familyName: string, givenName: string, userId?: string) => {
      const res = await node.call<{ registerWorker: { id: string } }>(
        REGISTER,
        {
          input: {
            familyName,
            givenName,
            familyNameKana: 'タテシナ',
            givenNameKana: 'ハナコ',
            itStage: 'A',
            businessStage: 'A',
            stageReason: '入所時の評価',
            weeklyAvailability: [],
            monthlyHourCap: 40,
            ...(userId ? { userId } : {}),
          },
        },
        'tateshina-admin',
      );
      expect(res.errors).toBeUndefined();
      return res.data!.registerWorker.id;
    };
    ownWorker = await register('蓼科', '花子', await subOf('tateshina-worker'));
    const otherWorker = await register('芦田', '次郎');
    own = training.addEnrollment('tateshina', ownWorker, 'SEC-BASIC', { score: 92, evaluation: 4 });
    ownOpen = training.addEnrollment('tateshina', ownWorker, 'OFFICE-BASIC');
    others = training.addEnrollment('tateshina', otherWorker, 'SEC-BASIC', { score: null, evaluation: 3 });
    othersOpen = training.addEnrollment('tateshina', otherWorker, 'OFFICE-BASIC');
    orphan = training.addEnrollment('tateshina', randomUUID(), 'SEC-BASIC', { score: 50, evaluation: 2 });
  });

  afterAll(async () => {
    await node?.close();
  });

  beforeEach(() => {
    training.asked.length = 0;
    training.failing = false;
  });

  const completedOn = (id: string) => tokyoToday(training.enrollmentsHeld.find((e) => e.id === id)!.completedAt!);
  const auditCount = async () => ((await sql.query(`SELECT count(*)::int AS n FROM audit_log`)) as { n: number }[])[0].n;
  const issued = () =>
    sql.query(
      `SELECT actor_id, actor_org_id, entity_type, entity_id, detail FROM audit_log WHERE action = 'certificate.completion' ORDER BY id`,
    );

  const download = async (enrollmentId: string, as: string): Promise<{ file: Pdf; text: string }> => {
    const res = await node.call<{ completionCertificate: Pdf }>(CERTIFICATE, { enrollmentId }, as);
    expect(res.errors).toBeUndefined();
    const file = res.data!.completionCertificate;
    const bytes = Buffer.from(file.base64, 'base64');
    expect([file.contentType, file.byteLength, bytes.subarray(0, 5).toString('latin1')]).toEqual([
      'application/pdf',
      bytes.length,
      '%PDF-',
    ]);
    return { file, text: (await pdfText(bytes)).replace(/\s+/g, ' ') };
  };

  it("gives the org's staff the certificate: Japanese labels, the worker's name held here, the course, the completion date, score and evaluation; audited here", async () => {
    const before = await auditCount();
    const { file, text } = await download(own, 'tateshina-director');
    expect(file.filename).toBe(`completion-certificate-SEC-BASIC-${completedOn(own)}.pdf`);
    for (const expected of [
      '修了証',
      '氏名：蓼科 花子',
      '発行者：立科町',
      `発行日：${japaneseDate(tokyoToday())}`,
      '下記の研修を修了したことを証します。',
    ]) {
      expect([expected, text.includes(expected)]).toEqual([expected, true]);
    }
    expect(text).toMatch(
      new RegExp(
        `研修コード ?SEC-BASIC ?研修名 ?SEC-BASIC 研修 ?修了日 ?${japaneseDate(completedOn(own))} ?得点 ?92点（100点満点） ?評価 ?4（5段階）`,
      ),
    );
    // The staff's comment on the worker stays off the certificate.
    expect(text).not.toContain('講師所見');
    expect(await issued()).toEqual([
      {
        actor_id: await subOf('tateshina-director'),
        actor_org_id: 'tateshina',
        entity_type: 'Enrollment',
        entity_id: own,
        detail: { workerId: ownWorker, courseCode: 'SEC-BASIC' },
      },
    ]);
    expect(await auditCount()).toBe(before + 1);
    // Training was asked for the enrollment as this node's service account, never with the director's token.
    expect(training.asked.map((a) => a.what)).toEqual([`enrollment tateshina ${own}`]);
    expect(claimsOf(training.asked[0].token)).toMatchObject({ azp: WORKERS_CLIENT });

    const { text: noScore } = await download(others, 'tateshina-admin');
    expect(noScore).toMatch(/氏名：芦田 次郎/);
    expect(noScore).toMatch(/得点 ?— ?評価 ?3（5段階）/);
  });

  it('gives the worker their own certificate, knowing them by the login linked to their record here', async () => {
    const before = (await issued()).length;
    const { text } = await download(own, 'tateshina-worker');
    expect(text).toContain('氏名：蓼科 花子');
    expect(text).toContain(japaneseDate(completedOn(own)));
    expect((await issued()).slice(before)).toEqual([
      expect.objectContaining({ actor_id: await subOf('tateshina-worker'), entity_id: own }),
    ]);
  });

  it("refuses with a code and writes nothing: someone else's as a worker, not completed, unknown, another org, wrong node, bad id", async () => {
    const before = await auditCount();
    const cases: [string, Record<string, unknown>, string][] = [
      ['FORBIDDEN', { enrollmentId: others }, 'tateshina-worker'],
      ['FORBIDDEN', { enrollmentId: othersOpen }, 'tateshina-worker'],
      // Unknown reads as someone else's to a worker: no probing which enrollments exist.
      ['FORBIDDEN', { enrollmentId: randomUUID() }, 'tateshina-worker'],
      ['NOT_COMPLETED', { enrollmentId: ownOpen }, 'tateshina-worker'],
      ['NOT_COMPLETED', { enrollmentId: othersOpen }, 'tateshina-director'],
      ['NOT_COMPLETED', { enrollmentId: ownOpen }, 'tateshina-admin'],
      ['ENROLLMENT_NOT_FOUND', { enrollmentId: randomUUID() }, 'tateshina-director'],
      ['WORKER_NOT_FOUND', { enrollmentId: orphan }, 'tateshina-director'],
      ['FORBIDDEN', { enrollmentId: own }, 'shiojiri-director'],
      ['FORBIDDEN', { enrollmentId: own }, 'shiojiri-admin'],
      ['FORBIDDEN', { enrollmentId: own }, 'shiojiri-worker'],
      ['FORBIDDEN', { enrollmentId: own }, 'consortium-admin'],
      ['WRONG_NODE', { enrollmentId: own, orgId: 'shiojiri' }, 'tateshina-director'],
      ['BAD_USER_INPUT', { enrollmentId: 'not-a-uuid' }, 'tateshina-director'],
    ];
    const answers = [];
    for (const [, variables, as] of cases) {
      const res = await node.call(CERTIFICATE, variables, as);
      answers.push([variables, as, res.errors?.[0].extensions?.code, res.data?.completionCertificate ?? null]);
    }
    expect(answers).toEqual(cases.map(([code, variables, as]) => [variables, as, code, null]));
    expect(await auditCount()).toBe(before);
  });

  it('refuses a login linked to no worker without asking training, and fails closed when training cannot answer', async () => {
    const before = await auditCount();
    await sql.query(`UPDATE workers SET user_id = NULL WHERE id = $1`, [ownWorker]);
    try {
      const res = await node.call(CERTIFICATE, { enrollmentId: own }, 'tateshina-worker');
      expect([res.errors?.[0].extensions?.code, res.data?.completionCertificate ?? null]).toEqual(['FORBIDDEN', null]);
      expect(training.asked).toEqual([]);
    } finally {
      await sql.query(`UPDATE workers SET user_id = $2 WHERE id = $1`, [ownWorker, await subOf('tateshina-worker')]);
    }
    training.failing = true;
    for (const as of ['tateshina-worker', 'tateshina-director']) {
      const res = await node.call(CERTIFICATE, { enrollmentId: own }, as);
      expect([as, res.errors?.[0].extensions?.code, res.data?.completionCertificate ?? null]).toEqual([as, 'UPSTREAM_FAILED', null]);
    }
    expect(await auditCount()).toBe(before);
  });
});
