/**
 * Office.js reads a string written to `values` the way Excel reads typing: "=x", "+x" and "-x"
 * become formulas, "12" a number, "TRUE" a boolean, and a leading apostrophe is dropped. A leading
 * apostrophe is also how to keep any of these as text, so the refresh adds one where it is needed.
 */
const READ_AS_FORMULA = /^[=+\-@]/;
const READ_AS_NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*%?\s*$/i;
const READ_AS_BOOLEAN = /^(true|false)$/i;

/** Returns the text to write so that the cell contains exactly `text`; "" still clears the cell. */
export function asTextInput(text: string): string {
  if (text === "") return text;
  const needsApostrophe = READ_AS_FORMULA.test(text) || text.startsWith("'") || READ_AS_NUMBER.test(text) || READ_AS_BOOLEAN.test(text);
  return needsApostrophe ? `'${text}` : text;
}
