// Intl formatters, made once per locale and options: making one costs far more than using it
// (a rush's tickets e-mails formatted their dates with a new formatter each, 3 % of the worker's
// time). Pure: safe in the browser too.
const dates = new Map<string, Intl.DateTimeFormat>();
const numbers = new Map<string, Intl.NumberFormat>();
/** Time zones × languages × uses stay in the hundreds; a cap all the same. */
const MOST = 1000;

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = dates.get(key);
  if (!format) {
    if (dates.size >= MOST) dates.clear();
    dates.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  }
  return format;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = numbers.get(key);
  if (!format) {
    if (numbers.size >= MOST) numbers.clear();
    numbers.set(key, (format = new Intl.NumberFormat(locale, options)));
  }
  return format;
}
