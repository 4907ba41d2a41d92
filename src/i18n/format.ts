/** Dates, relative times and numbers through `Intl`, in a given locale. */

export type DateInput = Date | string | number;

const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/** Building an Intl formatter is costly; a catalog formats hundreds of numbers a render. */
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, create: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = create();
    formatters.set(key, formatter);
  }
  return formatter;
}

function toDate(value: DateInput): Date {
  return value instanceof Date ? value : new Date(value);
}

/** A calendar date such as `1 December 2026`; `YYYY-MM-DD` strings are read as local dates. */
export function formatDate(
  value: DateInput,
  locale: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  const date =
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? new Date(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10)))
      : toDate(value);
  return cached(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options)).format(date);
}

export function formatDateTime(
  value: DateInput,
  locale: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
): string {
  return cached(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options)).format(
    toDate(value),
  );
}

const HOUR = 3600;
const DAY = 24 * HOUR;

/** Each unit, its length in seconds, and from how far away it is used. */
const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number, number][] = [
  ['year', 365 * DAY, 365 * DAY],
  ['month', 30 * DAY, 30 * DAY],
  ['week', 7 * DAY, 7 * DAY],
  // Hours up to three days: "in 47 hours" says more about a 48-hour deadline than "in 2 days".
  ['day', DAY, 3 * DAY],
  ['hour', HOUR, HOUR],
  ['minute', 60, 60],
  ['second', 1, 0],
];

/**
 * Whether `value` lies less than a minute before `now` (or at it): a moment that reads best
 * as "just now". `Intl.RelativeTimeFormat` would say `now` or `30 seconds ago`, which read
 * oddly in a sentence ("issued now"); the controller shows the `common.justNow` string.
 */
export function isJustNow(value: DateInput, now: DateInput = Date.now()): boolean {
  const seconds = Math.round((toDate(value).getTime() - toDate(now).getTime()) / 1000);
  return seconds <= 0 && seconds > -60;
}

/**
 * `in 3 hours`, `5 minutes ago`, `in 5 days`: the largest unit that fits. Elements use the
 * controller's `formatRelativeTime`, which says "just now" for the last minute instead.
 */
export function formatRelativeTime(value: DateInput, locale: string, now: DateInput = Date.now()): string {
  const seconds = Math.round((toDate(value).getTime() - toDate(now).getTime()) / 1000);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const [unit, size] = RELATIVE_UNITS.find(([, , from]) => Math.abs(seconds) >= from) ?? ['second', 1];
  return format.format(Math.trunc(seconds / size), unit);
}

export function formatNumber(value: number | bigint, locale: string, options?: Intl.NumberFormatOptions): string {
  return cached(`n|${locale}|${JSON.stringify(options ?? {})}`, () => new Intl.NumberFormat(locale, options)).format(value);
}

/** A list such as `A, B and C`. */
export function formatList(items: string[], locale: string, type: Intl.ListFormatType = 'conjunction'): string {
  return new Intl.ListFormat(locale, { style: 'long', type }).format(items);
}
