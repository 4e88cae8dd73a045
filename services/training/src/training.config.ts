import { IsOptional, IsString } from 'class-validator';
import { EnvVar, IsEnvInt, NodeConfig } from '@kyodo/config';

/** What a training node reads from its environment: a node's settings plus its own service account. */
export class TrainingConfig extends NodeConfig {
  @EnvVar({
    description:
      "Secret of the training nodes' Keycloak client (kyodo-training, client credentials). The outbox delivers recorded stage changes to the org's workers node as this service account; without it they wait in the outbox.",
    secret: true,
  })
  @IsOptional()
  @IsString()
  TRAINING_CLIENT_SECRET?: string;

  @EnvVar({ description: 'How often the outbox looks for stage changes due for (re)delivery to the workers node, in ms.' })
  @IsEnvInt(100, 3_600_000)
  OUTBOX_SWEEP_MS: number = 5_000;
}
