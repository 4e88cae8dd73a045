import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthContext, CurrentAuth, Role, Roles } from '@kyodo/auth';
import { OrgArgs, OrgNode } from '@kyodo/subgraph';
import { DocumentIssuers } from '../documents/document-issuers';
import { SetInvoiceSettingsInput } from './dto/set-invoice-settings.input';
import { InvoiceSettingsEntity } from './invoice-settings.entity';
import { InvoiceSettingsService, missingForIssue } from './invoice-settings.service';

@Resolver(() => InvoiceSettingsEntity)
export class InvoiceSettingsResolver {
  constructor(
    private readonly settings: InvoiceSettingsService,
    private readonly node: OrgNode,
    private readonly issuers: DocumentIssuers,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director)
  @Query(() => InvoiceSettingsEntity, {
    nullable: true,
    description: 'The org as issuer of its invoices; null until an org admin sets it.',
  })
  invoiceSettings(@Args() { orgId }: OrgArgs): Promise<InvoiceSettingsEntity | null> {
    return this.settings.get(this.node.resolve(orgId));
  }

  @Roles(Role.OrgAdmin)
  @Mutation(() => InvoiceSettingsEntity, {
    description:
      'Sets the issuer name, address, registration number (登録番号) and bank account (振込先) printed on invoices; invoices are issued only once all of them are set.',
  })
  setInvoiceSettings(
    @Args() { orgId }: OrgArgs,
    @Args('input') input: SetInvoiceSettingsInput,
    @CurrentAuth() auth: AuthContext,
  ): Promise<InvoiceSettingsEntity> {
    return this.settings.set(auth, this.node.resolve(orgId), input);
  }

  @ResolveField(() => [String], {
    description:
      "Fields still unset that issuing an invoice needs; empty when complete. A town operated by another issues under its partner operator's name, registration number and address, so it needs only the bank account.",
  })
  missingForIssue(@Parent() settings: InvoiceSettingsEntity): string[] {
    return missingForIssue(settings, this.issuers.resolve(settings.orgId, settings));
  }
}
