import { DynamicModule, Module } from '@nestjs/common';
import { GatewayClient } from '@kyodo/subgraph';
import { GatewayWorkerDirectory, WORKER_DIRECTORY, WorkerDirectory } from './worker-directory';

export interface WorkerDirectoryOptions {
  /** The consortium gateway the workers nodes are asked through (NodeConfig.GATEWAY_URL). */
  gatewayUrl?: string;
  /** Replaces the gateway (a spec's test double). */
  workerDirectory?: WorkerDirectory;
}

/** Global, so the orders feature (imported by several modules) injects it without options of its own. */
@Module({})
export class WorkerDirectoryModule {
  static forRoot(options: WorkerDirectoryOptions): DynamicModule {
    return {
      module: WorkerDirectoryModule,
      global: true,
      providers: [
        {
          provide: WORKER_DIRECTORY,
          useValue: options.workerDirectory ?? new GatewayWorkerDirectory(new GatewayClient(options.gatewayUrl)),
        },
      ],
      exports: [WORKER_DIRECTORY],
    };
  }
}
