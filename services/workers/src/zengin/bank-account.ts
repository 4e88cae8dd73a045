import { registerEnumType } from '@nestjs/graphql';

/** 預金種目: the kind of a Japanese bank account, with the digit a Zengin record writes for it. */
export enum BankAccountType {
  /** 普通預金 */
  ORDINARY = 'ORDINARY',
  /** 当座預金 */
  CURRENT = 'CURRENT',
  /** 貯蓄預金 */
  SAVINGS = 'SAVINGS',
}

registerEnumType(BankAccountType, { name: 'BankAccountType', description: '預金種目: 普通 (ORDINARY), 当座 (CURRENT) or 貯蓄 (SAVINGS).' });

export const ZENGIN_ACCOUNT_TYPE: Readonly<Record<BankAccountType, string>> = {
  [BankAccountType.ORDINARY]: '1',
  [BankAccountType.CURRENT]: '2',
  [BankAccountType.SAVINGS]: '4',
};

/** A domestic bank account as a transfer names it: codes from the Zengin bank code list, names in kana. */
export interface BankAccount {
  /** 金融機関コード, 4 digits. */
  bankCode: string;
  bankNameKana: string;
  /** 支店コード, 3 digits. */
  branchCode: string;
  branchNameKana: string;
  accountType: BankAccountType;
  /** 口座番号, 7 digits. */
  accountNumber: string;
  /** 口座名義 in kana, as the bank holds it. */
  holderNameKana: string;
}
