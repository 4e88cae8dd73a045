import { Field, Int, ObjectType } from '@nestjs/graphql';
import { YenScalar } from '@kyodo/subgraph';

/** Order value and count of one slice (a client, a category, a sector, routine or not). */
@ObjectType('OrderValueSlice')
export class OrderValueSlice {
  @Field(() => Int, { description: 'Orders counted.' })
  orderCount!: number;

  @Field(() => YenScalar, { description: 'Their order value in yen.' })
  valueYen!: bigint;
}

@ObjectType('ClientOrderValue')
export class ClientOrderValue extends OrderValueSlice {
  @Field()
  clientId!: string;

  /** A client is a municipal department or a company, not a person: its name is business data. */
  @Field()
  clientName!: string;

  @Field({ description: 'PUBLIC or PRIVATE.' })
  sector!: string;
}

@ObjectType('CategoryOrderValue')
export class CategoryOrderValue extends OrderValueSlice {
  @Field({ description: 'Business category code (業務分類).' })
  category!: string;
}

/** 共同受注の精算: what this org owed one partner for shared work over the year, as settled (both sides confirmed). */
@ObjectType('SettledSharedWork')
export class SettledSharedWork {
  @Field({ description: 'The member that did the work and was owed.' })
  partnerOrgId!: string;

  @Field(() => YenScalar, { description: 'Totals of the statements of months in the fiscal year that both sides confirmed, yen.' })
  settledYen!: bigint;
}

/**
 * 請求・入金: what the org billed (by issue date, credit notes taken off) and received (by the day
 * the money arrived) in a fiscal year, invoices and payments imported from its own books included
 * unless their batch was voided.
 */
@ObjectType('InvoicingInYear')
export class InvoicingInYear {
  @Field(() => Int, { description: 'Invoices issued in the year (credit notes not counted).' })
  invoiceCount!: number;

  @Field(() => YenScalar, { description: 'Their amounts before tax, less credit notes issued in the year, yen.' })
  subtotalYen!: bigint;

  @Field(() => YenScalar, { description: 'Consumption tax on them, less credit notes issued in the year, yen.' })
  taxYen!: bigint;

  @Field(() => YenScalar, { description: '売上 (請求額, tax included): subtotal plus tax, yen.' })
  totalYen!: bigint;

  @Field(() => YenScalar, { description: '入金額: payments received in the year, whatever year their invoice was issued, yen.' })
  receivedYen!: bigint;
}

/**
 * 受注実績: what one org's orders were worth in one fiscal year. An order counts in the fiscal
 * year in which its delivery was accepted (検収日, Asia/Tokyo): that is when the work is done and
 * billable, and it never moves once set. Orders not yet accepted, or cancelled, do not count.
 */
@ObjectType('OrgOrderAggregates')
export class OrgOrderAggregates {
  @Field()
  orgId!: string;

  @Field(() => Int)
  fiscalYear!: number;

  @Field(() => OrderValueSlice)
  total!: OrderValueSlice;

  @Field(() => OrderValueSlice, { description: '官公需: orders of public-sector clients.' })
  publicSector!: OrderValueSlice;

  @Field(() => OrderValueSlice, { description: '民需: orders of private-sector clients.' })
  privateSector!: OrderValueSlice;

  @Field(() => OrderValueSlice, { description: '定型業務.' })
  routine!: OrderValueSlice;

  @Field(() => OrderValueSlice, { description: '非定型業務.' })
  nonRoutine!: OrderValueSlice;

  @Field(() => [ClientOrderValue], { description: 'By client, largest value first (then client id).' })
  byClient!: ClientOrderValue[];

  @Field(() => [CategoryOrderValue], { description: 'By business category, by code.' })
  byCategory!: CategoryOrderValue[];

  @Field(() => Int, { description: 'Clients registered by the end of the fiscal year (a cumulative count, 取引先数).' })
  clientCount!: number;

  @Field(() => Int, { description: 'Sales visits (営業活動) logged for days of the fiscal year.' })
  salesVisits!: number;

  @Field(() => [SettledSharedWork], {
    description:
      "This org's settled costs of shared work in the fiscal year, by partner (its income is in the partners' answers), by org id.",
  })
  settledSharedWork!: SettledSharedWork[];

  @Field(() => InvoicingInYear, { description: 'Billed and received in the fiscal year (請求・入金), imported history included.' })
  invoicing!: InvoicingInYear;
}
