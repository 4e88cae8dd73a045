import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentAuth, Role, Roles, type AuthContext } from '@kyodo/auth';
import { OrgNode } from '@kyodo/subgraph';
import { MarkNotificationsReadArgs } from './dto/mark-notifications-read.args';
import { NotificationsArgs } from './dto/notifications.args';
import { NotificationEntity } from './notification.entity';
import { NotificationsService } from './notifications.service';

@Resolver(() => NotificationEntity)
export class NotificationsResolver {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.Worker)
  @Query(() => [NotificationEntity], {
    description: "The caller's own notifications (at most 100), newest first, with the caller's read state.",
  })
  myNotifications(@Args() { orgId, unreadOnly }: NotificationsArgs, @CurrentAuth() auth: AuthContext): Promise<NotificationEntity[]> {
    return this.notifications.forWorker(this.node.resolve(orgId), auth, unreadOnly);
  }

  @Roles(Role.Director, Role.OrgAdmin)
  @Query(() => [NotificationEntity], {
    description: "The org staff's notifications (at most 100), newest first; read state is each staff member's own.",
  })
  staffNotifications(@Args() { orgId, unreadOnly }: NotificationsArgs, @CurrentAuth() auth: AuthContext): Promise<NotificationEntity[]> {
    return this.notifications.forStaff(this.node.resolve(orgId), auth, unreadOnly);
  }

  @Roles(Role.Worker, Role.Director, Role.OrgAdmin)
  @Mutation(() => Int, {
    description:
      'Marks notifications read for the caller; ids not addressed to the caller are left alone. Answers how many were newly marked.',
  })
  markNotificationsRead(@Args() { orgId, ids }: MarkNotificationsReadArgs, @CurrentAuth() auth: AuthContext): Promise<number> {
    return this.notifications.markRead(this.node.resolve(orgId), auth, ids);
  }
}
