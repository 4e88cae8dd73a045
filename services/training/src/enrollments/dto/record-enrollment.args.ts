import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsOrgId, IsSingleLineText, IsUuid, OrgArgs } from '@kyodo/subgraph';

/** An enrolment the org's workers node decided (its enrollWorker), with who asked for it there. */
@ArgsType()
export class RecordEnrollmentArgs extends OrgArgs {
  @Field(() => ID, { description: 'A worker of the org, as its workers node found them.' })
  @IsUuid()
  workerId!: string;

  @Field(() => String, { nullable: true, description: "The course's owner when another member shares it; this org when left out." })
  @IsOptional()
  @IsOrgId()
  courseOrgId?: string;

  @Field(() => ID)
  @IsUuid()
  courseId!: string;

  @Field({ description: 'Keycloak user id of who enrolled the worker at the workers node (enrolledBy, audited as the actor).' })
  @IsSingleLineText(100)
  actorId!: string;

  @Field({ nullable: true, description: "The actor's org (null for a consortium admin)." })
  @IsOptional()
  @IsOrgId()
  actorOrgId?: string;
}
