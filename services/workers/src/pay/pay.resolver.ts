import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentAuth, Role, Roles, type AuthContext } from '@kyodo/auth';
import { DocumentIssuerModel } from '@kyodo/pdf';
import { OrgArgs, OrgNode, requestLoader } from '@kyodo/subgraph';
import { DataSource } from 'typeorm';
import { DocumentIssuers } from '../documents/document-issuers';
import { PayMonthArgs } from './dto/pay-month.args';
import { PayCloseService } from './pay-close.service';
import { PayMonth } from './pay-month.model';
import { PayMonthPreview } from './pay-month-preview.model';
import { PayStatementEntity } from './pay-statement.entity';
import { PayStatementLineEntity } from './pay-statement-line.entity';
import { PayStatementsService } from './pay-statements.service';

@Resolver(() => PayStatementEntity)
export class PayResolver {
  constructor(
    private readonly payClose: PayCloseService,
    private readonly statements: PayStatementsService,
    private readonly node: OrgNode,
    private readonly issuers: DocumentIssuers,
    private readonly dataSource: DataSource,
  ) {}

  /** Closing monthly pay is the directors' work (DESIGN.md §1); org-admins may do it too. */
  @Roles(Role.Director, Role.OrgAdmin)
  @Mutation(() => PayMonth, {
    description:
      '支払締め: pays the approved work of a month that has ended, one statement per worker. Closing a closed month changes nothing and returns it.',
  })
  closePayMonth(@Args() { orgId, month }: PayMonthArgs, @CurrentAuth() auth: AuthContext): Promise<PayMonth> {
    return this.payClose.close(this.node.resolve(orgId), month, auth);
  }

  @Roles(Role.Director, Role.OrgAdmin)
  @Query(() => PayMonth, { nullable: true, description: 'A closed pay month and its totals; null while the month is open.' })
  payMonth(@Args() { orgId, month }: PayMonthArgs): Promise<PayMonth | null> {
    return this.statements.summary(this.node.resolve(orgId), month);
  }

  @Roles(Role.Director, Role.OrgAdmin)
  @Query(() => PayMonthPreview, {
    description:
      '締め前確認: the statements closing the month would write, with withholding, computed from its approved entries without writing anything; a closed month shows what it wrote.',
  })
  payMonthPreview(@Args() { orgId, month }: PayMonthArgs): Promise<PayMonthPreview> {
    return this.payClose.preview(this.node.resolve(orgId), month);
  }

  @Roles(Role.Director, Role.OrgAdmin)
  @Query(() => [PayStatementEntity], { description: 'The pay statements (支払明細) of a closed month; empty while it is open.' })
  payStatements(@Args() { orgId, month }: PayMonthArgs): Promise<PayStatementEntity[]> {
    return this.statements.forMonth(this.node.resolve(orgId), month);
  }

  @Roles(Role.Worker)
  @Query(() => [PayStatementEntity], { description: "The caller's own pay statements at this org, newest month first." })
  myPayStatements(@Args() { orgId }: OrgArgs, @CurrentAuth() auth: AuthContext): Promise<PayStatementEntity[]> {
    return this.statements.forUser(this.node.resolve(orgId), auth.userId);
  }

  @ResolveField(() => DocumentIssuerModel, {
    description:
      "支払者: who pays and issues the statement — a town's partner operator (legal name, registration number, address) for the town's programme, else the member itself; fixed when the month was closed.",
  })
  issuer(@Parent() statement: PayStatementEntity): Promise<DocumentIssuerModel> {
    return this.issuers.recorded(this.dataSource.manager, statement);
  }

  @ResolveField(() => Boolean, {
    description: "true: pay imported from the org's own books (過去実績, paid before it used Kyodo): no lines, never changes.",
  })
  imported(@Parent() statement: PayStatementEntity): boolean {
    return Boolean(statement.importBatchId);
  }

  @ResolveField(() => String, { nullable: true, description: 'The history import batch of imported pay; null on statements Kyodo wrote.' })
  importBatchId(@Parent() statement: PayStatementEntity): string | null {
    return statement.importBatchId ?? null;
  }

  @ResolveField(() => [PayStatementLineEntity], {
    description: 'One line per assignment and month worked: adjustments (調整) for closed months name the month worked.',
  })
  async lines(@Parent() statement: PayStatementEntity, @Context() context: object): Promise<PayStatementLineEntity[]> {
    const lines = await requestLoader<string, PayStatementLineEntity[]>(context, 'payStatementLines', (ids) =>
      this.statements.linesOf(ids),
    ).load(statement.id);
    return lines.map((line) => Object.assign(line, { adjustmentOf: line.workedMonth === statement.month ? null : line.workedMonth }));
  }
}
