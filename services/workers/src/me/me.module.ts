import { Module } from '@nestjs/common';
import { CertificatesModule } from '../certificates/certificates.module';
import { SensitiveDataCipher } from '../crypto/sensitive-data.cipher';
import { MeResolver } from './me.resolver';
import { MeService } from './me.service';

@Module({
  imports: [CertificatesModule],
  providers: [MeService, MeResolver, SensitiveDataCipher],
  exports: [MeService],
})
export class MeModule {}
