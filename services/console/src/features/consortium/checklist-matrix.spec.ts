import { checklistMatrix } from './checklist-matrix';

const item = (code: string, done: boolean) => ({
  code,
  category: 'SECURITY',
  title: code,
  done,
  doneBy: done ? 'x' : null,
  tickableBy: ['OrgAdmin'],
});

describe('the checklist across members', () => {
  it('puts each item in one row with a cell per member, counting what each member has done', () => {
    const matrix = checklistMatrix([
      { id: 'omachi', name: '大町市', items: [item('SECURITY_POLICY', true), item('FIRST_ORDER_TAKEN', false)] },
      { id: 'azumino', name: '安曇野市', items: [item('SECURITY_POLICY', false)] },
    ]);
    expect(matrix.members).toEqual([
      { id: 'omachi', name: '大町市', done: 1, total: 2 },
      { id: 'azumino', name: '安曇野市', done: 0, total: 1 },
    ]);
    expect(matrix.rows.map((r) => [r.code, Object.keys(r.cells)])).toEqual([
      ['SECURITY_POLICY', ['omachi', 'azumino']],
      ['FIRST_ORDER_TAKEN', ['omachi']],
    ]);
  });
});
