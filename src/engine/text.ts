/** Small text helpers shared by the header matcher and the value readers. */

/** Lower-cases and drops everything but letters and digits: "DOT\n(Month)" becomes "dotmonth". */
export function headerKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** Longest piece of a cell's text that a message quotes; longer text is cut with an ellipsis. */
const EXCERPT_LENGTH = 120;

/** Shortens text for quoting in a message, so a 32,767-character cell does not make a 32,767-character note. */
export function excerpt(text: string): string {
  return text.length <= EXCERPT_LENGTH ? text : `${text.slice(0, EXCERPT_LENGTH - 1)}…`;
}

/** Collapses runs of white space, including line breaks, to single spaces and trims. */
export function squashSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
