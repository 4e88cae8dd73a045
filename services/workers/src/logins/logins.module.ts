import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { WorkerEntity } from '../workers/worker.entity';
import { InvitationMail } from './invitation-mail';
import { LoginsResolver } from './logins.resolver';
import { LoginsService } from './logins.service';

@Module({
  imports: [TypeOrmModule.forFeature([WorkerEntity])],
  providers: [LoginsService, LoginsResolver, InvitationMail],
  exports: [LoginsService],
})
export class LoginsModule {}
