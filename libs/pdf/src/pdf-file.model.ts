import { Directive, Field, Int, ObjectType } from '@nestjs/graphql';

export const PDF_CONTENT_TYPE = 'application/pdf';

/**
 * A generated PDF handed out through GraphQL: the gateway routes it like any other answer, so a
 * download obeys the same organization and role rules as the data it prints. Several subgraphs
 * return it, hence shareable.
 */
@ObjectType({ description: 'A generated PDF document (base64), e.g. an invoice or a certificate.' })
@Directive('@shareable')
export class PdfFile {
  @Field({ description: 'Suggested file name, e.g. "invoice-2026-000012.pdf".' })
  filename!: string;

  @Field({ description: 'Always application/pdf.' })
  contentType!: string;

  @Field(() => Int)
  byteLength!: number;

  @Field({ description: 'The document, base64-encoded.' })
  base64!: string;
}

export function toPdfFile(filename: string, bytes: Buffer): PdfFile {
  return { filename, contentType: PDF_CONTENT_TYPE, byteLength: bytes.length, base64: bytes.toString('base64') };
}
