import { Module } from '@nestjs/common';
import { WorkersModule } from '../workers/workers.module';
import { OrderLeadResolver } from './order-lead.resolver';
import { OrderLeadService } from './order-lead.service';

/** An order's lead worker, checked here and recorded by the org's orders node (ORDER_LEAD_UPSTREAM, WORKERS_SERVICE_ACCOUNT from the app module). */
@Module({ imports: [WorkersModule], providers: [OrderLeadService, OrderLeadResolver] })
export class OrderLeadModule {}
