import { ConsoleLogger } from '@nestjs/common';
import { redactForLog } from './redaction';

/**
 * The logger of every service: Nest's console logger, but what it is given passes through
 * `redactForLog` first, so a failed query's SQL parameters or a worker's personal data in an
 * error's properties never reach a log file (Nest logs an unexpected resolver error whole).
 */
export class RedactingLogger extends ConsoleLogger {
  override log(message: unknown, ...rest: unknown[]): void {
    super.log(redactForLog(message), ...rest.map((item) => redactForLog(item)));
  }

  override error(message: unknown, ...rest: unknown[]): void {
    super.error(redactForLog(message), ...rest.map((item) => redactForLog(item)));
  }

  override warn(message: unknown, ...rest: unknown[]): void {
    super.warn(redactForLog(message), ...rest.map((item) => redactForLog(item)));
  }

  override debug(message: unknown, ...rest: unknown[]): void {
    super.debug(redactForLog(message), ...rest.map((item) => redactForLog(item)));
  }

  override verbose(message: unknown, ...rest: unknown[]): void {
    super.verbose(redactForLog(message), ...rest.map((item) => redactForLog(item)));
  }

  override fatal(message: unknown, ...rest: unknown[]): void {
    super.fatal(redactForLog(message), ...rest.map((item) => redactForLog(item)));
  }
}
