/** Small text helpers shared by the header matcher and the value readers. */

/** Lower-cases and drops everything but letters and digits: "DOT\n(Month)" becomes "dotmonth". */
export function headerKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** Collapses runs of white space, including line breaks, to single spaces and trims. */
export function squashSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
