import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUuid } from './uuid.validator';

/** `id` of the one row an operation reads or changes, where no org routes it (hub services). */
@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @IsUuid()
  id!: string;
}
