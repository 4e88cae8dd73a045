import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';
import { IsCalendarDate, IsSingleLineText, OrgPageArgs } from '@kyodo/subgraph';

@ArgsType()
export class AuditLogArgs extends OrgPageArgs {
  @Field({ nullable: true, description: 'First day (YYYY-MM-DD, Japan time), inclusive.' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @Field({ nullable: true, description: 'Last day (YYYY-MM-DD, Japan time), inclusive.' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @Field({ nullable: true, description: "The actor's login name (username or a worker's e-mail)." })
  @IsOptional()
  @IsSingleLineText(255)
  actor?: string;

  @Field({ nullable: true, description: 'An action, or its prefix ending in a dot (`worker.` for every worker action).' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9-]*(\.[a-z0-9-]*)*$/, { message: 'action must be like worker.status or worker.' })
  @IsSingleLineText(100)
  action?: string;

  @Field({ nullable: true, description: 'A kind of record, e.g. Worker.' })
  @IsOptional()
  @Matches(/^[A-Za-z][A-Za-z0-9]*$/, { message: 'entityType must be a record kind like Worker' })
  @IsSingleLineText(50)
  entityType?: string;

  @Field({ nullable: true, description: 'One record, by its id.' })
  @IsOptional()
  @IsSingleLineText(255)
  entityId?: string;
}
