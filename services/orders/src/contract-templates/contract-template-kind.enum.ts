import { registerEnumType } from '@nestjs/graphql';

/** Which of the member's client-side contract texts a template is. */
export enum ContractTemplateKind {
  /** 業務委託契約書: the service contract with a client (請負 or 準委任). */
  SERVICE_CONTRACT = 'SERVICE_CONTRACT',
  /** 秘密保持契約書: the non-disclosure agreement with a client. */
  NDA = 'NDA',
}

registerEnumType(ContractTemplateKind, { name: 'ContractTemplateKind' });
