/**
 * Dates from Office.js: `values` gives every date as a serial number, so the number format decides
 * which numbers are dates.
 */

const MS_PER_DAY = 86_400_000;
/** Serial number of 1970-01-01 in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;
/** Excel's 1900 system counts a 29 February 1900 that never was; serials below 61 come before it. */
const FIRST_SERIAL_AFTER_LEAP_BUG = 61;

/**
 * Returns true when a number format shows a date or time: it has d, m, y, h or s outside quoted
 * text, [brackets] such as [Red] or [$-809], and characters escaped by \, _ or *. For example
 * "mmm-yy" and "dd/mm/yyyy h:mm" are dates; "0.0%", "General" and `0 "days"` are not.
 * h and s count too, as in exceljs, so a time-only format also gives a Date.
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;

  for (let i = 0; i < format.length; i++) {
    const char = format[i];
    if (char === '"') i = skipPast(format, i, '"');
    else if (char === "[") i = skipPast(format, i, "]");
    else if (char === "\\" || char === "_" || char === "*") i++;
    else if ("dmyhsDMYHS".includes(char)) return true;
  }
  return false;
}

/** Converts a 1900-system serial number to a UTC Date, rounded to the millisecond. */
export function serialToDate(serial: number): Date {
  // NOTE: serial 60, Excel's phantom 29 February 1900, comes out as 1 March 1900.
  const days = serial >= FIRST_SERIAL_AFTER_LEAP_BUG ? serial - UNIX_EPOCH_SERIAL : serial - UNIX_EPOCH_SERIAL + 1;
  return new Date(Math.round(days * MS_PER_DAY));
}

function skipPast(text: string, from: number, closing: string): number {
  const end = text.indexOf(closing, from + 1);
  return end < 0 ? text.length : end;
}
