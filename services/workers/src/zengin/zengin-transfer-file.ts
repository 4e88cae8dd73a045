import { encode } from 'iconv-lite';
import { BankAccount, ZENGIN_ACCOUNT_TYPE } from './bank-account';
import { toZenginText } from './zengin-text';

/**
 * 総合振込 (bulk transfer) in the Zengin (全銀協) fixed-length format: 120-byte records, a header
 * (1), one data record per payee (2), a trailer (8) and an end record (9), Shift_JIS, each record
 * followed by CR LF as internet-banking uploads take it. Every field is single-byte (digits,
 * upper-case letters, half-width kana), so a field's characters are its bytes; each record is
 * still measured after encoding, and a record that is not exactly 120 bytes is a bug, not a file.
 */

export const ZENGIN_RECORD_BYTES = 120;
/** 種別コード 21: 総合振込. */
const KIND_BULK_TRANSFER = '21';
/** コード区分 0: JIS (Shift_JIS), as opposed to 1: EBCDIC. */
const CODE_JIS = '0';
/** The largest amount the 10-digit field holds. */
export const ZENGIN_MAX_AMOUNT = 9_999_999_999n;

export interface ZenginSender {
  /** 委託者コード: the 10 digits the sender's bank assigned for bulk transfers. */
  consignorCode: string;
  consignorNameKana: string;
  bankCode: string;
  bankNameKana: string;
  branchCode: string;
  branchNameKana: string;
  accountType: BankAccount['accountType'];
  accountNumber: string;
}

export interface ZenginPayment {
  to: BankAccount;
  amountYen: bigint;
  /** 顧客コード1: the sender's own reference (digits), e.g. to match the statement. */
  customerCode?: string;
}

export class ZenginFormatError extends Error {
  constructor(
    readonly field: string,
    readonly value: string,
  ) {
    super(`${field} cannot be written in a Zengin record: ${JSON.stringify(value)}`);
  }
}

/** Digits, right-aligned and zero-filled. */
function digits(field: string, value: string | bigint, width: number): string {
  const text = String(value);
  if (!/^[0-9]+$/u.test(text) || text.length > width) throw new ZenginFormatError(field, text);
  return text.padStart(width, '0');
}

/** A digit code that must fill its field exactly (bank, branch, account number). */
function code(field: string, value: string, width: number): string {
  if (!new RegExp(`^[0-9]{${width}}$`, 'u').test(value)) throw new ZenginFormatError(field, value);
  return value;
}

/** Kana text, left-aligned and space-filled; a longer name is cut at the field's end, as banks match on the cut name. */
function kana(field: string, value: string, width: number): string {
  const text = toZenginText(value);
  if (text === null || text === '') throw new ZenginFormatError(field, value);
  return text.slice(0, width).padEnd(width, ' ');
}

const blank = (width: number): string => ' '.repeat(width);

/** A field the layout lets a sender leave blank (a payee's bank and branch names): blank when not known. */
const optionalKana = (field: string, value: string, width: number): string => (value === '' ? blank(width) : kana(field, value, width));

/** MMDD of a YYYY-MM-DD date: the header's 取組日 (transfer date). */
const monthDay = (date: string): string => `${date.slice(5, 7)}${date.slice(8, 10)}`;

function headerRecord(sender: ZenginSender, transferDate: string): string {
  return [
    '1',
    KIND_BULK_TRANSFER,
    CODE_JIS,
    code('consignorCode', sender.consignorCode, 10),
    kana('consignorNameKana', sender.consignorNameKana, 40),
    monthDay(transferDate),
    code('bankCode', sender.bankCode, 4),
    kana('bankNameKana', sender.bankNameKana, 15),
    code('branchCode', sender.branchCode, 3),
    kana('branchNameKana', sender.branchNameKana, 15),
    ZENGIN_ACCOUNT_TYPE[sender.accountType],
    code('accountNumber', sender.accountNumber, 7),
    blank(17),
  ].join('');
}

function dataRecord(payment: ZenginPayment): string {
  const to = payment.to;
  if (payment.amountYen < 1n || payment.amountYen > ZENGIN_MAX_AMOUNT) throw new ZenginFormatError('amountYen', String(payment.amountYen));
  return [
    '2',
    code('bankCode', to.bankCode, 4),
    optionalKana('bankNameKana', to.bankNameKana, 15),
    code('branchCode', to.branchCode, 3),
    optionalKana('branchNameKana', to.branchNameKana, 15),
    // 手形交換所番号: unused for transfers.
    blank(4),
    ZENGIN_ACCOUNT_TYPE[to.accountType],
    code('accountNumber', to.accountNumber, 7),
    kana('holderNameKana', to.holderNameKana, 30),
    digits('amountYen', payment.amountYen, 10),
    // 新規コード 0: neither a first transfer nor a changed account is flagged.
    '0',
    payment.customerCode === undefined ? blank(10) : digits('customerCode', payment.customerCode, 10),
    // 顧客コード2
    blank(10),
    // 振込指定区分 7: telegraphic transfer (テレ為替).
    '7',
    // 識別表示: blank, the customer codes are not EDI information.
    ' ',
    blank(7),
  ].join('');
}

function trailerRecord(count: number, total: bigint): string {
  return ['8', digits('count', String(count), 6), digits('total', total, 12), blank(101)].join('');
}

const END_RECORD = '9' + blank(119);

/** The whole file, Shift_JIS bytes. */
export function zenginTransferFile(sender: ZenginSender, transferDate: string, payments: readonly ZenginPayment[]): Buffer {
  const total = payments.reduce((sum, p) => sum + p.amountYen, 0n);
  const records = [headerRecord(sender, transferDate), ...payments.map(dataRecord), trailerRecord(payments.length, total), END_RECORD];
  return Buffer.concat(
    records.map((record) => {
      const bytes = encode(record, 'Shift_JIS');
      if (bytes.length !== ZENGIN_RECORD_BYTES)
        throw new Error(`A Zengin record came out ${bytes.length} bytes long, not ${ZENGIN_RECORD_BYTES}`);
      return Buffer.concat([bytes, Buffer.from('\r\n', 'latin1')]);
    }),
  );
}
