import { Field, InputType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { IsEmailAddress, IsSingleLineText } from '@kyodo/subgraph';
import { StaffRole } from '../staff-role.enum';

@InputType()
export class InviteStaffLoginInput {
  @Field({ description: 'Where the invitation goes; also the login name.' })
  @IsEmailAddress()
  email!: string;

  @Field()
  @IsSingleLineText(100)
  familyName!: string;

  @Field()
  @IsSingleLineText(100)
  givenName!: string;

  @Field(() => StaffRole)
  @IsEnum(StaffRole)
  role!: StaffRole;
}
