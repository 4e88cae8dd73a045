import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthContext, CurrentAuth, Role, Roles } from '@kyodo/auth';
import { OrgArgs, OrgNode, requestLoader, YenScalar } from '@kyodo/subgraph';
import { InvoiceEntity } from '../invoice.entity';
import { PaymentStatus } from '../payment-status.enum';
import { RecordInvoicePaymentInput } from './dto/record-invoice-payment.input';
import { InvoicePaymentEntity } from './invoice-payment.entity';
import { InvoicePaymentsService, Receivable } from './invoice-payments.service';

/** 入金: recording payments, and what an invoice shows of its money. */
@Resolver(() => InvoiceEntity)
export class InvoicePaymentsResolver {
  constructor(
    private readonly paymentsService: InvoicePaymentsService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => InvoicePaymentEntity, {
    description:
      '入金: records a payment received against an invoice; partial payments add up, and when they reach what is due the invoice is PAID and so are its orders. More than is open is refused (PAYMENT_EXCEEDS_BALANCE).',
  })
  recordInvoicePayment(
    @Args() { orgId }: OrgArgs,
    @Args('input') input: RecordInvoicePaymentInput,
    @CurrentAuth() auth: AuthContext,
  ): Promise<InvoicePaymentEntity> {
    return this.paymentsService.record(auth, this.node.resolve(orgId), input);
  }

  private receivable(invoice: InvoiceEntity, context: object): Promise<Receivable | null> {
    return requestLoader<string, Receivable | null>(context, 'receivableByInvoice', async (ids) => {
      const found = await this.paymentsService.receivables(this.node.orgId, ids);
      return ids.map((id) => found.get(id) ?? null);
    }).load(invoice.id);
  }

  @ResolveField(() => YenScalar, {
    nullable: true,
    description: 'What the client owes in all: the total less credit notes; null on a credit note.',
  })
  async dueYen(@Parent() invoice: InvoiceEntity, @Context() context: object): Promise<bigint | null> {
    return (await this.receivable(invoice, context))?.dueYen ?? null;
  }

  @ResolveField(() => YenScalar, { nullable: true, description: 'The sum of the payments recorded; null on a credit note.' })
  async paidYen(@Parent() invoice: InvoiceEntity, @Context() context: object): Promise<bigint | null> {
    return (await this.receivable(invoice, context))?.paidYen ?? null;
  }

  @ResolveField(() => PaymentStatus, { nullable: true, description: 'PAID once the payments reach what is due; null on a credit note.' })
  async paymentStatus(@Parent() invoice: InvoiceEntity, @Context() context: object): Promise<PaymentStatus | null> {
    const receivable = await this.receivable(invoice, context);
    if (!receivable) return null;
    if (receivable.paidYen === 0n) return receivable.dueYen === 0n ? PaymentStatus.PAID : PaymentStatus.UNPAID;
    return receivable.paidYen === receivable.dueYen ? PaymentStatus.PAID : PaymentStatus.PARTIALLY_PAID;
  }

  @ResolveField(() => [InvoicePaymentEntity], { description: 'Payments received, in the order they arrived.' })
  payments(@Parent() invoice: InvoiceEntity, @Context() context: object): Promise<InvoicePaymentEntity[]> {
    return requestLoader<string, InvoicePaymentEntity[]>(context, 'paymentsByInvoice', async (ids) => {
      const rows = await this.paymentsService.paymentsOf(this.node.orgId, ids);
      return ids.map((id) => rows.filter((p) => p.invoiceId === id));
    }).load(invoice.id);
  }
}
