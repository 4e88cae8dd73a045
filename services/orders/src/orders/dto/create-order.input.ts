import { Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsDateString, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { ORG_ID_PATTERN } from '@kyodo/config';
import { SkillStage } from '@kyodo/domain';

@InputType()
export class CreateOrderInput {
  @Field()
  @IsUUID()
  clientId!: string;

  @Field()
  @IsString()
  @Length(1, 200)
  title!: string;

  @Field()
  @Matches(/^[A-Z][A-Z0-9_]{1,39}$/, { message: 'category must be a category code like DATA_ENTRY' })
  category!: string;

  @Field({ defaultValue: true })
  @IsBoolean()
  routine: boolean = true;

  @Field(() => Int, { description: 'Order value in yen (integer, up to 2,000,000,000).' })
  @IsInt()
  @Min(0)
  @Max(2_000_000_000)
  valueYen!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  estimatedHours!: number;

  @Field()
  @IsDateString({ strict: true })
  deadline!: string;

  @Field(() => SkillStage, { defaultValue: SkillStage.C })
  @IsEnum(SkillStage)
  requiredStage: SkillStage = SkillStage.C;

  @Field({ nullable: true, description: 'Org of the worker leading the order (may be a partner org).' })
  @IsOptional()
  @Matches(ORG_ID_PATTERN)
  leadWorkerOrgId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsUUID()
  leadWorkerId?: string;
}
