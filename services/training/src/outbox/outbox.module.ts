import { Module } from '@nestjs/common';
import { OutboxDeliveryService } from './outbox-delivery.service';

/** What the training node tells other nodes after its own commit (today: stage changes to the workers node). */
@Module({
  providers: [OutboxDeliveryService],
  exports: [OutboxDeliveryService],
})
export class OutboxModule {}
