import { IntrinsicException } from '@nestjs/common';

/**
 * The base of every feature's error type. `code` lands in `extensions.code` of the GraphQL
 * error; `details` in `extensions.details`. Each feature lists its codes in one place.
 * It is an IntrinsicException so that Nest does not log an expected refusal as a crash.
 */
export class DomainError<TCode extends string = string> extends IntrinsicException {
  constructor(
    readonly code: TCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
