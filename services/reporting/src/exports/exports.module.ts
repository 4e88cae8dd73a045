import { Module } from '@nestjs/common';
import { KpisModule } from '../kpis/kpis.module';
import { TargetsModule } from '../targets/targets.module';
import { ExportsResolver } from './exports.resolver';

@Module({ imports: [KpisModule, TargetsModule], providers: [ExportsResolver] })
export class ExportsModule {}
