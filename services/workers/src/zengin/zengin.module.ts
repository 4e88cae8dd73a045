import { Module } from '@nestjs/common';
import { SensitiveDataCipher } from '../crypto/sensitive-data.cipher';
import { ZenginResolver } from './zengin.resolver';
import { ZenginService } from './zengin.service';

@Module({ providers: [SensitiveDataCipher, ZenginService, ZenginResolver] })
export class ZenginModule {}
