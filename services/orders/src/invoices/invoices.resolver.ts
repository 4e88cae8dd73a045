import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { AuthContext, CurrentAuth, Role, Roles, STAFF } from '@kyodo/auth';
import type { OrgScopedRef } from '@kyodo/domain';
import { alignByKey, OrgArgs, OrgNode, requestLoader } from '@kyodo/subgraph';
import { InvoicesArgs } from './dto/invoices.args';
import { IssueCreditNoteArgs } from './dto/issue-credit-note.args';
import { IssueInvoiceInput } from './dto/issue-invoice.input';
import { InvoiceLineEntity } from './invoice-line.entity';
import { InvoiceEntity } from './invoice.entity';
import { InvoicesService } from './invoices.service';
import { may } from '../access/access';

@Resolver(() => InvoiceEntity)
export class InvoicesResolver {
  constructor(
    private readonly invoicesService: InvoicesService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director)
  @Query(() => [InvoiceEntity], {
    nullable: true,
    description: "The org's invoices and credit notes of a fiscal year, by number. Null only when the org's node is unavailable.",
  })
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
  issueInvoice(
    @Args() { orgId }: OrgArgs,
    @Args('input') input: IssueInvoiceInput,
    @CurrentAuth() auth: AuthContext,
  ): Promise<InvoiceEntity> {
    return this.invoicesService.issue(auth, this.node.resolve(orgId), input);
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => InvoiceEntity, {
    description:
      'Corrects an issued invoice with a credit note (返還インボイス) taking back part of its lines, or all that is left; the invoice itself never changes.',
  })
  issueCreditNote(
    @Args() { orgId, invoiceId, reason, lines }: IssueCreditNoteArgs,
    @CurrentAuth() auth: AuthContext,
  ): Promise<InvoiceEntity> {
    return this.invoicesService.creditNote(auth, this.node.resolve(orgId), invoiceId, reason, lines);
  }

  /**
   * Invoice has a federation key, so without this Apollo would answer any `_entities` call with
   * the representation itself and resolve its fields (lines) for whoever asked.
   */
  @ResolveReference()
  resolveReference(reference: OrgScopedRef, context: object): Promise<InvoiceEntity | null> | null {
    if (!this.node.owns(reference) || !may('referenceAllowed', context, { nodeOrgId: this.node.orgId, roles: STAFF })) return null;
    return requestLoader<string, InvoiceEntity | null>(context, 'invoiceById', async (ids) =>
      alignByKey(ids, await this.invoicesService.getMany(this.node.orgId, ids), (i) => i.id),
    ).load(reference.id);
  }

  @ResolveField(() => [InvoiceLineEntity])
  lines(@Parent() invoice: InvoiceEntity, @Context() context: object): Promise<InvoiceLineEntity[]> {
    return requestLoader<string, InvoiceLineEntity[]>(context, 'linesByInvoice', async (ids) => {
      const rows = await this.invoicesService.linesOf(this.node.orgId, ids);
      return ids.map((id) => rows.filter((l) => l.invoiceId === id));
    }).load(invoice.id);
  }
}
