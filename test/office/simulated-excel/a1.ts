/** A1 references as the simulated host accepts and returns them. */
import { columnLetter, quoteSheetName, rangeAddress } from "../../../src/engine/address";
import { invalidArgument } from "./errors";

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;
export const WHOLE_SHEET: Box = { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS };

const CELL = /^\$?([A-Z]{1,3})\$?(\d+)$/i;
const COLUMN = /^\$?([A-Z]{1,3})$/i;
const ROW = /^\$?(\d+)$/;

/** Parses "B3", "B3:D9", "B:D" or "3:9" into a box. */
export function parseReference(reference: string): Box {
  const [first, second = first] = reference.trim().split(":");
  const start = parsePart(first, reference);
  const end = parsePart(second, reference);
  return {
    top: Math.min(start.row ?? 1, end.row ?? 1),
    left: Math.min(start.col ?? 1, end.col ?? 1),
    bottom: Math.max(start.row ?? MAX_ROWS, end.row ?? MAX_ROWS),
    right: Math.max(start.col ?? MAX_COLUMNS, end.col ?? MAX_COLUMNS),
  };
}

/** Splits "'My sheet'!B3" into the sheet name and "B3"; the sheet is absent when the text has none. */
export function splitSheet(text: string): { sheet?: string; reference: string } {
  const at = text.lastIndexOf("!");
  if (at < 0) return { reference: text };
  const rawSheet = text.slice(0, at);
  const sheet = rawSheet.startsWith("'") && rawSheet.endsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  return { sheet, reference: text.slice(at + 1) };
}

export function formatAddress(sheet: string, box: Box): string {
  return `${quoteSheetName(sheet)}!${localAddress(box)}`;
}

export function localAddress(box: Box): string {
  if (box.top === 1 && box.bottom === MAX_ROWS) return `${columnLetter(box.left)}:${columnLetter(box.right)}`;
  return rangeAddress(box.top, box.left, box.bottom, box.right);
}

export function intersects(a: Box, b: Box): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function cellCount(box: Box): number {
  return (box.bottom - box.top + 1) * (box.right - box.left + 1);
}

function parsePart(part: string, whole: string): { row?: number; col?: number } {
  const text = part.trim();
  const cell = CELL.exec(text);
  if (cell) return { row: Number(cell[2]), col: columnNumber(cell[1]) };
  const column = COLUMN.exec(text);
  if (column) return { col: columnNumber(column[1]) };
  const row = ROW.exec(text);
  if (row) return { row: Number(row[1]) };
  throw invalidArgument(`"${whole}" is not a valid range address.`, "Worksheet.getRange");
}

function columnNumber(letters: string): number {
  let col = 0;
  for (const letter of letters.toUpperCase()) col = col * 26 + (letter.charCodeAt(0) - 64);
  return col;
}
