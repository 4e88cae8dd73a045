import { Field, Int, ObjectType } from '@nestjs/graphql';
import { YenScalar } from '@kyodo/subgraph';

export const ZENGIN_CONTENT_TYPE = 'text/plain; charset=Shift_JIS';

/** A month's bulk transfer file (総合振込, Zengin format), base64 until signed download links exist. */
@ObjectType()
export class TransferFile {
  @Field({ description: 'Suggested file name, e.g. "zengin-2025-06.txt".' })
  filename!: string;

  @Field({ description: 'Always text/plain; charset=Shift_JIS.' })
  contentType!: string;

  @Field(() => Int)
  byteLength!: number;

  @Field({ description: 'The file, base64-encoded.' })
  base64!: string;

  @Field({ description: 'The transfer date the file names (取組日), the month’s payment date, YYYY-MM-DD.' })
  transferDate!: string;

  @Field(() => Int, { description: 'Number of transfers (data records).' })
  transferCount!: number;

  @Field(() => YenScalar, { description: 'Sum of the transfers.' })
  totalYen!: bigint;
}
