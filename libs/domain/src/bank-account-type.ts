/**
 * 預金種目: the kind of a Japanese bank account, as invoices (振込先), workers' pay accounts and
 * the Zengin transfer file name it. One list for every subgraph: the supergraph composes the
 * enum once, so each subgraph declaring it must declare the same values.
 */
export enum BankAccountType {
  /** 普通預金 (Zengin code 1) */
  ORDINARY = 'ORDINARY',
  /** 当座預金 (Zengin code 2) */
  CHECKING = 'CHECKING',
  /** 貯蓄預金 (Zengin code 4) */
  SAVINGS = 'SAVINGS',
}

/** How a document prints it. */
export const BANK_ACCOUNT_TYPE_LABEL: Readonly<Record<BankAccountType, string>> = {
  [BankAccountType.ORDINARY]: '普通',
  [BankAccountType.CHECKING]: '当座',
  [BankAccountType.SAVINGS]: '貯蓄',
};
