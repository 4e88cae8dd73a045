import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What an org prints on its invoices as issuer (適格請求書発行事業者): its name, address and, if
 * registered, its qualified-invoice registration number (登録番号: T and 13 digits).
 */
export class InvoiceSettings1763856300000 implements MigrationInterface {
  name = 'InvoiceSettings1763856300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE invoice_settings (
        org_id text PRIMARY KEY,
        issuer_name text NOT NULL CHECK (length(issuer_name) BETWEEN 1 AND 200),
        registration_number text CONSTRAINT invoice_settings_registration_number CHECK (registration_number ~ '^T[0-9]{13}$'),
        address text CHECK (length(address) <= 300),
        phone text CHECK (length(phone) <= 30),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE invoice_settings`);
  }
}
