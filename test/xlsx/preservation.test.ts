import { strict as assert } from "node:assert";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { UnusableInputError } from "../../src/cli/errors";
import { refreshFile } from "../../src/cli/refresh-file";
import { BENCHMARK, formatModels, hiddenColumns, loadSample, mergesOf, notesOf, outputCells, sheet } from "./refresh-workbook";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const JSZip = require("jszip") as { loadAsync(data: Buffer): Promise<{ file(name: string, data?: string): { async(t: "string"): Promise<string> } | null; generateAsync(o: { type: "nodebuffer" }): Promise<Buffer> }> };

const dir = mkdtempSync(path.join(os.tmpdir(), "scorecard-preserve-"));
after(() => rmSync(dir, { recursive: true, force: true }));

/** The sample with a person's additions the refresh must keep. */
async function editedSample(): Promise<ExcelJS.Workbook> {
  const workbook = await loadSample();
  const benchmark = sheet(workbook, BENCHMARK);
  benchmark.getCell("I6").value = { formula: "ROUND(0.9135,3)", result: 0.914 } as ExcelJS.CellFormulaValue;
  benchmark.getCell("B6").note = "Definition checked with the team.";
  benchmark.addConditionalFormatting({ ref: "H6:H20", rules: [{ type: "cellIs", operator: "greaterThan", formulae: ["0.9"], priority: 1, style: { font: { bold: true, color: { argb: "FF0000FF" } } } }] });
  benchmark.getCell("L6").dataValidation = { type: "list", allowBlank: true, formulae: ['"high,low,info"'] };
  workbook.definedNames.add(`'${BENCHMARK}'!$B$6:$B$10`, "FirstRefs");
  const glossary = workbook.addWorksheet("Glossary");
  glossary.getCell("A1").value = "Term";
  glossary.getCell("A2").value = "Ysgol / Szkoła 🏫";
  glossary.mergeCells("A4:C4");
  glossary.getCell("A6").value = "Withdrawn term";
  glossary.getRow(6).hidden = true;
  glossary.getCell("E1").value = "Source";
  glossary.getColumn(5).hidden = true;
  return workbook;
}

async function saveTo(workbook: ExcelJS.Workbook, name: string): Promise<string> {
  const file = path.join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

async function reload(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** Adds zip parts to a saved workbook, or edits one, as Excel would have written them. */
async function withParts(file: string, name: string, parts: Record<string, string | ((xml: string) => string)>): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  for (const [part, content] of Object.entries(parts)) {
    zip.file(part, typeof content === "string" ? content : content(await zip.file(part)!.async("string")));
  }
  const target = path.join(dir, name);
  writeFileSync(target, await zip.generateAsync({ type: "nodebuffer" }));
  return target;
}

const SPARKLINES = (xml: string) => xml.replace("</worksheet>", '<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:sparklineGroups/></ext></extLst></worksheet>');

const REFUSED: [string, Record<string, string | ((xml: string) => string)>, RegExp][] = [
  ["chart", { "xl/charts/chart1.xml": "<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"/>" }, /a chart/],
  ["pivot table", { "xl/pivotTables/pivotTable1.xml": "<pivotTableDefinition/>" }, /a pivot table/],
  ["slicer", { "xl/slicers/slicer1.xml": "<slicers/>" }, /a slicer/],
  ["threaded comments", { "xl/threadedComments/threadedComment1.xml": "<ThreadedComments/>" }, /threaded comments/],
  ["macros", { "xl/vbaProject.bin": "VBA" }, /macros/],
  ["external link", { "xl/externalLinks/externalLink1.xml": "<externalLink/>" }, /links to other workbooks/],
  ["shape in a drawing", { "xl/drawings/drawing9.xml": "<xdr:wsDr><xdr:twoCellAnchor><xdr:sp><xdr:nvSpPr/></xdr:sp></xdr:twoCellAnchor></xdr:wsDr>" }, /a chart or a shape/],
  ["sparklines", { "xl/worksheets/sheet1.xml": SPARKLINES }, /sparklines/],
];

describe("command line preservation check", () => {
  for (const [name, parts, words] of REFUSED) {
    it(`${name}: refused, nothing written`, async () => {
      const input = await withParts(await saveTo(await loadSample(), `plain-${name}.xlsx`), `${name}.xlsx`.replace(/ /g, "-"), parts);
      const output = path.join(dir, `out-${name}.xlsx`);
      await assert.rejects(refreshFile({ input, output }), (error: unknown) => {
        assert.ok(error instanceof UnusableInputError);
        assert.match(error.message, words);
        assert.match(error.message, /Excel add-in/);
        assert.ok(error.message.startsWith(input));
        return true;
      });
      assert.equal(existsSync(output), false);
    });
  }

  it("note on an unformatted empty cell: refused", async () => {
    const workbook = await loadSample();
    sheet(workbook, BENCHMARK).getCell("AZ3").note = "Ask the data team about April.";
    const input = await saveTo(workbook, "empty-note.xlsx");
    await assert.rejects(refreshFile({ input, output: path.join(dir, "empty-note-out.xlsx") }), /notes on cells that are otherwise empty/);
  });

  it("plain sample: accepted", async () => {
    const input = await saveTo(await loadSample(), "plain.xlsx");
    const { plan } = await refreshFile({ input, output: path.join(dir, "plain-out.xlsx") });
    assert.ok(plan.summary.indicators > 0);
  });
});

describe("command line round trip: a person's additions", () => {
  let original: ExcelJS.Workbook;
  let refreshed: ExcelJS.Workbook;
  let owned: Set<string>;

  before(async () => {
    const input = await saveTo(await editedSample(), "edited.xlsx");
    const output = path.join(dir, "edited-out.xlsx");
    const { plan } = await refreshFile({ input, output });
    original = await reload(input);
    refreshed = await reload(output);
    owned = outputCells(plan);
  });

  it("every cell the refresh does not own unchanged", () => {
    for (const worksheet of original.worksheets) {
      worksheet.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          if (owned.has(`${worksheet.name}!${cell.address}`)) return;
          const other = sheet(refreshed, worksheet.name).getCell(cell.address);
          assert.deepEqual(JSON.parse(JSON.stringify([other.value, other.numFmt ?? null])), JSON.parse(JSON.stringify([cell.value, cell.numFmt ?? null])), `${worksheet.name}!${cell.address}`);
        }),
      );
    }
  });

  it("formula in a value column kept", () => {
    assert.equal(sheet(refreshed, BENCHMARK).getCell("I6").formula, "ROUND(0.9135,3)");
  });

  it("person's note kept", () => {
    assert.equal(notesOf(sheet(original, BENCHMARK)).B6, "Definition checked with the team.", "lost before the refresh");
    assert.equal(notesOf(sheet(refreshed, BENCHMARK)).B6, "Definition checked with the team.");
  });

  it("person's conditional format kept", () => {
    const mine = formatModels(sheet(original, BENCHMARK)).filter((f) => f.ref === "H6:H20");
    assert.equal(mine.length, 1);
    assert.deepEqual(formatModels(sheet(refreshed, BENCHMARK)).filter((f) => f.ref === "H6:H20"), mine);
  });

  it("data validation kept", () => {
    assert.deepEqual(sheet(refreshed, BENCHMARK).getCell("L6").dataValidation, sheet(original, BENCHMARK).getCell("L6").dataValidation);
    assert.equal(sheet(refreshed, BENCHMARK).getCell("L6").dataValidation?.type, "list");
  });

  it("defined names kept", () => {
    assert.deepEqual(refreshed.definedNames.model, original.definedNames.model);
    assert.ok(refreshed.definedNames.model.some((name) => name.name === "FirstRefs"));
  });

  it("other sheet: merges, hidden row and column kept", () => {
    const glossary = sheet(refreshed, "Glossary");
    assert.deepEqual(mergesOf(glossary), mergesOf(sheet(original, "Glossary")));
    assert.ok(glossary.getRow(6).hidden);
    assert.deepEqual(hiddenColumns(glossary), [5]);
  });

  it("scorecard merges and hidden columns kept", () => {
    assert.deepEqual(mergesOf(sheet(refreshed, BENCHMARK)), mergesOf(sheet(original, BENCHMARK)));
    assert.deepEqual(hiddenColumns(sheet(refreshed, BENCHMARK)), hiddenColumns(sheet(original, BENCHMARK)));
  });
});
