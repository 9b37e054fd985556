/** Worksheet, WorksheetProtection and WorksheetCollection proxies. */
import type ExcelJS from "exceljs";
import { type Box, WHOLE_SHEET, parseReference } from "./a1";
import { SimCommentCollection } from "./comments";
import { invalidArgument } from "./errors";
import { SimNoteCollection, noteScope } from "./notes";
import { SimRange } from "./range";
import { isProtected, usedBox } from "./sheet-geometry";
import { SimCollection, SimObject } from "./sim-object";

const VISIBILITY: Record<string, string> = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" };

export class SimWorksheet extends SimObject<ExcelJS.Worksheet> {
  readonly typeName = "Worksheet";

  get name(): string { return this.getLoaded("name"); }
  get visibility(): string { return this.getLoaded("visibility"); }
  set visibility(value: string) {
    this.queueSet("visibility", value, (sheet) => {
      const state = Object.keys(VISIBILITY).find((key) => VISIBILITY[key] === value);
      if (!state) throw invalidArgument(`"${value}" is not a sheet visibility.`, "Worksheet.visibility");
      sheet.state = state as ExcelJS.WorksheetState;
    });
  }
  get position(): number { return this.getLoaded("position"); }

  get protection(): SimWorksheetProtection { return this.navigation("protection") as SimWorksheetProtection; }
  get notes(): SimNoteCollection { return this.navigation("notes") as SimNoteCollection; }
  get comments(): SimCommentCollection { return this.navigation("comments") as SimCommentCollection; }

  /** The range at an address such as "B3:D9"; the whole sheet when the address is left out. */
  getRange(address?: string): SimRange {
    const path = `${this.objectPath}.getRange(${address === undefined ? "" : JSON.stringify(address)})`;
    return SimRange.at(this.context, path, () => ({ sheet: this.target(), box: address === undefined ? WHOLE_SHEET : parseReference(address) }));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): SimRange {
    const box: Box = { top: startRow + 1, left: startColumn + 1, bottom: startRow + rowCount, right: startColumn + columnCount };
    return SimRange.at(this.context, `${this.objectPath}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, () => ({ sheet: this.target(), box }));
  }

  getUsedRangeOrNullObject(valuesOnly = false): SimRange {
    const path = `${this.objectPath}.getUsedRangeOrNullObject(${valuesOnly})`;
    return SimRange.at(this.context, path, () => {
      // NOTE: assumes Excel makes a null object's *OrNullObject children null objects too, rather than failing.
      const sheet = this.options.orNull ? this.resolve() : this.target();
      if (!sheet) return null;
      const box = usedBox(sheet, valuesOnly);
      return box ? { sheet, box } : null;
    }, { orNull: true, instantiate: true, requires: "1.4" });
  }

  /** Deletes the sheet; Excel refuses to delete the last visible sheet. */
  delete(): void {
    this.queueCall("delete", [], (sheet) => {
      const workbook = this.context.host.workbook;
      const visible = workbook.worksheets.filter((other) => other !== sheet && other.state === "visible");
      if (visible.length === 0) throw invalidArgument("A workbook must keep at least one visible sheet.", "Worksheet.delete");
      workbook.removeWorksheet(sheet.id);
    });
  }

  activate(): void {
    this.queueCall("activate", [], (sheet) => {
      this.context.host.activeSheet = sheet.name;
    });
  }

  protected scalarNames(): readonly string[] {
    return ["name", "visibility", "position", "id"];
  }

  protected readScalar(name: string, sheet: ExcelJS.Worksheet): unknown {
    if (name === "name") return sheet.name;
    if (name === "visibility") return VISIBILITY[sheet.state] ?? "Visible";
    if (name === "position") return this.context.host.workbook.worksheets.indexOf(sheet);
    return `{sheet-${sheet.id}}`;
  }

  protected override createNavigation(name: string): SimObject | undefined {
    const sheet = () => this.resolve();
    if (name === "protection") return new SimWorksheetProtection(this.context, `${this.objectPath}.protection`, sheet, { requires: "1.2" });
    if (name === "notes") {
      return new SimNoteCollection(this.context, `${this.objectPath}.notes`, () => withSheet(sheet(), (s) => noteScope(this.context, s)), { requires: "1.18" });
    }
    if (name === "comments") {
      return new SimCommentCollection(this.context, `${this.objectPath}.comments`, () => withSheet(sheet(), (s) => noteScope(this.context, s)), { requires: "1.10" });
    }
    return undefined;
  }
}

export class SimWorksheetProtection extends SimObject<ExcelJS.Worksheet> {
  readonly typeName = "WorksheetProtection";

  get protected(): boolean { return this.getLoaded("protected"); }

  protected scalarNames(): readonly string[] {
    return ["protected"];
  }

  protected readScalar(_name: string, sheet: ExcelJS.Worksheet): unknown {
    return isProtected(sheet);
  }
}

export class SimWorksheetCollection extends SimCollection<ExcelJS.Workbook, SimWorksheet> {
  readonly typeName = "WorksheetCollection";

  getItem(name: string): SimWorksheet {
    return new SimWorksheet(this.context, `${this.objectPath}.getItem(${JSON.stringify(name)})`, () => findSheet(this.target(), name));
  }

  getItemOrNullObject(name: string): SimWorksheet {
    const path = `${this.objectPath}.getItemOrNullObject(${JSON.stringify(name)})`;
    return new SimWorksheet(this.context, path, () => findSheet(this.target(), name), { orNull: true, instantiate: true });
  }

  getActiveWorksheet(): SimWorksheet {
    return new SimWorksheet(this.context, `${this.objectPath}.getActiveWorksheet()`, () => activeSheet(this.target(), this.context.host.activeSheet));
  }

  add(name: string): SimWorksheet {
    this.queueCall("add", [name], (workbook) => {
      if (findSheet(workbook, name)) throw invalidArgument(`A sheet named "${name}" already exists.`, "WorksheetCollection.add");
      workbook.addWorksheet(name);
    });
    return this.getItem(name);
  }

  protected createItems(workbook: ExcelJS.Workbook): SimWorksheet[] {
    return workbook.worksheets.map((sheet) => new SimWorksheet(this.context, `${this.objectPath}.getItem("{sheet-${sheet.id}}")`, () => (workbook.worksheets.includes(sheet) ? sheet : null)));
  }
}

/** Finds a sheet by name, ignoring case as Excel does. */
export function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | null {
  return workbook.worksheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase()) ?? null;
}

export function activeSheet(workbook: ExcelJS.Workbook, name: string | undefined): ExcelJS.Worksheet | null {
  return (name !== undefined ? findSheet(workbook, name) : null) ?? workbook.worksheets[0] ?? null;
}

function withSheet<T>(sheet: ExcelJS.Worksheet | null, build: (sheet: ExcelJS.Worksheet) => T): T | null {
  return sheet ? build(sheet) : null;
}
