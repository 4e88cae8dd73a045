import { ValidationOptions, ValidateBy, buildMessage } from 'class-validator';

/**
 * The most any single amount may be: ¥10^16 (ten thousand trillion yen). Far past any real order,
 * and past 2^53 so nothing here is held to JavaScript's exact-number range; a sum of such amounts
 * times a tax rate still fits PostgreSQL's bigint (9.2 × 10^18).
 */
export const MAX_YEN_AMOUNT = 10n ** 16n;

/** A `Yen` input (a bigint once the scalar parsed it) from `min` to MAX_YEN_AMOUNT. */
export function IsYenAmount(min: bigint, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isYenAmount',
      constraints: [min],
      validator: {
        validate: (value: unknown) => typeof value === 'bigint' && value >= min && value <= MAX_YEN_AMOUNT,
        defaultMessage: buildMessage((each) => `${each}$property must be whole yen from ${min} to ${MAX_YEN_AMOUNT}`, options),
      },
    },
    options,
  );
}
