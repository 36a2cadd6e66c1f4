import { LIMITS } from '@traguardo/domain/limits';
import { CreatePersonSchema, type PersonCategory } from '@traguardo/domain/plan/units-people.schema';
import Papa from 'papaparse';
import type { ProblemItem } from '../errors/app-error.ts';

/** What a staff list (CSV) may carry, matched by header name whatever the case, accents and spacing. */
export type StaffColumn = 'name' | 'surname' | 'unit' | 'category' | 'email' | 'jobTitle' | 'coefficient';

const HEADERS: Record<string, StaffColumn> = {
  nome: 'name',
  nominativo: 'name',
  nomeecognome: 'name',
  cognomeenome: 'name',
  nomecognome: 'name',
  cognomenome: 'name',
  dipendente: 'name',
  cognome: 'surname',
  settore: 'unit',
  servizio: 'unit',
  area: 'unit',
  ufficio: 'unit',
  unita: 'unit',
  unitaorganizzativa: 'unit',
  categoria: 'category',
  inquadramento: 'category',
  email: 'email',
  mail: 'email',
  postaelettronica: 'email',
  indirizzoemail: 'email',
  qualifica: 'jobTitle',
  profilo: 'jobTitle',
  profiloprofessionale: 'jobTitle',
  ruolo: 'jobTitle',
  mansione: 'jobTitle',
  coefficiente: 'coefficient',
  parttime: 'coefficient',
  percentualeparttime: 'coefficient',
};

export type StaffRow = {
  /** The row number a spreadsheet shows (the header is row 1). */
  row: number;
  name: string;
  unitName: string | null;
  category: PersonCategory;
  email: string | null;
  jobTitle: string | null;
  coefficient: number;
};

export type StaffTable = { rows: StaffRow[]; errors: ProblemItem[]; columns: Set<StaffColumn> };

export const headerKey = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/**
 * Reads a staff list: one person a row, header on row 1, comma, semicolon or tab separated,
 * quoted fields. Every bad row is reported (row number, column as headed, reason); nothing is
 * half-read.
 */
export function readStaffCsv(text: string): StaffTable {
  const clean = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(clean, { delimiter: delimiterOf(clean) });
  const [header = [], ...body] = parsed.data;
  const columns = new Map<StaffColumn, { index: number; title: string }>();
  header.forEach((title, index) => {
    const column = HEADERS[headerKey(title)];
    if (column && !columns.has(column)) columns.set(column, { index, title: title.trim() });
  });
  const errors: ProblemItem[] = [];
  const nameColumn = columns.get('name');
  if (!nameColumn) {
    errors.push({ row: 1, message: 'Manca la colonna «Nome»: la prima riga deve contenere le intestazioni' });
    return { rows: [], errors, columns: new Set(columns.keys()) };
  }
  if (body.length > LIMITS.importRows)
    errors.push({ row: 1, message: `Il file supera le ${LIMITS.importRows} righe` });

  const rows: StaffRow[] = [];
  const firstRowOf = new Map<string, number>();
  body.forEach((cells, i) => {
    const row = i + 2;
    const cell = (c: StaffColumn) => {
      const at = columns.get(c);
      return at ? (cells[at.index] ?? '').trim() : '';
    };
    if (cells.every((c) => c.trim() === '')) return;
    // Tables pasted from documents repeat the header on every page.
    if (headerKey(cells[nameColumn.index] ?? '') === headerKey(nameColumn.title)) return;
    const rowErrors: ProblemItem[] = [];
    const fail = (c: StaffColumn, message: string) =>
      rowErrors.push({ row, column: columns.get(c)?.title ?? c, message });

    const name = [cell('name'), cell('surname')].filter(Boolean).join(' ');
    const category = readCategory(cell('category'));
    if (category === null) fail('category', `Categoria non riconosciuta: «${cell('category')}»`);
    const coefficient = readCoefficient(cell('coefficient'));
    if (coefficient === null)
      fail('coefficient', `Coefficiente non valido: «${cell('coefficient')}» (da 0 a 1)`);
    const person = CreatePersonSchema.safeParse({
      name,
      email: cell('email'),
      jobTitle: cell('jobTitle'),
      category: category ?? 'dipendente',
      coefficient: coefficient ?? 1,
    });
    if (!person.success)
      for (const issue of person.error.issues) {
        const field = issue.path[0];
        const column: StaffColumn = field === 'email' ? 'email' : field === 'jobTitle' ? 'jobTitle' : 'name';
        fail(column, column === 'name' && name === '' ? 'Il nome è obbligatorio' : issue.message);
      }
    const key = name.toLowerCase();
    const earlier = firstRowOf.get(key);
    if (name && earlier !== undefined) fail('name', `«${name}» compare già alla riga ${earlier}`);
    else if (name) firstRowOf.set(key, row);

    if (rowErrors.length > 0 || !person.success) {
      errors.push(...rowErrors);
      return;
    }
    rows.push({
      row,
      name: person.data.name,
      unitName: cell('unit') || null,
      category: person.data.category,
      email: person.data.email ?? null,
      jobTitle: person.data.jobTitle ?? null,
      coefficient: person.data.coefficient,
    });
  });
  return { rows, errors, columns: new Set(columns.keys()) };
}

/** The separator the header line uses most: tab, semicolon (Excel in Italian) or comma. */
function delimiterOf(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const outsideQuotes = header.replace(/"[^"]*"/g, '');
  const count = (d: string) => outsideQuotes.split(d).length - 1;
  const candidates = ['\t', ';', ','];
  return candidates.reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

/**
 * Our categories pick the evaluation rules; comuni write the contract's ones too ("C1", "D3",
 * "Istruttore"), which are all staff ("dipendente").
 */
export function readCategory(text: string): PersonCategory | null {
  const t = ` ${text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
  if (t.trim() === '') return 'dipendente';
  if (/ dirigent/.test(t)) return 'dirigente';
  if (/ segretari/.test(t)) return 'segretario';
  if (/ (eq|po|p o|e q) |posizione organizzativa|elevata qualificazione/.test(t)) return 'eq';
  if (/^ ([a-d] ?[1-9]?|[a-d][1-9] ?[a-d]?[1-9]?) $/.test(t)) return 'dipendente';
  if (/ (dipendent|operator|istruttor|funzionari|collaborator|esecutor|impiegat)/.test(t))
    return 'dipendente';
  return null;
}

/** "1", "0,5", "0.5", "50%" (part-time share); blank is a full year, full time. */
export function readCoefficient(text: string): number | null {
  if (text === '') return 1;
  const percent = text.endsWith('%');
  const value = Number(text.replace('%', '').trim().replace(',', '.'));
  if (!Number.isFinite(value)) return null;
  const share = percent ? Number((value / 100).toFixed(10)) : value;
  return share >= 0 && share <= 1 ? share : null;
}
