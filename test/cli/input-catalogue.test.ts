import { strict as assert } from "node:assert";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { UnusableInputError } from "../../src/cli/errors";
import { refreshFile } from "../../src/cli/refresh-file";
import { BENCHMARK, loadSample, sheet } from "../xlsx/refresh-workbook";

const dir = mkdtempSync(path.join(os.tmpdir(), "scorecard-catalogue-"));
after(() => rmSync(dir, { recursive: true, force: true }));

async function save(workbook: ExcelJS.Workbook, name: string): Promise<string> {
  const file = path.join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

async function refused(workbook: ExcelJS.Workbook, name: string, words: RegExp): Promise<void> {
  const input = await save(workbook, name);
  const output = path.join(dir, `out-${name}`);
  await assert.rejects(refreshFile({ input, output }), (error: unknown) => error instanceof UnusableInputError && words.test(error.message) && error.message.startsWith(input));
  assert.equal(existsSync(output), false);
}

/** A new workbook holding only the sample benchmark sheet's header row, values and formats. */
async function headerOnly(): Promise<ExcelJS.Workbook> {
  const header = sheet(await loadSample(), BENCHMARK).getRow(5);
  const workbook = new ExcelJS.Workbook();
  const target = workbook.addWorksheet(BENCHMARK);
  header.eachCell((cell, col) => {
    if (cell.isMerged && cell.master !== cell) return;
    target.getCell(5, col).value = cell.value;
    target.getCell(5, col).numFmt = cell.numFmt;
  });
  return workbook;
}

describe("unusable input catalogue", () => {
  it("empty workbook: refused", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Sheet1");
    await refused(workbook, "empty.xlsx", /workbook is empty/);
  });

  it("header with no data rows: refused", async () => {
    await refused(await headerOnly(), "header-only.xlsx", /no indicator rows/);
  });

  it("duplicate header: refused, naming both cells", async () => {
    const workbook = await loadSample();
    const benchmark = sheet(workbook, BENCHMARK);
    const headerRow = benchmark.getRow(5);
    let indicatorCol = 0;
    headerRow.eachCell((cell, col) => { if (String(cell.value).trim().toUpperCase() === "INDICATOR") indicatorCol = col; });
    assert.ok(indicatorCol > 0, "sample header row has INDICATOR");
    benchmark.getCell(5, benchmark.columnCount + 1).value = "INDICATOR";
    await refused(workbook, "duplicate.xlsx", /"INDICATOR" twice/);
  });

  it("formatting to row 1,048,576: normal result, quickly", async () => {
    const workbook = await loadSample();
    const benchmark = sheet(workbook, BENCHMARK);
    benchmark.getCell("B1048576").numFmt = "0.0%";
    benchmark.getCell("B1048576").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
    const input = await save(workbook, "tall.xlsx");
    const started = Date.now();
    const { plan } = await refreshFile({ input, output: path.join(dir, "tall-out.xlsx") });
    assert.equal(plan.summary.indicators, 75);
    assert.ok(Date.now() - started < 20_000, `${Date.now() - started} ms`);
  });

  it("32,767-character text in indicator and threshold: refreshed, kept", async () => {
    const workbook = await loadSample();
    const long = "Rhif ".repeat(6553) + "xy";
    assert.equal(long.length, 32_767);
    sheet(workbook, BENCHMARK).getCell("C6").value = long;
    sheet(workbook, BENCHMARK).getCell("Q6").value = long;
    const input = await save(workbook, "long.xlsx");
    const output = path.join(dir, "long-out.xlsx");
    const { plan } = await refreshFile({ input, output });
    assert.equal(plan.summary.indicators, 75);
    const result = new ExcelJS.Workbook();
    await result.xlsx.readFile(output);
    assert.equal(sheet(result, BENCHMARK).getCell("C6").value, long);
    for (const worksheet of result.worksheets) {
      worksheet.eachRow((row) => row.eachCell((cell) => {
        const note = cell.note as unknown;
        const text = typeof note === "string" ? note : ((note as { texts?: { text: string }[] } | undefined)?.texts ?? []).map((t) => t.text).join("");
        assert.ok(text.length <= 32_767, `${worksheet.name}!${cell.address} note has ${text.length} characters`);
      }));
    }
  });

  it("Welsh, Polish and emoji text: refreshed, kept", async () => {
    const workbook = await loadSample();
    const text = "Plant sy'n derbyn gofal – Łódź, Żółć 👶🏽";
    sheet(workbook, BENCHMARK).getCell("C6").value = text;
    sheet(workbook, BENCHMARK).getCell("Q7").value = "≥ 82% – gwyrdd 🟢";
    const input = await save(workbook, "unicode.xlsx");
    const output = path.join(dir, "unicode-out.xlsx");
    const { plan } = await refreshFile({ input, output });
    assert.equal(plan.summary.indicators, 75);
    const result = new ExcelJS.Workbook();
    await result.xlsx.readFile(output);
    assert.equal(sheet(result, BENCHMARK).getCell("C6").value, text);
    assert.equal(sheet(result, BENCHMARK).getCell("Q7").value, "≥ 82% – gwyrdd 🟢");
  });
});
