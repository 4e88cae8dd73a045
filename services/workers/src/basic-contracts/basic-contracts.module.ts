import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BasicContractEntity } from './basic-contract.entity';
import { BasicContractsResolver } from './basic-contracts.resolver';
import { BasicContractsService } from './basic-contracts.service';

@Module({
  imports: [TypeOrmModule.forFeature([BasicContractEntity])],
  providers: [BasicContractsService, BasicContractsResolver],
})
export class BasicContractsModule {}
