import { Global, Module } from '@nestjs/common';
import { DocumentIssuers } from './document-issuers';

/** The issuer resolution every document of the node uses. */
@Global()
@Module({ providers: [DocumentIssuers], exports: [DocumentIssuers] })
export class DocumentsModule {}
