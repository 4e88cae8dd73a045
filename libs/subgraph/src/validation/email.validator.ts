import { applyDecorators } from '@nestjs/common';
import { IsEmail, MaxLength } from 'class-validator';

/** An e-mail address, at most 254 characters (RFC 5321's path limit), as every service stores one. */
export const IsEmailAddress = (): PropertyDecorator =>
  applyDecorators(IsEmail({}, { message: '$property must be an e-mail address' }), MaxLength(254));
