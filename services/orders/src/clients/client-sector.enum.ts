import { registerEnumType } from '@nestjs/graphql';

/** Whether a client is a public body (municipal department) or a private company. */
export enum ClientSector {
  PUBLIC = 'PUBLIC',
  PRIVATE = 'PRIVATE',
}

registerEnumType(ClientSector, { name: 'ClientSector' });
