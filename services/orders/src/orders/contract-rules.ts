import { ConfidentialityLevel } from './confidentiality-level.enum';
import { OrdersError } from './orders.errors';

/** Confidential material goes only to a client who signed an NDA with the member (機密保持契約). */
export function assertNdaCovers(confidentiality: ConfidentialityLevel, contract: { id: string; ndaSigned: boolean }): void {
  if (confidentiality === ConfidentialityLevel.CONFIDENTIAL && !contract.ndaSigned) {
    throw new OrdersError('CONTRACT_NDA_REQUIRED', 'A confidential order needs a contract with a signed NDA.', { contractId: contract.id });
  }
}
