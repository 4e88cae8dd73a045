import {
  addDays,
  fiscalYearOf,
  formatDate,
  formatFiscalYear,
  formatMinutes,
  formatMonth,
  formatWareki,
  formatWarekiMonth,
  formatYen,
  isKatakanaReading,
  previousMonth,
  toKatakanaReading,
  tokyoDate,
} from './format';

describe('formatDate', () => {
  it('writes a calendar day the Japanese way, with the weekday in full-width brackets', () => {
    expect(formatDate('2026-12-07')).toBe('2026年12月7日（月）');
  });

  it('reads timestamps in Tokyo: 15:30 UTC on the 6th is already the 7th there', () => {
    expect(formatDate('2026-12-06T15:30:00Z')).toBe('2026年12月7日（月）');
  });

  it('has an English form for the second language', () => {
    expect(formatDate('2026-12-07', 'en')).toBe('Mon, 7 Dec 2026');
  });

  it('shows what it cannot read instead of "Invalid Date"', () => {
    expect(formatDate('not a date')).toBe('not a date');
  });
});

describe('formatWareki', () => {
  it('uses the era, as certificates do', () => {
    expect(formatWareki('2026-12-07')).toBe('令和8年12月7日');
    expect(formatWareki('2019-04-30')).toBe('平成31年4月30日');
  });
});

describe('formatYen', () => {
  it('separates thousands', () => {
    expect(formatYen(1234567)).toBe('¥1,234,567');
    expect(formatYen('0')).toBe('¥0');
  });

  it('keeps every digit past 2^53, from the decimal strings the API sends', () => {
    expect(formatYen('9007199254740993')).toBe('¥9,007,199,254,740,993');
  });

  it('shows negatives (credit notes) with the sign first', () => {
    expect(formatYen('-5500')).toBe('-¥5,500');
  });

  it('never rounds what is not integer yen', () => {
    expect(formatYen('12.5')).toBe('12.5');
  });
});

describe('fiscal years', () => {
  it('run from April to March', () => {
    expect(fiscalYearOf('2026-04-01')).toBe(2026);
    expect(fiscalYearOf('2027-03-31')).toBe(2026);
    expect(fiscalYearOf('2026-03-31')).toBe(2025);
  });

  it('are named 年度 in Japanese', () => {
    expect(formatFiscalYear(2026)).toBe('2026年度');
    expect(formatFiscalYear(2026, 'en')).toBe('FY2026');
  });
});

describe('months and durations', () => {
  it('writes a pay month in both calendars', () => {
    expect(formatMonth('2026-12')).toBe('2026年12月');
    expect(formatMonth('2026-12', 'en')).toBe('Dec 2026');
    expect(formatWarekiMonth('2026-12')).toBe('令和8年12月');
    expect(formatWarekiMonth('2019-04')).toBe('平成31年4月');
  });

  it('writes minutes as hours and minutes', () => {
    expect(formatMinutes(450)).toBe('7時間30分');
    expect(formatMinutes(480)).toBe('8時間');
    expect(formatMinutes(0)).toBe('0分');
    expect(formatMinutes(450, 'en')).toBe('7 h 30 min');
  });

  it('counts days and months across year ends', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(previousMonth('2027-01-15')).toBe('2026-12');
    expect(previousMonth('2026-12-07')).toBe('2026-11');
    expect(tokyoDate(new Date('2026-12-06T15:30:00Z'))).toBe('2026-12-07');
  });
});

describe('katakana readings (フリガナ)', () => {
  it('turns hiragana and half-width katakana into full-width katakana', () => {
    expect(toKatakanaReading('やまだ ﾊﾅｺ')).toBe('ヤマダ\u3000ハナコ');
    expect(toKatakanaReading('ｶﾞｯｺｳ')).toBe('ガッコウ');
  });

  it('accepts katakana with the long-vowel mark and refuses anything else', () => {
    expect(isKatakanaReading('サトウ\u3000ユーコ')).toBe(true);
    expect(isKatakanaReading('佐藤')).toBe(false);
    expect(isKatakanaReading('sato')).toBe(false);
    expect(isKatakanaReading('')).toBe(false);
  });
});
