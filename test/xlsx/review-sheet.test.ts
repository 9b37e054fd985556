import { strict as assert } from "node:assert";
import type ExcelJS from "exceljs";
import { decodeState, encodeState, STATE_SHEET_NAME } from "../../src/engine/state";
import { setReviewStatus } from "../../src/engine/review";
import { undoLastRefresh } from "../../src/engine/undo";
import { applyPlan } from "../../src/xlsx/apply-plan";
import { readWorkbookSnapshot } from "../../src/xlsx/read-snapshot";
import { cellLink, MAX_CHANGE_ROWS, REVIEW_SHEET_NAME, writeReviewSheet } from "../../src/xlsx/review-sheet";
import type { MarkChange } from "../../src/engine/plan";
import { BENCHMARK, loadSample, refreshWorkbook, sheet } from "./refresh-workbook";

/** What a reviewer's Accept does to the file: the stored review entry changes, nothing else. */
function accept(workbook: ExcelJS.Workbook, findingId: string, reviewer: string, comment: string): void {
  const stateSheet = sheet(workbook, STATE_SHEET_NAME);
  const chunks: string[] = [];
  stateSheet.eachRow((row) => chunks.push(String(row.getCell(1).value)));
  const state = decodeState(chunks).state!;
  const review = setReviewStatus(state.review, findingId, "accepted", reviewer, comment, "2025-04-11T10:00:00.000Z");
  workbook.removeWorksheet(stateSheet.id);
  const fresh = workbook.addWorksheet(STATE_SHEET_NAME, { state: "veryHidden" });
  encodeState({ ...state, review }).forEach((chunk, index) => (fresh.getCell(index + 1, 1).value = chunk));
}

/** Rows of the review sheet as text, column A to I, so a test can find a finding's row. */
function rowsOf(worksheet: ExcelJS.Worksheet): { number: number; cells: ExcelJS.CellValue[] }[] {
  const rows: { number: number; cells: ExcelJS.CellValue[] }[] = [];
  worksheet.eachRow((row, number) => rows.push({ number, cells: Array.from({ length: 9 }, (_, i) => row.getCell(i + 1).value) }));
  return rows;
}

describe("review sheet", () => {
  it("exists after a refresh", async () => {
    const { workbook, plan } = await refreshWorkbook(await loadSample());
    const review = sheet(workbook, REVIEW_SHEET_NAME);
    const first = plan.findings[0];
    const row = rowsOf(review).find((r) => r.cells[4] === first.message);
    assert.ok(row, "the first finding's message should be on the review sheet");
    assert.deepEqual(row.cells.slice(0, 6).filter((_, i) => i !== 1), [first.sheet, first.severity, first.code, first.message, "Open"]);
    assert.equal(review.getCell(4, 1).font?.bold, true);
    assert.equal(review.views[0]?.state, "frozen");
  });

  it("links point at their cells", async () => {
    const { workbook, plan } = await refreshWorkbook(await loadSample());
    const review = sheet(workbook, REVIEW_SHEET_NAME);
    const links = rowsOf(review)
      .map((r) => r.cells[1])
      .filter((value): value is ExcelJS.CellHyperlinkValue => typeof value === "object" && value !== null && "hyperlink" in value);
    // Findings come first, then the changes since the last refresh (the sample's replaced hand-set arrows).
    assert.equal(links.length, plan.findings.length + plan.changes.length);
    const targets = [...plan.findings, ...plan.changes];
    for (const [index, target] of targets.entries()) {
      assert.deepEqual({ text: links[index].text, hyperlink: links[index].hyperlink }, { text: target.cell, hyperlink: `#'${target.sheet}'!${target.cell}` });
    }
  });

  it("long change list is cut with a pointer to the report", async () => {
    const { workbook, plan } = await refreshWorkbook(await loadSample());
    const change: MarkChange = { sheet: BENCHMARK, ref: "B.1 (SC)", measure: "", cell: "M6", column: "DOT (Month)", from: "→", to: "↑", text: "B.1 (SC) DOT (Month): from → to ↑" };
    writeReviewSheet(workbook, { ...plan, changes: Array.from({ length: MAX_CHANGE_ROWS + 5 }, () => change) });
    const rows = rowsOf(sheet(workbook, REVIEW_SHEET_NAME));
    assert.equal(rows.filter((r) => r.cells[4] === change.text).length, MAX_CHANGE_ROWS);
    assert.equal(rows.at(-1)?.cells[0], "…and 5 more changes, listed in full in the JSON report (--report).");
  });

  it("quotes in a sheet name are doubled", () => {
    assert.equal(cellLink("Children's services", "N6"), "#'Children''s services'!N6");
  });

  it("replaced, not duplicated", async () => {
    const once = await refreshWorkbook(await loadSample());
    const twice = await refreshWorkbook(once.workbook);
    const names = twice.workbook.worksheets.map((w) => w.name);
    assert.equal(names.filter((name) => name === REVIEW_SHEET_NAME).length, 1);
    assert.ok(!twice.plan.sheets.some((s) => s.name === REVIEW_SHEET_NAME), "the review sheet is not a scorecard");
    assert.deepEqual(twice.plan.summary.sheets.map((s) => s.name), once.plan.summary.sheets.map((s) => s.name));
  });

  it("other sheets are kept", async () => {
    const sample = await loadSample();
    sample.addWorksheet("Reviewer notes").getCell("A1").value = "Ask Jo about B.6";
    const { workbook } = await refreshWorkbook(sample);
    assert.equal(sheet(workbook, "Reviewer notes").getCell("A1").value, "Ask Jo about B.6");
  });

  it("undo removes it", async () => {
    const { workbook } = await refreshWorkbook(await loadSample());
    const undo = undoLastRefresh(readWorkbookSnapshot(workbook, "cyps-scorecard-2025-03.xlsx"));
    assert.ok("plan" in undo);
    applyPlan(workbook, undo.plan);
    assert.equal(workbook.getWorksheet(REVIEW_SHEET_NAME), undefined);
  });

  it("shows acceptance and changes", async () => {
    const first = await refreshWorkbook(await loadSample());
    const target = first.plan.findings[0];
    accept(first.workbook, target.id!, "Priya Shah", "Quartile checked with the DfE tables.");
    // B.1's March figure falls from 94.8% to 50%, so its month RAG and arrow change.
    sheet(first.workbook, BENCHMARK).getCell("I6").value = 0.5;

    const second = await refreshWorkbook(first.workbook);
    const rows = rowsOf(sheet(second.workbook, REVIEW_SHEET_NAME));
    const accepted = rows.find((r) => r.cells[4] === target.message)!;
    assert.deepEqual(accepted.cells.slice(5, 7), ["Accepted", "Priya Shah"]);
    assert.equal(accepted.cells[8], "Quartile checked with the DfE tables.");
    assert.ok(accepted.cells[7] instanceof Date);

    const heading = rows.find((r) => String(r.cells[0]).startsWith("Changes since last refresh"))!;
    assert.ok(second.plan.changes.length > 0);
    assert.equal(heading.cells[0], `Changes since last refresh (${second.plan.changes.length})`);
    const texts = rows.filter((r) => r.number > heading.number + 1).map((r) => r.cells[4]);
    assert.deepEqual(texts, second.plan.changes.map((c) => c.text));
    assert.ok(texts.some((text) => /^B\.1 \(SC\) RAG \(Month\): G → [RA]$/.test(String(text))), texts.join("; "));
  });
});
