import assert from "node:assert/strict";
import { cellAt } from "../../src/engine/snapshot";
import { readSnapshot, type SnapshotRead } from "../../src/office/read-snapshot";
import { withSimulatedHost } from "./refresh-on-simulated-excel";
import { type SimulatedExcel, type SimulatedExcelOptions, createSimulatedExcel } from "./simulated-excel";
import { addNumberBlock, addRule, layoutWorkbook } from "./workbook-fixtures";

function readOn(host: SimulatedExcel, payloadBudgetBytes?: number): Promise<SnapshotRead> {
  return withSimulatedHost(host, () => host.Excel.run((context) => readSnapshot(context, { payloadBudgetBytes })));
}

function readLayout(options?: SimulatedExcelOptions): Promise<SnapshotRead> {
  return readOn(createSimulatedExcel(layoutWorkbook(), options));
}

describe("readSnapshot", () => {
  describe("cells", () => {
    it("takes two syncs", async () => {
      const host = createSimulatedExcel(layoutWorkbook());
      const read = await readOn(host);
      assert.equal(read.syncs, 2);
      assert.equal(host.syncs, 2);
    });

    it("values keep their number format", async () => {
      const sheet = (await readLayout()).snapshot.sheets[0];
      assert.deepEqual(cellAt(sheet, 6, 8), { value: 0.914, numberFormat: "0.0%" });
      assert.deepEqual(cellAt(sheet, 6, 2), { value: "B.1 (SC)" });
    });

    it("date-formatted header is a Date", async () => {
      const sheet = (await readLayout()).snapshot.sheets[0];
      assert.deepEqual(cellAt(sheet, 5, 8), { value: new Date(Date.UTC(2025, 0, 1)), numberFormat: "mmm-yy" });
    });

    it("formula cell carries result and formula", async () => {
      const sheet = (await readLayout()).snapshot.sheets[0];
      assert.deepEqual(cellAt(sheet, 6, 14), { value: "↑", formula: 'IF(H6>G6,"↑","↓")' });
    });

    it("error cell is an error value", async () => {
      const sheet = (await readLayout()).snapshot.sheets[0];
      assert.deepEqual(cellAt(sheet, 6, 15), { value: { error: "#N/A" } });
    });

    it("rows above the used range are empty", async () => {
      const sheet = (await readLayout()).snapshot.sheets[0];
      assert.equal(sheet.rows.length, 10);
      assert.deepEqual(sheet.rows[0], []);
      assert.equal(cellAt(sheet, 2, 1), undefined);
      assert.deepEqual(cellAt(sheet, 2, 2), { value: "CYPS Benchmark Indicators" });
    });

    it("merged cell below the first is empty", async () => {
      const sheet = (await readLayout()).snapshot.sheets[0];
      assert.deepEqual(cellAt(sheet, 8, 2), { value: "B.3" });
      assert.equal(cellAt(sheet, 9, 2), undefined);
    });

    it("empty sheet has no rows", async () => {
      const empty = (await readLayout()).snapshot.sheets[1];
      assert.deepEqual(empty, { name: "Empty", rows: [], merges: [], hiddenRows: [], hiddenColumns: [], notes: [] });
    });
  });

  describe("layout", () => {
    it("merged areas", async () => {
      const sheet = (await readLayout()).snapshot.sheets[0];
      assert.deepEqual(sheet.merges, [{ top: 8, left: 2, bottom: 9, right: 2 }]);
    });

    it("hidden row and column", async () => {
      const sheet = (await readLayout()).snapshot.sheets[0];
      assert.deepEqual(sheet.hiddenRows, [10]);
      assert.deepEqual(sheet.hiddenColumns, [5]);
    });

    it("notes with their cells", async () => {
      const sheet = (await readLayout()).snapshot.sheets[0];
      assert.deepEqual(sheet.notes, [{ row: 6, col: 3, text: "Definition checked with the team" }]);
    });

    it("protected sheet is listed", async () => {
      const book = layoutWorkbook();
      await book.getWorksheet("Scorecard")!.protect("", {});
      const read = await readOn(createSimulatedExcel(book));
      assert.deepEqual(read.protectedSheets, ["Scorecard"]);
    });

    it("only the refresh's own rules are owned", async () => {
      const book = layoutWorkbook();
      const sheet = book.getWorksheet("Scorecard")!;
      addRule(sheet, "N6:N9", 'N6="R"', true, 1);
      addRule(sheet, "H6:H9", "H6>0.9", false, 2);
      sheet.addConditionalFormatting({ ref: "H6:H9", rules: [{ type: "dataBar", priority: 3 } as never] });
      const read = await readOn(createSimulatedExcel(book));
      assert.equal(read.ownedFormats.get("Scorecard")?.length, 1);
      assert.equal(read.ownedFormats.get("Empty")?.length, 0);
    });
  });

  describe("requirement sets", () => {
    it("ExcelApi 1.18 has no limitations", async () => {
      const read = await readLayout();
      assert.equal(read.capabilities.notes, "notes");
      assert.deepEqual(read.limitations, []);
    });

    it("without 1.13 merges are left out", async () => {
      const read = await readLayout({ requirementSets: ["ExcelApi 1.12"] });
      assert.deepEqual(read.snapshot.sheets[0].merges, []);
      assert.deepEqual(read.snapshot.sheets[0].hiddenRows, [10]);
      assert.ok(read.limitations.some((text) => text.includes("merged cells")));
    });

    it("without 1.9 nothing is hidden", async () => {
      const read = await readLayout({ requirementSets: ["ExcelApi 1.8"] });
      assert.deepEqual(read.snapshot.sheets[0].hiddenRows, []);
      assert.deepEqual(read.snapshot.sheets[0].hiddenColumns, []);
      assert.ok(read.limitations.some((text) => text.includes("hidden")));
    });

    it("with 1.10 only, notes are threaded comments", async () => {
      const host = createSimulatedExcel(layoutWorkbook(), { requirementSets: ["ExcelApi 1.10"] });
      await host.Excel.run(async (context) => {
        context.workbook.comments.add("Scorecard!H6", "Provisional figure");
        await context.sync();
      });
      const read = await readOn(host);
      assert.equal(read.capabilities.notes, "comments");
      assert.deepEqual(read.snapshot.sheets[0].notes, [{ row: 6, col: 8, text: "Provisional figure" }]);
    });

    it("below 1.10 there are no notes", async () => {
      const read = await readLayout({ requirementSets: ["ExcelApi 1.9"] });
      assert.equal(read.capabilities.notes, "none");
      assert.deepEqual(read.snapshot.sheets[0].notes, []);
      assert.ok(read.limitations.some((text) => text.includes("neither notes nor comments")));
    });
  });

  describe("payload limit", () => {
    it("large sheet comes in row chunks", async () => {
      const book = layoutWorkbook();
      addNumberBlock(book, "Data", 400, 12);
      const whole = await readOn(createSimulatedExcel(book));
      const host = createSimulatedExcel(book, { payloadLimitBytes: 60_000 });
      const chunked = await readOn(host, 48_000);

      assert.deepEqual(chunked.snapshot, whole.snapshot);
      assert.ok(chunked.syncs > 4, `expected more than 4 syncs, got ${chunked.syncs}`);
      const refused = host.syncLog.filter((sync) => sync.responseBytes > 60_000);
      assert.equal(refused.length, 1, "only the first whole-sheet request is refused");
    });

    it("chunks stay under the limit", async () => {
      const book = layoutWorkbook();
      addNumberBlock(book, "Data", 400, 12);
      const host = createSimulatedExcel(book, { payloadLimitBytes: 60_000 });
      await readOn(host, 48_000);
      const afterRefusal = host.syncLog.slice(2);
      assert.ok(afterRefusal.every((sync) => sync.responseBytes <= 60_000));
    });
  });
});
