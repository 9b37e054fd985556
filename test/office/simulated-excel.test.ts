import assert from "node:assert/strict";
import ExcelJS from "exceljs";
import { createSimulatedExcel, type SimulatedExcel } from "./simulated-excel";

function scorecardBook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Scorecard");
  sheet.getCell("B2").value = "REF NO.";
  sheet.getCell("C3").value = 0.914;
  sheet.getCell("C3").numFmt = "0.0%";
  sheet.getCell("D3").value = { formula: "C3*2", result: 1.828 };
  sheet.getCell("E3").value = { error: "#N/A" };
  sheet.getCell("C3").note = "Checked by the team";
  workbook.addWorksheet("Lookup").getCell("A1").value = 1;
  return workbook;
}

function run<T>(host: SimulatedExcel, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return host.Excel.run(batch);
}

describe("simulated Excel host", () => {
  describe("loading", () => {
    it("unloaded property throws", async () => {
      const host = createSimulatedExcel(scorecardBook());
      await run(host, async (context) => {
        const range = context.workbook.worksheets.getItem("Scorecard").getRange("C3");
        assert.throws(() => range.values, /The property 'values' is not available\. Before reading the property's value, call the load method/);
        range.load("values");
        assert.throws(() => range.values, (error: Error & { code?: string }) => error.code === "PropertyNotLoaded");
        await context.sync();
        assert.deepEqual(range.values, [[0.914]]);
      });
    });

    it("property outside the load throws", async () => {
      const host = createSimulatedExcel(scorecardBook());
      await run(host, async (context) => {
        const range = context.workbook.worksheets.getItem("Scorecard").getRange("C3");
        range.load("values");
        await context.sync();
        assert.throws(() => range.numberFormat, /'numberFormat' is not available/);
      });
    });

    it("values give formula results and error strings", async () => {
      const host = createSimulatedExcel(scorecardBook());
      await run(host, async (context) => {
        const range = context.workbook.worksheets.getItem("Scorecard").getRange("C3:E3").load("values, formulas, numberFormat");
        await context.sync();
        assert.deepEqual(range.values, [[0.914, 1.828, "#N/A"]]);
        assert.deepEqual(range.formulas, [[0.914, "=C3*2", "#N/A"]]);
        assert.deepEqual(range.numberFormat, [["0.0%", "General", "General"]]);
      });
    });

    it("collection paths load item properties", async () => {
      const book = scorecardBook();
      await book.getWorksheet("Lookup")!.protect("", {});
      const host = createSimulatedExcel(book);
      await run(host, async (context) => {
        const sheets = context.workbook.worksheets.load("items/name, items/protection/protected");
        await context.sync();
        assert.deepEqual(sheets.items.map((s) => s.name), ["Scorecard", "Lookup"]);
        assert.deepEqual(sheets.items.map((s) => s.protection.protected), [false, true]);
      });
    });

    it("used range of an empty sheet is a null object", async () => {
      const book = scorecardBook();
      book.addWorksheet("Empty");
      const host = createSimulatedExcel(book);
      await run(host, async (context) => {
        const empty = context.workbook.worksheets.getItem("Empty").getUsedRangeOrNullObject(true);
        const used = context.workbook.worksheets.getItem("Scorecard").getUsedRangeOrNullObject(true).load("address");
        assert.throws(() => empty.isNullObject, /'isNullObject' is not available/);
        await context.sync();
        assert.equal(empty.isNullObject, true);
        assert.equal(used.isNullObject, false);
        assert.equal(used.address, "Scorecard!B2:E3");
      });
    });

    it("custom on another rule type fails the sync", async () => {
      const book = scorecardBook();
      const sheet = book.getWorksheet("Scorecard")!;
      sheet.addConditionalFormatting({ ref: "C3:C9", rules: [{ type: "dataBar", priority: 1 } as unknown as ExcelJS.ConditionalFormattingRule] });
      const host = createSimulatedExcel(book);
      await run(host, async (context) => {
        const formats = context.workbook.worksheets.getItem("Scorecard").getRange().conditionalFormats;
        formats.load("items/type, items/custom/rule/formula");
        await assert.rejects(context.sync(), (error: Error & { code?: string }) => error.code === "InvalidOperation");
        formats.load("items/type, items/customOrNullObject/rule/formula");
        await context.sync();
        assert.equal(formats.items[0].type, "DataBar");
        assert.equal(formats.items[0].customOrNullObject.isNullObject, true);
      });
    });
  });

  describe("writing", () => {
    it("writes invisible before sync", async () => {
      const book = scorecardBook();
      const host = createSimulatedExcel(book);
      await run(host, async (context) => {
        const range = context.workbook.worksheets.getItem("Scorecard").getRange("F3");
        range.values = [["↑"]];
        context.workbook.worksheets.getItem("Scorecard").notes.getItem("C3").delete();
        assert.equal(book.getWorksheet("Scorecard")!.getCell("F3").value, null);
        assert.equal(book.getWorksheet("Scorecard")!.getCell("C3").note, "Checked by the team");
        assert.equal(host.writes, 0);
        await context.sync();
        assert.equal(book.getWorksheet("Scorecard")!.getCell("F3").value, "↑");
        assert.equal(book.getWorksheet("Scorecard")!.getCell("C3").note, undefined);
        assert.equal(host.writes, 2);
      });
    });

    it("typed text becomes a formula unless quoted", async () => {
      const book = scorecardBook();
      const host = createSimulatedExcel(book);
      await run(host, async (context) => {
        context.workbook.worksheets.getItem("Scorecard").getRange("F3:I3").values = [["=A1", "'=A1", "-", "12%"]];
        await context.sync();
      });
      const sheet = book.getWorksheet("Scorecard")!;
      assert.deepEqual(sheet.getCell("F3").value, { formula: "A1" });
      assert.equal(sheet.getCell("G3").value, "=A1");
      assert.equal(sheet.getCell("H3").value, "-");
      assert.equal(sheet.getCell("I3").value, 0.12);
    });

    it("custom rule lands in conditionalFormattings", async () => {
      const book = scorecardBook();
      const host = createSimulatedExcel(book);
      await run(host, async (context) => {
        const format = context.workbook.worksheets.getItem("Scorecard").getRange("F3:F9").conditionalFormats.add("Custom");
        format.custom.rule.formula = '=F3="R"';
        format.custom.format.fill.color = "#FF0000";
        format.custom.format.font.bold = true;
        await context.sync();
      });
      const formattings = (book.getWorksheet("Scorecard") as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings;
      assert.deepEqual(formattings, [
        { ref: "F3:F9", rules: [{ type: "expression", formulae: ['F3="R"'], priority: 1, style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFF0000" } }, font: { bold: true } } }] },
      ]);
    });

    it("write to a protected sheet is denied", async () => {
      const book = scorecardBook();
      await book.getWorksheet("Scorecard")!.protect("", {});
      const host = createSimulatedExcel(book);
      await run(host, async (context) => {
        context.workbook.worksheets.getItem("Scorecard").getRange("F3").values = [["R"]];
        await assert.rejects(context.sync(), (error: Error & { code?: string }) => error.code === "AccessDenied");
      });
      assert.equal(book.getWorksheet("Scorecard")!.getCell("F3").value, null);
    });
  });

  describe("syncs", () => {
    it("counts each sync", async () => {
      const host = createSimulatedExcel(scorecardBook());
      await run(host, async (context) => {
        context.workbook.worksheets.load("items/name");
        await context.sync();
        await context.sync();
      });
      assert.equal(host.syncs, 2);
      assert.equal(host.syncLog.length, 2);
      assert.ok(host.syncLog[0].requestBytes > 0);
      assert.ok(host.syncLog[0].responseBytes > 0);
    });

    it("run sends actions left queued", async () => {
      const book = scorecardBook();
      const host = createSimulatedExcel(book);
      await run(host, async (context) => {
        context.workbook.worksheets.getItem("Scorecard").getRange("F3").values = [["G"]];
      });
      assert.equal(host.syncs, 1);
      assert.equal(book.getWorksheet("Scorecard")!.getCell("F3").value, "G");
    });

    it("large request fails with the payload code", async () => {
      const book = scorecardBook();
      const host = createSimulatedExcel(book, { payloadLimitBytes: 10_000 });
      await run(host, async (context) => {
        const long = "x".repeat(20_000);
        context.workbook.worksheets.getItem("Scorecard").getRange("F3").values = [[long]];
        await assert.rejects(context.sync(), (error: Error & { code?: string }) => error.code === "RequestPayloadSizeLimitExceeded");
      });
      assert.equal(book.getWorksheet("Scorecard")!.getCell("F3").value, null);
    });

    it("request at the limit passes", async () => {
      const host = createSimulatedExcel(scorecardBook(), { payloadLimitBytes: 1_000_000 });
      await run(host, async (context) => {
        context.workbook.worksheets.getItem("Scorecard").getRange("F3").values = [["x"]];
        await context.sync();
      });
      const exact = host.syncLog[0].requestBytes;
      const atLimit = createSimulatedExcel(scorecardBook(), { payloadLimitBytes: exact });
      const belowLimit = createSimulatedExcel(scorecardBook(), { payloadLimitBytes: exact - 1 });
      const write = (context: Excel.RequestContext) => {
        context.workbook.worksheets.getItem("Scorecard").getRange("F3").values = [["x"]];
        return context.sync();
      };
      await run(atLimit, write);
      await assert.rejects(run(belowLimit, write), /RequestPayloadSizeLimitExceeded|request payload size/);
    });

    it("large response fails with the payload code", async () => {
      const host = createSimulatedExcel(scorecardBook(), { payloadLimitBytes: 2_000 });
      await run(host, async (context) => {
        const range = context.workbook.worksheets.getItem("Scorecard").getRange("A1:Z40").load("values, formulas, numberFormat");
        await assert.rejects(context.sync(), (error: Error & { code?: string }) => error.code === "ResponsePayloadSizeLimitExceeded");
        assert.throws(() => range.values, /'values' is not available/);
      });
    });

    it("cell edit mode fails every sync", async () => {
      const host = createSimulatedExcel(scorecardBook());
      host.cellEditMode = true;
      await run(host, async (context) => {
        context.workbook.worksheets.load("items/name");
        await assert.rejects(context.sync(), (error: Error & { code?: string }) => error.code === "InvalidOperationInCellEditMode");
      });
    });
  });

  describe("requirement sets", () => {
    it("isSetSupported follows the list", () => {
      const host = createSimulatedExcel(scorecardBook(), { requirementSets: ["ExcelApi 1.12"] });
      assert.equal(host.Office.context.requirements.isSetSupported("ExcelApi", "1.12"), true);
      assert.equal(host.Office.context.requirements.isSetSupported("ExcelApi", "1.13"), false);
      assert.equal(host.Office.context.requirements.isSetSupported("WordApi", "1.1"), false);
    });

    it("default supports ExcelApi 1.18", () => {
      const host = createSimulatedExcel(scorecardBook());
      assert.equal(host.Office.context.requirements.isSetSupported("ExcelApi", "1.18"), true);
      assert.equal(host.Office.context.requirements.isSetSupported("ExcelApi", "1.19"), false);
    });

    it("newer API fails the sync with ApiNotFound", async () => {
      const host = createSimulatedExcel(scorecardBook(), { requirementSets: ["ExcelApi 1.12"] });
      await run(host, async (context) => {
        context.workbook.notes.load("items/content");
        await assert.rejects(context.sync(), (error: Error & { code?: string }) => error.code === "ApiNotFound");
        context.workbook.worksheets.getItem("Scorecard").getUsedRangeOrNullObject().getMergedAreasOrNullObject();
        await assert.rejects(context.sync(), (error: Error & { code?: string }) => error.code === "ApiNotFound");
      });
    });
  });
});
