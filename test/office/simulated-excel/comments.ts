/**
 * Threaded comments (ExcelApi 1.10). exceljs cannot store them, so the host keeps them in its own
 * list; they never reach the exceljs workbook.
 */
import type ExcelJS from "exceljs";
import { invalidArgument } from "./errors";
import type { SimulatedComment } from "./host-state";
import { addressArgument, locate, type NoteScope } from "./notes";
import { SimRange } from "./range";
import { assertUnprotected } from "./sheet-geometry";
import { SimCollection, SimObject } from "./sim-object";

export class SimCommentCollection extends SimCollection<NoteScope, SimComment> {
  readonly typeName = "CommentCollection";

  add(cellAddress: string | SimRange, content: string): SimComment {
    const created: { comment: SimulatedComment | null } = { comment: null };
    this.queueCall("add", [addressArgument(cellAddress), content], (scope) => {
      if (typeof cellAddress === "string" && !cellAddress.includes("!")) {
        throw invalidArgument(`"${cellAddress}" must include the sheet name.`, "CommentCollection.add");
      }
      const { sheet, row, col } = locate({ sheets: scope.sheets }, cellAddress);
      assertUnprotected(sheet, "CommentCollection.add");
      if (this.findAt(sheet, row, col)) throw invalidArgument("The cell already has a comment.", "CommentCollection.add");
      const host = this.context.host;
      created.comment = { id: `comment-${host.nextCommentId++}`, sheet: sheet.name, row, col, content: String(content) };
      host.comments.push(created.comment);
    });
    return this.proxy("add()", () => created.comment);
  }

  getItemByCell(cellAddress: string | SimRange): SimComment {
    return this.proxy(`getItemByCell("${addressArgument(cellAddress)}")`, () => {
      const { sheet, row, col } = locate({ sheets: this.target().sheets }, cellAddress);
      return this.findAt(sheet, row, col) ?? null;
    });
  }

  protected createItems({ sheets }: NoteScope): SimComment[] {
    const names = new Set(sheets.map((sheet) => sheet.name));
    return this.context.host.comments
      .filter((comment) => names.has(comment.sheet))
      .map((comment) => this.proxy(`getItem("${comment.id}")`, () => comment));
  }

  private findAt(sheet: ExcelJS.Worksheet, row: number, col: number): SimulatedComment | undefined {
    return this.context.host.comments.find((c) => c.sheet === sheet.name && c.row === row && c.col === col);
  }

  private proxy(method: string, find: () => SimulatedComment | null): SimComment {
    const comments = this.context.host.comments;
    return new SimComment(this.context, `${this.objectPath}.${method}`, () => {
      const comment = find();
      return comment && comments.includes(comment) ? comment : null;
    }, { requires: "1.10" });
  }
}

export class SimComment extends SimObject<SimulatedComment> {
  readonly typeName = "Comment";

  get id(): string { return this.getLoaded("id"); }

  get content(): string {
    return this.getLoaded("content");
  }

  set content(content: string) {
    this.queueSet("content", content, (comment) => {
      assertUnprotected(this.sheetOf(comment), "Comment.content");
      comment.content = String(content);
    });
  }

  delete(): void {
    this.queueCall("delete", [], (comment) => {
      assertUnprotected(this.sheetOf(comment), "Comment.delete");
      const comments = this.context.host.comments;
      comments.splice(comments.indexOf(comment), 1);
    });
  }

  getLocation(): SimRange {
    return SimRange.at(this.context, `${this.objectPath}.getLocation()`, () => {
      const comment = this.target();
      return { sheet: this.sheetOf(comment), box: { top: comment.row, left: comment.col, bottom: comment.row, right: comment.col } };
    });
  }

  protected scalarNames(): readonly string[] {
    return ["id", "content", "authorName", "resolved"];
  }

  protected readScalar(name: string, comment: SimulatedComment): unknown {
    if (name === "id" || name === "content") return comment[name];
    return name === "resolved" ? false : "";
  }

  private sheetOf(comment: SimulatedComment): ExcelJS.Worksheet {
    const sheet = this.context.host.workbook.getWorksheet(comment.sheet);
    if (!sheet) throw invalidArgument(`Sheet "${comment.sheet}" no longer exists.`, "Comment");
    return sheet;
  }
}
