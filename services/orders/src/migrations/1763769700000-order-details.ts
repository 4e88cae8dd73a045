import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 業務分類 from DESIGN.md §3 as reference data. PUBLIC entries serve every client; PRIVATE
 * entries are the ones only private-sector work uses ("private adds").
 */
const STANDARD_CATEGORIES: readonly [code: string, sector: 'PUBLIC' | 'PRIVATE', nameJa: string, nameEn: string][] = [
  ['OFFICE_CENTRE', 'PUBLIC', '事務センター業務', 'Office-centre work'],
  ['DATA_ENTRY', 'PUBLIC', 'データ入力', 'Data entry'],
  ['GIGA_SCHOOL', 'PUBLIC', 'GIGAスクール・スマホ教室', 'GIGA-school / phone classes'],
  ['EVENT_SURVEY', 'PUBLIC', 'イベント・調査支援', 'Event and survey support'],
  ['MAILING', 'PUBLIC', '封入・発送', 'Enveloping and mailing'],
  ['DX', 'PUBLIC', 'DX支援（RPA・マクロ）', 'DX (RPA, macros)'],
  ['ICT_SUPPORT', 'PUBLIC', 'ICTサポート（予約センター）', 'ICT support (booking centres)'],
  ['TRAINING', 'PUBLIC', '研修', 'Training'],
  ['WRITING', 'PUBLIC', 'ライティング（議事録作成）', 'Writing (minutes)'],
  ['WEB_SUPPORT', 'PUBLIC', 'Web支援', 'Web support'],
  ['DESIGN', 'PUBLIC', 'デザイン', 'Design'],
  ['ANNOTATION', 'PRIVATE', 'アノテーション・タグ付け', 'Annotation / tagging'],
  ['BACK_OFFICE', 'PRIVATE', 'バックオフィス', 'Back office'],
  ['ACCOUNTING', 'PRIVATE', '経理', 'Accounting'],
  ['SALES_SUPPORT', 'PRIVATE', '営業支援', 'Sales support'],
  ['RECEPTION', 'PRIVATE', '受付', 'Reception'],
  ['MAP_MAKING', 'PRIVATE', '地図作成', 'Map making'],
  ['TV_LISTING', 'PRIVATE', '番組表制作', 'TV-listing production'],
  ['OTHER', 'PRIVATE', 'その他', 'Other'],
];

/** Contracts, business categories as reference data, and the order fields of the orders issue. */
export class OrderDetails1763769700000 implements MigrationInterface {
  name = 'OrderDetails1763769700000';

  async up(q: QueryRunner): Promise<void> {
    // org_id is null for the standard list and names the member for the categories it added.
    await q.query(`
      CREATE TABLE business_categories (
        code text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
        sector text NOT NULL CHECK (sector IN ('PUBLIC', 'PRIVATE')),
        name_ja text NOT NULL CHECK (length(name_ja) BETWEEN 1 AND 100),
        name_en text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 100),
        org_id text,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    for (const [code, sector, nameJa, nameEn] of STANDARD_CATEGORIES) {
      await q.query(`INSERT INTO business_categories (code, sector, name_ja, name_en) VALUES ($1, $2, $3, $4)`, [
        code,
        sector,
        nameJa,
        nameEn,
      ]);
    }
    await q.query(`ALTER TABLE orders ADD CONSTRAINT orders_category_known FOREIGN KEY (category) REFERENCES business_categories (code)`);

    await q.query(`
      CREATE TABLE contracts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id text NOT NULL,
        client_id uuid NOT NULL REFERENCES clients (id),
        type text NOT NULL CHECK (type IN ('UKEOI', 'JUNIN')),
        nda_signed boolean NOT NULL DEFAULT false,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK (ends_on >= starts_on),
        UNIQUE (id, client_id)
      )`);
    await q.query(`CREATE INDEX contracts_org_client ON contracts (org_id, client_id)`);

    // The composite key makes "an order's contract is with the order's client" a database fact.
    await q.query(`
      ALTER TABLE orders
        ADD COLUMN contract_id uuid,
        ADD COLUMN skill_tags text[] NOT NULL DEFAULT '{}',
        ADD COLUMN required_trainings text[] NOT NULL DEFAULT '{}',
        ADD COLUMN confidentiality text NOT NULL DEFAULT 'INTERNAL' CHECK (confidentiality IN ('OPEN', 'INTERNAL', 'CONFIDENTIAL')),
        ADD COLUMN sharing text NOT NULL DEFAULT 'LOCAL' CHECK (sharing IN ('LOCAL', 'CONSORTIUM')),
        ADD CONSTRAINT orders_contract_of_client FOREIGN KEY (contract_id, client_id) REFERENCES contracts (id, client_id)`);
    await q.query(`CREATE INDEX orders_org_category ON orders (org_id, category)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX orders_org_category`);
    await q.query(`
      ALTER TABLE orders
        DROP CONSTRAINT orders_contract_of_client,
        DROP CONSTRAINT orders_category_known,
        DROP COLUMN contract_id, DROP COLUMN skill_tags, DROP COLUMN required_trainings,
        DROP COLUMN confidentiality, DROP COLUMN sharing`);
    await q.query(`DROP TABLE contracts`);
    await q.query(`DROP TABLE business_categories`);
  }
}
