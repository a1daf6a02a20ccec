// Intl formatters, made once per locale and options: making one costs far more than using it
// (a rush's tickets e-mails formatted their dates with a new formatter each, 3 % of the worker's
// time). Pure: safe in the browser too.
const dates = new Map<string, Intl.DateTimeFormat>();
const numbers = new Map<string, Intl.NumberFormat>();
/** Time zones × languages × uses stay in the hundreds; a cap all the same. */
const MOST = 1000;

function kept<F>(made: Map<string, F>, locale: string, options: object, make: () => F): F {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = made.get(key);
  if (!format) {
    if (made.size >= MOST) made.clear();
    made.set(key, (format = make()));
  }
  return format;
}

export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  kept(dates, locale, options, () => new Intl.DateTimeFormat(locale, options));

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions) =>
  kept(numbers, locale, options, () => new Intl.NumberFormat(locale, options));
