import type { EntityManager } from 'typeorm';
import { SensitiveDataCipher } from '../crypto/sensitive-data.cipher';
import type { BankAccount as OwnBankAccount } from '../me/bank-account.model';
import { BankAccount } from './bank-account';

/**
 * The one place the transfer file reads workers' bank accounts (振込先) from: the account each
 * worker set in their own profile (setMyBankAccount), sealed per worker (AES-256-GCM, bound to
 * `bank-account:<workerId>`). The profile keeps codes, not names: a data record's bank and branch
 * names are optional in the Zengin layout and are left blank. Workers without an account are left
 * out of the map, and the caller refuses the file naming them.
 */
export async function readWorkerBankAccounts(
  manager: EntityManager,
  cipher: SensitiveDataCipher,
  orgId: string,
  workerIds: readonly string[],
): Promise<Map<string, BankAccount>> {
  const rows: { worker_id: string; iv: Buffer; ciphertext: Buffer; auth_tag: Buffer }[] = await manager.query(
    `SELECT b.worker_id, b.iv, b.ciphertext, b.auth_tag FROM worker_bank_accounts b JOIN workers w ON w.id = b.worker_id
     WHERE w.org_id = $1 AND b.worker_id = ANY($2::uuid[])`,
    [orgId, [...workerIds]],
  );
  const accounts = new Map<string, BankAccount>();
  for (const row of rows) {
    const own = JSON.parse(
      cipher.open({ iv: row.iv, ciphertext: row.ciphertext, authTag: row.auth_tag }, `bank-account:${row.worker_id}`),
    ) as OwnBankAccount;
    accounts.set(row.worker_id, {
      bankCode: own.bankCode,
      bankNameKana: '',
      branchCode: own.branchCode,
      branchNameKana: '',
      accountType: own.accountType,
      accountNumber: own.accountNumber,
      holderNameKana: own.holderKana,
    });
  }
  return accounts;
}
