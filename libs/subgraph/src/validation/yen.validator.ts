import { ValidateBy, ValidationOptions } from 'class-validator';

/**
 * A `Yen` argument (already a bigint once the scalar parsed it) within whole-yen bounds. The
 * bounds are the business's (a rate's plausible range), not the type's: Yen itself has none.
 */
export const IsYenBetween = (min: bigint, max: bigint, options: ValidationOptions = {}): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isYenBetween',
      constraints: [min, max],
      validator: {
        validate: (value: unknown) => typeof value === 'bigint' && value >= min && value <= max,
        defaultMessage: () => `$property must be whole yen from ${min} to ${max}`,
      },
    },
    options,
  );
