import type { EntityManager } from 'typeorm';
import { SensitiveDataCipher } from '../crypto/sensitive-data.cipher';
import { BankAccount, BankAccountType } from './bank-account';

/**
 * The one place the transfer file reads workers' bank accounts (振込先) from.
 *
 * STUB until the worker's own bank account lands in the worker profile (services/workers/src/me,
 * issue #18 item 1, another branch): it reads the account from the worker's sealed sensitive data
 * (worker_sensitive_notes, AES-256-GCM), where it is stored as JSON `{"bankAccount": {...}}`.
 * At merge, this function's body is replaced by a read of the profile's sealed bank fields; its
 * signature is what the transfer file relies on. Workers without a readable account are left out
 * of the map, and the caller refuses the file.
 */
export async function readWorkerBankAccounts(
  manager: EntityManager,
  cipher: SensitiveDataCipher,
  orgId: string,
  workerIds: readonly string[],
): Promise<Map<string, BankAccount>> {
  const rows: { worker_id: string; iv: Buffer; ciphertext: Buffer; auth_tag: Buffer }[] = await manager.query(
    `SELECT n.worker_id, n.iv, n.ciphertext, n.auth_tag FROM worker_sensitive_notes n JOIN workers w ON w.id = n.worker_id
     WHERE w.org_id = $1 AND n.worker_id = ANY($2::uuid[])`,
    [orgId, [...workerIds]],
  );
  const accounts = new Map<string, BankAccount>();
  for (const row of rows) {
    const account = parseAccount(cipher.open({ iv: row.iv, ciphertext: row.ciphertext, authTag: row.auth_tag }, row.worker_id));
    if (account) accounts.set(row.worker_id, account);
  }
  return accounts;
}

function parseAccount(plaintext: string): BankAccount | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(plaintext);
  } catch {
    return null;
  }
  const account = (parsed as { bankAccount?: Partial<BankAccount> } | null)?.bankAccount;
  if (!account || typeof account !== 'object') return null;
  const text = (key: keyof BankAccount) => (typeof account[key] === 'string' ? (account[key] as string) : null);
  const fields = {
    bankCode: text('bankCode'),
    bankNameKana: text('bankNameKana'),
    branchCode: text('branchCode'),
    branchNameKana: text('branchNameKana'),
    accountNumber: text('accountNumber'),
    holderNameKana: text('holderNameKana'),
  };
  const accountType = Object.values(BankAccountType).find((type) => type === account.accountType);
  if (!accountType || Object.values(fields).some((v) => v === null)) return null;
  return { ...(fields as Omit<BankAccount, 'accountType'>), accountType };
}
