import { applyDecorators } from '@nestjs/common';
import { IsString, Length, ValidationOptions, ValidateBy, buildMessage } from 'class-validator';

/**
 * Characters no text field stores: control characters (C0, DEL, C1; NUL is what PostgreSQL
 * refuses outright) and lone UTF-16 surrogates, which UTF-8 cannot encode (they would be
 * stored as U+FFFD, not as what was sent). Single-line text also refuses the Unicode line and
 * paragraph separators; multi-line text allows tab, line feed and carriage return.
 */
const SINGLE_LINE_FORBIDDEN = /[\p{Cc}\p{Cs}\u2028\u2029]/u;
const MULTI_LINE_FORBIDDEN = /(?![\t\n\r])[\p{Cc}\p{Cs}]/u;

/** What no string anywhere may carry (the last-line check refuses it in any argument or variable). */
export const UNSTORABLE_TEXT = MULTI_LINE_FORBIDDEN;

export function isSingleLineText(value: unknown): boolean {
  return typeof value === 'string' && !SINGLE_LINE_FORBIDDEN.test(value);
}

export function isMultiLineText(value: unknown): boolean {
  return typeof value === 'string' && !MULTI_LINE_FORBIDDEN.test(value);
}

export interface TextOptions {
  /** Fewest characters (code points); 1 unless given, so an empty string is refused. */
  min?: number;
  /** Validate each element of an array. */
  each?: boolean;
}

function textDecorators(
  name: string,
  test: (value: unknown) => boolean,
  allowed: string,
  max: number,
  options: TextOptions,
): PropertyDecorator {
  const each: ValidationOptions = { each: options.each };
  return applyDecorators(
    IsString(each),
    Length(options.min ?? 1, max, each),
    ValidateBy(
      {
        name,
        validator: {
          validate: test,
          defaultMessage: buildMessage((prefix) => `${prefix}$property must be text without control characters${allowed}`, each),
        },
      },
      each,
    ),
  );
}

/** A name, title or label: one line of at most `max` characters, no control characters. */
export const IsSingleLineText = (max: number, options: TextOptions = {}): PropertyDecorator =>
  textDecorators('isSingleLineText', isSingleLineText, ' or line breaks', max, options);

/** A note or description: tab and line breaks allowed, no other control characters. */
export const IsMultiLineText = (max: number, options: TextOptions = {}): PropertyDecorator =>
  textDecorators('isMultiLineText', isMultiLineText, ' (tab and line breaks are allowed)', max, options);
