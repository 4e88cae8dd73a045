import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthContext, CurrentAuth, Role, Roles } from '@kyodo/auth';
import { OrgArgs, OrgNode } from '@kyodo/subgraph';
import { HistoryImportBatch, HistoryImportResult, ImportHistoryInput, VoidImportBatchInput } from '@kyodo/subgraph/history-import';
import { HistoryImportService } from './history-import.service';

/** 過去実績の取り込み on the orders node: an org admin's, for the own org only. */
@Resolver(() => HistoryImportBatch)
export class HistoryImportResolver {
  constructor(
    private readonly imports: HistoryImportService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin)
  @Mutation(() => HistoryImportResult, {
    description:
      'Imports past orders (ORDERS, with their 検収 dates), settlements (SETTLEMENTS), invoices (INVOICES) or payments received against imported invoices (INVOICE_PAYMENTS) from a CSV file. Every row is checked; with any problem, or with dryRun, nothing is written and every problem comes back by line. Audited.',
  })
  importOrderHistory(
    @Args() { orgId }: OrgArgs,
    @Args('input') input: ImportHistoryInput,
    @CurrentAuth() auth: AuthContext,
  ): Promise<HistoryImportResult> {
    return this.imports.import(auth, this.node.resolve(orgId), input);
  }

  @Roles(Role.OrgAdmin)
  @Query(() => [HistoryImportBatch], { description: "The org's history imports on its orders node, latest first, voided ones included." })
  orderImportBatches(@Args() { orgId }: OrgArgs): Promise<HistoryImportBatch[]> {
    return this.imports.list(this.node.resolve(orgId));
  }

  @Roles(Role.OrgAdmin)
  @Mutation(() => HistoryImportBatch, {
    description:
      'Voids a whole import batch of the orders node, with a reason: its orders become CANCELLED, its settlements, invoices or payments stop counting (an invoices batch with payments still standing is refused: IMPORT_BATCH_IN_USE). Audited; a batch is never edited.',
  })
  voidOrderImportBatch(
    @Args() { orgId }: OrgArgs,
    @Args('input') input: VoidImportBatchInput,
    @CurrentAuth() auth: AuthContext,
  ): Promise<HistoryImportBatch> {
    return this.imports.void(auth, this.node.resolve(orgId), input.batchId, input.reason);
  }
}
