/** Small workbooks for the Office.js adapter tests, built in code so each test shows what it reads. */
import ExcelJS from "exceljs";
import { OWNED_RULE_TAG } from "../../src/engine/ownership";

type Formattings = { conditionalFormattings: { ref: string; rules: Record<string, unknown>[] }[] };

/**
 * Builds one sheet laid out like a scorecard row: a merged REF NO. over two sub-rows, a hidden column E and a
 * hidden row 10, a month header as a date, a percentage, a DOT formula, an error and a note.
 */
export function layoutWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Scorecard");
  sheet.getCell("B2").value = "CYPS Benchmark Indicators";
  sheet.getCell("B5").value = "REF NO.";
  sheet.getCell("H5").value = new Date(Date.UTC(2025, 0, 1));
  sheet.getCell("H5").numFmt = "mmm-yy";
  sheet.getCell("B6").value = "B.1 (SC)";
  sheet.getCell("C6").value = "% of assessments completed in 45 working days";
  sheet.getCell("C6").note = "Definition checked with the team";
  sheet.getCell("H6").value = 0.914;
  sheet.getCell("H6").numFmt = "0.0%";
  sheet.getCell("N6").value = { formula: 'IF(H6>G6,"↑","↓")', result: "↑" } as ExcelJS.CellFormulaValue;
  sheet.getCell("O6").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
  sheet.getCell("B8").value = "B.3";
  sheet.mergeCells("B8:B9");
  sheet.getCell("C8").value = "Rate per 10,000";
  sheet.getCell("C9").value = "Number";
  sheet.getCell("C10").value = "Hidden sub-row";
  sheet.getRow(10).hidden = true;
  sheet.getColumn(5).hidden = true;
  workbook.addWorksheet("Empty");
  return workbook;
}

/** Adds an expression rule to a sheet: owned by the refresh when `owned`, else a person's own. */
export function addRule(sheet: ExcelJS.Worksheet, ref: string, formula: string, owned: boolean, priority: number): void {
  const formulae = [owned ? `AND(${OWNED_RULE_TAG},${formula})` : formula];
  (sheet as unknown as Formattings).conditionalFormattings.push({
    ref,
    rules: [{ type: "expression", formulae, priority, style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FF00B050" } } } }],
  });
}

export function rulesOf(sheet: ExcelJS.Worksheet): { ref: string; formula: string; priority: number; style: Record<string, unknown> }[] {
  return (sheet as unknown as Formattings).conditionalFormattings
    .flatMap((formatting) => formatting.rules.map((rule) => ({
      ref: formatting.ref,
      formula: String((rule.formulae as string[])[0]),
      priority: Number(rule.priority),
      style: rule.style as Record<string, unknown>,
    })))
    .sort((a, b) => a.priority - b.priority);
}

/**
 * Adds a sheet of `rows` rows by `cols` columns of numbers with long decimals, so the three arrays a
 * read loads take about 60 bytes a cell.
 */
export function addNumberBlock(workbook: ExcelJS.Workbook, name: string, rows: number, cols: number): void {
  const sheet = workbook.addWorksheet(name);
  for (let r = 1; r <= rows; r++) {
    const values: number[] = [];
    for (let c = 1; c <= cols; c++) values.push(r * 1000 + c + 0.123456789);
    sheet.getRow(r).values = values;
  }
}
