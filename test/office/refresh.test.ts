import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { type RefreshProgress, UserFacingError } from "../../src/office/contract";
import { refreshWorkbook, selectCell } from "../../src/office/refresh";
import { refreshXlsxOnSimulatedExcel, withSimulatedHost } from "./refresh-on-simulated-excel";
import { WEB_PAYLOAD_LIMIT_BYTES, createSimulatedExcel, openSimulatedExcel } from "./simulated-excel";
import { addNumberBlock, rulesOf } from "./workbook-fixtures";

const SAMPLE = readFileSync(path.join(__dirname, "../../assets/samples/cyps-scorecard-2025-03.xlsx"));

function cellText(workbook: ExcelJS.Workbook, sheet: string, row: number, col: number): unknown {
  return workbook.getWorksheet(sheet)!.getCell(row, col).value;
}

describe("refreshWorkbook", () => {
  describe("sample workbook", () => {
    it("refreshes in at most three syncs", async () => {
      const { outcome, host } = await refreshXlsxOnSimulatedExcel(SAMPLE);
      assert.ok(outcome.syncs <= 3, `expected at most 3 syncs, got ${outcome.syncs}`);
      assert.equal(outcome.syncs, host.syncs);
    });

    it("finds both scorecard sheets", async () => {
      const { outcome } = await refreshXlsxOnSimulatedExcel(SAMPLE);
      assert.deepEqual(outcome.plan.sheets.map((sheet) => sheet.name), ["CYPS Benchmark Indicators", "CYPS Activity Indicators"]);
      assert.equal(outcome.plan.summary.indicators, 75);
    });

    it("every planned cell write lands", async () => {
      const { outcome, workbook } = await refreshXlsxOnSimulatedExcel(SAMPLE);
      for (const sheet of outcome.plan.sheets) {
        for (const write of sheet.cellWrites) {
          assert.equal(cellText(workbook, sheet.name, write.row, write.col), write.value === "" ? null : write.value, `${sheet.name}!${write.address}`);
        }
      }
    });

    it("every planned rule lands", async () => {
      const { outcome, workbook } = await refreshXlsxOnSimulatedExcel(SAMPLE);
      for (const sheet of outcome.plan.sheets) {
        const formulas = rulesOf(workbook.getWorksheet(sheet.name)!).map((rule) => rule.formula);
        assert.deepEqual(formulas, sheet.rules.map((rule) => rule.formula), sheet.name);
      }
    });

    it("second refresh keeps one set of rules and notes", async () => {
      const first = await refreshXlsxOnSimulatedExcel(SAMPLE);
      const bytes = (await first.workbook.xlsx.writeBuffer()) as ArrayBuffer;
      const second = await refreshXlsxOnSimulatedExcel(bytes);
      for (const sheet of first.outcome.plan.sheets) {
        assert.equal(rulesOf(second.workbook.getWorksheet(sheet.name)!).length, sheet.rules.length, sheet.name);
      }
      assert.deepEqual(second.outcome.plan.sheets.map((sheet) => sheet.notes.length), [0, 0]);
    });

    it("progress goes through every stage", async () => {
      const host = await openSimulatedExcel(SAMPLE);
      const stages: RefreshProgress["stage"][] = [];
      await withSimulatedHost(host, () => refreshWorkbook((progress) => stages.push(progress.stage)));
      assert.deepEqual(stages, ["reading", "calculating", "writing", "done"]);
    });

    it("outcome lists no limitations on ExcelApi 1.18", async () => {
      const { outcome } = await refreshXlsxOnSimulatedExcel(SAMPLE);
      assert.deepEqual(outcome.limitations, []);
    });
  });

  describe("older Excel", () => {
    for (const version of ["1.12", "1.10", "1.9", "1.8"]) {
      it(`ExcelApi ${version} refreshes with limitations`, async () => {
        const { outcome } = await refreshXlsxOnSimulatedExcel(SAMPLE, { host: { requirementSets: [`ExcelApi ${version}`] } });
        assert.equal(outcome.plan.summary.indicators, 75);
        assert.ok((outcome.limitations ?? []).length > 0);
      });
    }

    it("ExcelApi 1.6 is refused before any sync", async () => {
      const host = await openSimulatedExcel(SAMPLE, { requirementSets: ["ExcelApi 1.6"] });
      await assert.rejects(withSimulatedHost(host, () => refreshWorkbook()), (error: unknown) => error instanceof UserFacingError && error.code === "ExcelApiUnsupported");
      assert.equal(host.syncs, 0);
    });
  });

  describe("errors", () => {
    it("protected sheet stops with no writes", async () => {
      const host = await openSimulatedExcel(SAMPLE);
      await host.workbook.getWorksheet("CYPS Activity Indicators")!.protect("", {});
      await assert.rejects(withSimulatedHost(host, () => refreshWorkbook()), (error: unknown) => {
        assert.ok(error instanceof UserFacingError);
        assert.equal(error.message, 'The sheet "CYPS Activity Indicators" is protected, so nothing was changed. Unprotect it (Review > Unprotect Sheet), then refresh again.');
        return true;
      });
      assert.equal(host.writes, 0);
    });

    it("cell edit mode asks to finish editing", async () => {
      const host = await openSimulatedExcel(SAMPLE);
      host.cellEditMode = true;
      await assert.rejects(withSimulatedHost(host, () => refreshWorkbook()), (error: unknown) => {
        assert.ok(error instanceof UserFacingError);
        assert.equal(error.message, "Finish editing the cell, then refresh again.");
        assert.match(error.details ?? "", /InvalidOperationInCellEditMode/);
        return true;
      });
    });

    it("other Office errors pass through", async () => {
      const host = await openSimulatedExcel(SAMPLE, { payloadLimitBytes: 100 });
      await assert.rejects(withSimulatedHost(host, () => refreshWorkbook()), (error: unknown) => !(error instanceof UserFacingError) && (error as { code?: string }).code === "RequestPayloadSizeLimitExceeded");
    });
  });

  describe("a header twice", () => {
    it("flags it, sheet untouched", async () => {
      const sample = new ExcelJS.Workbook();
      await sample.xlsx.load(SAMPLE as unknown as ArrayBuffer);
      const benchmark = sample.getWorksheet("CYPS Benchmark Indicators")!;
      const secondRed = benchmark.columnCount + 1;
      benchmark.getCell(5, secondRed).value = "Red";
      // Array.from, not map: a row never touched is a hole, and one the refresh read is an empty array.
      const rowsOf = (sheet: ExcelJS.Worksheet) => Array.from(sheet.getSheetValues(), (row) => JSON.stringify(row ?? []));
      const before = rowsOf(benchmark);
      const host = createSimulatedExcel(sample);

      const outcome = await withSimulatedHost(host, () => refreshWorkbook());

      const duplicates = outcome.plan.findings.filter((finding) => finding.code === "HEADER_DUPLICATE");
      assert.deepEqual(duplicates.map((finding) => `${finding.sheet}!${finding.cell}`), [`CYPS Benchmark Indicators!${benchmark.getCell(5, secondRed).address}`]);
      assert.deepEqual(outcome.plan.sheets.map((sheet) => sheet.name), ["CYPS Activity Indicators"]);
      assert.deepEqual(rowsOf(host.workbook.getWorksheet("CYPS Benchmark Indicators")!), before);
    });
  });

  describe("past the 5 MB limit", () => {
    it("large workbook refreshes in chunks", async function () {
      this.timeout(120_000);
      const sample = new ExcelJS.Workbook();
      await sample.xlsx.load(SAMPLE as unknown as ArrayBuffer);
      addNumberBlock(sample, "Extract", 4_000, 30);
      const host = createSimulatedExcel(sample);
      const normal = await refreshXlsxOnSimulatedExcel(SAMPLE);

      const outcome = await withSimulatedHost(host, () => refreshWorkbook());

      const refused = host.syncLog.filter((sync) => sync.responseBytes > WEB_PAYLOAD_LIMIT_BYTES);
      assert.equal(refused.length, 1, "only the first whole-workbook request is refused");
      assert.ok(outcome.syncs > 4, `expected chunked reads, got ${outcome.syncs} syncs`);
      assert.ok(host.syncLog.every((sync) => sync.requestBytes <= WEB_PAYLOAD_LIMIT_BYTES));
      assert.deepEqual(outcome.plan.sheets, normal.outcome.plan.sheets);
    });
  });
});

describe("selectCell", () => {
  it("activates the sheet and selects the cell", async () => {
    const host = await openSimulatedExcel(SAMPLE);
    await withSimulatedHost(host, () => selectCell("CYPS Activity Indicators", "O12"));
    assert.equal(host.activeSheet, "CYPS Activity Indicators");
    assert.deepEqual(host.selection, { sheet: "CYPS Activity Indicators", address: "O12" });
  });

  it("missing sheet asks for a refresh", async () => {
    const host = await openSimulatedExcel(SAMPLE);
    await assert.rejects(withSimulatedHost(host, () => selectCell("Renamed", "A1")), (error: unknown) => {
      assert.ok(error instanceof UserFacingError);
      assert.equal(error.code, "SheetNotFound");
      assert.match(error.message, /"Renamed" was not found/);
      return true;
    });
  });
});
