import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PayCloseService } from './pay-close.service';
import { PayStatementEntity } from './pay-statement.entity';
import { PayStatementLineEntity } from './pay-statement-line.entity';
import { PayResolver } from './pay.resolver';
import { PayStatementsService } from './pay-statements.service';

@Module({
  imports: [TypeOrmModule.forFeature([PayStatementEntity, PayStatementLineEntity])],
  providers: [PayCloseService, PayStatementsService, PayResolver],
  exports: [PayStatementsService],
})
export class PayModule {}
