import { newMunicipalitiesOf, RegistryMember } from './new-municipalities';

const member = (id: string, createdAt: string, kind = 'MUNICIPALITY', status = 'ACTIVE'): RegistryMember => ({
  id,
  kind,
  status,
  createdAt,
});

describe('newMunicipalitiesOf (新規導入自治体, by the registry onboarding date in Tokyo)', () => {
  const members = [
    // 2026-03-31 23:59 in Tokyo: the last day of FY2025.
    member('tateshina', '2026-03-31T14:59:59.999Z'),
    // 2026-04-01 00:00 in Tokyo (still March 31 in UTC): FY2026.
    member('omachi', '2026-03-31T15:00:00.000Z'),
    member('itoigawa', '2025-04-01T00:00:00.000Z', 'MUNICIPALITY', 'SUSPENDED'),
    member('kado', '2025-06-01T00:00:00.000Z', 'OPERATOR'),
    member('support', '2025-06-01T00:00:00.000Z', 'SUPPORT_BODY'),
  ];

  it('buckets each municipality into the fiscal year of its Tokyo onboarding day, suspended ones included, operators not', () => {
    expect(newMunicipalitiesOf(members, 2025)).toEqual(['itoigawa', 'tateshina']);
    expect(newMunicipalitiesOf(members, 2026)).toEqual(['omachi']);
    expect(newMunicipalitiesOf(members, 2024)).toEqual([]);
  });
});
