/** Assembles one SheetSnapshot from what the read syncs returned. */
import type { CellBox, SheetSnapshot, SnapshotCell, SnapshotNote } from "../engine/snapshot";
import type { CellGrids } from "./read-cells";
import { toSnapshotCell } from "./snapshot-cell";

export interface SheetReadResult {
  name: string;
  /** The used range; null for a sheet with no values. */
  box: CellBox | null;
  grids?: CellGrids;
  merges: CellBox[];
  /** Visible areas of the sheet: undefined when the host cannot tell, null when no cell is visible. */
  visible: CellBox[] | null | undefined;
  notes: SnapshotNote[];
}

export function buildSheetSnapshot(result: SheetReadResult): SheetSnapshot {
  const { box, grids } = result;
  const rows: (SnapshotCell | undefined)[][] = [];

  if (box && grids) {
    grids.values.forEach((line, i) => {
      line.forEach((value, j) => {
        const cell = toSnapshotCell(value, grids.numberFormat[i]?.[j], grids.formulas[i]?.[j]);
        if (!cell) return;
        const row = box.top + i;
        rows[row - 1] ??= [];
        rows[row - 1][box.left + j - 1] = cell;
      });
    });
  }
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];

  return {
    name: result.name,
    rows,
    merges: result.merges,
    hiddenRows: box ? hiddenWithin(box.top, box.bottom, result.visible, (area) => [area.top, area.bottom]) : [],
    hiddenColumns: box ? hiddenWithin(box.left, box.right, result.visible, (area) => [area.left, area.right]) : [],
    notes: result.notes,
  };
}

/**
 * Rows (or columns) of the used range that no visible area covers. The visible areas are the visible
 * rows crossed with the visible columns, so a row is hidden exactly when no area spans it.
 */
function hiddenWithin(from: number, to: number, visible: CellBox[] | null | undefined, span: (area: CellBox) => [number, number]): number[] {
  if (visible === undefined) return [];

  const hidden: number[] = [];
  for (let index = from; index <= to; index++) {
    // NOTE: with no visible cell at all Excel gives a null object, which does not tell whether rows or columns were hidden, so both count as hidden.
    const covered = visible !== null && visible.some((area) => span(area)[0] <= index && index <= span(area)[1]);
    if (!covered) hidden.push(index);
  }
  return hidden;
}
