/**
 * Loads the cells of each sheet's used range: values, number formats and formulas. Normally all of
 * them come in the one layout sync; past the payload limit they come here in chunks of whole rows.
 */
import { rangeAddress } from "../engine/address";
import type { CellBox } from "../engine/snapshot";
import { type RequestBatch, isPayloadLimitError } from "./request-batch";

export const CELL_PROPERTIES = "values, numberFormat, formulas";

export interface CellGrids {
  values: unknown[][];
  numberFormat: unknown[][];
  formulas: unknown[][];
}

export interface CellsToRead {
  worksheet: Excel.Worksheet;
  box: CellBox | null;
}

/** A first guess at the JSON size of one cell across the three arrays; measured sizes replace it. */
const INITIAL_BYTES_PER_CELL = 48;
/** The smallest per-cell size the chunk planner assumes, which also caps a chunk well under Excel's 5 million cells. */
const MIN_BYTES_PER_CELL = 4;
/** Measured sizes are padded by this factor, because later rows may hold longer text. */
const MEASURE_MARGIN = 1.25;

export function gridsOf(range: Excel.Range): CellGrids {
  return { values: range.values, numberFormat: range.numberFormat, formulas: range.formulas };
}

/**
 * Reads the boxes in row chunks, as many per sync as the budget allows. The size of a cell is
 * measured after each sync. If a sync is still rejected as too large, the estimate doubles and the
 * same rows are requested again in smaller chunks.
 */
export async function readCellsInChunks(batch: RequestBatch, sheets: readonly CellsToRead[]): Promise<(CellGrids | undefined)[]> {
  const grids = sheets.map((sheet): CellGrids | undefined => (sheet.box ? { values: [], numberFormat: [], formulas: [] } : undefined));
  const cursors = sheets.flatMap((sheet, index) => (sheet.box ? [{ index, worksheet: sheet.worksheet, box: sheet.box, next: sheet.box.top }] : []));
  let bytesPerCell = INITIAL_BYTES_PER_CELL;

  while (cursors.some((cursor) => cursor.next <= cursor.box.bottom)) {
    const chunks = planChunks(cursors, batch.budgetBytes, bytesPerCell);
    const ranges = chunks.map(({ cursor, top, bottom }) =>
      cursor.worksheet.getRange(rangeAddress(top, cursor.box.left, bottom, cursor.box.right)).load(CELL_PROPERTIES),
    );
    try {
      await batch.sync();
    } catch (error) {
      const isSingleRow = chunks.length === 1 && chunks[0].top === chunks[0].bottom;
      if (!isPayloadLimitError(error) || isSingleRow) throw error;
      bytesPerCell *= 2;
      continue;
    }

    let bytes = 0;
    let cells = 0;
    chunks.forEach(({ cursor, bottom }, i) => {
      const chunk = gridsOf(ranges[i]);
      const target = grids[cursor.index]!;
      target.values.push(...chunk.values);
      target.numberFormat.push(...chunk.numberFormat);
      target.formulas.push(...chunk.formulas);
      bytes += JSON.stringify(chunk).length;
      cells += chunk.values.length * (cursor.box.right - cursor.box.left + 1);
      cursor.next = bottom + 1;
    });
    bytesPerCell = Math.max(MIN_BYTES_PER_CELL, (bytes / cells) * MEASURE_MARGIN);
  }
  return grids;
}

interface Cursor {
  index: number;
  worksheet: Excel.Worksheet;
  box: CellBox;
  next: number;
}

/** Takes rows from the sheets in order until the estimated response fills the budget; always at least one row. */
function planChunks(cursors: readonly Cursor[], budgetBytes: number, bytesPerCell: number): { cursor: Cursor; top: number; bottom: number }[] {
  const chunks: { cursor: Cursor; top: number; bottom: number }[] = [];
  let room = budgetBytes;

  for (const cursor of cursors) {
    const remaining = cursor.box.bottom - cursor.next + 1;
    if (remaining <= 0) continue;
    const rowBytes = (cursor.box.right - cursor.box.left + 1) * bytesPerCell;
    const fit = Math.floor(room / rowBytes);
    if (fit < 1 && chunks.length > 0) break;

    const rows = Math.min(remaining, Math.max(1, fit));
    chunks.push({ cursor, top: cursor.next, bottom: cursor.next + rows - 1 });
    room -= rows * rowBytes;
    if (room <= 0) break;
  }
  return chunks;
}
