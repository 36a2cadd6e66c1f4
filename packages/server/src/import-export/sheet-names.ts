import { ALL_SHEET_TITLE, type OutCell, type PlanTable } from '@traguardo/domain/import/plan-to-rows';

/** A sheet of an export: its name and its rows, the header excluded. */
export type TableSheet = { name: string; rows: OutCell[][] };

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

/** The sheets of an export: "Tutto il piano" with every row first, then one per strategic line. */
export function planSheets(table: PlanTable): TableSheet[] {
  const names = sheetNames(table);
  return [
    { name: names[0] ?? ALL_SHEET_TITLE, rows: table.lines.flatMap((l) => l.rows) },
    ...table.lines.map((line, i) => ({ name: names[i + 1] ?? `Linea ${i + 1}`, rows: line.rows })),
  ];
}
