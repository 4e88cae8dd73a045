import { Module } from '@nestjs/common';
import { WORKER_DATA_KEY } from '../crypto/sensitive-data.cipher';
import { FILE_LINKS, FileLinks } from './file-links';
import { FilesController } from './files.controller';
import { FilesService } from './files.service';

@Module({
  controllers: [FilesController],
  providers: [FilesService, { provide: FILE_LINKS, useFactory: (key: Buffer) => new FileLinks(key), inject: [WORKER_DATA_KEY] }],
  exports: [FilesService, FILE_LINKS],
})
export class FilesModule {}
