import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { tokyoToday } from '@kyodo/domain';
import { gql, pdfText, startTestNode, TestNode, tokenFor } from '@kyodo/testing';
import { SECURITY_COURSE_CODE } from '../courses/course-catalogue.template';
import { createTrainingApp, migrateTraining } from '../training-node';
import { InMemoryWorkersDirectory } from '../upstream/in-memory-workers-directory';
import { gatewayUpstream } from '../upstream/training-upstream';
import { japaneseDate } from './completion-certificate.pdf';

const SEED = gql`
  mutation {
    seedCourseCatalogue {
      id
      code
      title
    }
  }
`;
const ENROLL = gql`
  mutation ($input: EnrollWorkerInput!) {
    enrollWorker(input: $input) {
      id
    }
  }
`;
const COMPLETE = gql`
  mutation ($input: CompleteEnrollmentInput!) {
    completeEnrollment(input: $input) {
      completedAt
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

const subOf = (token: string): string =>
  (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { sub: string }).sub;
type Pdf = { filename: string; contentType: string; byteLength: number; base64: string };

describe('completion certificates (修了証) as PDF against PostgreSQL', () => {
  let node: TestNode;
  let sql: DataSource;
  const workers = new InMemoryWorkersDirectory();
  /** tateshina-worker's own completed enrollment on information security. */
  let own: { id: string; workerId: string; completedOn: string };
  /** tateshina-worker's enrollment on Office basics, not completed yet. */
  let ownOpen: string;
  /** Another worker's completed enrollment. */
  let others: string;
  /** Another worker's open enrollment. */
  let othersOpen: string;

  beforeAll(async () => {
    node = await startTestNode({
      label: 'training_certificate',
      migrate: migrateTraining,
      create: (databaseUrl, auth) =>
        createTrainingApp({ orgId: 'tateshina', databaseUrl, auth, upstream: { ...gatewayUpstream(undefined), workers } }),
    });
    sql = node.dataSource;
    const ok = async <T>(document: string, variables: Record<string, unknown>, as?: string): Promise<T> => {
      const res = await node.call<T>(document, variables, as);
      expect(res.errors).toBeUndefined();
      return res.data!;
    };
    const { seedCourseCatalogue } = await ok<{ seedCourseCatalogue: { id: string; code: string }[] }>(SEED, {}, 'tateshina-admin');
    const courseId = (code: string) => seedCourseCatalogue.find((c) => c.code === code)!.id;
    const enroll = async (workerId: string, code: string) =>
      (await ok<{ enrollWorker: { id: string } }>(ENROLL, { input: { workerId, courseId: courseId(code) } })).enrollWorker.id;
    const complete = async (enrollmentId: string, input: Record<string, unknown>) =>
      (await ok<{ completeEnrollment: { completedAt: string } }>(COMPLETE, { input: { enrollmentId, ...input } })).completeEnrollment
        .completedAt;

    const workerId = workers.add('tateshina', { name: '蓼科 花子', userId: subOf(await tokenFor('tateshina-worker')) });
    const otherId = workers.add('tateshina', { name: '芦田 次郎' });
    const ownId = await enroll(workerId, SECURITY_COURSE_CODE);
    const completedAt = await complete(ownId, { evaluation: 4, score: 92, evaluationComment: '個人情報の扱いに注意が必要' });
    own = { id: ownId, workerId, completedOn: tokyoToday(new Date(completedAt)) };
    ownOpen = await enroll(workerId, 'OFFICE-BASIC');
    others = await enroll(otherId, SECURITY_COURSE_CODE);
    await complete(others, { evaluation: 3 });
    othersOpen = await enroll(otherId, 'OFFICE-BASIC');
  });

  afterAll(async () => {
    await node?.close();
  });

  const state = async () =>
    (
      await sql.query(
        `SELECT (SELECT count(*) FROM enrollments)::int AS enrollments, (SELECT count(*) FILTER (WHERE status = 'COMPLETED') FROM enrollments)::int AS completed, (SELECT count(*) FROM audit_log)::int AS audit`,
      )
    )[0];
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

  it("gives the org's staff the certificate: Japanese labels, the worker's name from the workers subgraph, the course, the completion date, score and evaluation; audited", async () => {
    const before = await state();
    const { file, text } = await download(own.id, 'tateshina-director');
    expect(file.filename).toBe(`completion-certificate-${SECURITY_COURSE_CODE}-${own.completedOn}.pdf`);
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
        `研修コード ?${SECURITY_COURSE_CODE} ?研修名 ?情報セキュリティ基礎 ?修了日 ?${japaneseDate(own.completedOn)} ?得点 ?92点（100点満点） ?評価 ?4（5段階）`,
      ),
    );
    // The staff's comment on the worker stays in training, off the certificate.
    expect(text).not.toContain('個人情報の扱いに注意が必要');

    const director = subOf(await tokenFor('tateshina-director'));
    expect(await issued()).toEqual([
      {
        actor_id: director,
        actor_org_id: 'tateshina',
        entity_type: 'Enrollment',
        entity_id: own.id,
        detail: { workerId: own.workerId, courseCode: SECURITY_COURSE_CODE },
      },
    ]);
    // Issuing writes the audit row and nothing else.
    expect(await state()).toEqual({ ...before, audit: before.audit + 1 });
  });

  it('gives the worker their own certificate, knowing them by the workers subgraph’s answer for their login', async () => {
    const before = (await issued()).length;
    const { text } = await download(own.id, 'tateshina-worker');
    expect(text).toContain('氏名：蓼科 花子');
    expect(text).toContain(japaneseDate(own.completedOn));
    expect((await issued()).slice(before)).toEqual([
      expect.objectContaining({ actor_id: subOf(await tokenFor('tateshina-worker')), entity_id: own.id }),
    ]);
  });

  it("refuses with a code and writes nothing: someone else's as a worker, not completed, unknown, another org, wrong node, bad id", async () => {
    const before = await state();
    const cases: [string, Record<string, unknown>, string][] = [
      ['FORBIDDEN', { enrollmentId: others }, 'tateshina-worker'],
      ['FORBIDDEN', { enrollmentId: othersOpen }, 'tateshina-worker'],
      // Unknown reads as someone else's to a worker: no probing which enrollments exist.
      ['FORBIDDEN', { enrollmentId: randomUUID() }, 'tateshina-worker'],
      ['NOT_COMPLETED', { enrollmentId: ownOpen }, 'tateshina-worker'],
      ['NOT_COMPLETED', { enrollmentId: othersOpen }, 'tateshina-director'],
      ['NOT_COMPLETED', { enrollmentId: ownOpen }, 'tateshina-admin'],
      ['ENROLLMENT_NOT_FOUND', { enrollmentId: randomUUID() }, 'tateshina-director'],
      ['FORBIDDEN', { enrollmentId: own.id }, 'shiojiri-director'],
      ['FORBIDDEN', { enrollmentId: own.id }, 'shiojiri-admin'],
      ['FORBIDDEN', { enrollmentId: own.id }, 'shiojiri-worker'],
      ['FORBIDDEN', { enrollmentId: own.id }, 'consortium-admin'],
      ['WRONG_NODE', { enrollmentId: own.id, orgId: 'shiojiri' }, 'tateshina-director'],
      ['BAD_USER_INPUT', { enrollmentId: 'not-a-uuid' }, 'tateshina-director'],
    ];
    const answers = [];
    for (const [, variables, as] of cases) {
      const res = await node.call(CERTIFICATE, variables, as);
      answers.push([variables, as, res.errors?.[0].extensions?.code, res.data?.completionCertificate ?? null]);
    }
    expect(answers).toEqual(cases.map(([code, variables, as]) => [variables, as, code, null]));
    expect(await state()).toEqual(before);
  });

  it('fails closed when the workers subgraph cannot say who the worker is', async () => {
    const before = await state();
    workers.failLinkedWorker = true;
    try {
      const res = await node.call(CERTIFICATE, { enrollmentId: own.id }, 'tateshina-worker');
      expect([res.errors?.[0].extensions?.code, res.data?.completionCertificate ?? null]).toEqual(['UPSTREAM_FAILED', null]);
    } finally {
      workers.failLinkedWorker = false;
    }
    expect(await state()).toEqual(before);
  });
});
