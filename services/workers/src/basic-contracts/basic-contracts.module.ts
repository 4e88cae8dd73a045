import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BasicContractEntity } from './basic-contract.entity';
import { BasicContractTemplateEntity } from './basic-contract-template.entity';
import { BasicContractsResolver } from './basic-contracts.resolver';
import { BasicContractsService } from './basic-contracts.service';

@Module({
  imports: [TypeOrmModule.forFeature([BasicContractEntity, BasicContractTemplateEntity])],
  providers: [BasicContractsService, BasicContractsResolver],
})
export class BasicContractsModule {}
