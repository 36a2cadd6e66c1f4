// Italian formats for pages: dates dd/mm/yyyy, numbers 91.690 and 0,1. The data are Italian public
// acts, so figures keep the Italian form whatever the interface language.

const integerOrDecimal = new Intl.NumberFormat('it-IT', {
  maximumFractionDigits: 2,
  // CLDR's Italian default leaves 4-digit numbers ungrouped (1234); the comuni's documents write 1.234.
  useGrouping: 'always',
});

/** 91690 → "91.690", 0.1 → "0,1", 1234.5 → "1.234,5"; null/undefined → "". */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  return integerOrDecimal.format(value);
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * "2020-12-31" or an RFC 3339 timestamp → "31/12/2020". A date-only value is read as written (no
 * time zone shift); a timestamp is shown in the browser's local day.
 */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  if (value.length === 10) {
    const m = isoDate.exec(value);
    return m ? `${m[3]}/${m[2]}/${m[1]}` : value;
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const dd = String(date.getDate()).padStart(2, '0');
  const mm = String(date.getMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${date.getFullYear()}`;
}

/** 2019, 2021 → "2019-2021"; 2020, 2020 → "2020". */
export function formatYears(startYear: number, endYear: number): string {
  return startYear === endYear ? String(startYear) : `${startYear}-${endYear}`;
}

/** The twelve month names in `locale` ("gennaio" … "dicembre"), from the browser's own calendar data. */
export function monthNames(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => format.format(Date.UTC(2020, i, 15)));
}

/** The initials used as calendar headers: G F M A M G L A S O N D in Italian. */
export function monthInitials(locale: string): string[] {
  return monthNames(locale).map((name) => name.charAt(0).toLocaleUpperCase(locale));
}
