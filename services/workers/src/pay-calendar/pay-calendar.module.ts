import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PaySettingsEntity } from './pay-settings.entity';
import { PayCloseWarningsResolver, PaySettingsResolver } from './pay-settings.resolver';
import { PaySettingsService } from './pay-settings.service';

@Module({
  imports: [TypeOrmModule.forFeature([PaySettingsEntity])],
  providers: [PaySettingsService, PaySettingsResolver, PayCloseWarningsResolver],
  exports: [PaySettingsService],
})
export class PayCalendarModule {}
