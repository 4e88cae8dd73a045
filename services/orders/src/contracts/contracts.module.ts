import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClientsModule } from '../clients/clients.module';
import { ContractEntity } from './contract.entity';
import { ContractsResolver } from './contracts.resolver';
import { ContractsService } from './contracts.service';

@Module({
  imports: [TypeOrmModule.forFeature([ContractEntity]), ClientsModule],
  providers: [ContractsService, ContractsResolver],
  exports: [ContractsService, TypeOrmModule],
})
export class ContractsModule {}
