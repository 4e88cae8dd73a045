import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsOrgId, IsSingleLineText, IsUuid, OrgArgs } from '@kyodo/subgraph';

@ArgsType()
export class RecordOrderLeadWorkerArgs extends OrgArgs {
  @Field(() => ID)
  @IsUuid()
  orderId!: string;

  @Field({ description: 'Keycloak user id of who set the lead at the workers node (audited as the actor).' })
  @IsSingleLineText(100)
  actorId!: string;

  @Field({ nullable: true, description: "The actor's org (null for a consortium admin)." })
  @IsOptional()
  @IsOrgId()
  actorOrgId?: string;

  @Field({
    nullable: true,
    description: "The lead worker's org, as the workers node checked it; null with leadWorkerId to clear the lead.",
  })
  @IsOptional()
  @IsOrgId()
  leadWorkerOrgId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUuid()
  leadWorkerId?: string;
}
