import { SkillStage } from '@kyodo/domain';
import type { WorkerEntity } from '../workers/worker.entity';
import { WorkerStatus } from '../workers/worker-status.enum';
import { freeMinutes, ineligibilities, ineligibility, OfferRequirements } from './offer-eligibility';

// Mondays to Fridays 3 h; June 2025 holds 21 weekdays = 63 h.
const worker = (extra: Partial<WorkerEntity> = {}): WorkerEntity =>
  ({
    status: WorkerStatus.ACTIVE,
    itStage: SkillStage.B,
    businessStage: SkillStage.B,
    ndaSignedOn: '2025-04-01',
    consortiumConsent: true,
    availabilityMinutes: [0, 180, 180, 180, 180, 180, 0],
    monthlyHourCap: 50,
    ...extra,
  }) as WorkerEntity;

const offer: OfferRequirements = {
  taskIsOtherMembers: false,
  periodFrom: '2025-06-02',
  periodTo: '2025-06-27',
  minimumMinutes: 600,
  requiredItStage: SkillStage.B,
  requiredBusinessStage: null,
  confidential: true,
};

describe('who is offered the work', () => {
  it('offers it to an active worker at the stage, with an NDA and room', () => {
    expect(ineligibility(worker(), new Map(), offer)).toBeNull();
  });

  it('names the first rule a worker fails', () => {
    expect(ineligibility(worker({ status: WorkerStatus.REGISTERED }), new Map(), offer)).toBe('INACTIVE');
    expect(ineligibility(worker({ itStage: SkillStage.A }), new Map(), offer)).toBe('STAGE_TOO_LOW');
    expect(ineligibility(worker({ businessStage: SkillStage.A }), new Map(), { ...offer, requiredBusinessStage: SkillStage.B })).toBe(
      'STAGE_TOO_LOW',
    );
    expect(ineligibility(worker({ ndaSignedOn: null }), new Map(), offer)).toBe('NO_NDA');
    expect(ineligibility(worker({ ndaSignedOn: null }), new Map(), { ...offer, confidential: false })).toBeNull();
    expect(ineligibility(worker({ consortiumConsent: false }), new Map(), { ...offer, taskIsOtherMembers: true })).toBe(
      'NO_CONSORTIUM_CONSENT',
    );
    expect(ineligibility(worker({ monthlyHourCap: 9 }), new Map(), offer)).toBe('NO_CAPACITY');
    expect(ineligibility(worker({ availabilityMinutes: [0, 0, 0, 0, 0, 0, 0] }), new Map(), offer)).toBe('NO_CAPACITY');
  });

  it('counts what is booked already against the month', () => {
    // 50 h cap: 40 h booked leaves exactly the 10 h minimum; one more minute does not fit.
    expect(ineligibility(worker(), new Map([['2025-06-01', 40 * 60]]), offer)).toBeNull();
    expect(ineligibility(worker(), new Map([['2025-06-01', 40 * 60 + 1]]), offer)).toBe('NO_CAPACITY');
    expect(ineligibility(worker(), new Map([['2025-07-01', 50 * 60]]), offer)).toBeNull();
  });
});

describe('every reason a worker is out', () => {
  it('lists all the rules failed, not only the first', () => {
    expect(ineligibilities(worker({ itStage: SkillStage.A, ndaSignedOn: null, monthlyHourCap: 9 }), new Map(), offer)).toEqual([
      'STAGE_TOO_LOW',
      'NO_NDA',
      'NO_CAPACITY',
    ]);
    expect(ineligibilities(worker(), new Map(), offer)).toEqual([]);
  });

  it('counts the room left in the tightest month after the share is booked', () => {
    // Cap 50 h = 3000 min; 600 booked for the offer and 400 already: 2000 left.
    expect(freeMinutes(worker(), new Map([['2025-06-01', 400]]), offer)).toBe(2000);
    expect(freeMinutes(worker(), new Map([['2025-06-01', 2401]]), offer)).toBeNull();
  });
});
