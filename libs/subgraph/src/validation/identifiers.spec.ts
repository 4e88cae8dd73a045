import { validateSync } from 'class-validator';
import { IsEmailAddress } from './email.validator';
import { IsOrgId } from './org-id.validator';
import { IsUuid } from './uuid.validator';

class Sample {
  @IsUuid()
  id!: string;

  @IsUuid({ each: true })
  ids!: string[];

  @IsOrgId()
  orgId!: string;

  @IsEmailAddress()
  email!: string;
}

const VALID = {
  id: '7d1f0c1e-0000-4000-8000-000000000001',
  ids: ['7d1f0c1e-0000-4000-8000-000000000002'],
  orgId: 'tateshina',
  email: 'hanako@example.jp',
};

function errorsOf(values: Partial<Sample>): string[] {
  return validateSync(Object.assign(new Sample(), VALID, values)).map((error) => error.property);
}

describe('identifier validators', () => {
  it('accept what the services issue', () => {
    expect(errorsOf({})).toEqual([]);
  });

  it('IsUuid refuses what PostgreSQL could not cast, and checks each element with { each: true }', () => {
    for (const bad of [
      '',
      'not-a-uuid',
      '1',
      "7d1f0c1e-0000-4000-8000-00000000000'",
      '7d1f0c1e00004000800000000000000a',
      '7d1f0c1e-0000-4000-8000-000000000001\u0000',
    ])
      expect(errorsOf({ id: bad })).toEqual(['id']);
    expect(errorsOf({ ids: ['7d1f0c1e-0000-4000-8000-000000000002', 'x'] })).toEqual(['ids']);
  });

  it('IsOrgId refuses upper case, spaces, control characters and overlong ids', () => {
    for (const bad of ['Tateshina', 'tate shina', 'tateshina\u0000', 't', 'a'.repeat(64), '-tateshina'])
      expect(errorsOf({ orgId: bad })).toEqual(['orgId']);
  });

  it('IsEmailAddress refuses non-addresses and addresses over 254 characters', () => {
    for (const bad of [
      'hanako',
      'hanako@',
      'hana\u0000ko@example.jp',
      `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.jp`,
    ])
      expect(errorsOf({ email: bad })).toEqual(['email']);
  });
});
