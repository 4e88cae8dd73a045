import { ValidateBy, ValidationOptions } from 'class-validator';

/** The largest amount a bigint column holds (2^63 − 1): past it PostgreSQL would refuse the write. */
export const MAX_STORED_YEN = 9_223_372_036_854_775_807n;

/** A bigint from the Yen or WholeNumber scalar within [min, max]; anything else (a number, a string) is refused. */
export function IsWholeBetween(min: bigint, max: bigint, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isWholeBetween',
      constraints: [min, max],
      validator: {
        validate: (value: unknown) => typeof value === 'bigint' && value >= min && value <= max,
        defaultMessage: (args) => `${args?.property} must be a whole number from ${min} to ${max}`,
      },
    },
    options,
  );
}
