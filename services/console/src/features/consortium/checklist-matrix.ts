/**
 * The checklists of several members as one table: a row per item in the catalogue's order (the
 * order the API answers in), a column per member with how many of its items are done.
 */
export interface ChecklistItemLike<C extends string = string> {
  code: C;
  category: string;
  title: string;
  done: boolean;
  doneBy?: string | null;
  tickableBy: readonly string[];
}

export interface ChecklistMatrix<I extends ChecklistItemLike> {
  members: { id: string; name: string; done: number; total: number }[];
  rows: { code: I['code']; category: string; title: string; cells: Record<string, I> }[];
}

export function checklistMatrix<I extends ChecklistItemLike>(
  members: readonly { id: string; name: string; items: readonly I[] }[],
): ChecklistMatrix<I> {
  const rows = new Map<string, ChecklistMatrix<I>['rows'][number]>();
  for (const member of members) {
    for (const item of member.items) {
      const row: ChecklistMatrix<I>['rows'][number] = rows.get(item.code) ?? {
        code: item.code,
        category: item.category,
        title: item.title,
        cells: {},
      };
      row.cells[member.id] = item;
      rows.set(item.code, row);
    }
  }
  return {
    members: members.map((m) => ({ id: m.id, name: m.name, done: m.items.filter((i) => i.done).length, total: m.items.length })),
    rows: [...rows.values()],
  };
}
