import { RestartPolicy } from './restart-policy';

describe('RestartPolicy', () => {
  const options = { initialDelayMs: 500, maxDelayMs: 4_000, stableAfterMs: 60_000 };

  it('doubles the wait with each crash in a row, up to the maximum', () => {
    const policy = new RestartPolicy(options);
    expect([1, 2, 3, 4, 5, 6].map(() => policy.delayAfterCrash(100))).toEqual([500, 1000, 2000, 4000, 4000, 4000]);
  });

  it('starts over after a process ran long enough to count as recovered', () => {
    const policy = new RestartPolicy(options);
    policy.delayAfterCrash(100);
    policy.delayAfterCrash(100);
    expect(policy.delayAfterCrash(60_000)).toBe(500);
    expect(policy.delayAfterCrash(100)).toBe(1000);
  });
});
