import { strict as assert } from "node:assert";
import { detectLayout } from "../../src/engine/layout";
import { col, HEADER_ROW, HEADERS, rowB1, sheetOf } from "./sheet-builder";
import { indicatorRows, MergeIndex } from "../../src/engine/rows";
import type { SheetSnapshot } from "../../src/engine/snapshot";

describe("layout detection", () => {
  it("finds the header below a group row", () => {
    const layout = detectLayout(sheetOf([rowB1()]));
    assert.equal(layout?.headerRow, HEADER_ROW);
    assert.equal(layout?.columns.dotMonth, col("DOT\n(Month)"));
    assert.equal(layout?.columns.ragYearEnd, col("RAG\n(Yr End)"));
    assert.equal(layout?.columns.green, col("Green\n(target)"));
    assert.equal(layout?.columns.topQuartile, col("Top qtile threshold"));
  });

  it("reads periods, quarter, year figure and previous year", () => {
    const layout = detectLayout(sheetOf([rowB1()]))!;
    assert.deepEqual(layout.periods.map((p) => p.label), ["Jan-25", "Feb-25", "Mar-25 (Q4)"]);
    assert.equal(layout.periods[2].month, 3);
    assert.equal(layout.quarter?.quarter, 4);
    assert.equal(layout.yearFigure?.col, col("2024/25\nOUTTURN"));
    assert.equal(layout.yearFigure?.endYear, 2025);
    assert.equal(layout.previousYear?.col, col("2023/24"));
  });

  it("matches headers ignoring case and punctuation", () => {
    const sheet = sheetOf([rowB1()]);
    sheet.rows[HEADER_ROW - 1][col("REF NO.") - 1] = { value: "ref no" };
    sheet.rows[HEADER_ROW - 1][col("Good perf is") - 1] = { value: "GOOD PERF IS:" };
    const layout = detectLayout(sheet);
    assert.equal(layout?.columns.ref, col("REF NO."));
    assert.equal(layout?.columns.polarity, col("Good perf is"));
  });

  it("date headers with mmm-yy format are periods", () => {
    const sheet = sheetOf([rowB1()]);
    const header = sheet.rows[HEADER_ROW - 1];
    header[col("Jan-25") - 1] = { value: new Date(Date.UTC(2025, 0, 1)), numberFormat: "mmm-yy" };
    header[col("Feb-25") - 1] = { value: 45689, numberFormat: "mmm-yy" };
    sheet.hiddenColumns = [col("Jan-25")];
    const layout = detectLayout(sheet)!;
    assert.deepEqual(layout.periods.map((p) => [p.label, p.hidden]), [["Jan-25", true], ["Feb-25", false], ["Mar-25 (Q4)", false]]);
  });

  it("September date header reads Sep", () => {
    const sheet = sheetOf([rowB1()]);
    sheet.rows[HEADER_ROW - 1][col("Jan-25") - 1] = { value: new Date(Date.UTC(2024, 8, 1)), numberFormat: "mmm-yy" };
    assert.equal(detectLayout(sheet)!.periods[0].label, "Sep-24");
  });

  it("glossary sheet is not a scorecard", () => {
    const glossary: SheetSnapshot = {
      name: "Notes",
      rows: [[{ value: "Glossary" }], [{ value: "DOT" }, { value: "Direction of travel" }], [{ value: "RAG" }, { value: "Red, amber, green" }]],
      merges: [],
      hiddenRows: [],
      hiddenColumns: [],
      notes: [],
    };
    assert.equal(detectLayout(glossary), undefined);
  });

  it("INDICATOR merged across two columns gives a measure column", () => {
    const sheet = sheetOf([rowB1()]);
    sheet.merges.push({ top: HEADER_ROW, left: col("INDICATOR"), bottom: HEADER_ROW, right: col("INDICATOR") + 1 });
    assert.equal(detectLayout(sheet)?.measureCol, col("INDICATOR") + 1);
  });

  it("duplicate header names are reported", () => {
    const sheet = sheetOf([rowB1()]);
    sheet.rows[HEADER_ROW - 1].push({ value: "Red" });
    assert.deepEqual(detectLayout(sheet)?.duplicateHeaders, [{ role: "red", cols: [col("Red"), sheet.rows[HEADER_ROW - 1].length] }]);
  });
});

describe("indicator rows", () => {
  it("skip a repeated header row", () => {
    const repeated = Object.fromEntries(HEADERS.map((header) => [header, header === "REF NO." ? "Ref. No" : header.replace("\n", " ")]));
    const sheet = sheetOf([rowB1(), repeated, rowB1({ "REF NO.": "B.2 (SC)" })]);
    const layout = detectLayout(sheet)!;
    const rows = indicatorRows(sheet, layout, new MergeIndex(sheet.merges));
    assert.deepEqual(rows.map((row) => row.ref), ["B.1 (SC)", "B.2 (SC)"]);
  });

  it("keep refs with other letters", () => {
    const sheet = sheetOf([rowB1({ "REF NO.": "Referral no." }), rowB1({ "REF NO.": "No ref" })]);
    const rows = indicatorRows(sheet, detectLayout(sheet)!, new MergeIndex(sheet.merges));
    assert.deepEqual(rows.map((row) => row.ref), ["Referral no.", "No ref"]);
  });
});
