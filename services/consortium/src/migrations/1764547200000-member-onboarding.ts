import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Members get a prefecture, an operating form with the feature set it grants, and (when
 * municipality-run) the partner operator that contracts and pays for them; onboarding gets its
 * workflow row and checklist. Members that were registered before keep every feature
 * (CORPORATE_EXPANDED): what they could do yesterday they can do today.
 */
export class MemberOnboarding1764547200000 implements MigrationInterface {
  name = 'MemberOnboarding1764547200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE members
        ADD COLUMN prefecture text CHECK (prefecture ~ '^.{2,3}[都道府県]$'),
        ADD COLUMN operating_form text NOT NULL DEFAULT 'CORPORATE_EXPANDED'
          CHECK (operating_form IN ('CORPORATE_INITIAL', 'CORPORATE_EXPANDED', 'MUNICIPALITY_RUN')),
        ADD COLUMN features text[] NOT NULL
          DEFAULT ARRAY['ORDER_INTAKE', 'CLIENT_CONTRACTS', 'INVOICING', 'PAY_CLOSING', 'WORKER_REGISTRY', 'TRAINING', 'CAPACITY_SHARING', 'SHARED_JOB_LEADING'],
        ADD COLUMN partner_operator_id text REFERENCES members (id),
        -- Null for members registered without onboarding (configuration, registerMember).
        ADD COLUMN keycloak_organization_id text UNIQUE,
        -- A municipality-run member always names its partner, and only such a member does.
        ADD CONSTRAINT members_partner_iff_municipality_run
          CHECK ((operating_form = 'MUNICIPALITY_RUN') = (partner_operator_id IS NOT NULL)),
        ADD CONSTRAINT members_partner_not_self CHECK (partner_operator_id <> id)`);
    await q.query(`
      CREATE TABLE onboardings (
        org_id text PRIMARY KEY REFERENCES members (id),
        status text NOT NULL CHECK (status IN ('SEEDING', 'SEEDING_FAILED', 'COMPLETED')),
        first_admin_username text NOT NULL,
        identity_provider_alias text,
        problem text,
        seeded_at timestamptz,
        started_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE onboarding_checklist_items (
        org_id text NOT NULL REFERENCES members (id),
        code text NOT NULL,
        category text NOT NULL CHECK (category IN ('SECURITY', 'READINESS')),
        title text NOT NULL,
        done_at timestamptz,
        done_by text,
        PRIMARY KEY (org_id, code),
        -- Ticked means who and when; unticked means neither.
        CONSTRAINT onboarding_checklist_done_by_whom CHECK ((done_at IS NULL) = (done_by IS NULL))
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE onboarding_checklist_items`);
    await q.query(`DROP TABLE onboardings`);
    await q.query(`
      ALTER TABLE members
        DROP CONSTRAINT members_partner_not_self,
        DROP CONSTRAINT members_partner_iff_municipality_run,
        DROP COLUMN keycloak_organization_id,
        DROP COLUMN partner_operator_id,
        DROP COLUMN features,
        DROP COLUMN operating_form,
        DROP COLUMN prefecture`);
  }
}
