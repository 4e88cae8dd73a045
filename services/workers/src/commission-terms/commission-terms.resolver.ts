import { Args, Field, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentAuth, Role, Roles, type AuthContext } from '@kyodo/auth';
import { DocumentIssuerModel, PdfFile } from '@kyodo/pdf';
import { OrgArgs, OrgNode, YenScalar } from '@kyodo/subgraph';
import { PayBasis } from '../assignments/pay-basis.enum';
import { CommissionTermsEntity } from './commission-terms.entity';
import { CommissionTermsService } from './commission-terms.service';
import { AcceptTermsArgs } from './dto/accept-terms.args';
import { AssignmentTermsArgs, TermsIdArgs } from './dto/assignment-terms.args';
import { IssueCommissionTermsInput } from './dto/issue-commission-terms.input';

@ObjectType()
export class CommissionPaymentDate {
  @Field({ description: 'The work month, YYYY-MM.' })
  month!: string;

  @Field({ description: 'When its work counts as received (締め日), YYYY-MM-DD.' })
  closingDate!: string;

  @Field({ description: '支払期日, YYYY-MM-DD.' })
  paymentDate!: string;
}

@Resolver(() => CommissionTermsEntity)
export class CommissionTermsResolver {
  constructor(
    private readonly terms: CommissionTermsService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.Director, Role.OrgAdmin)
  @Mutation(() => CommissionTermsEntity, {
    description:
      '作業委託契約: issues the next version of an assignment’s terms under the freelance act; the worker must accept it before logging hours.',
  })
  issueCommissionTerms(
    @Args() { orgId }: OrgArgs,
    @Args('input') input: IssueCommissionTermsInput,
    @CurrentAuth() auth: AuthContext,
  ): Promise<CommissionTermsEntity> {
    return this.terms.issue(this.node.resolve(orgId), input, auth);
  }

  @Roles(Role.Worker)
  @Mutation(() => CommissionTermsEntity, {
    description: 'The worker accepts the newest version of their assignment’s terms, naming its SHA-256; time and account are recorded.',
  })
  acceptCommissionTerms(@Args() { orgId, id, sha256 }: AcceptTermsArgs, @CurrentAuth() auth: AuthContext): Promise<CommissionTermsEntity> {
    return this.terms.accept(this.node.resolve(orgId), id, sha256, auth);
  }

  @Roles(Role.OrgAdmin, Role.Director, Role.Worker)
  @Query(() => [CommissionTermsEntity], {
    description: 'Every version of an assignment’s terms, newest first: for staff and the assignment’s worker.',
  })
  commissionTerms(
    @Args() { orgId, assignmentId }: AssignmentTermsArgs,
    @CurrentAuth() auth: AuthContext,
  ): Promise<CommissionTermsEntity[]> {
    return this.terms.forAssignment(this.node.resolve(orgId), assignmentId, auth);
  }

  @Roles(Role.Worker)
  @Query(() => [CommissionTermsEntity], { description: 'The caller’s own commission terms at this org, newest first.' })
  myCommissionTerms(@Args() { orgId }: OrgArgs, @CurrentAuth() auth: AuthContext): Promise<CommissionTermsEntity[]> {
    return this.terms.forUser(this.node.resolve(orgId), auth);
  }

  @Roles(Role.OrgAdmin, Role.Director, Role.Worker)
  @Query(() => PdfFile, { description: 'One version of commission terms as a PDF (取引条件明示書).' })
  commissionTermsPdf(@Args() { orgId, id }: TermsIdArgs, @CurrentAuth() auth: AuthContext): Promise<PdfFile> {
    return this.terms.pdf(this.node.resolve(orgId), id, auth);
  }

  @ResolveField(() => String, { description: '委託者.' })
  commissioner(@Parent() terms: CommissionTermsEntity): string {
    return terms.content.commissioner;
  }

  @ResolveField(() => DocumentIssuerModel, {
    description:
      "委託者 in full as the terms state it: a town's partner operator's legal name, registration number and address, and the town's programme; the name alone on terms issued before these were recorded.",
  })
  commissionerIssuer(@Parent() terms: CommissionTermsEntity): DocumentIssuerModel {
    const d = terms.content.commissionerDetails;
    return {
      identityOrgId: d?.identityOrgId ?? terms.orgId,
      legalName: terms.content.commissioner,
      registrationNumber: d?.registrationNumber ?? null,
      address: d?.address ?? null,
      phone: null,
      representative: null,
      programme: d?.programme ?? null,
    };
  }

  @ResolveField(() => String, { description: '委託日, YYYY-MM-DD.' })
  commissionedOn(@Parent() terms: CommissionTermsEntity): string {
    return terms.content.commissionedOn;
  }

  @ResolveField(() => String, { description: '業務の内容.' })
  workDescription(@Parent() terms: CommissionTermsEntity): string {
    return terms.content.workDescription;
  }

  @ResolveField(() => PayBasis)
  payBasis(@Parent() terms: CommissionTermsEntity): PayBasis {
    return terms.content.pay.basis as PayBasis;
  }

  @ResolveField(() => YenScalar, { description: '報酬の額: yen per hour or per piece, by the pay basis.' })
  rateYen(@Parent() terms: CommissionTermsEntity): bigint {
    return BigInt(terms.content.pay.rateYen);
  }

  @ResolveField(() => String, { description: 'The pay calendar as stated, e.g. 毎月末日締め、翌月末日払い.' })
  paymentRule(@Parent() terms: CommissionTermsEntity): string {
    return terms.content.payment.rule;
  }

  @ResolveField(() => [CommissionPaymentDate], { description: '支払期日 for each month of the assignment.' })
  paymentDates(@Parent() terms: CommissionTermsEntity): CommissionPaymentDate[] {
    return terms.content.payment.dates;
  }

  @ResolveField(() => String, { description: '給付を受領する期日, YYYY-MM-DD.' })
  deliveryDate(@Parent() terms: CommissionTermsEntity): string {
    return terms.content.deliveryDate;
  }

  @ResolveField(() => String, { description: '給付を受領する場所.' })
  deliveryPlace(@Parent() terms: CommissionTermsEntity): string {
    return terms.content.deliveryPlace;
  }
}
