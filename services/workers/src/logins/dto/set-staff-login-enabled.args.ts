import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { StaffLoginArgs } from './staff-login.args';

@ArgsType()
export class SetStaffLoginEnabledArgs extends StaffLoginArgs {
  @Field({ description: 'false disables the login (Keycloak ends its sessions); true enables it again.' })
  @IsBoolean()
  enabled!: boolean;
}
