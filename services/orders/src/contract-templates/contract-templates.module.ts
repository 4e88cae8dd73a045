import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContractTemplateEntity } from './contract-template.entity';
import { ContractTemplatesResolver } from './contract-templates.resolver';
import { ContractTemplatesService } from './contract-templates.service';

@Module({
  imports: [TypeOrmModule.forFeature([ContractTemplateEntity])],
  providers: [ContractTemplatesService, ContractTemplatesResolver],
})
export class ContractTemplatesModule {}
