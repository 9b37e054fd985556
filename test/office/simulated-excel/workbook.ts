/** The Workbook proxy: sheets, notes, comments and the selection. */
import type ExcelJS from "exceljs";
import { parseReference } from "./a1";
import { SimCommentCollection } from "./comments";
import { SimNoteCollection, noteScope } from "./notes";
import { SimRange } from "./range";
import { SimObject } from "./sim-object";
import { SimWorksheetCollection, activeSheet } from "./worksheet";

export class SimWorkbook extends SimObject<ExcelJS.Workbook> {
  readonly typeName = "Workbook";

  get name(): string { return this.getLoaded("name"); }

  get worksheets(): SimWorksheetCollection { return this.navigation("worksheets") as SimWorksheetCollection; }
  get notes(): SimNoteCollection { return this.navigation("notes") as SimNoteCollection; }
  get comments(): SimCommentCollection { return this.navigation("comments") as SimCommentCollection; }

  /** The selected range; A1 of the first sheet until something is selected. */
  getSelectedRange(): SimRange {
    return SimRange.at(this.context, `${this.objectPath}.getSelectedRange()`, () => {
      const host = this.context.host;
      const sheet = activeSheet(this.target(), host.selection?.sheet ?? host.activeSheet);
      return sheet ? { sheet, box: parseReference(host.selection?.address ?? "A1") } : null;
    });
  }

  protected scalarNames(): readonly string[] {
    return ["name"];
  }

  protected readScalar(): unknown {
    return this.context.host.workbookName;
  }

  protected override createNavigation(name: string): SimObject | undefined {
    const workbook = () => this.resolve();
    if (name === "worksheets") return new SimWorksheetCollection(this.context, "workbook.worksheets", workbook);
    if (name === "notes") return new SimNoteCollection(this.context, "workbook.notes", () => noteScope(this.context), { requires: "1.18" });
    if (name === "comments") return new SimCommentCollection(this.context, "workbook.comments", () => noteScope(this.context), { requires: "1.10" });
    return undefined;
  }
}
