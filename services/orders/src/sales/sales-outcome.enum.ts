import { registerEnumType } from '@nestjs/graphql';

/** What came of a sales visit (営業活動の結果). */
export enum SalesOutcome {
  /** 紹介・挨拶: the programme was introduced. */
  INTRODUCED = 'INTRODUCED',
  /** 提案: a concrete piece of work was proposed. */
  PROPOSED = 'PROPOSED',
  /** 継続: to be followed up. */
  FOLLOW_UP = 'FOLLOW_UP',
  /** 受注: it led to an order. */
  ORDERED = 'ORDERED',
  /** 見送り: declined. */
  DECLINED = 'DECLINED',
}

registerEnumType(SalesOutcome, { name: 'SalesOutcome' });
