/**
 * The "Scorecard review" sheet the command line writes on each refresh: the findings with their review
 * state and a link to each cell, the resolved findings, and the DOT and RAG changes since the last refresh.
 * The sheet is the refresh's own: it is deleted and written afresh, and no other sheet is touched.
 */
import type ExcelJS from "exceljs";
import type { Finding, MarkChange, RefreshPlan } from "../engine/plan";
import type { ReviewEntry } from "../engine/state";

export const REVIEW_SHEET_NAME = "Scorecard review";

/** Sheet, Cell, Severity, Code, Message, Review status, Reviewer, When, Comment. Code fits the longest code in capitals. */
const WIDTHS = [30, 9, 10, 52, 60, 13, 18, 18, 40];
const FINDING_HEADER = ["Sheet", "Cell", "Severity", "Code", "Message", "Review status", "Reviewer", "When", "Comment"];
const CHANGE_HEADER = ["Sheet", "Cell", "REF NO.", "Column", "Change", "From", "To"];
/** The columns whose text runs long enough to need wrapping: Message, Change and Comment. */
const WRAPPED = [5, 9];
const HEADER_ROW = 4;
const STATUS_WORDS: Record<ReviewEntry["status"], string> = { open: "Open", accepted: "Accepted", resolved: "Resolved" };

/**
 * Most change rows the sheet lists. A first refresh of a workbook whose hand-set arrows were all "→" can
 * change tens of thousands of cells; no reviewer reads that many rows, and each linked row slows the save.
 */
export const MAX_CHANGE_ROWS = 1000;

/**
 * Replaces the review sheet. A plan that refreshed no scorecard sheet, such as an undo, only removes it,
 * because the findings it listed belong to a refresh that no longer holds.
 */
export function writeReviewSheet(workbook: ExcelJS.Workbook, plan: RefreshPlan): void {
  const existing = workbook.getWorksheet(REVIEW_SHEET_NAME);
  if (existing) workbook.removeWorksheet(existing.id);
  if (plan.summary.sheets.length === 0) return;

  const sheet = workbook.addWorksheet(REVIEW_SHEET_NAME, {
    views: [{ state: "frozen", ySplit: HEADER_ROW }],
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = WIDTHS.map((width) => ({ width }));
  WIDTHS.forEach((_, index) => {
    const col = index + 1;
    sheet.getColumn(col).alignment = WRAPPED.includes(col) ? { wrapText: true, vertical: "top" } : { vertical: "top" };
  });

  const title = sheet.getCell(1, 1);
  title.value = `Scorecard review: ${plan.workbook}`;
  title.font = { bold: true, size: 14 };
  sheet.getCell(2, 1).value = "Written by Scorecard RAG on each refresh, so edits here are lost. To accept or reopen a finding, open the workbook in Excel and use the Review pane of the Scorecard RAG add-in.";

  headerRow(sheet, HEADER_ROW, FINDING_HEADER);
  let row = HEADER_ROW + 1;
  if (plan.findings.length === 0) sheet.getCell(row++, 1).value = "No findings.";
  for (const finding of plan.findings) findingRow(sheet, row++, finding, finding.review);

  const resolved = Object.values(plan.resolved);
  row = blockHeading(sheet, row + 1, `Resolved findings (${resolved.length})`, FINDING_HEADER);
  if (resolved.length === 0) sheet.getCell(row++, 1).value = "No finding was resolved by this refresh.";
  for (const entry of resolved) findingRow(sheet, row++, entry, entry);

  row = blockHeading(sheet, row + 1, `Changes since last refresh (${plan.changes.length})`, CHANGE_HEADER);
  if (plan.changes.length === 0) sheet.getCell(row++, 1).value = "No DOT arrow or RAG letter changed since the last refresh.";
  for (const change of plan.changes.slice(0, MAX_CHANGE_ROWS)) changeRow(sheet, row++, change);
  if (plan.changes.length > MAX_CHANGE_ROWS) {
    sheet.getCell(row++, 1).value = `…and ${plan.changes.length - MAX_CHANGE_ROWS} more changes, listed in full in the JSON report (--report).`;
  }
}

/** Builds an in-workbook link, quoting the sheet name and doubling its own quotes as Excel does. */
export function cellLink(sheet: string, cell: string): string {
  return `#'${sheet.replace(/'/g, "''")}'!${cell}`;
}

function blockHeading(sheet: ExcelJS.Worksheet, row: number, text: string, header: string[]): number {
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  cell.font = { bold: true, size: 12 };
  headerRow(sheet, row + 1, header);
  return row + 2;
}

function headerRow(sheet: ExcelJS.Worksheet, row: number, header: string[]): void {
  header.forEach((text, index) => {
    const cell = sheet.getCell(row, index + 1);
    cell.value = text;
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
    cell.border = { bottom: { style: "thin" } };
  });
}

/** A finding, or a resolved entry, whose severity is no longer known. */
interface FindingLine {
  sheet: string;
  cell: string;
  code: string;
  message: string;
  severity?: Finding["severity"];
}

function findingRow(sheet: ExcelJS.Worksheet, row: number, finding: FindingLine, review: ReviewEntry | undefined): void {
  sheet.getCell(row, 1).value = finding.sheet;
  linkCell(sheet.getCell(row, 2), finding.sheet, finding.cell);
  sheet.getCell(row, 3).value = finding.severity ?? "";
  sheet.getCell(row, 4).value = finding.code;
  sheet.getCell(row, 5).value = finding.message;
  sheet.getCell(row, 6).value = STATUS_WORDS[review?.status ?? "open"];
  sheet.getCell(row, 7).value = review?.reviewer ?? "";
  whenCell(sheet.getCell(row, 8), review?.at);
  sheet.getCell(row, 9).value = review?.comment ?? "";
  fitRowHeight(sheet, row, finding.message, review?.comment ?? "");
}

/** Points per line of 11-point text, as Excel's default row height. */
const LINE_HEIGHT = 15;

/**
 * Sets the row tall enough for its wrapped text. exceljs writes no height, and some spreadsheet
 * applications then draw wrapped lines over the next row. The line count is an estimate from the
 * column widths in characters.
 */
function fitRowHeight(sheet: ExcelJS.Worksheet, row: number, ...texts: string[]): void {
  const lines = Math.max(1, ...WRAPPED.map((col, index) => Math.ceil((texts[index] ?? "").length / (WIDTHS[col - 1] - 2))));
  sheet.getRow(row).height = lines * LINE_HEIGHT;
}

function changeRow(sheet: ExcelJS.Worksheet, row: number, change: MarkChange): void {
  sheet.getCell(row, 1).value = change.sheet;
  linkCell(sheet.getCell(row, 2), change.sheet, change.cell);
  sheet.getCell(row, 3).value = change.ref;
  sheet.getCell(row, 4).value = change.column;
  sheet.getCell(row, 5).value = change.text;
  sheet.getCell(row, 6).value = change.from;
  sheet.getCell(row, 7).value = change.to;
  fitRowHeight(sheet, row, change.text);
}

function linkCell(cell: ExcelJS.Cell, sheet: string, address: string): void {
  if (!address) return;
  cell.value = { text: address, hyperlink: cellLink(sheet, address) };
  cell.font = { color: { argb: "FF0563C1" }, underline: true };
}

/** Writes a real date, so the column sorts and filters as dates. An unreadable stamp is kept as text. */
function whenCell(cell: ExcelJS.Cell, at: string | undefined): void {
  if (!at) return;
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) {
    cell.value = at;
    return;
  }
  cell.value = date;
  cell.numFmt = "d mmm yyyy hh:mm";
}
