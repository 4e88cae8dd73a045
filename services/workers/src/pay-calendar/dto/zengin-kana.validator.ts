import { applyDecorators } from '@nestjs/common';
import { IsString, Length, ValidateBy, buildMessage } from 'class-validator';
import { isZenginText } from '../../zengin/zengin-text';

/** A name a Zengin transfer can carry: kana (either width), digits, Latin letters, a few symbols. */
export const IsZenginKana = (max: number): PropertyDecorator =>
  applyDecorators(
    IsString(),
    Length(1, max),
    ValidateBy({
      name: 'isZenginKana',
      validator: {
        validate: isZenginText,
        defaultMessage: buildMessage(
          (prefix) => `${prefix}$property must be kana, digits or Latin letters, as a bank transfer carries it (e.g. タテシナチョウ)`,
        ),
      },
    }),
  );
