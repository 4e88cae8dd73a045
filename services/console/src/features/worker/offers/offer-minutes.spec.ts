import { hoursToMinutes, offerMinutesRange } from './offer-minutes';

describe('offer minutes', () => {
  it('lets a worker take between the minimum and what is left', () => {
    expect(offerMinutesRange({ minimumMinutes: 120, remainingMinutes: 600 })).toEqual({ min: 120, max: 600 });
  });

  it('lets the last worker take the rest when less than the minimum is left', () => {
    expect(offerMinutesRange({ minimumMinutes: 120, remainingMinutes: 90 })).toEqual({ min: 90, max: 90 });
    expect(offerMinutesRange({ minimumMinutes: 120, remainingMinutes: 0 })).toEqual({ min: 0, max: 0 });
  });

  it('reads typed hours as whole minutes and refuses what is not a positive number', () => {
    expect(hoursToMinutes(10)).toBe(600);
    expect(hoursToMinutes('2.5')).toBe(150);
    expect(hoursToMinutes('')).toBeNull();
    expect(hoursToMinutes('abc')).toBeNull();
    expect(hoursToMinutes(-1)).toBeNull();
  });
});
