import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { fiscalYearRange } from '@kyodo/domain';
import { CategoryOrderValue, ClientOrderValue, OrderValueSlice, OrgOrderAggregates } from './order-aggregates.model';

/**
 * The finest grain the reports need, in one statement: orders accepted (検収) in the fiscal year,
 * by client, category and routine. The acceptance time is compared as a range of instants (the
 * year's first and last Tokyo days) so that the partial index on accepted deliveries serves it.
 */
const ACCEPTED_ORDERS_SQL = `
  SELECT c.id AS client_id, c.name AS client_name, c.sector, o.category, o.routine,
         count(*)::int AS order_count, sum(o.value_yen)::numeric AS value_yen
  FROM deliveries d
  JOIN orders o ON o.id = d.order_id
  JOIN clients c ON c.id = o.client_id
  WHERE d.org_id = $1 AND d.status = 'ACCEPTED'
    AND d.accepted_at >= ($2::date::timestamp AT TIME ZONE 'Asia/Tokyo')
    AND d.accepted_at < (($3::date + 1)::timestamp AT TIME ZONE 'Asia/Tokyo')
    AND o.status <> 'CANCELLED'
  GROUP BY c.id, c.name, c.sector, o.category, o.routine`;

/**
 * Clients on the books by the year's last Tokyo day (one first met in a voided history import only
 * while it has an order not cancelled), and the year's settled statements this org owes, by
 * partner: confirmed by both sides, or imported as settled before Kyodo (not voided). Then what it
 * billed by issue date (credit notes subtract) and received by arrival date; rows of a voided
 * import batch count nowhere.
 */
const CLIENTS_AND_SETTLEMENTS_SQL = `
  SELECT
    (SELECT count(*) FROM clients c WHERE c.org_id = $1 AND c.created_at < (($3::date + 1)::timestamp AT TIME ZONE 'Asia/Tokyo')
       AND (c.import_batch_id IS NULL
            OR EXISTS (SELECT 1 FROM import_batches b WHERE b.id = c.import_batch_id AND b.voided_at IS NULL)
            OR EXISTS (SELECT 1 FROM orders o WHERE o.client_id = c.id AND o.status <> 'CANCELLED')))::int AS client_count,
    (SELECT count(*) FROM sales_activities WHERE org_id = $1 AND visited_on BETWEEN $2::date AND $3::date)::int AS sales_visits,
    coalesce((
      SELECT json_agg(json_build_object('partnerOrgId', partner_org_id, 'settledYen', settled::text) ORDER BY partner_org_id)
      FROM (
        SELECT partner_org_id, sum(total_yen) AS settled
        FROM settlement_statements
        WHERE org_id = $1 AND month BETWEEN $2::date AND $3::date AND voided_at IS NULL
          AND ((owner_confirmed_at IS NOT NULL AND partner_confirmed_at IS NOT NULL) OR import_batch_id IS NOT NULL)
        GROUP BY partner_org_id
      ) s
    ), '[]') AS settled,
    (SELECT count(*) FROM invoices WHERE org_id = $1 AND kind = 'INVOICE' AND issued_on BETWEEN $2::date AND $3::date AND voided_at IS NULL)::int AS invoice_count,
    (SELECT coalesce(sum(CASE kind WHEN 'CREDIT_NOTE' THEN -subtotal_yen ELSE subtotal_yen END), 0)::text FROM invoices
       WHERE org_id = $1 AND issued_on BETWEEN $2::date AND $3::date AND voided_at IS NULL) AS invoiced_subtotal,
    (SELECT coalesce(sum(CASE kind WHEN 'CREDIT_NOTE' THEN -tax_yen ELSE tax_yen END), 0)::text FROM invoices
       WHERE org_id = $1 AND issued_on BETWEEN $2::date AND $3::date AND voided_at IS NULL) AS invoiced_tax,
    (SELECT coalesce(sum(amount_yen), 0)::text FROM invoice_payments
       WHERE org_id = $1 AND received_on BETWEEN $2::date AND $3::date AND voided_at IS NULL) AS received`;

interface GrainRow {
  client_id: string;
  client_name: string;
  sector: string;
  category: string;
  routine: boolean;
  order_count: number;
  value_yen: string;
}

const empty = (): OrderValueSlice => ({ orderCount: 0, valueYen: 0n });
const add = (slice: OrderValueSlice, orderCount: number, valueYen: bigint): void => {
  slice.orderCount += orderCount;
  slice.valueYen += valueYen;
};

@Injectable()
export class OrderAggregatesService {
  constructor(private readonly dataSource: DataSource) {}

  async ofFiscalYear(orgId: string, fiscalYear: number): Promise<OrgOrderAggregates> {
    const { from, to } = fiscalYearRange(fiscalYear);
    const [rows, [extra]]: [
      GrainRow[],
      {
        client_count: number;
        sales_visits: number;
        settled: { partnerOrgId: string; settledYen: string }[];
        invoice_count: number;
        invoiced_subtotal: string;
        invoiced_tax: string;
        received: string;
      }[],
    ] = await Promise.all([
      this.dataSource.query(ACCEPTED_ORDERS_SQL, [orgId, from, to]),
      this.dataSource.query(CLIENTS_AND_SETTLEMENTS_SQL, [orgId, from, to]),
    ]);
    return {
      ...foldOrderAggregates(orgId, fiscalYear, rows),
      clientCount: extra.client_count,
      salesVisits: extra.sales_visits,
      settledSharedWork: extra.settled.map((s) => ({ partnerOrgId: s.partnerOrgId, settledYen: BigInt(s.settledYen) })),
      invoicing: {
        invoiceCount: extra.invoice_count,
        subtotalYen: BigInt(extra.invoiced_subtotal),
        taxYen: BigInt(extra.invoiced_tax),
        totalYen: BigInt(extra.invoiced_subtotal) + BigInt(extra.invoiced_tax),
        receivedYen: BigInt(extra.received),
      },
    };
  }
}

/** Sums the grain rows into every slice the reports read; yen stay exact bigints throughout (past 2^53 too). */
function foldOrderAggregates(
  orgId: string,
  fiscalYear: number,
  rows: GrainRow[],
): Omit<OrgOrderAggregates, 'clientCount' | 'salesVisits' | 'settledSharedWork' | 'invoicing'> {
  const result: Omit<OrgOrderAggregates, 'clientCount' | 'salesVisits' | 'settledSharedWork' | 'invoicing'> = {
    orgId,
    fiscalYear,
    total: empty(),
    publicSector: empty(),
    privateSector: empty(),
    routine: empty(),
    nonRoutine: empty(),
    byClient: [],
    byCategory: [],
  };
  const clients = new Map<string, ClientOrderValue>();
  const categories = new Map<string, CategoryOrderValue>();
  for (const row of rows) {
    const value = BigInt(row.value_yen);
    add(result.total, row.order_count, value);
    add(row.sector === 'PUBLIC' ? result.publicSector : result.privateSector, row.order_count, value);
    add(row.routine ? result.routine : result.nonRoutine, row.order_count, value);
    const client = clients.get(row.client_id) ?? { clientId: row.client_id, clientName: row.client_name, sector: row.sector, ...empty() };
    add(client, row.order_count, value);
    clients.set(row.client_id, client);
    const category = categories.get(row.category) ?? { category: row.category, ...empty() };
    add(category, row.order_count, value);
    categories.set(row.category, category);
  }
  result.byClient = [...clients.values()].sort(
    (a, b) => (a.valueYen === b.valueYen ? 0 : a.valueYen < b.valueYen ? 1 : -1) || a.clientId.localeCompare(b.clientId),
  );
  result.byCategory = [...categories.values()].sort((a, b) => a.category.localeCompare(b.category));
  return result;
}
