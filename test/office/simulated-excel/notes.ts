/** Notes (ExcelApi 1.18), stored as exceljs cell notes: the legacy comments of the file format. */
import type ExcelJS from "exceljs";
import { parseReference, splitSheet } from "./a1";
import { invalidArgument } from "./errors";
import { SimRange } from "./range";
import { assertUnprotected } from "./sheet-geometry";
import type { SimContext } from "./sim-context";
import { SimCollection, SimObject } from "./sim-object";

export interface CellTarget {
  sheet: ExcelJS.Worksheet;
  row: number;
  col: number;
}

/** The sheets a collection covers and the one that unqualified addresses refer to. */
export interface NoteScope {
  sheets: ExcelJS.Worksheet[];
  defaultSheet?: ExcelJS.Worksheet;
}

export class SimNoteCollection extends SimCollection<NoteScope, SimNote> {
  readonly typeName = "NoteCollection";

  add(cellAddress: string | SimRange, content: string): SimNote {
    const location = () => locate(this.target(), cellAddress);
    this.queueCall("add", [addressArgument(cellAddress), content], () => {
      const { sheet, row, col } = location();
      assertUnprotected(sheet, "NoteCollection.add");
      const cell = sheet.getCell(row, col);
      if (noteText(cell) !== undefined) throw invalidArgument(`Cell ${cell.address} already has a note.`, "NoteCollection.add");
      cell.note = String(content);
    });
    return new SimNote(this.context, `${this.objectPath}.add()`, () => withNote(location()), { requires: "1.18" });
  }

  getItem(key: string): SimNote {
    return new SimNote(this.context, `${this.objectPath}.getItem("${key}")`, () => withNote(locate(this.target(), key)), { requires: "1.18" });
  }

  getItemOrNullObject(key: string): SimNote {
    const path = `${this.objectPath}.getItemOrNullObject("${key}")`;
    return new SimNote(this.context, path, () => withNote(locate(this.target(), key)), { requires: "1.18", orNull: true, instantiate: true });
  }

  protected createItems({ sheets }: NoteScope): SimNote[] {
    const targets: CellTarget[] = [];
    for (const sheet of sheets) {
      sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
        row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
          if (noteText(cell) !== undefined) targets.push({ sheet, row: rowNumber, col: colNumber });
        });
      });
    }
    return targets.map((target, index) => new SimNote(this.context, `${this.objectPath}.getItemAt(${index})`, () => withNote(target), { requires: "1.18" }));
  }
}

export class SimNote extends SimObject<CellTarget> {
  readonly typeName = "Note";

  get authorName(): string { return this.getLoaded("authorName"); }

  get content(): string {
    return this.getLoaded("content");
  }

  set content(content: string) {
    this.queueSet("content", content, ({ sheet, row, col }) => {
      assertUnprotected(sheet, "Note.content");
      sheet.getCell(row, col).note = String(content);
    });
  }

  delete(): void {
    this.queueCall("delete", [], ({ sheet, row, col }) => {
      assertUnprotected(sheet, "Note.delete");
      // exceljs has no call to remove a note; its own loader leaves _comment unset for a cell without one.
      (sheet.getCell(row, col) as unknown as { _comment?: unknown })._comment = undefined;
    });
  }

  getLocation(): SimRange {
    return SimRange.at(this.context, `${this.objectPath}.getLocation()`, () => {
      const { sheet, row, col } = this.target();
      return { sheet, box: { top: row, left: col, bottom: row, right: col } };
    });
  }

  protected scalarNames(): readonly string[] {
    return ["content", "authorName"];
  }

  protected readScalar(name: string, { sheet, row, col }: CellTarget): unknown {
    if (name === "authorName") return "";
    return noteText(sheet.getCell(row, col)) ?? "";
  }
}

export function noteText(cell: ExcelJS.Cell): string | undefined {
  const note = cell.note as unknown;
  if (note === undefined || note === null) return undefined;
  if (typeof note === "string") return note;
  const texts = (note as { texts?: { text?: string }[] }).texts;
  return texts ? texts.map((run) => run.text ?? "").join("") : undefined;
}

/** Resolves "B3", "Sheet1!B3" or a one-cell Range proxy to a cell of the collection's sheets. */
export function locate(scope: NoteScope, address: string | SimRange): CellTarget {
  if (address instanceof SimRange) {
    const { sheet, box } = address.target();
    if (box.top !== box.bottom || box.left !== box.right) throw invalidArgument("The range is not a single cell.", "InvalidCellAddress");
    return { sheet, row: box.top, col: box.left };
  }
  const { sheet: sheetName, reference } = splitSheet(address);
  const sheet = sheetName === undefined ? scope.defaultSheet : scope.sheets.find((s) => s.name.toLowerCase() === sheetName.toLowerCase());
  const box = parseReference(reference);
  if (!sheet || box.top !== box.bottom || box.left !== box.right) throw invalidArgument(`"${address}" is not a cell of this collection.`, "InvalidCellAddress");
  return { sheet, row: box.top, col: box.left };
}

export function addressArgument(address: string | SimRange): string {
  return typeof address === "string" ? address : address.objectPath;
}

function withNote(target: CellTarget): CellTarget | null {
  const cell = target.sheet.findCell(target.row, target.col);
  return cell && noteText(cell) !== undefined ? target : null;
}

export function noteScope(context: SimContext, sheet?: ExcelJS.Worksheet): NoteScope {
  return sheet ? { sheets: [sheet], defaultSheet: sheet } : { sheets: context.host.workbook.worksheets };
}
