/**
 * Writes synthetic scorecards for the benchmark, shaped like the March 2025 report: twelve monthly date
 * columns (April to December hidden), Q4, the year figure, polarity, DOT/RAG columns, threshold text,
 * previous year, benchmarks and merged REF NO. blocks. Seeded, so a size always gives the same file.
 * It streams rows to disk, so 100,000 rows do not need the whole workbook in memory.
 */
import ExcelJS from "exceljs";
import { HEADER_ROW, FIRST_DATA_ROW } from "../build-sample";
import { createRandom, type Random } from "./random";

export const SHEET_COUNT = 4;
const MONTHS = 12;
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };
const BORDERS: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const ALIGN: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: "top" };

const FIXED_HEADERS = ["REF NO.", "INDICATOR", null, "Council Plan Measure", "TIMELINE", "DATA NOTE"];
const TRAILING_HEADERS = [
  "Q4", "2024/25\nOUTTURN", "Good perf is", "DOT\n(Month)", "RAG\n(Month)", "DOT\n(Yr on Yr)", "RAG\n(Yr End)",
  "Red", "Amber", "Green\n(target)", "2023/24", "Yr on Yr trend", "Stat neigh av.", "Best stat neigh", "Nat av.",
  "Top qtile threshold", "Yorkshire & Humber",
];
const PERIOD_COL = FIXED_HEADERS.length + 1;
const REF_COL = 1;
const INDICATOR_COL = 2;

type Kind = "percentHigh" | "rateLow" | "countInfo";

/** How each kind of generated indicator looks: its figures' size and spread, format, polarity and unit. */
const KIND_SHAPE: Record<Kind, { base: (random: Random) => number; step: number; format: string; polarity: string; unit: string }> = {
  percentHigh: { base: (random) => 0.7 + random.next() * 0.28, step: 0.03, format: "0.0%", polarity: "high", unit: "%" },
  rateLow: { base: (random) => 150 + random.next() * 150, step: 8, format: "0.0", polarity: "low", unit: "Rate per 10,000" },
  countInfo: { base: (random) => 20 + random.int(400), step: 15, format: "#,##0", polarity: "info", unit: "Count" },
};

/** Picks a kind: half percentages, 30% rates, 20% counts. */
function kindOf(roll: number): Kind {
  if (roll < 0.5) return "percentHigh";
  if (roll < 0.8) return "rateLow";
  return "countInfo";
}

interface Indicator {
  kind: Kind;
  months: number[];
  previousYear: number;
  benchmarks: number[];
  thresholds: [string, string, string];
}

/** Splits `total` indicator rows over the sheets as evenly as possible. */
export function rowsPerSheet(total: number, sheets = SHEET_COUNT): number[] {
  return Array.from({ length: sheets }, (_, index) => Math.floor(total / sheets) + (index < total % sheets ? 1 : 0));
}

/** Writes a scorecard with `rows` indicator rows to `file`; the same rows and seed always give the same cells. */
export async function writeScorecard(file: string, rows: number, seed = 20250331): Promise<void> {
  const random = createRandom(seed + rows);
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
  const counts = rowsPerSheet(rows);
  for (let index = 0; index < counts.length; index++) {
    if (counts[index] === 0) continue;
    await writeSheet(writer, `Scorecard ${index + 1}`, counts[index], random);
  }
  await writer.commit();
}

async function writeSheet(writer: ExcelJS.stream.xlsx.WorkbookWriter, name: string, count: number, random: Random): Promise<void> {
  const sheet = writer.addWorksheet(name);
  sheet.columns = headerColumns();
  sheet.getRow(1).getCell(1).value = name;
  sheet.getRow(2).getCell(1).value = "As at month end: March 2025 (Quarter 4 - 2024/25)";
  writeHeaderRow(sheet.getRow(HEADER_ROW));
  // The streaming writer refuses merges over committed rows, so merge first.
  sheet.mergeCells(HEADER_ROW, INDICATOR_COL, HEADER_ROW, INDICATOR_COL + 1);
  for (let row = 1; row < FIRST_DATA_ROW; row++) sheet.getRow(row).commit();

  let written = 0;
  let block = 0;
  while (written < count) {
    block++;
    // About one indicator in eight has sub-rows, as "Rate per 10,000" and "Number" under one REF NO.
    const size = Math.min(count - written, random.next() < 0.125 ? 2 + random.int(2) : 1);
    const top = FIRST_DATA_ROW + written;
    const indicator = randomIndicator(random);
    for (let offset = 0; offset < size; offset++) {
      writeIndicatorRow(sheet.getRow(top + offset), offset === 0 ? `B.${block} (SC)` : null, indicator, offset, random);
    }
    if (size > 1) {
      sheet.mergeCells(top, REF_COL, top + size - 1, REF_COL);
      sheet.mergeCells(top, INDICATOR_COL, top + size - 1, INDICATOR_COL);
    }
    for (let offset = 0; offset < size; offset++) sheet.getRow(top + offset).commit();
    written += size;
  }
  sheet.commit();
}

function headerColumns(): Partial<ExcelJS.Column>[] {
  const widths = [11, 55, 18, 10, 11, 13];
  const periods = Array.from({ length: MONTHS }, (_, month) => ({ width: 10, hidden: month < 9 }));
  return [...widths.map((width) => ({ width })), ...periods, ...TRAILING_HEADERS.map(() => ({ width: 11 }))];
}

function writeHeaderRow(row: ExcelJS.Row): void {
  FIXED_HEADERS.forEach((header, index) => (row.getCell(index + 1).value = header));
  for (let month = 0; month < MONTHS; month++) {
    const cell = row.getCell(PERIOD_COL + month);
    cell.value = new Date(Date.UTC(2024, 3 + month, 1));
    cell.numFmt = "mmm-yy";
  }
  TRAILING_HEADERS.forEach((header, index) => (row.getCell(PERIOD_COL + MONTHS + index).value = header));
}

function randomIndicator(random: Random): Indicator {
  const roll = random.next();
  const kind = kindOf(roll);
  const base = KIND_SHAPE[kind].base(random);
  const { step } = KIND_SHAPE[kind];
  const months = Array.from({ length: MONTHS }, () => round(base + (random.next() - 0.5) * step, kind));
  return {
    kind,
    months,
    previousYear: round(base + (random.next() - 0.5) * step * 2, kind),
    benchmarks: benchmarksFor(kind, base, step, random),
    thresholds: thresholdsFor(kind, base, random),
  };
}

/** Stat neigh av., best stat neigh, nat av., top quartile, regional: best and top quartile on the good side. */
function benchmarksFor(kind: Kind, base: number, step: number, random: Random): number[] {
  const better = kind === "rateLow" ? -1 : 1;
  const average = base + (random.next() - 0.5) * step * 3;
  const national = base + (random.next() - 0.5) * step * 3;
  const best = average + better * random.next() * step * 3;
  const topQuartile = national + better * random.next() * step;
  const regional = base + (random.next() - 0.5) * step * 3;
  return [average, best, national, topQuartile, regional].map((value) => round(value, kind));
}

function thresholdsFor(kind: Kind, base: number, random: Random): [string, string, string] {
  if (kind === "countInfo") return ["", "", ""];
  if (kind === "percentHigh") {
    const amber = Math.round(base * 100 - 4 - random.int(4));
    const green = amber + 4 + random.int(5);
    return [`<${amber}%`, `${amber}%+`, `${green}%+`];
  }
  const target = (base + random.int(20)).toFixed(1);
  return [`${target}+`, "-", `<${target}`];
}

function round(value: number, kind: Kind): number {
  if (kind === "percentHigh") return Math.round(Math.min(1, value) * 1000) / 1000;
  if (kind === "rateLow") return Math.round(value * 10) / 10;
  return Math.round(value);
}

function writeIndicatorRow(row: ExcelJS.Row, ref: string | null, indicator: Indicator, offset: number, random: Random): void {
  const { format, polarity, unit } = KIND_SHAPE[indicator.kind];
  // Sub-rows share the indicator text but differ a little in their figures.
  const shift = (value: number) => (offset === 0 ? value : round(value * (1 + offset * 0.02), indicator.kind));
  const months = indicator.months.map(shift);
  const yearFigure = months.slice(-3).reduce((sum, value) => sum + value, 0) / 3;
  const texts: (string | null)[] = [
    ref, offset === 0 ? `Indicator ${random.int(1e6)}: children seen within timescale` : null,
    offset === 0 ? null : `Sub-measure ${offset}`, random.next() < 0.2 ? "CH02" : null, "monthly", unit,
  ];
  const figures = [...months, months[MONTHS - 1], round(yearFigure, indicator.kind)];
  const trailing: (string | number | null)[] = [
    polarity, "→", null, "→", null, ...indicator.thresholds, shift(indicator.previousYear), null,
    ...indicator.benchmarks.map(shift),
  ];

  texts.forEach((value, index) => styled(row.getCell(index + 1), value));
  figures.forEach((value, index) => styled(row.getCell(PERIOD_COL + index), value, format));
  trailing.forEach((value, index) => {
    const numeric = typeof value === "number";
    styled(row.getCell(PERIOD_COL + MONTHS + 2 + index), value, numeric ? format : undefined);
  });
}

function styled(cell: ExcelJS.Cell, value: string | number | null, numFmt?: string): void {
  cell.value = value === "" ? null : value;
  if (numFmt) cell.numFmt = numFmt;
  cell.border = BORDERS;
  cell.alignment = ALIGN;
}
