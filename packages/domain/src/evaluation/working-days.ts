/**
 * Working days for the conciliation deadlines (10 working days to ask for a review, 15 to decide):
 * Monday to Friday, except the Italian national holidays (L. 260/1949 and later) and Easter Monday.
 * A patron saint's day is local and not counted here.
 */

const FIXED_HOLIDAYS = [
  '01-01',
  '01-06',
  '04-25',
  '05-01',
  '06-02',
  '08-15',
  '11-01',
  '12-08',
  '12-25',
  '12-26',
];

/** Easter Sunday (anonymous Gregorian algorithm) as `MM-DD`. */
function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (isoDate: string) => new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);

export function isItalianHoliday(isoDate: string): boolean {
  const d = utc(isoDate);
  if (FIXED_HOLIDAYS.includes(isoDate.slice(5, 10))) return true;
  const easter = easterSunday(d.getUTCFullYear());
  const monday = new Date(Date.UTC(d.getUTCFullYear(), easter.month - 1, easter.day + 1));
  return iso(monday) === iso(d);
}

export function isWorkingDay(isoDate: string): boolean {
  const dow = utc(isoDate).getUTCDay();
  return dow !== 0 && dow !== 6 && !isItalianHoliday(isoDate);
}

/** The date `days` working days after `isoDate` (the start day itself is not counted). */
export function addWorkingDays(isoDate: string, days: number): string {
  const d = utc(isoDate);
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (isWorkingDay(iso(d))) left--;
  }
  return iso(d);
}

/** The calendar date in Italy of an instant: deadlines are days in Rome, not in UTC. */
export function romeDate(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Rome',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}
