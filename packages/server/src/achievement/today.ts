// Made once: building an Intl formatter costs more than a whole cached dashboard answer (profiled).
const romeDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' });

/** Today's date in Italy (ISO), the day deadlines are judged against unless a test fixes `today`. */
export function todayInRome(now = new Date()): string {
  return romeDate.format(now);
}
