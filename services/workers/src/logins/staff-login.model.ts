import { Field, ObjectType } from '@nestjs/graphql';
import { StaffRole } from './staff-role.enum';

/** A staff login of the member (director or org admin), named by its username: no Keycloak id leaves the node. */
@ObjectType('StaffLogin')
export class StaffLogin {
  @Field({ description: 'The login name (the e-mail for invited logins).' })
  username!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  familyName!: string | null;

  @Field(() => String, { nullable: true })
  givenName!: string | null;

  @Field(() => StaffRole)
  role!: StaffRole;

  @Field()
  enabled!: boolean;
}
