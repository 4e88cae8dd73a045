import { registerEnumType } from '@nestjs/graphql';

/** How sensitive an order's material is; it decides who may see it and which training is due first. */
export enum ConfidentialityLevel {
  /** Published or publishable material. */
  OPEN = 'OPEN',
  /** 社外秘: internal material of the client. */
  INTERNAL = 'INTERNAL',
  /** 機密: personal data or secrets; security training and a locked workspace required. */
  CONFIDENTIAL = 'CONFIDENTIAL',
}

registerEnumType(ConfidentialityLevel, { name: 'ConfidentialityLevel' });
