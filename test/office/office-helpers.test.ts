import assert from "node:assert/strict";
import ExcelJS from "exceljs";
import { getExcel, getOffice, setHost } from "../../src/office/host";
import { createOrClearSheet, errorDetails } from "../../src/office/office-helpers";
import { SimulatedRichApiError, createSimulatedExcel } from "./simulated-excel";

describe("errorDetails", () => {
  it("Office error gives code and debug information", () => {
    const error = new SimulatedRichApiError("ItemNotFound", "The requested resource doesn't exist.", "Worksheet.getItem");
    assert.equal(
      errorDetails(error),
      'RichApi.Error: The requested resource doesn\'t exist.\nCode: ItemNotFound\nDebug information: {"code":"ItemNotFound","message":"The requested resource doesn\'t exist.","errorLocation":"Worksheet.getItem"}',
    );
  });

  it("plain Error gives name and message", () => {
    assert.equal(errorDetails(new TypeError("x is undefined")), "TypeError: x is undefined");
  });

  it("non-error value is turned into text", () => {
    assert.equal(errorDetails("timed out"), "timed out");
  });
});

describe("createOrClearSheet", () => {
  it("adds a missing sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Scorecard");
    const host = createSimulatedExcel(workbook);
    await host.Excel.run(async (context) => {
      await createOrClearSheet(context, "Findings");
      await context.sync();
    });
    assert.deepEqual(workbook.worksheets.map((sheet) => sheet.name), ["Scorecard", "Findings"]);
  });

  it("empties an existing sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    const findings = workbook.addWorksheet("Findings");
    findings.getCell("B2").value = "old";
    findings.getCell("B2").numFmt = "0.0%";
    const host = createSimulatedExcel(workbook);
    await host.Excel.run(async (context) => {
      await createOrClearSheet(context, "findings");
      await context.sync();
    });
    assert.equal(workbook.worksheets.length, 1);
    assert.equal(findings.getCell("B2").value, null);
    assert.equal(findings.getCell("B2").numFmt, undefined);
  });
});

describe("host seam", () => {
  afterEach(() => setHost(undefined));

  it("without Office.js or a host, getExcel explains", () => {
    assert.throws(() => getExcel(), /Excel is not available: the add-in is not running in Excel and no host was set with setHost\(\)\./);
    assert.throws(() => getOffice(), /Office is not available/);
  });

  it("setHost(undefined) takes the host out again", () => {
    const host = createSimulatedExcel(new ExcelJS.Workbook());
    setHost(host);
    assert.equal(getExcel(), host.Excel);
    assert.equal(getOffice(), host.Office);
    setHost(undefined);
    assert.throws(() => getExcel(), /Excel is not available/);
  });
});
