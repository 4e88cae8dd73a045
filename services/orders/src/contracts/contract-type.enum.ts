import { registerEnumType } from '@nestjs/graphql';

/** The legal form of a client contract; it decides who carries the result risk. */
export enum ContractType {
  /** 請負: contracting for a result; the org is liable for the deliverable. */
  UKEOI = 'UKEOI',
  /** 準委任: quasi-mandate; the org owes diligent work, paid by time or effort. */
  JUNIN = 'JUNIN',
}

registerEnumType(ContractType, { name: 'ContractType' });
