import { Field, ObjectType } from '@nestjs/graphql';
import { WorkerEntity } from '../workers/worker.entity';
import { StaffLogin } from './staff-login.model';

/**
 * How an invitation reached the person. With a mail server the temporary password goes only by
 * mail; without one (or when the mail failed) it is shown to the inviting admin once, to hand over,
 * as onboarding does for a member's first admin. Keycloak asks for a new password at first login.
 */
@ObjectType('LoginInvitation')
export class LoginInvitation {
  @Field({ description: 'Whether the invitation was mailed to the address.' })
  mailed!: boolean;

  @Field(() => String, { nullable: true, description: 'Only when not mailed: the one-time password to hand over; never stored.' })
  temporaryPassword!: string | null;

  @Field(() => WorkerEntity, { nullable: true, description: 'The worker now linked to the login (worker invitations).' })
  worker?: WorkerEntity | null;

  @Field(() => StaffLogin, { nullable: true, description: 'The staff login (staff invitations).' })
  staffLogin?: StaffLogin | null;
}
