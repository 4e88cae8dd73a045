import { BankAccountType } from '@kyodo/domain';

// One list of account kinds for every subgraph (libs/domain); the digit a Zengin record writes for each:
export { BankAccountType };

export const ZENGIN_ACCOUNT_TYPE: Readonly<Record<BankAccountType, string>> = {
  [BankAccountType.ORDINARY]: '1',
  [BankAccountType.CHECKING]: '2',
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
