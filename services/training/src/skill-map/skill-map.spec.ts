import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { WORKERS_CLIENT } from '@kyodo/auth';
import { gql, postGraphQL, recordQueries, startTestNode, TestNode, testServiceAccount } from '@kyodo/testing';
import { SECURITY_COURSE_CODE } from '../courses/course-catalogue.template';
import { createTrainingApp, migrateTraining } from '../training-node';
import { gatewayUpstream } from '../upstream/training-upstream';

const SET_RULE = gql`
  mutation ($input: SetPromotionRuleInput!) {
    setPromotionRule(input: $input) {
      orgId
      axis
      toStage
      requiredCourseCodes
      minWorkMinutes
    }
  }
`;
const RULES = gql`
  {
    promotionRules {
      axis
      toStage
      requiredCourseCodes
      minWorkMinutes
    }
  }
`;
const BASIS = gql`
  query ($orgId: String, $workerIds: [ID!]!) {
    promotionBasis(orgId: $orgId, workerIds: $workerIds) {
      rules {
        axis
        toStage
        requiredCourseCodes
        minWorkMinutes
      }
      completions {
        workerId
        courseCodes
      }
    }
  }
`;

/** The rule every test here starts from: IT A → B after security and Windows basics and 10 hours of approved work. */
const IT_TO_B = { axis: 'IT', toStage: 'B', requiredCourseCodes: [SECURITY_COURSE_CODE, 'WIN-BASIC'], minWorkMinutes: 600 };

describe('skill map (promotion rules and what promotions are assessed against) against PostgreSQL', () => {
  let node: TestNode;
  let sql: DataSource;
  let courseIds: Map<string, string>;

  beforeAll(async () => {
    node = await startTestNode({
      label: 'training_skill_map',
      migrate: migrateTraining,
      create: (databaseUrl, auth) =>
        createTrainingApp({
          orgId: 'tateshina',
          databaseUrl,
          auth,
          upstream: gatewayUpstream(undefined),
        }),
    });
    sql = node.dataSource;
    const seeded = await node.call<{ seedCourseCatalogue: { id: string; code: string }[] }>(
      gql`
        mutation {
          seedCourseCatalogue {
            id
            code
          }
        }
      `,
      {},
      'tateshina-admin',
    );
    courseIds = new Map(seeded.data!.seedCourseCatalogue.map((c) => [c.code, c.id]));
    expect((await node.call(SET_RULE, { input: IT_TO_B }, 'tateshina-admin')).errors).toBeUndefined();
  });

  afterAll(async () => {
    await node?.close();
  });

  const workersService = testServiceAccount(WORKERS_CLIENT);

  /** Completes the given courses for a worker, through the API. */
  async function completeCourses(workerId: string, codes: string[]): Promise<void> {
    for (const code of codes) {
      // The org's workers node pushes an enrolment as kyodo-workers (its enrollWorker).
      const enrolled = await postGraphQL<{ recordEnrollment: { id: string } }>(
        node.url,
        gql`
          mutation ($workerId: ID!, $courseId: ID!) {
            recordEnrollment(workerId: $workerId, courseId: $courseId, actorId: "skill-map-spec", actorOrgId: "tateshina") {
              id
            }
          }
        `,
        { workerId, courseId: courseIds.get(code) },
        { authorization: `Bearer ${await workersService.token()}` },
      );
      expect(enrolled.errors).toBeUndefined();
      const done = await node.call(
        gql`
          mutation ($id: ID!) {
            completeEnrollment(input: { enrollmentId: $id, evaluation: 4 }) {
              status
            }
          }
        `,
        { id: enrolled.data!.recordEnrollment.id },
      );
      expect(done.errors).toBeUndefined();
    }
  }
  const state = async () =>
    (await sql.query(`SELECT (SELECT count(*) FROM promotion_rules)::int AS rules, (SELECT count(*) FROM audit_log)::int AS audit`))[0];

  describe('promotion rules', () => {
    it('are set and replaced by the org admin, audited with before and after', async () => {
      const rule = { axis: 'BUSINESS', toStage: 'C', requiredCourseCodes: ['BIZ-SKILL-2'], minWorkMinutes: 6000 };
      expect((await node.call(SET_RULE, { input: rule }, 'tateshina-admin')).data).toEqual({
        setPromotionRule: { orgId: 'tateshina', ...rule },
      });
      const replaced = await node.call(SET_RULE, { input: { ...rule, minWorkMinutes: 3000 } }, 'tateshina-admin');
      expect(replaced.errors).toBeUndefined();
      const rules = await node.call<{ promotionRules: unknown[] }>(RULES);
      expect(rules.data!.promotionRules).toEqual([{ ...rule, minWorkMinutes: 3000 }, { ...IT_TO_B }]);
      const audit = await sql.query(
        `SELECT detail FROM audit_log WHERE action = 'promotion-rule.set' AND entity_id = 'BUSINESS/C' ORDER BY id`,
      );
      expect(audit.map((row: { detail: { before: unknown } }) => row.detail.before)).toEqual([
        null,
        { requiredCourseCodes: ['BIZ-SKILL-2'], minWorkMinutes: 6000 },
      ]);
    });

    it('refuse with a code and write nothing: an unknown course, stage A, bad minutes, a director, another org', async () => {
      const before = await state();
      const cases: [Record<string, unknown>, string, string][] = [
        [{ ...IT_TO_B, requiredCourseCodes: ['WIN-BASIC', 'NO-SUCH-1'] }, 'UNKNOWN_COURSE_CODE', 'tateshina-admin'],
        [{ ...IT_TO_B, toStage: 'A' }, 'BAD_USER_INPUT', 'tateshina-admin'],
        [{ ...IT_TO_B, minWorkMinutes: -1 }, 'BAD_USER_INPUT', 'tateshina-admin'],
        [{ ...IT_TO_B, requiredCourseCodes: ['win basic'] }, 'BAD_USER_INPUT', 'tateshina-admin'],
        [IT_TO_B, 'FORBIDDEN', 'tateshina-director'],
        [IT_TO_B, 'FORBIDDEN', 'shiojiri-admin'],
      ];
      for (const [input, code, as] of cases) {
        const res = await node.call(SET_RULE, { input }, as);
        expect([input, as, res.errors?.[0].extensions?.code]).toEqual([input, as, code]);
      }
      expect(await state()).toEqual(before);
    });
  });

  describe('what the workers node assesses promotions against', () => {
    it("answers the org's rules and each asked worker's completed course codes, in one call for many workers", async () => {
      const done = randomUUID();
      const partly = randomUUID();
      const none = randomUUID();
      await completeCourses(done, [SECURITY_COURSE_CODE, 'WIN-BASIC']);
      await completeCourses(partly, ['WIN-BASIC']);
      const res = await node.call<{ promotionBasis: { rules: unknown[] } }>(BASIS, { workerIds: [none, partly, done, partly] });
      expect(res.errors).toBeUndefined();
      const rules = (await node.call<{ promotionRules: unknown[] }>(RULES)).data!.promotionRules;
      expect(rules).toContainEqual(IT_TO_B);
      expect(res.data!.promotionBasis).toEqual({
        rules,
        completions: [
          { workerId: partly, courseCodes: ['WIN-BASIC'] },
          { workerId: done, courseCodes: [SECURITY_COURSE_CODE, 'WIN-BASIC'].sort() },
        ],
      });
      // The same statements for 2 workers or 20: no query per worker.
      const count = async (ids: string[]) => {
        const queries = recordQueries(node.app.get(DataSource));
        expect((await node.call(BASIS, { workerIds: ids })).errors).toBeUndefined();
        const n = queries.length;
        queries.length = 0;
        return n;
      };
      expect(await count(Array.from({ length: 20 }, () => randomUUID()))).toBe(await count([done, partly]));
    });

    it('is for staff of the org only, and refuses bad ids', async () => {
      const workerIds = [randomUUID()];
      const cases: [Record<string, unknown>, string, string?][] = [
        [{ workerIds }, 'FORBIDDEN', 'tateshina-worker'],
        [{ workerIds }, 'FORBIDDEN', 'shiojiri-director'],
        [{ workerIds }, 'FORBIDDEN', 'shiojiri-admin'],
        [{ orgId: 'shiojiri', workerIds }, 'WRONG_NODE'],
        [{ workerIds: ['nope'] }, 'BAD_USER_INPUT'],
        [{ workerIds: Array.from({ length: 1001 }, () => randomUUID()) }, 'BAD_USER_INPUT'],
      ];
      for (const [variables, code, as] of cases) {
        const res = await node.call(BASIS, variables, as);
        expect([as, res.errors?.[0].extensions?.code]).toEqual([as, code]);
      }
      expect((await node.call(BASIS, { workerIds }, 'tateshina-admin')).errors).toBeUndefined();
    });
  });
});
