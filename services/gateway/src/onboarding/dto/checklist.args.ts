import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, Matches } from 'class-validator';
import { ORG_ID_PATTERN } from '@kyodo/config';
import { ChecklistItemCode } from '../checklist.catalogue';

/** The member a checklist belongs to. */
@ArgsType()
export class ChecklistArgs {
  @Field(() => String, { nullable: true, description: "The member; its own staff may leave it out, the support body names it." })
  @IsOptional()
  @Matches(ORG_ID_PATTERN, { message: 'orgId must be an organization id like "omachi"' })
  orgId?: string;
}

@ArgsType()
export class SetChecklistItemArgs extends ChecklistArgs {
  @Field(() => ChecklistItemCode)
  @IsEnum(ChecklistItemCode)
  code!: ChecklistItemCode;

  @Field({ description: 'true ticks the item, false unticks it.' })
  @IsBoolean()
  done!: boolean;
}
