import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuthContext, CurrentAuth, Role, Roles } from '@kyodo/auth';
import { ReportingSnapshot } from './reporting-snapshot.model';
import { SnapshotsService } from './snapshots.service';
import { FiscalYearArgs } from '@kyodo/subgraph';

@Resolver(() => ReportingSnapshot)
export class SnapshotsResolver {
  constructor(private readonly snapshots: SnapshotsService) {}

  /**
   * The support body gathers (月次集計): its own token goes through the gateway's fan-out, so
   * every node checks it. Run monthly (and at year end) to keep the history.
   */
  @Roles(Role.ConsortiumAdmin)
  @Mutation(() => ReportingSnapshot, {
    description:
      "Gathers every member's aggregates of a fiscal year through the gateway and stores them as this month's snapshot; support body only.",
  })
  takeReportingSnapshot(@Args() { fiscalYear }: FiscalYearArgs, @CurrentAuth() auth: AuthContext): Promise<ReportingSnapshot> {
    return this.snapshots.take(fiscalYear, auth);
  }
}
