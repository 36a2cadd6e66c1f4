/** Today's date in Italy (ISO), the day deadlines are judged against unless a test fixes `today`. */
export function todayInRome(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(now);
}
