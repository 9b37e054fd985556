/** Range, RangeAreas and RangeCollection proxies over a box of an exceljs worksheet. */
import type ExcelJS from "exceljs";
import { type Box, cellCount, formatAddress, localAddress } from "./a1";
import { readFormula, readNumberFormat, readValue, writeTypedInput } from "./cell-io";
import { SimConditionalFormatCollection } from "./conditional-formats";
import { invalidArgument, rangeExceedsLimit } from "./errors";
import { assertUnprotected, hiddenState, isColumnHidden, isRowHidden, mergedBoxes, visibleBoxes } from "./sheet-geometry";
import type { SimContext } from "./sim-context";
import { SimCollection, SimObject, type SimObjectOptions } from "./sim-object";

export interface RangeTarget {
  sheet: ExcelJS.Worksheet;
  box: Box;
}

export interface AreasTarget {
  sheet: ExcelJS.Worksheet;
  boxes: Box[];
}

/** Excel refuses to read more cells than this in one range, on every platform. */
const MAX_CELLS_READ = 5_000_000;

const RANGE_SCALARS = [
  "address", "addressLocal", "rowIndex", "columnIndex", "rowCount", "columnCount", "cellCount",
  "values", "formulas", "numberFormat", "rowHidden", "columnHidden",
] as const;

const CELL_GRIDS: Record<string, (sheet: ExcelJS.Worksheet, row: number, col: number) => unknown> = {
  values: readValue,
  formulas: readFormula,
  numberFormat: readNumberFormat,
};

export class SimRange extends SimObject<RangeTarget> {
  readonly typeName = "Range";

  static at(context: SimContext, path: string, resolver: () => RangeTarget | null, options?: SimObjectOptions): SimRange {
    return new SimRange(context, path, resolver, options);
  }

  get address(): string { return this.getLoaded("address"); }
  get rowIndex(): number { return this.getLoaded("rowIndex"); }
  get columnIndex(): number { return this.getLoaded("columnIndex"); }
  get rowCount(): number { return this.getLoaded("rowCount"); }
  get columnCount(): number { return this.getLoaded("columnCount"); }
  get numberFormat(): string[][] { return this.getLoaded("numberFormat"); }
  get formulas(): unknown[][] { return this.getLoaded("formulas"); }
  get rowHidden(): boolean | null { return this.getLoaded("rowHidden"); }
  get columnHidden(): boolean | null { return this.getLoaded("columnHidden"); }

  get values(): unknown[][] {
    return this.getLoaded("values");
  }

  set values(values: unknown[][]) {
    this.queueSet("values", values, ({ sheet, box }) => {
      assertUnprotected(sheet, "Range.values");
      const rows = box.bottom - box.top + 1;
      const cols = box.right - box.left + 1;
      const grid = Array.isArray(values) ? values : null;
      if (grid && (grid.length !== rows || grid.some((row) => !Array.isArray(row) || row.length !== cols))) {
        throw invalidArgument(`The values are not ${rows} by ${cols}, the size of ${localAddress(box)}.`, "Range.values");
      }
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) writeTypedInput(sheet, box.top + r, box.left + c, grid ? grid[r][c] : values);
      }
    });
  }

  get conditionalFormats(): SimConditionalFormatCollection {
    return this.navigation("conditionalFormats") as SimConditionalFormatCollection;
  }

  getCell(row: number, column: number): SimRange {
    return SimRange.at(this.context, `${this.objectPath}.getCell(${row},${column})`, () => {
      const { sheet, box } = this.target();
      const top = box.top + row;
      const left = box.left + column;
      return { sheet, box: { top, left, bottom: top, right: left } };
    });
  }

  getMergedAreasOrNullObject(): SimRangeAreas {
    const path = `${this.objectPath}.getMergedAreasOrNullObject()`;
    return new SimRangeAreas(this.context, path, () => {
      const { sheet, box } = this.target();
      const boxes = mergedBoxes(sheet, box);
      return boxes.length > 0 ? { sheet, boxes } : null;
    }, { orNull: true, instantiate: true, requires: "1.13" });
  }

  getSpecialCellsOrNullObject(cellType: string): SimRangeAreas {
    const path = `${this.objectPath}.getSpecialCellsOrNullObject("${cellType}")`;
    return new SimRangeAreas(this.context, path, () => {
      if (cellType !== "Visible") throw invalidArgument(`The simulated host supports only "Visible" special cells, not "${cellType}".`, "Range.getSpecialCells");
      const { sheet, box } = this.target();
      const boxes = visibleBoxes(sheet, box);
      return boxes.length > 0 ? { sheet, boxes } : null;
    }, { orNull: true, instantiate: true, requires: "1.9" });
  }

  select(): void {
    this.queueCall("select", [], ({ sheet, box }) => {
      this.context.host.activeSheet = sheet.name;
      this.context.host.selection = { sheet: sheet.name, address: localAddress(box) };
    });
  }

  /** Clears contents and formats ("All"), contents only ("Contents") or formats only ("Formats"). */
  clear(applyTo: "All" | "Contents" | "Formats" = "All"): void {
    this.queueCall("clear", [applyTo], ({ sheet, box }) => {
      assertUnprotected(sheet, "Range.clear");
      for (let row = box.top; row <= Math.min(box.bottom, sheet.rowCount); row++) {
        for (let col = box.left; col <= Math.min(box.right, sheet.columnCount); col++) {
          const cell = sheet.findCell(row, col);
          if (!cell) continue;
          if (applyTo !== "Formats") cell.value = null;
          if (applyTo !== "Contents") cell.style = {};
        }
      }
    });
  }

  protected scalarNames(): readonly string[] {
    return RANGE_SCALARS;
  }

  protected readScalar(name: string, { sheet, box }: RangeTarget): unknown {
    const grid = CELL_GRIDS[name];
    if (grid) return readGrid(sheet, box, name, grid);

    switch (name) {
      case "address": return formatAddress(sheet.name, box);
      case "addressLocal": return formatAddress(sheet.name, box);
      case "rowIndex": return box.top - 1;
      case "columnIndex": return box.left - 1;
      case "rowCount": return box.bottom - box.top + 1;
      case "columnCount": return box.right - box.left + 1;
      case "cellCount": return cellCount(box);
      case "rowHidden": return hiddenState(box.top, box.bottom, (row) => isRowHidden(sheet, row));
      case "columnHidden": return hiddenState(box.left, box.right, (col) => isColumnHidden(sheet, col));
    }
    throw invalidArgument(`"${name}" is not a property of Range.`, "Range.load");
  }

  protected override createNavigation(name: string): SimObject | undefined {
    if (name !== "conditionalFormats") return undefined;
    return new SimConditionalFormatCollection(this.context, `${this.objectPath}.conditionalFormats`, () => this.resolve(), { requires: "1.6" });
  }
}

export class SimRangeAreas extends SimObject<AreasTarget> {
  readonly typeName = "RangeAreas";

  get address(): string { return this.getLoaded("address"); }
  get areaCount(): number { return this.getLoaded("areaCount"); }

  get areas(): SimRangeCollection {
    return this.navigation("areas") as SimRangeCollection;
  }

  protected scalarNames(): readonly string[] {
    return ["address", "areaCount", "cellCount"];
  }

  protected readScalar(name: string, { sheet, boxes }: AreasTarget): unknown {
    if (name === "address") return boxes.map((box) => formatAddress(sheet.name, box)).join(",");
    if (name === "areaCount") return boxes.length;
    return boxes.reduce((sum, box) => sum + cellCount(box), 0);
  }

  protected override createNavigation(name: string): SimObject | undefined {
    if (name !== "areas") return undefined;
    return new SimRangeCollection(this.context, `${this.objectPath}.areas`, () => this.resolve());
  }
}

export class SimRangeCollection extends SimCollection<AreasTarget, SimRange> {
  readonly typeName = "RangeCollection";

  protected createItems({ sheet, boxes }: AreasTarget): SimRange[] {
    return boxes.map((box, index) => SimRange.at(this.context, `${this.objectPath}.getItemAt(${index})`, () => ({ sheet, box })));
  }
}

function readGrid(sheet: ExcelJS.Worksheet, box: Box, name: string, read: (sheet: ExcelJS.Worksheet, row: number, col: number) => unknown): unknown[][] {
  const cells = cellCount(box);
  if (cells > MAX_CELLS_READ) throw rangeExceedsLimit(cells, `Range.${name}`);
  const grid: unknown[][] = [];
  for (let row = box.top; row <= box.bottom; row++) {
    const line: unknown[] = [];
    for (let col = box.left; col <= box.right; col++) line.push(read(sheet, row, col));
    grid.push(line);
  }
  return grid;
}
