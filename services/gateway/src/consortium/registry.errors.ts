import { DomainError } from '@kyodo/subgraph';

export type RegistryErrorCode = 'MEMBER_EXISTS' | 'MEMBER_NOT_FOUND' | 'NODE_EXISTS' | 'NODE_NOT_FOUND';

export class RegistryError extends DomainError<RegistryErrorCode> {}
