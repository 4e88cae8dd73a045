import { Global, Module } from '@nestjs/common';
import { NotificationDispatcher } from './notification-dispatcher';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

/**
 * Global so that every feature (assignments, time entries, pay, and the offers and Q&A features)
 * can call NotificationsService.notify without wiring its module to this one.
 */
@Global()
@Module({
  providers: [NotificationDispatcher, NotificationsService, NotificationsResolver],
  exports: [NotificationsService, NotificationDispatcher],
})
export class NotificationsModule {}
