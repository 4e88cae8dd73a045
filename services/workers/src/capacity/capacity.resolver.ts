import { Args, Query, Resolver } from '@nestjs/graphql';
import { CrossOrg, CurrentAuth, Role, Roles, type AuthContext } from '@kyodo/auth';
import { OrgNode } from '@kyodo/subgraph';
import { CapacityService } from './capacity.service';
import { CapacityArgs } from './dto/capacity.args';
import { OrgCapacity } from './org-capacity.model';
import { may } from '../access/access';

@Resolver(() => OrgCapacity)
export class CapacityResolver {
  constructor(
    private readonly capacityService: CapacityService,
    private readonly node: OrgNode,
  ) {}

  /**
   * Capacity aggregates cross org boundaries on purpose (DESIGN.md §2): a partner planning a
   * shared job may ask. Only the org's own staff (and its partner operator's staff acting for it,
   * who check feasibility for it) see the workers who did not consent to consortium work counted;
   * everyone else gets the consortium count, which is all that is offered to them.
   */
  @Roles(Role.OrgAdmin, Role.Director, Role.ConsortiumAdmin)
  @CrossOrg()
  @Query(() => OrgCapacity, {
    description:
      "Free hours (availability minus bookings) of the org's active workers in a range of days, by skill stage; no personal data.",
  })
  capacity(@Args() { orgId, from, to, stage, forConsortium }: CapacityArgs, @CurrentAuth() auth: AuthContext): Promise<OrgCapacity> {
    const target = this.node.resolve(orgId);
    return this.capacityService.ofOrg(target, {
      from,
      to,
      stage,
      consortiumOnly:
        forConsortium ||
        !(
          may('homeOrgStaff', auth, { orgId: target }) ||
          may('operatorActingFor', auth, { orgId: target, operatedBy: this.node.operatedBy, coordinate: 'Query.capacity' })
        ),
    });
  }
}
