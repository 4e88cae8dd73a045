import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthContext, CurrentAuth, Role, Roles } from '@kyodo/auth';
import { OrgArgs, OrgNode, requestLoader } from '@kyodo/subgraph';
import { InvoicesArgs } from './dto/invoices.args';
import { IssueCreditNoteArgs } from './dto/issue-credit-note.args';
import { IssueInvoiceInput } from './dto/issue-invoice.input';
import { InvoiceLineEntity } from './invoice-line.entity';
import { InvoiceEntity } from './invoice.entity';
import { InvoicesService } from './invoices.service';

@Resolver(() => InvoiceEntity)
export class InvoicesResolver {
  constructor(
    private readonly invoicesService: InvoicesService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director)
  @Query(() => [InvoiceEntity], { nullable: true, description: "The org's invoices and credit notes of a fiscal year, by number. Null only when the org's node is unavailable." })
  invoices(@Args() { orgId, fiscalYear }: InvoicesArgs): Promise<InvoiceEntity[]> {
    return this.invoicesService.list(this.node.resolve(orgId), fiscalYear);
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @Query(() => InvoiceEntity, { nullable: true })
  invoice(@Args() { orgId }: OrgArgs, @Args('id', { type: () => ID }) id: string): Promise<InvoiceEntity | null> {
    return this.invoicesService.get(this.node.resolve(orgId), id);
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => InvoiceEntity, { description: '請求: invoices accepted orders of one client and moves them to INVOICED.' })
  issueInvoice(@Args() { orgId }: OrgArgs, @Args('input') input: IssueInvoiceInput, @CurrentAuth() auth: AuthContext): Promise<InvoiceEntity> {
    return this.invoicesService.issue(auth, this.node.resolve(orgId), input);
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => InvoiceEntity, { description: 'Reverses an issued invoice with a credit note (返還インボイス); the invoice itself never changes.' })
  issueCreditNote(@Args() { orgId, invoiceId, reason }: IssueCreditNoteArgs, @CurrentAuth() auth: AuthContext): Promise<InvoiceEntity> {
    return this.invoicesService.creditNote(auth, this.node.resolve(orgId), invoiceId, reason);
  }

  @ResolveField(() => [InvoiceLineEntity])
  lines(@Parent() invoice: InvoiceEntity, @Context() context: object): Promise<InvoiceLineEntity[]> {
    return requestLoader<string, InvoiceLineEntity[]>(context, 'linesByInvoice', async (ids) => {
      const rows = await this.invoicesService.linesOf(ids);
      return ids.map((id) => rows.filter((l) => l.invoiceId === id));
    }).load(invoice.id);
  }
}
