import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommissionTermsEntity } from './commission-terms.entity';
import { CommissionTermsResolver } from './commission-terms.resolver';
import { CommissionTermsService } from './commission-terms.service';

@Module({
  imports: [TypeOrmModule.forFeature([CommissionTermsEntity])],
  providers: [CommissionTermsService, CommissionTermsResolver],
})
export class CommissionTermsModule {}
