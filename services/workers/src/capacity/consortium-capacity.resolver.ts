import { Args, ArgsType, Field, Query, Resolver } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { CrossOrg, Role, Roles } from '@kyodo/auth';
import { SkillStage } from '@kyodo/domain';
import { OrgNode, IsCalendarDate } from '@kyodo/subgraph';
import { CapacityService } from './capacity.service';
import { OrgCapacity } from './org-capacity.model';

@ArgsType()
export class ConsortiumCapacityArgs {
  @Field({ description: 'First day, YYYY-MM-DD.' })
  @IsCalendarDate()
  from!: string;

  @Field({ description: 'Last day (inclusive), YYYY-MM-DD; at most 366 days after from.' })
  @IsCalendarDate()
  to!: string;

  @Field(() => SkillStage, { nullable: true, description: 'Only workers at this stage or above count.' })
  @IsOptional()
  @IsEnum(SkillStage)
  stage?: SkillStage;
}

/**
 * Consortium capacity (共同受注の計画): what every member can offer the consortium for a period.
 * The gateway sends this field to every active member's workers node (FAN_OUT_FIELDS) and lists
 * the answers by org; each node counts only its workers who consented to consortium work, the
 * same count it gives partners through `capacity`.
 */
@Resolver(() => OrgCapacity)
export class ConsortiumCapacityResolver {
  constructor(
    private readonly capacityService: CapacityService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director, Role.ConsortiumAdmin)
  @CrossOrg()
  @Query(() => [OrgCapacity], {
    description:
      "Every member's free hours for consortium work in a range of days, by skill stage, one entry per member (by org id); consortium-wide.",
  })
  async consortiumCapacity(@Args() { from, to, stage }: ConsortiumCapacityArgs): Promise<OrgCapacity[]> {
    return [await this.capacityService.ofOrg(this.node.orgId, { from, to, stage, consortiumOnly: true })];
  }
}
