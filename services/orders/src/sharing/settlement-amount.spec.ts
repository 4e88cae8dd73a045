import { settlementAmountYen } from './settlement-amount';

describe('settlementAmountYen', () => {
  it('pays whole hours at the rate and rounds part hours down to the yen', () => {
    expect(settlementAmountYen(600, 1_200)).toBe(12_000);
    expect(settlementAmountYen(61, 1_000)).toBe(1_016);
    expect(settlementAmountYen(0, 1_000)).toBe(0);
  });
});
