import { staffingProblem, workersForClaim } from './claim-staffing';

describe('staffing an approved claim with own workers', () => {
  it('offers workers whose lower stage reaches the offer, the closest fit first', () => {
    const workers = [
      { id: 'c', itStage: 'C', businessStage: 'C' },
      { id: 'ab', itStage: 'A', businessStage: 'B' },
      { id: 'b', itStage: 'B', businessStage: 'C' },
    ] as const;
    expect(workersForClaim(workers, 'B').map((w) => w.id)).toEqual(['b', 'c']);
    expect(workersForClaim(workers, 'A').map((w) => w.id)).toEqual(['ab', 'b', 'c']);
  });

  it('keeps a booking within what is left of the approved share', () => {
    const claim = { status: 'APPROVED', hours: 20 };
    const form = { hours: 10, from: '2027-02-01', to: '2027-02-28' };
    expect(staffingProblem(form, claim, { approvedShareMinutes: 1200, bookedMinutes: 600 })).toBeNull();
    expect(staffingProblem({ ...form, hours: 11 }, claim, { approvedShareMinutes: 1200, bookedMinutes: 600 })).toBe('OVER_SHARE');
    // Without progress yet, the claim's hours are the share.
    expect(staffingProblem({ ...form, hours: 20 }, claim, undefined)).toBeNull();
    expect(staffingProblem({ ...form, hours: 21 }, claim, undefined)).toBe('OVER_SHARE');
  });

  it('refuses pending claims, broken hours and a period out of order', () => {
    const form = { hours: 1, from: '2027-02-01', to: '2027-02-28' };
    expect(staffingProblem(form, { status: 'PENDING', hours: 5 }, undefined)).toBe('NOT_APPROVED');
    expect(staffingProblem({ ...form, hours: 0 }, { status: 'APPROVED', hours: 5 }, undefined)).toBe('TOO_FEW');
    expect(staffingProblem({ ...form, hours: '1.5' }, { status: 'APPROVED', hours: 5 }, undefined)).toBe('NOT_WHOLE');
    expect(staffingProblem({ ...form, hours: '' }, { status: 'APPROVED', hours: 5 }, undefined)).toBe('TOO_FEW');
    expect(staffingProblem({ ...form, to: '2027-01-31' }, { status: 'APPROVED', hours: 5 }, undefined)).toBe('PERIOD');
  });
});
