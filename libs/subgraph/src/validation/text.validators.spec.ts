import { validateSync } from 'class-validator';
import { IsMultiLineText, IsSingleLineText } from './text.validators';

class Sample {
  @IsSingleLineText(10)
  title!: string;

  @IsMultiLineText(20, { min: 0 })
  note!: string;

  @IsSingleLineText(5, { each: true })
  tags!: string[];
}

function errorsOf(values: Partial<Sample>): string[] {
  const sample = Object.assign(new Sample(), { title: 'ok', note: '', tags: [] }, values);
  return validateSync(sample).map((error) => error.property);
}

describe('IsSingleLineText / IsMultiLineText', () => {
  it('accepts ordinary text, Japanese and emoji (a surrogate pair counts as one character)', () => {
    expect(errorsOf({ title: '塩尻 アンケート', note: '腰痛のため連続作業は2時間まで', tags: ['SQL', '😀'] })).toEqual([]);
    expect(errorsOf({ title: '😀'.repeat(10) })).toEqual([]);
  });

  it('refuses NUL and other control characters in single-line text, line breaks and tabs included', () => {
    for (const bad of ['a\u0000b', 'a\tb', 'a\nb', 'a\rb', 'a\u0007b', 'a\u007fb', 'a\u0085b', 'a\u2028b', 'a\u2029b']) {
      expect(errorsOf({ title: bad })).toEqual(['title']);
    }
  });

  it('allows tab and line breaks in multi-line text, and nothing else of the control characters', () => {
    expect(errorsOf({ note: '1行目\n2行目\r\n\t字下げ' })).toEqual([]);
    for (const bad of ['a\u0000b', 'a\u000bb', 'a\u001bb', 'a\u007fb', 'a\u009fb']) expect(errorsOf({ note: bad })).toEqual(['note']);
  });

  it('refuses a lone surrogate, which UTF-8 cannot store', () => {
    expect(errorsOf({ title: 'a\ud800b' })).toEqual(['title']);
    expect(errorsOf({ note: '\udc00' })).toEqual(['note']);
  });

  it('bounds the length: empty refused unless min is 0, longer than max refused', () => {
    expect(errorsOf({ title: '' })).toEqual(['title']);
    expect(errorsOf({ title: 'x'.repeat(11) })).toEqual(['title']);
    expect(errorsOf({ note: 'x'.repeat(21) })).toEqual(['note']);
  });

  it('refuses what is not a string', () => {
    expect(errorsOf({ title: 42 as unknown as string })).toEqual(['title']);
  });

  it('checks each element of an array with { each: true }', () => {
    expect(errorsOf({ tags: ['ok', 'a\u0000'] })).toEqual(['tags']);
    expect(errorsOf({ tags: ['toolong'] })).toEqual(['tags']);
  });
});
