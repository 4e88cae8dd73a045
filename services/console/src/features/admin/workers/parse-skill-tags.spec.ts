import { parseSkillTags } from './parse-skill-tags';

describe('parseSkillTags', () => {
  it('splits on Japanese and ASCII commas, trims, drops empties and repeats', () => {
    expect(parseSkillTags('データ入力、校正, 集計，データ入力 ,  ')).toEqual(['データ入力', '校正', '集計']);
    expect(parseSkillTags('')).toEqual([]);
  });
});
