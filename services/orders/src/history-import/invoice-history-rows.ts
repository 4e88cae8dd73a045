import { ImportColumn, ImportProblem, readCsvTable, RowReader, toIsoDate } from '@kyodo/subgraph/history-import';

/**
 * 請求実績 CSV: one row per invoice issued before the org used Kyodo, with the amounts it charged
 * (税抜金額 and 消費税額 as the town computed them then) and, when known, the 受注番号 of the
 * imported orders it billed. Columns in docs/history-import.md.
 */
export const INVOICE_HISTORY_COLUMNS = [
  { key: 'reference', headers: ['請求書番号', 'invoiceNumber'], required: true },
  { key: 'client', headers: ['発注者', '発注者名', '請求先', 'client'], required: true },
  { key: 'issuedOn', headers: ['発行日', '請求日', 'issuedOn'], required: true },
  { key: 'subtotalYen', headers: ['税抜金額', 'subtotalYen'], required: true },
  { key: 'taxYen', headers: ['消費税額', '消費税', 'taxYen'], required: true },
  { key: 'totalYen', headers: ['税込金額', '請求金額', 'totalYen'], required: false },
  { key: 'paymentDueOn', headers: ['支払期限', 'paymentDueOn'], required: false },
  { key: 'orders', headers: ['受注番号', 'orderReferences'], required: false },
] as const satisfies readonly ImportColumn[];

export type InvoiceColumn = (typeof INVOICE_HISTORY_COLUMNS)[number]['key'];

export interface InvoiceHistoryRow {
  line: number;
  headerOf: (key: InvoiceColumn) => string;
  /** 請求書番号 in the org's own books. */
  reference: string;
  client: string;
  issuedOn: string;
  subtotalYen: bigint;
  taxYen: bigint;
  totalYen: bigint;
  paymentDueOn: string | null;
  /** 受注番号 of imported orders this invoice billed; empty when the file does not say. */
  orderReferences: string[];
}

/** Several 受注番号 in one cell, as towns list them: spaces, commas (full-width too), 、 ・ or semicolons. */
const ORDER_SEPARATORS = /[\s,、・;；]+/;

export function readInvoiceHistory(
  text: string,
  today: string,
): { rows: InvoiceHistoryRow[]; rowCount: number; problems: ImportProblem[] } {
  const table = readCsvTable<InvoiceColumn>(text, INVOICE_HISTORY_COLUMNS);
  const problems = [...table.problems];
  const rows: InvoiceHistoryRow[] = [];
  const invoiceLine = new Map<string, number>();
  const orderLine = new Map<string, number>();
  for (const row of table.rows) {
    const before = problems.length;
    const r = new RowReader(row, problems);
    const reference = r.text('reference', 50);
    const client = r.text('client', 200);
    const issuedOn = r.date('issuedOn', today);
    const subtotalYen = r.yen('subtotalYen');
    const taxYen = r.yen('taxYen');
    const totalYen = r.raw('totalYen', false) === undefined ? undefined : r.yen('totalYen');
    // A due date may lie ahead of today (an invoice of last month): only its form and order are checked.
    const dueCell = r.raw('paymentDueOn', false);
    let paymentDueOn: string | null = null;
    if (dueCell !== undefined) {
      const due = toIsoDate(dueCell);
      if (!due)
        r.problem(
          'paymentDueOn',
          'IMPORT_DATE_INVALID',
          `${row.headerOf('paymentDueOn')}: "${dueCell}" is not a date (YYYY-MM-DD or YYYY/M/D).`,
        );
      else if (issuedOn !== undefined && due < issuedOn)
        r.problem(
          'paymentDueOn',
          'IMPORT_ROW_INCONSISTENT',
          `${row.headerOf('paymentDueOn')} ${due} is before the issue date ${issuedOn}.`,
        );
      else paymentDueOn = due;
    }
    if (subtotalYen !== undefined && taxYen !== undefined) {
      // Consumption tax has never exceeded 10%: a larger tax is a column mix-up (the total in 消費税額).
      if (taxYen * 10n > subtotalYen + 9n)
        r.problem(
          'taxYen',
          'IMPORT_ROW_INCONSISTENT',
          `${row.headerOf('taxYen')} ${taxYen} is more than 10% of ${row.headerOf('subtotalYen')} ${subtotalYen}.`,
        );
      else if (totalYen !== undefined && totalYen !== subtotalYen + taxYen)
        r.problem('totalYen', 'IMPORT_ROW_INCONSISTENT', `${row.headerOf('totalYen')} ${totalYen} is not ${subtotalYen} + ${taxYen}.`);
      else if (subtotalYen + taxYen === 0n) r.problem('subtotalYen', 'IMPORT_YEN_INVALID', 'An invoice of ¥0 bills nothing.');
    }
    const orderReferences: string[] = [];
    const ordersCell = r.raw('orders', false);
    for (const ref of ordersCell?.normalize('NFKC').split(ORDER_SEPARATORS).filter(Boolean) ?? []) {
      if (ref.length > 50) {
        r.problem('orders', 'IMPORT_TEXT_INVALID', `${row.headerOf('orders')}: "${ref}" is longer than 50 characters.`);
        continue;
      }
      const first = orderLine.get(ref);
      if (first !== undefined && first !== r.line)
        r.problem('orders', 'IMPORT_DUPLICATE_IN_FILE', `受注番号 ${ref} is billed on line ${first} too.`);
      else if (first === undefined) {
        orderLine.set(ref, r.line);
        orderReferences.push(ref);
      }
    }
    if (reference !== undefined) {
      const first = invoiceLine.get(reference);
      if (first !== undefined) r.problem('reference', 'IMPORT_DUPLICATE_IN_FILE', `請求書番号 ${reference} is also on line ${first}.`);
      else invoiceLine.set(reference, r.line);
    }
    // Every reader that returned undefined pushed a problem, so a row without new problems is complete.
    if (problems.length === before)
      rows.push({
        line: r.line,
        headerOf: row.headerOf,
        reference,
        client,
        issuedOn,
        subtotalYen,
        taxYen,
        totalYen: (subtotalYen ?? 0n) + (taxYen ?? 0n),
        paymentDueOn,
        orderReferences,
      } as InvoiceHistoryRow);
  }
  return { rows, rowCount: table.rows.length, problems };
}

/** 入金実績 CSV: one row per payment received against an imported invoice, named by its 請求書番号. */
export const INVOICE_PAYMENT_HISTORY_COLUMNS = [
  { key: 'reference', headers: ['請求書番号', 'invoiceNumber'], required: true },
  { key: 'receivedOn', headers: ['入金日', 'receivedOn'], required: true },
  { key: 'amountYen', headers: ['入金額', '金額', 'amountYen'], required: true },
  { key: 'note', headers: ['備考', 'note'], required: false },
] as const satisfies readonly ImportColumn[];

export type InvoicePaymentColumn = (typeof INVOICE_PAYMENT_HISTORY_COLUMNS)[number]['key'];

export interface InvoicePaymentHistoryRow {
  line: number;
  headerOf: (key: InvoicePaymentColumn) => string;
  reference: string;
  receivedOn: string;
  amountYen: bigint;
  note: string | null;
}

export function readInvoicePaymentHistory(
  text: string,
  today: string,
): { rows: InvoicePaymentHistoryRow[]; rowCount: number; problems: ImportProblem[] } {
  const table = readCsvTable<InvoicePaymentColumn>(text, INVOICE_PAYMENT_HISTORY_COLUMNS);
  const problems = [...table.problems];
  const rows: InvoicePaymentHistoryRow[] = [];
  for (const row of table.rows) {
    const before = problems.length;
    const r = new RowReader(row, problems);
    const reference = r.text('reference', 50);
    const receivedOn = r.date('receivedOn', today);
    const amountYen = r.yen('amountYen');
    if (amountYen === 0n) r.problem('amountYen', 'IMPORT_YEN_INVALID', `${row.headerOf('amountYen')}: a payment is more than ¥0.`);
    const note = r.text('note', 500, false) ?? null;
    if (problems.length === before)
      rows.push({ line: r.line, headerOf: row.headerOf, reference, receivedOn, amountYen, note } as InvoicePaymentHistoryRow);
  }
  return { rows, rowCount: table.rows.length, problems };
}
