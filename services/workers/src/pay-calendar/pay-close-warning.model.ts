import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum PayCloseWarningCode {
  /** No pay calendar is set: nothing says when this month is paid. */
  NO_PAY_CALENDAR = 'NO_PAY_CALENDAR',
  /** The month was closed on or after its payment date (支払期日): the payment is late. */
  PAYMENT_DATE_MISSED = 'PAYMENT_DATE_MISSED',
  /** The month was closed more than 60 days after its closing date: the act's limit is missed. */
  LEGAL_DEADLINE_MISSED = 'LEGAL_DEADLINE_MISSED',
  /** The payment date is less than TRANSFER_LEAD_DAYS away: banks want bulk transfer data days ahead. */
  PAYMENT_DATE_NEAR = 'PAYMENT_DATE_NEAR',
}

registerEnumType(PayCloseWarningCode, { name: 'PayCloseWarningCode' });

/** Something the admin should act on after a pay close; the close itself stands. */
@ObjectType()
export class PayCloseWarning {
  @Field(() => PayCloseWarningCode)
  code!: PayCloseWarningCode;

  @Field()
  message!: string;

  @Field(() => String, { nullable: true, description: 'The month’s payment date (支払期日) by the current pay calendar, YYYY-MM-DD.' })
  paymentDate!: string | null;

  @Field(() => String, { nullable: true, description: 'The last day the act allows: 60 days after the month’s closing, YYYY-MM-DD.' })
  legalDeadline!: string | null;
}
