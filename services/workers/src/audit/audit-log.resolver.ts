import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@kyodo/auth';
import { OrgNode } from '@kyodo/subgraph';
import { AuditEntry, AuditEntryPage } from './audit-entry.model';
import { AuditLogService } from './audit-log.service';
import { AuditLogArgs } from './dto/audit-log.args';

@Resolver(() => AuditEntry)
export class AuditLogResolver {
  constructor(
    private readonly entries: AuditLogService,
    private readonly node: OrgNode,
  ) {}

  /** The log holds who did what to whom: the org admin's, like sensitive notes, not the directors'. */
  @Roles(Role.OrgAdmin)
  @Query(() => AuditEntryPage, {
    nullable: true,
    description:
      "The workers node's audit log (workers, hours, pay, logins…), newest first, filtered by days, actor, action and record. Org admin only.",
  })
  auditLog(@Args() args: AuditLogArgs): Promise<AuditEntryPage> {
    const { orgId, first, after, ...filter } = args;
    // Entries from before audit lines named their org are this node's own, unless it hosts other members.
    return this.entries.list(this.node.resolve(orgId), filter, first, after, this.node.servedOrgIds.length === 1);
  }
}
