/**
 * Builds the bundled sample workbook from the transcription of the March 2025 report, laid out like the real
 * scorecard (title rows, a group row, the header on row 5, data from row 6) because header detection expects it.
 * Usage: npx tsx scripts/build-sample.ts [--data PATH]
 */
import ExcelJS from "exceljs";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface SourceRow {
  ref: string;
  service: string;
  indicator: string;
  dataNote: string;
  [field: string]: string | null;
}

export interface SourceSheet {
  name: string;
  asAt: string;
  outturnHeader: string;
  extraHeader: string;
  rows: SourceRow[];
}

export interface SourceData {
  sheets: SourceSheet[];
}

/** A cell's value with the number format that keeps the printed precision. No format means General. */
export interface CellContent {
  value: string | number | null;
  numFmt?: string;
}

interface Column {
  id: string;
  header: string | Date | null;
  width: number;
  content: (row: SourceRow) => CellContent;
  hidden?: boolean;
  align: "left" | "center" | "right";
}

const ROOT = path.resolve(__dirname, "..");
const DEFAULT_DATA = path.resolve(ROOT, "../shared/data/cyps-scorecard-2025-03.json");
export const SAMPLE_PATH = path.join(ROOT, "assets/samples/cyps-scorecard-2025-03.xlsx");
export const HEADER_ROW = 5;
export const FIRST_DATA_ROW = 6;
const GROUP_ROW = 4;
const CREATOR = "Scorecard RAG sample builder";
// Fixed so that a rebuild writes the same document properties.
const FIXED_DATE = new Date(Date.UTC(2025, 3, 1, 9, 0, 0));
const TRANSCRIBED_PERIODS = ["Jan-25", "Feb-25", "Mar-25 (Q4)"];
const ARROWS: Record<string, string> = { up: "↑", down: "↓", same: "→", "n/a": "n/a" };
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };
const BORDERS: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = { name: "Calibri", size: 11 };
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
// A4 landscape, one page wide, as the printed report.
const PAGE_SETUP: Partial<ExcelJS.PageSetup> = {
  orientation: "landscape",
  paperSize: 9,
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
};
const NOTE_AUTHOR = "Performance team";
const GLOSSARY: [string, string][] = [
  [
    "DOT (Month)",
    "Direction of travel since the previous month: ↑ the figure went up, ↓ it went down, → it stayed the same.",
  ],
  ["DOT (Yr on Yr)", "Direction of travel against the same point in 2023/24."],
  [
    "RAG",
    "Red, Amber or Green status against the 2024/25 target and tolerances: Red is off track, " +
      "Amber is short of the target but within tolerance, Green is on track.",
  ],
  [
    "Good perf is",
    "high: a higher figure is better. low: a lower figure is better. info: for information only, with no target.",
  ],
  ["YTD", "Year to date: from April up to and including the reporting month."],
  ["REF NO.", "The letters in brackets give the service: SC social care, EH early help, INC inclusion."],
];

/** Converts a transcribed figure into a cell: "91.4%" to 0.914 shown as 0.0%, "217.9" to 217.9 shown as 0.0. */
export function parseFigure(text: string, isCount: boolean): CellContent {
  if (text === "") return { value: null };

  const percent = /^-?\d+(?:\.(\d+))?%$/.exec(text);
  if (percent) {
    // Rounding removes the binary noise of dividing by 100 (89.1 / 100 is 0.8909999999999999).
    const value = Number((Number(text.slice(0, -1)) / 100).toFixed(10));
    return { value, numFmt: `${decimalFormat(percent[1])}%` };
  }

  const plain = /^-?\d+(?:\.(\d+))?$/.exec(text);
  if (plain) {
    if (plain[1]) return { value: Number(text), numFmt: decimalFormat(plain[1]) };
    return isCount ? { value: Number(text), numFmt: "#,##0" } : { value: Number(text) };
  }

  // "-", and figures followed by their period such as "171 (Jan 24 - Dec 24)", stay as printed.
  return { value: text };
}

function decimalFormat(decimals: string | undefined): string {
  return decimals ? `0.${"0".repeat(decimals.length)}` : "0";
}

function textOf(field: string) {
  return (row: SourceRow): CellContent => ({ value: row[field] || null });
}

function figureOf(field: string) {
  return (row: SourceRow): CellContent => parseFigure(row[field] ?? "", row.dataNote === "Count");
}

function arrowOf(field: string) {
  return (row: SourceRow): CellContent => {
    const dot = row[field];
    if (dot === null || dot === undefined) return { value: null };
    const arrow = ARROWS[dot];
    if (arrow === undefined) {
      throw new Error(`Invalid ${field} "${dot}" on ${row.ref}: expected up, down, same, n/a or null.`);
    }
    return { value: arrow };
  };
}

function empty(): CellContent {
  return { value: null };
}

function column(
  id: string,
  header: string | Date | null,
  width: number,
  content: Column["content"],
  align: Column["align"] = "left",
): Column {
  return { id, header, width, content, align };
}

/**
 * Builds the period columns. The Activity sheet shows the whole financial year as dates, with the months that
 * were not transcribed hidden and empty.
 */
function periodColumns(activity: boolean): Column[] {
  if (!activity) return TRANSCRIBED_PERIODS.map((key) => column(`period:${key}`, key, 10, figureOf(key), "right"));

  return Array.from({ length: 12 }, (_, month) => {
    const key = TRANSCRIBED_PERIODS[month - 9];
    const header = new Date(Date.UTC(2024, 3 + month, 1));
    return { ...column(`period:${month}`, header, 10, key ? figureOf(key) : empty, "right"), hidden: !key };
  });
}

function columnsFor(sheet: SourceSheet): Column[] {
  const activity = /activity/i.test(sheet.name);
  return [
    column("ref", "REF NO.", 11, empty, "center"),
    column("indicator", "INDICATOR", 55, empty),
    column("measure", null, 18, textOf("measure")),
    column("councilPlan", "Council Plan Measure", 10, textOf("councilPlan"), "center"),
    column("timeline", "TIMELINE", 11, textOf("timeline"), "center"),
    column("dataNote", "DATA NOTE", 13, textOf("dataNote"), "center"),
    ...periodColumns(activity),
    column("q4", "Q4", 11, figureOf("Q4"), "right"),
    column("year", sheet.outturnHeader.replace(" ", "\n"), 11, figureOf("2024/25"), "right"),
    column("goodPerf", "Good perf is", 8, textOf("goodPerf"), "center"),
    column("dotMonth", "DOT\n(Month)", 9, arrowOf("dotMonth"), "center"),
    column("ragMonth", "RAG\n(Month)", 9, empty, "center"),
    column("dotYear", "DOT\n(Yr on Yr)", 9, arrowOf("dotYear"), "center"),
    column("ragYear", "RAG\n(Yr End)", 9, empty, "center"),
    column("red", "Red", 10, textOf("red"), "center"),
    column("amber", "Amber", 10, textOf("amber"), "center"),
    column("green", "Green\n(target)", 16, textOf("green"), "center"),
    column("previousYear", "2023/24", 12, figureOf("2023/24"), "right"),
    column("yoyNote", "Yr on Yr trend", 14, textOf("yoyNote")),
    column("statNeighAv", "Stat neigh av.", 12, figureOf("statNeighAv"), "right"),
    column("bestStatNeigh", "Best stat neigh", 12, figureOf("bestStatNeigh"), "right"),
    column("natAv", "Nat av.", 12, figureOf("natAv"), "right"),
    column("topQuartile", "Top qtile threshold", 12, figureOf("topQuartile"), "right"),
    column("extra", sheet.extraHeader, 12, figureOf("extra"), "right"),
  ];
}

function columnNumber(columns: Column[], id: string): number {
  return columns.findIndex((candidate) => candidate.id === id) + 1;
}

function styleHeaderCell(cell: ExcelJS.Cell): void {
  cell.font = { ...FONT, bold: true };
  cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  cell.fill = HEADER_FILL;
  cell.border = BORDERS;
}

function writeHeading(worksheet: ExcelJS.Worksheet, sheet: SourceSheet, columns: Column[]): void {
  worksheet.getCell("A1").value = sheet.name;
  worksheet.getCell("A1").font = { ...FONT, bold: true, size: 14 };
  worksheet.getCell("A2").value = `As at month end: ${sheet.asAt}`;

  columns.forEach((spec, index) => {
    const cell = worksheet.getCell(HEADER_ROW, index + 1);
    cell.value = spec.header;
    if (spec.header instanceof Date) cell.numFmt = "mmm-yy";
    styleHeaderCell(cell);
    worksheet.getColumn(index + 1).width = spec.width;
    if (spec.hidden) worksheet.getColumn(index + 1).hidden = true;
  });
  worksheet.mergeCells(HEADER_ROW, columnNumber(columns, "indicator"), HEADER_ROW, columnNumber(columns, "measure"));
  worksheet.getRow(HEADER_ROW).height = 45;

  const groups: [string, string, string][] = [
    ["DATA", "dataNote", "dataNote"],
    ["2024/25 TARGET & TOLERANCES", "red", "green"],
    ["YR ON YR PERFORMANCE", "previousYear", "yoyNote"],
    ["LATEST BENCHMARKING", "statNeighAv", "extra"],
  ];
  for (const [label, first, last] of groups) {
    const left = columnNumber(columns, first);
    const right = columnNumber(columns, last);
    worksheet.getCell(GROUP_ROW, left).value = label;
    if (right > left) worksheet.mergeCells(GROUP_ROW, left, GROUP_ROW, right);
    styleHeaderCell(worksheet.getCell(GROUP_ROW, left));
  }
}

/** Splits the rows into blocks of consecutive rows that share a REF NO. */
function blocksOf(rows: SourceRow[]): SourceRow[][] {
  const blocks: SourceRow[][] = [];
  for (const row of rows) {
    const last = blocks[blocks.length - 1];
    if (last && last[0].ref === row.ref) last.push(row);
    else blocks.push([row]);
  }
  return blocks;
}

/** Estimates wrapped line counts, so row heights are stored in the file rather than left to each viewer to fit. */
function linesFor(text: string, width: number): number {
  return Math.max(1, Math.ceil(text.length / Math.max(1, width - 1)));
}

function writeBlock(worksheet: ExcelJS.Worksheet, columns: Column[], block: SourceRow[], top: number): void {
  const refColumn = columnNumber(columns, "ref");
  const indicatorColumn = columnNumber(columns, "indicator");
  const indicatorWidth = columns[indicatorColumn - 1].width;
  const bottom = top + block.length - 1;
  const sharedIndicator = block.every((row) => row.indicator === block[0].indicator);

  const lines = block.map((row, offset) => {
    let rowLines = sharedIndicator ? 1 : linesFor(row.indicator, indicatorWidth);
    columns.forEach((spec, index) => {
      const content = spec.content(row);
      const cell = worksheet.getCell(top + offset, index + 1);
      cell.value = content.value;
      if (content.numFmt) cell.numFmt = content.numFmt;
      cell.border = BORDERS;
      cell.alignment = { wrapText: true, vertical: "top", horizontal: spec.align };
      if (typeof content.value === "string") rowLines = Math.max(rowLines, linesFor(content.value, spec.width));
    });
    if (!sharedIndicator) worksheet.getCell(top + offset, indicatorColumn).value = row.indicator;
    return rowLines;
  });

  const service = block[0].service ? ` (${block[0].service})` : "";
  worksheet.getCell(top, refColumn).value = `${block[0].ref}${service}`;
  if (bottom > top) worksheet.mergeCells(top, refColumn, bottom, refColumn);
  if (sharedIndicator) {
    worksheet.getCell(top, indicatorColumn).value = block[0].indicator;
    if (bottom > top) worksheet.mergeCells(top, indicatorColumn, bottom, indicatorColumn);
    const shortfall = linesFor(block[0].indicator, indicatorWidth) - lines.reduce((sum, count) => sum + count, 0);
    if (shortfall > 0) lines.forEach((_, offset) => (lines[offset] += Math.ceil(shortfall / block.length)));
  }
  lines.forEach((count, offset) => (worksheet.getRow(top + offset).height = count * 15));
}

function writeScorecardSheet(workbook: ExcelJS.Workbook, sheet: SourceSheet): void {
  const columns = columnsFor(sheet);
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: [{ state: "frozen", xSplit: 0, ySplit: HEADER_ROW, topLeftCell: `A${FIRST_DATA_ROW}`, activeCell: "A1" }],
    pageSetup: PAGE_SETUP,
  });

  writeHeading(worksheet, sheet, columns);
  let top = FIRST_DATA_ROW;
  for (const block of blocksOf(sheet.rows)) {
    writeBlock(worksheet, columns, block, top);
    top += block.length;
  }
}

/** Adds a note as a person would type it in Excel, which puts the author's name in bold on the first line. */
function addPersonNote(
  workbook: ExcelJS.Workbook,
  sheet: SourceSheet,
  ref: string,
  columnId: string,
  text: string,
): void {
  const columns = columnsFor(sheet);
  const index = sheet.rows.findIndex((row) => row.ref === ref);
  if (index < 0) {
    throw new Error(`REF NO. ${ref} not found on sheet "${sheet.name}", so the sample note cannot be placed.`);
  }

  const cell = workbook.getWorksheet(sheet.name)!.getCell(FIRST_DATA_ROW + index, columnNumber(columns, columnId));
  cell.note = { texts: [{ font: { bold: true }, text: `${NOTE_AUTHOR}:` }, { text: `\n${text}` }] };
}

function writeNotesSheet(workbook: ExcelJS.Workbook): void {
  const worksheet = workbook.addWorksheet("Notes", {
    pageSetup: PAGE_SETUP,
  });
  worksheet.getCell("A1").value = "Key to the scorecard columns";
  worksheet.getCell("A1").font = { ...FONT, bold: true, size: 14 };
  worksheet.getColumn(1).width = 18;
  worksheet.getColumn(2).width = 80;

  GLOSSARY.forEach(([term, meaning], offset) => {
    const row = worksheet.getRow(3 + offset);
    row.getCell(1).value = term;
    row.getCell(1).font = { ...FONT, bold: true };
    row.getCell(1).alignment = { vertical: "top" };
    row.getCell(2).value = meaning;
    row.getCell(2).alignment = { wrapText: true, vertical: "top" };
    row.height = linesFor(meaning, 80) * 15;
  });
}

/** Builds the sample workbook in memory: the two scorecard sheets in data order, then the Notes sheet. */
export function buildSampleWorkbook(data: SourceData): ExcelJS.Workbook {
  if (!Array.isArray(data.sheets) || data.sheets.length !== 2) {
    throw new Error("Invalid transcription: expected two sheets (Benchmark and Activity indicators).");
  }

  const workbook = new ExcelJS.Workbook();
  workbook.creator = CREATOR;
  workbook.lastModifiedBy = CREATOR;
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  data.sheets.forEach((sheet) => writeScorecardSheet(workbook, sheet));
  addPersonNote(workbook, data.sheets[1], "A.5", "green", "Target agreed at March performance board.");
  writeNotesSheet(workbook);
  return workbook;
}

function optionValue(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  if (index < 0) return undefined;
  const value = args[index + 1];
  if (!value || value.startsWith("--")) {
    throw new Error(`Missing value for ${name}: give a path to the transcription JSON.`);
  }
  return value;
}

async function main(args: string[]): Promise<void> {
  const dataPath = path.resolve(optionValue(args, "--data") ?? DEFAULT_DATA);
  if (!existsSync(dataPath)) throw new Error(`Transcription not found: ${dataPath}. Pass its path with --data PATH.`);
  const data = JSON.parse(readFileSync(dataPath, "utf8")) as SourceData;

  mkdirSync(path.dirname(SAMPLE_PATH), { recursive: true });
  await buildSampleWorkbook(data).xlsx.writeFile(SAMPLE_PATH);
  console.log(`Wrote ${path.relative(process.cwd(), SAMPLE_PATH)} from ${dataPath}`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
