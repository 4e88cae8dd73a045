import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { StaffRoleRecorderInterceptor } from './staff-role-recorder.interceptor';

/** The staff-role history the directors KPI counts (staff_role_years). */
@Module({ providers: [{ provide: APP_INTERCEPTOR, useClass: StaffRoleRecorderInterceptor }] })
export class StaffRolesModule {}
