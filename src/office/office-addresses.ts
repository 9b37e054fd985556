/**
 * Addresses as Office.js returns them: "Sheet1!B3:D9", "'My sheet'!B3", whole columns "Sheet1!A:C",
 * whole rows "Sheet1!4:9", and comma-separated lists of these.
 */
import { parseCellAddress } from "../engine/address";
import type { CellBox } from "../engine/snapshot";

export interface SheetBox {
  sheet: string;
  box: CellBox;
}

/** Excel's grid: 1,048,576 rows by 16,384 columns (A to XFD). */
const LAST_ROW = 1_048_576;
const LAST_COLUMN = 16_384;

const COLUMN_ONLY = /^\$?([A-Z]{1,3})$/i;
const ROW_ONLY = /^\$?(\d+)$/;

/** Parses a comma-separated list, as RangeAreas.address gives it; commas inside a quoted sheet name stay. */
export function parseAddressList(text: string): SheetBox[] {
  return splitOutsideQuotes(text).map(parseAddress);
}

export function parseAddress(text: string): SheetBox {
  const trimmed = text.trim();
  const at = trimmed.lastIndexOf("!");
  if (at < 0) throw new Error(`Invalid address "${text}": expected a sheet name, such as "Sheet1!B3".`);

  const rawSheet = trimmed.slice(0, at);
  const sheet = rawSheet.startsWith("'") && rawSheet.endsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  const [start, end = start] = trimmed.slice(at + 1).split(":");
  const first = parseEnd(start, "start");
  const last = parseEnd(end, "end");
  return { sheet, box: { top: first.row, left: first.col, bottom: last.row, right: last.col } };
}

/** Parses one end of a reference. A whole column runs from row 1 to the last row, a whole row from column A to the last column. */
function parseEnd(part: string, end: "start" | "end"): { row: number; col: number } {
  const column = COLUMN_ONLY.exec(part);
  if (column) return { row: end === "start" ? 1 : LAST_ROW, col: parseCellAddress(`${column[1]}1`).col };
  const row = ROW_ONLY.exec(part);
  if (row) return { row: Number(row[1]), col: end === "start" ? 1 : LAST_COLUMN };
  return parseCellAddress(part);
}

function splitOutsideQuotes(text: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let current = "";
  for (const char of text) {
    if (char === "'") quoted = !quoted;
    if (char === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += char;
  }
  if (current.trim()) parts.push(current);
  return parts;
}
