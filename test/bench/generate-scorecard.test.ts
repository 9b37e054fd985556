import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { refresh } from "../../src/engine/refresh";
import { readWorkbookSnapshot } from "../../src/xlsx/read-snapshot";
import { rowsPerSheet, writeScorecard } from "../../scripts/bench/generate-scorecard";

describe("bench scorecard generator", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), "scorecard-bench-test-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function load(file: string): Promise<ExcelJS.Workbook> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
    return workbook;
  }

  it("rowsPerSheet spreads the remainder", () => {
    assert.deepEqual(rowsPerSheet(10), [3, 3, 2, 2]);
  });

  it("engine reads every row", async () => {
    const file = path.join(dir, "s.xlsx");
    await writeScorecard(file, 100);
    const snapshot = readWorkbookSnapshot(await load(file), "s.xlsx");
    const plan = refresh(snapshot);

    assert.equal(plan.sheets.length, 4);
    assert.ok(plan.sheets.every((sheet) => sheet.cellWrites.length > 0));
    // Each sheet has the merged INDICATOR header; more than one merge means REF NO. blocks too.
    assert.ok(snapshot.sheets.some((sheet) => sheet.merges.length > 1), "expected merged REF NO. blocks");
    assert.equal(plan.summary.indicators, 100);
  });

  it("same size gives the same cells", async () => {
    await writeScorecard(path.join(dir, "a.xlsx"), 30);
    await writeScorecard(path.join(dir, "b.xlsx"), 30);
    const values = async (name: string) =>
      (await load(path.join(dir, name))).worksheets.map((sheet) => sheet.getSheetValues().map((row) => JSON.stringify(row)));
    assert.deepEqual(await values("a.xlsx"), await values("b.xlsx"));
  });
});
