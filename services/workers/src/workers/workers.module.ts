import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SensitiveDataCipher } from '../crypto/sensitive-data.cipher';
import { SensitiveNotesService } from './sensitive-notes.service';
import { WorkerEntity } from './worker.entity';
import { WorkersResolver } from './workers.resolver';
import { WorkersService } from './workers.service';

@Module({
  imports: [TypeOrmModule.forFeature([WorkerEntity])],
  providers: [WorkersService, WorkersResolver, SensitiveNotesService, SensitiveDataCipher],
  exports: [WorkersService],
})
export class WorkersModule {}
