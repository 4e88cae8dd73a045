import { MAX_DELIVERY_ATTEMPTS, retryDelayMs } from './retry-backoff';

describe('retryDelayMs', () => {
  it('doubles from 5 seconds after each failed attempt', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([5_000, 10_000, 20_000, 40_000]);
  });

  it('never waits more than an hour, however many attempts failed', () => {
    expect(retryDelayMs(20)).toBe(3_600_000);
    expect(retryDelayMs(MAX_DELIVERY_ATTEMPTS)).toBe(3_600_000);
  });

  it('keeps trying for more than a day before a message is given up', () => {
    const total = Array.from({ length: MAX_DELIVERY_ATTEMPTS - 1 }, (_, i) => retryDelayMs(i + 1)).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(24 * 3_600_000);
  });
});
