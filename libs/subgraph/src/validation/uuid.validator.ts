import { IsUUID } from 'class-validator';

/**
 * An id of a row: a UUID as the services issue them (RFC 9562 versions 1 to 8, or the nil and
 * max UUIDs). Checked at the edge so a malformed id is BAD_USER_INPUT, never a PostgreSQL cast error.
 */
export const IsUuid = (options: { each?: boolean } = {}): PropertyDecorator =>
  IsUUID('all', { each: options.each, message: options.each ? 'each value in $property must be a UUID' : '$property must be a UUID' });
