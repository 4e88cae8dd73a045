import { EnvVar, NodeConfig } from '@kyodo/config';
import { ValidateBy } from 'class-validator';

/** Exactly 32 bytes, standard base64: an AES-256 key. */
export function decodeDataKey(value: unknown): Buffer | null {
  if (typeof value !== 'string' || !/^[A-Za-z0-9+/]{43}=$/.test(value)) return null;
  const key = Buffer.from(value, 'base64');
  return key.length === 32 ? key : null;
}

const IsDataKey = () =>
  ValidateBy({
    name: 'isDataKey',
    validator: {
      validate: (value: unknown) => decodeDataKey(value) !== null,
      defaultMessage: () => '$property must be 32 random bytes in base64 (openssl rand -base64 32)',
    },
  });

/** What a workers node reads from its environment: a node's settings plus the key for sensitive data. */
export class WorkersConfig extends NodeConfig {
  @EnvVar({
    description: 'AES-256-GCM key (32 bytes, base64) encrypting workers\' sensitive notes (要配慮個人情報) at rest.',
    secret: true,
  })
  @IsDataKey()
  WORKER_DATA_KEY!: string;
}

/** The validated key of a loaded config (loadConfig has already refused a bad one). */
export function dataKeyOf(config: WorkersConfig): Buffer {
  const key = decodeDataKey(config.WORKER_DATA_KEY);
  if (!key) throw new Error('WORKER_DATA_KEY is not a 32-byte base64 key');
  return key;
}
