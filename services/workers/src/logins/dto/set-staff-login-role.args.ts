import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { StaffRole } from '../staff-role.enum';
import { StaffLoginArgs } from './staff-login.args';

@ArgsType()
export class SetStaffLoginRoleArgs extends StaffLoginArgs {
  @Field(() => StaffRole)
  @IsEnum(StaffRole)
  role!: StaffRole;
}
