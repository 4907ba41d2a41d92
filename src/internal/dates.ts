/** `YYYY-MM-DD` of a local calendar date. */
export function isoDate(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** The first day of the calendar month after `now`: when revised fees apply. */
export function firstDayOfNextMonth(now: Date): string {
  return isoDate(new Date(now.getFullYear(), now.getMonth() + 1, 1));
}
