import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBase64, IsBoolean, IsEnum, MaxLength } from 'class-validator';
import { IsSingleLineText, IsUuid } from '../validation';

/**
 * What a history import (過去実績の取り込み) enters. Each kind lives on the node that holds its
 * records (orders: ORDERS, SETTLEMENTS, INVOICES, INVOICE_PAYMENTS; workers: WORKERS, PAY_STATEMENTS); one
 * enum for both, declared alike, so the supergraph composes it once.
 */
export enum HistoryImportKind {
  /** 受注実績: orders with their acceptance (検収) date and value. */
  ORDERS = 'ORDERS',
  /** 精算: settled statements of work shared with another member. */
  SETTLEMENTS = 'SETTLEMENTS',
  /** 請求実績: invoices issued, with their amounts and the orders they billed. */
  INVOICES = 'INVOICES',
  /** 入金実績: payments received against imported invoices. */
  INVOICE_PAYMENTS = 'INVOICE_PAYMENTS',
  /** 登録者: workers with their registration dates. */
  WORKERS = 'WORKERS',
  /** 支払明細: past pay statements. */
  PAY_STATEMENTS = 'PAY_STATEMENTS',
}
registerEnumType(HistoryImportKind, {
  name: 'HistoryImportKind',
  description: 'What a history import enters (see docs/history-import.md).',
});

@ObjectType('ImportProblem', {
  description:
    'One problem of an import file: its line (1 is the header, 0 the whole file), the column as the file wrote it, a code and an English sentence.',
})
@Directive('@shareable')
export class ImportProblemModel {
  @Field(() => Int)
  line!: number;

  @Field(() => String, { nullable: true })
  column!: string | null;

  @Field()
  code!: string;

  @Field()
  message!: string;
}

@ObjectType('HistoryImportBatch', {
  description: 'One history import: its rows are marked with its id and never change; the whole batch may be voided (audited).',
})
@Directive('@shareable')
export class HistoryImportBatch {
  @Field(() => ID)
  id!: string;

  @Field()
  orgId!: string;

  @Field(() => HistoryImportKind)
  kind!: HistoryImportKind;

  @Field({ description: 'The uploaded file name as given.' })
  fileName!: string;

  @Field({ description: 'UTF-8 or Shift_JIS, as the file was read.' })
  encoding!: string;

  @Field(() => Int)
  rowCount!: number;

  @Field({ description: 'SHA-256 of the uploaded bytes (hex): which file this was.' })
  sha256!: string;

  @Field()
  importedBy!: string;

  @Field()
  importedAt!: Date;

  @Field(() => String, { nullable: true })
  voidedBy!: string | null;

  @Field(() => Date, { nullable: true })
  voidedAt!: Date | null;

  @Field(() => String, { nullable: true })
  voidReason!: string | null;
}

@ObjectType({ description: 'What an import did: with problems nothing was written; a dry run writes nothing either way.' })
@Directive('@shareable')
export class HistoryImportResult {
  @Field(() => HistoryImportKind)
  kind!: HistoryImportKind;

  @Field()
  dryRun!: boolean;

  @Field({ description: 'UTF-8 or Shift_JIS, as the file was read.' })
  encoding!: string;

  @Field(() => Int, { description: 'Data rows read (the header not counted).' })
  rowCount!: number;

  @Field(() => [ImportProblemModel], { description: "Every row's problems, by line; empty when the file is clean." })
  problems!: ImportProblemModel[];

  @Field(() => HistoryImportBatch, { nullable: true, description: 'The batch written; null for a dry run or a file with problems.' })
  batch!: HistoryImportBatch | null;
}

/** 1 MiB of JSON body holds about 760 KiB of file as base64; a bigger history is split into batches. */
export const IMPORT_MAX_BASE64_LENGTH = 1_000_000;

@InputType({ description: 'A CSV file of past records (UTF-8 with or without BOM, or Shift_JIS as Excel writes it).' })
export class ImportHistoryInput {
  @Field(() => HistoryImportKind)
  @IsEnum(HistoryImportKind)
  kind!: HistoryImportKind;

  @Field({ description: "The file's bytes, base64-encoded (bytes, so Shift_JIS survives JSON)." })
  @IsBase64()
  @MaxLength(IMPORT_MAX_BASE64_LENGTH)
  csvBase64!: string;

  @Field({ description: 'The file name, kept with the batch.' })
  @IsSingleLineText(200)
  fileName!: string;

  @Field({ description: 'true: check every row and write nothing.' })
  @IsBoolean()
  dryRun!: boolean;
}

@InputType({ description: 'Voids a whole import batch: its records stop counting anywhere; the batch and its records stay, marked.' })
export class VoidImportBatchInput {
  @Field(() => ID)
  @IsUuid()
  batchId!: string;

  @Field({ description: 'Why the batch is void (e.g. the wrong fiscal year), kept with it and in the audit log.' })
  @IsSingleLineText(500)
  reason!: string;
}
