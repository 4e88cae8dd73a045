import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthContext, CurrentAuth, Role, Roles } from '@kyodo/auth';
import { OrgArgs, OrgNode } from '@kyodo/subgraph';
import { HistoryImportBatch, HistoryImportResult, ImportHistoryInput, VoidImportBatchInput } from '@kyodo/subgraph/history-import';
import { HistoryImportService } from './history-import.service';

/** 過去実績の取り込み on the workers node: an org admin's, for the own org only. */
@Resolver(() => HistoryImportBatch)
export class HistoryImportResolver {
  constructor(
    private readonly imports: HistoryImportService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin)
  @Mutation(() => HistoryImportResult, {
    description:
      'Imports workers with their registration dates (WORKERS) or past pay (PAY_STATEMENTS, by 登録番号) from a CSV file. Every row is checked; with any problem, or with dryRun, nothing is written and every problem comes back by line. Audited.',
  })
  importWorkerHistory(
    @Args() { orgId }: OrgArgs,
    @Args('input') input: ImportHistoryInput,
    @CurrentAuth() auth: AuthContext,
  ): Promise<HistoryImportResult> {
    return this.imports.import(auth, this.node.resolve(orgId), input);
  }

  @Roles(Role.OrgAdmin)
  @Query(() => [HistoryImportBatch], { description: "The org's history imports on its workers node, latest first, voided ones included." })
  workerImportBatches(@Args() { orgId }: OrgArgs): Promise<HistoryImportBatch[]> {
    return this.imports.list(this.node.resolve(orgId));
  }

  @Roles(Role.OrgAdmin)
  @Mutation(() => HistoryImportBatch, {
    description:
      'Voids a whole import batch of the workers node, with a reason: its pay stops counting, its workers become INACTIVE and count nowhere. Audited; a batch is never edited.',
  })
  voidWorkerImportBatch(
    @Args() { orgId }: OrgArgs,
    @Args('input') input: VoidImportBatchInput,
    @CurrentAuth() auth: AuthContext,
  ): Promise<HistoryImportBatch> {
    return this.imports.void(auth, this.node.resolve(orgId), input.batchId, input.reason);
  }
}
