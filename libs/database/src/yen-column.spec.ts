import { yenBigIntTransformer } from './yen-column';

describe('yenBigIntTransformer', () => {
  it('reads a bigint column past 2^53 exactly and writes it back as its digits', () => {
    expect(yenBigIntTransformer.from('9007199254740993')).toBe(9_007_199_254_740_993n);
    expect(yenBigIntTransformer.from('-5')).toBe(-5n);
    expect(yenBigIntTransformer.from(null)).toBeNull();
    expect(yenBigIntTransformer.to(9_007_199_254_740_993n)).toBe('9007199254740993');
  });

  it('refuses a fraction rather than round it', () => {
    expect(() => yenBigIntTransformer.from('10.5')).toThrow(/not whole yen/);
  });
});
