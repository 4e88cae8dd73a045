import { capacityTable, claimProblem, filterPool, NO_FILTER, openHours, type PoolOfferLike } from './pool-filters';

const offer = (over: Partial<PoolOfferLike>): PoolOfferLike => ({
  orgId: 'tateshina',
  title: '住民アンケート入力',
  hours: 30,
  approvedHours: 0,
  requiredStage: 'A',
  skillTags: ['Excel'],
  clientLabel: '長野県内の自治体',
  deadline: '2027-03-01',
  ...over,
});

describe('the pool as a partner filters it', () => {
  const offers = [
    offer({ title: 'B', requiredStage: 'B', deadline: '2027-02-01' }),
    offer({ title: 'own', orgId: 'shiojiri' }),
    offer({ title: 'full', approvedHours: 30 }),
    offer({ title: 'C work', orgId: 'itoigawa', requiredStage: 'C', skillTags: ['Illustrator'] }),
  ];

  it('leaves out own offers and fully approved ones, soonest deadline first', () => {
    expect(filterPool(offers, NO_FILTER, 'shiojiri').map((o) => o.title)).toEqual(['B', 'C work']);
    expect(filterPool(offers, { ...NO_FILTER, openOnly: false }, 'shiojiri').map((o) => o.title)).toEqual(['B', 'C work', 'full']);
  });

  it('filters by owner, by the highest stage the partner can staff, and by words in title, client and tags', () => {
    expect(filterPool(offers, { ...NO_FILTER, ownerOrgId: 'itoigawa' }, 'shiojiri').map((o) => o.title)).toEqual(['C work']);
    expect(filterPool(offers, { ...NO_FILTER, maxStage: 'B' }, 'shiojiri').map((o) => o.title)).toEqual(['B']);
    expect(filterPool(offers, { ...NO_FILTER, text: 'illustrator' }, 'shiojiri').map((o) => o.title)).toEqual(['C work']);
    expect(filterPool(offers, { ...NO_FILTER, text: '長野県 b' }, 'shiojiri').map((o) => o.title)).toEqual(['B']);
  });

  it('counts open hours and refuses claims the owner would refuse', () => {
    expect(openHours({ hours: 30, approvedHours: 20 })).toBe(10);
    expect(openHours({ hours: 30, approvedHours: 40 })).toBe(0);
    expect(claimProblem(10, { hours: 30, approvedHours: 20 })).toBeNull();
    expect(claimProblem(11, { hours: 30, approvedHours: 20 })).toBe('TOO_MANY');
    expect(claimProblem(0, { hours: 30, approvedHours: 0 })).toBe('TOO_FEW');
    expect(claimProblem(1.5, { hours: 30, approvedHours: 0 })).toBe('NOT_WHOLE');
    expect(claimProblem(Number.NaN, { hours: 30, approvedHours: 0 })).toBe('NOT_WHOLE');
  });

  it('tables capacity by member and stage in whole free hours, with totals', () => {
    const table = capacityTable([
      { orgId: 'tateshina', byStage: [{ stage: 'A', workerCount: 2, freeMinutes: 150 }] },
      {
        orgId: 'shiojiri',
        byStage: [
          { stage: 'A', workerCount: 1, freeMinutes: 60 },
          { stage: 'C', workerCount: 1, freeMinutes: 600 },
        ],
      },
    ]);
    expect(table.rows).toEqual([
      { orgId: 'shiojiri', freeHours: { A: 1, B: 0, C: 10 }, workers: 2 },
      { orgId: 'tateshina', freeHours: { A: 2, B: 0, C: 0 }, workers: 2 },
    ]);
    expect(table.totals).toEqual({ A: 3, B: 0, C: 10 });
  });
});
