// biome-ignore lint/suspicious/noControlCharactersInRegex: finding the characters XML 1.0 cannot carry is the point
const SPECIAL = /[<>&"'\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: as above
const SPECIALS = /[<>&"'\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g;
const ENTITIES: Record<string, string> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Text for XML content or attributes. Control characters XML 1.0 cannot carry are dropped, as
 * exceljs did before (tab, line feed and carriage return stay).
 */
export function xmlText(text: string): string {
  // Most cells need no escaping: test once before building a new string.
  if (!SPECIAL.test(text)) return text;
  return text.replace(SPECIALS, (c) => ENTITIES[c] ?? '');
}

/** Days since 30/12/1899 (Excel's and LibreOffice's date serial) of an ISO day, no time zone. */
export function dateSerial(isoDate: string): number {
  return Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / 86_400_000 + 25_569;
}
