import { settlementAmountYen } from './settlement-amount';

describe('settlementAmountYen', () => {
  it('pays whole hours at the rate and rounds part hours down to the yen', () => {
    expect(settlementAmountYen(600, 1_200n)).toBe(12_000n);
    expect(settlementAmountYen(61, 1_000n)).toBe(1_016n);
    expect(settlementAmountYen(0, 1_000n)).toBe(0n);
  });

  it('stays exact past 2^53', () => {
    // 2^53 + 1 yen an hour for a minute over 24 hours.
    expect(settlementAmountYen(1_441, 9_007_199_254_740_993n)).toBe(216_322_902_101_362_848n);
  });
});
