import { parseYenInput } from './money-input';

describe('parseYenInput', () => {
  it('accepts yen as people type it: separators, the yen sign, full-width digits', () => {
    expect(parseYenInput('1,234,567')).toBe('1234567');
    expect(parseYenInput('¥５０００')).toBe('5000');
    expect(parseYenInput('3000円')).toBe('3000');
    expect(parseYenInput('007')).toBe('7');
  });

  it('refuses what is not whole yen', () => {
    expect(parseYenInput('12.5')).toBeNull();
    expect(parseYenInput('-100')).toBeNull();
    expect(parseYenInput('')).toBeNull();
    expect(parseYenInput('abc')).toBeNull();
  });
});
