import { Module } from '@nestjs/common';
import { CertificatesResolver } from './certificates.resolver';
import { CertificatesService } from './certificates.service';

@Module({ providers: [CertificatesService, CertificatesResolver], exports: [CertificatesService] })
export class CertificatesModule {}
