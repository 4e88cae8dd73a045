import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional } from 'class-validator';
import { ChecklistItemCode } from '../checklist.catalogue';
import { IsOrgId } from '@kyodo/subgraph';

/** The member a checklist belongs to. */
@ArgsType()
export class ChecklistArgs {
  @Field(() => String, { nullable: true, description: 'The member; its own staff may leave it out, the support body names it.' })
  @IsOptional()
  @IsOrgId()
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
