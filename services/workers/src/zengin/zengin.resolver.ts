import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentAuth, Role, Roles, type AuthContext } from '@kyodo/auth';
import { OrgNode } from '@kyodo/subgraph';
import { PayMonthArgs } from '../pay/dto/pay-month.args';
import { TransferFile } from './transfer-file.model';
import { ZenginService } from './zengin.service';

@Resolver()
export class ZenginResolver {
  constructor(
    private readonly zengin: ZenginService,
    private readonly node: OrgNode,
  ) {}

  /** Money leaves the member's account on this file: the org admin's, not the directors'. */
  @Roles(Role.OrgAdmin)
  @Query(() => TransferFile, {
    description: '総合振込: the closed month’s pay as a Zengin (全銀協) bank transfer file, Shift_JIS, to upload to the member’s bank.',
  })
  payTransferFile(@Args() { orgId, month }: PayMonthArgs, @CurrentAuth() auth: AuthContext): Promise<TransferFile> {
    return this.zengin.transferFile(this.node.resolve(orgId), month, auth);
  }
}
