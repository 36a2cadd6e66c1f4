import { ALL_SHEET_TITLE, type PlanTable } from '@traguardo/domain/import/plan-to-rows';

/** Excel's rules: at most 31 characters, none of []:*?/\, unique ignoring case. */
export function sheetNames(table: PlanTable): string[] {
  const used = new Set<string>();
  const unique = (title: string) => {
    const base =
      title
        .replace(/[[\]:*?/\\]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 31) || 'Linea';
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    }
    used.add(name.toLowerCase());
    return name;
  };
  return [ALL_SHEET_TITLE, ...table.lines.map((l) => l.title)].map(unique);
}
