/**
 * Walks a scorecard's data rows into indicator rows. Sub-rows of one indicator inherit REF NO., INDICATOR,
 * "Good perf is" and TIMELINE from the row above, whether those cells are merged down or left blank.
 */
import { cellAt, isCellError, type CellBox, type SheetSnapshot, type SnapshotCell } from "./snapshot";
import type { SheetLayout } from "./layout";
import type { Polarity } from "./plan";
import { squashSpaces } from "./text";

export interface IndicatorRow {
  row: number;
  ref: string;
  indicator: string;
  measure: string;
  polarity: Polarity | "unknown";
  /** Polarity text as written (or inherited), for messages. */
  polarityText: string;
  /** True when this row's own polarity cell is blank or merged, so the value came from above. */
  polarityInherited: boolean;
  /** Row whose polarity cell this row uses. */
  polarityRow: number;
  timeline: string;
  dataNote: string;
  /** First row of the indicator's block. */
  blockStart: number;
}

/** A "REF NO." header repeated lower down: the letters r, e, f, n, o with anything but letters around them. */
const REPEATED_REF_HEADER = /^[^a-z]*r[^a-z]*e[^a-z]*f[^a-z]*n[^a-z]*o[^a-z]*$/i;

const POLARITY: Record<string, Polarity> = {
  high: "high",
  higher: "high",
  low: "low",
  lower: "low",
  info: "info",
  information: "info",
  "n/a": "info",
};

/** Returns the cell's text, reading the top-left cell of a merged area for any cell inside it. */
export function textAt(sheet: SheetSnapshot, mergeIndex: MergeIndex, row: number, col: number): string {
  const source = mergeIndex.sourceOf(row, col);
  return cellText(cellAt(sheet, source.row, source.col));
}

export function cellText(cell: SnapshotCell | undefined): string {
  const value = cell?.value ?? null;
  if (value === null || isCellError(value)) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  // A number's or a boolean's text contains no white space to squash.
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value !== "string") return squashSpaces(String(value));
  // Most text, such as each row's INDICATOR, has nothing to squash, and is returned without a memo entry.
  if (!NEEDS_SQUASH.test(value)) return value;
  // Labels such as "High " repeat on every row, so their squashed form is memoised.
  let text = SQUASHED.get(value);
  if (text === undefined) {
    if (SQUASHED.size >= SQUASHED_LIMIT) SQUASHED.clear();
    text = squashSpaces(value);
    SQUASHED.set(value, text);
  }
  return text;
}

/** White space that squashSpaces would change: any but a plain space, two spaces, or a space at either end. */
const NEEDS_SQUASH = /[^\S ]| {2}|^ | $/;
const SQUASHED = new Map<string, string>();
const SQUASHED_LIMIT = 20000;

/** Finds the merged area, if any, that a cell belongs to. */
export class MergeIndex {
  private readonly byCell = new Map<number, CellBox>();

  constructor(merges: readonly CellBox[]) {
    for (const box of merges) {
      for (let row = box.top; row <= box.bottom; row++) {
        for (let col = box.left; col <= box.right; col++) this.byCell.set(row * 20000 + col, box);
      }
    }
  }

  boxOf(row: number, col: number): CellBox | undefined {
    return this.byCell.get(row * 20000 + col);
  }

  sourceOf(row: number, col: number): { row: number; col: number } {
    const box = this.boxOf(row, col);
    return box ? { row: box.top, col: box.left } : { row, col };
  }
}

export function parsePolarity(text: string): Polarity | "unknown" {
  return POLARITY[text.trim().toLowerCase()] ?? "unknown";
}

/** Lists the indicator rows below the header, skipping blank rows, repeated headers and footnotes. */
export function indicatorRows(sheet: SheetSnapshot, layout: SheetLayout, merges: MergeIndex): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  const { columns } = layout;
  const valueCols = [...layout.periods.map((p) => p.col), layout.quarter?.col, layout.yearFigure?.col].filter(
    (col): col is number => col !== undefined,
  );
  let previous: IndicatorRow | undefined;

  for (let row = layout.firstDataRow; row <= sheet.rows.length; row++) {
    const hasValues = valueCols.some((col) => hasText(cellAt(sheet, row, col)));
    const refText = mergedText(sheet, merges, row, columns.ref);
    const polarityText = mergedText(sheet, merges, row, columns.polarity);
    if (!hasValues && !polarityText) {
      if (refText === "" && ownText(sheet, row, columns.indicator) === "") previous = undefined;
      continue;
    }
    if (REPEATED_REF_HEADER.test(refText)) continue;

    const startsBlock = refText !== "" && (!previous || mergeStart(merges, row, columns.ref) === row);
    const inherit = !startsBlock && previous !== undefined;
    const ownPolarity = ownText(sheet, row, columns.polarity);
    const resolvedPolarity = polarityText || (inherit ? previous!.polarityText : "");
    const current: IndicatorRow = {
      row,
      ref: refText || (inherit ? previous!.ref : ""),
      indicator: mergedText(sheet, merges, row, columns.indicator) || (inherit ? previous!.indicator : ""),
      measure: layout.measureCol ? ownText(sheet, row, layout.measureCol) : "",
      polarity: parsePolarity(resolvedPolarity),
      polarityText: resolvedPolarity,
      polarityInherited: ownPolarity === "",
      polarityRow: ownPolarity !== "" ? row : polaritySourceRow(merges, row, columns.polarity, previous),
      timeline: mergedText(sheet, merges, row, columns.timeline) || (inherit ? previous!.timeline : ""),
      dataNote: ownText(sheet, row, columns.dataNote) || (inherit ? previous!.dataNote : ""),
      blockStart: inherit ? previous!.blockStart : row,
    };
    rows.push(current);
    previous = current;
  }
  return rows;
}

function ownText(sheet: SheetSnapshot, row: number, col: number | undefined): string {
  return col === undefined ? "" : cellText(cellAt(sheet, row, col));
}

function mergedText(sheet: SheetSnapshot, merges: MergeIndex, row: number, col: number | undefined): string {
  if (col === undefined) return "";
  const box = merges.boxOf(row, col);
  return box ? cellText(cellAt(sheet, box.top, box.left)) : cellText(cellAt(sheet, row, col));
}

/** Same as cellText(cell) !== "", without building the text: most value cells are plain numbers. */
function hasText(cell: SnapshotCell | undefined): boolean {
  const value = cell === undefined ? null : cell.value;
  if (typeof value === "number") return true;
  if (value === null || value === undefined) return false;
  return cellText(cell) !== "";
}

/** Returns the row a merged area starts on, or the row itself when the cell is not merged. */
function mergeStart(merges: MergeIndex, row: number, col: number | undefined): number {
  if (col === undefined) return row;
  return merges.boxOf(row, col)?.top ?? row;
}

function polaritySourceRow(merges: MergeIndex, row: number, col: number | undefined, previous: IndicatorRow | undefined): number {
  if (col !== undefined && merges.boxOf(row, col)) return merges.sourceOf(row, col).row;
  return previous?.polarityRow ?? row;
}
