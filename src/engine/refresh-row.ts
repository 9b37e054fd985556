/** Reads one indicator row's values and works out its DOT, RAG and findings. */
import { cellAt, type SheetSnapshot, type SnapshotCell } from "./snapshot";
import type { SheetLayout } from "./layout";
import type { IndicatorRow } from "./rows";
import type { Direction, Polarity } from "./plan";
import { excerpt } from "./text";
import { readValue, displayedValue, isPercentFormat } from "./values";
import { parseThresholdCell } from "./thresholds";
import { buildBands, type BandSet } from "./bands";
import { evaluateRag, bandOf, type RagEvaluation } from "./rag";
import { directionOf, type Reading } from "./direction";
import { numberOf, showCell, showValue, type RowFinding, type RowValues, type ValueCell } from "./checks/context";
import { isCountNote } from "./checks/quarter";

const BENCHMARK_ROLES = [
  ["statNeighbourAverage", "Stat neigh av."],
  ["bestStatNeighbour", "Best stat neigh"],
  ["nationalAverage", "Nat av."],
  ["topQuartile", "Top qtile threshold"],
] as const;

export interface RowOutcome {
  values: RowValues;
  bands: BandSet;
  dotMonth: Direction;
  dotYear: Direction;
  ragMonth: RagEvaluation;
  /** The value cells RAG (Month) and RAG (Yr End) rated, when there was one. */
  ragMonthCell?: ValueCell;
  ragYearEndCell?: ValueCell;
  /** The two value cells each DOT compared, current first; absent cells mean that value was missing. */
  dotMonthCells: [ValueCell | undefined, ValueCell | undefined];
  dotYearCells: [ValueCell | undefined, ValueCell | undefined];
  ragYearEnd: RagEvaluation;
  /** True when TIMELINE contains "quarter", so DOT (Month) compares with the period three months earlier. */
  quarterly: boolean;
  /** Months a year-to-date count covers when less than a year; DOT (Yr on Yr) is then not set. */
  partialYearMonths?: number;
  findings: RowFinding[];
}

export function readRowValues(sheet: SheetSnapshot, layout: SheetLayout, indicator: IndicatorRow): RowValues {
  // Loops rather than spreads and closures: this runs once per indicator row, so its garbage adds up.
  const cells = sheet.rows[indicator.row - 1];
  const periods: ValueCell[] = new Array(layout.periods.length);
  let percentRow = indicator.dataNote.includes("%");
  for (let i = 0; i < layout.periods.length; i++) {
    const cell = readCell(cells, layout.periods[i].col);
    periods[i] = cell;
    if (isPercentNumber(cell)) percentRow = true;
  }
  let quarter: RowValues["quarter"];
  if (layout.quarter) {
    const col = layout.quarter.col;
    quarter = { col, read: readValue(cells?.[col - 1]), quarter: layout.quarter.quarter };
  }
  const yearFigure = layout.yearFigure ? readCell(cells, layout.yearFigure.col) : undefined;
  const previousYear = layout.previousYear ? readCell(cells, layout.previousYear.col) : undefined;
  if (isPercentNumber(quarter) || isPercentNumber(yearFigure) || isPercentNumber(previousYear)) percentRow = true;

  const benchmarks: RowValues["benchmarks"] = [];
  for (let i = 0; i < BENCHMARK_ROLES.length; i++) {
    const [role, name] = BENCHMARK_ROLES[i];
    const col = layout.columns[role];
    if (col !== undefined) benchmarks.push({ col, read: readValue(cells?.[col - 1]), name });
  }
  return { indicator, percentRow, periods, quarter, yearFigure, previousYear, benchmarks };
}

function readCell(cells: readonly (SnapshotCell | undefined)[] | undefined, col: number): ValueCell {
  return { col, read: readValue(cells?.[col - 1]) };
}

function isPercentNumber(cell: ValueCell | undefined): boolean {
  return cell !== undefined && cell.read.kind === "number" && cell.read.percent;
}

/**
 * Returns the latest period column with a value in any row: the month the report is as at. A sheet may
 * already have empty columns for the months still to come.
 */
export function reportPeriodOf(sheet: SheetSnapshot, layout: SheetLayout): SheetLayout["periods"][number] | undefined {
  for (let i = layout.periods.length - 1; i >= 0; i--) {
    const col = layout.periods[i].col;
    for (let row = layout.firstDataRow; row <= sheet.rows.length; row++) {
      if (readValue(cellAt(sheet, row, col)).kind === "number") return layout.periods[i];
    }
  }
  return layout.periods.at(-1);
}

export function evaluateRow(sheet: SheetSnapshot, layout: SheetLayout, values: RowValues, reportPeriod: SheetLayout["periods"][number] | undefined): RowOutcome {
  const { indicator, percentRow } = values;
  const findings: RowFinding[] = valueFindings(values);
  const polarity: Polarity = indicator.polarity === "unknown" ? "info" : indicator.polarity;

  const bands = rowBands(sheet.rows[indicator.row - 1], layout, polarity, percentRow);
  for (const issue of bands.issues) {
    const col = issue.code.startsWith("BANDS_") ? firstBandColumn(sheet, layout, indicator.row) : layout.columns[issue.colour];
    if (col !== undefined) findings.push({ col, code: issue.code, message: issue.message });
  }

  const latestIndex = lastNumberIndex(values.periods);
  const latest = latestIndex >= 0 ? values.periods[latestIndex] : undefined;
  // "annual" and "annually", but not "annualised", which describes a rate rather than how often it is reported.
  const annual = /\bannual(ly)?\b/i.test(indicator.timeline);
  const quarterly = !annual && /quarter/i.test(indicator.timeline);
  // A quarterly figure is compared with the quarter before, not with a month that may repeat a rolling figure.
  let beforeLatest = latestIndex > 0 ? values.periods[latestIndex - 1] : undefined;
  if (quarterly && latestIndex >= 0) {
    const index = quarterBeforeIndex(layout.periods, latestIndex);
    beforeLatest = index >= 0 ? values.periods[index] : undefined;
  }

  const partialYearMonths = partialYearOf(layout, indicator, reportPeriod);
  const dotYear = partialYearMonths === undefined ? directionOf(reading(values.yearFigure), reading(values.previousYear)) : "none";
  const dotMonth = annual ? dotYear : directionOf(reading(latest), reading(beforeLatest));

  const ragMonth = rate(bands, indicator.polarity, latest, percentRow, findings);
  const ragYearEnd = rate(bands, indicator.polarity, values.yearFigure, percentRow, findings);
  const dotYearCells: [ValueCell | undefined, ValueCell | undefined] = [values.yearFigure, values.previousYear];
  const dotMonthCells: [ValueCell | undefined, ValueCell | undefined] = annual ? dotYearCells : [latest, beforeLatest];
  return { values, bands, dotMonth, dotYear, ragMonth, ragYearEnd, ragMonthCell: latest, ragYearEndCell: values.yearFigure, dotMonthCells, dotYearCells, quarterly, partialYearMonths, findings };
}

const YEAR_TO_DATE = /\b(ytd|year to date)\b/i;
/** "January 1st to December 31st", "1 January to 31 December", "Jan-Dec", "calendar year". */
const CALENDAR_YEAR = /\bjan(uary)?(\s+1(st)?)?\s*(to|-|–)\s*(31(st)?\s+)?dec(ember)?\b|calendar year/i;
/** A council's financial year starts in April. */
const FINANCIAL_YEAR_START = 4;

/**
 * Returns how many months a year-to-date count covers when that is less than a year, or undefined. Such a
 * count cannot be compared with a whole previous year: in March, January to March's 109 EHC plans against
 * the previous year's 380 would read as a fall. The year runs from April, or from January when the
 * INDICATOR states it ("January 1st to December 31st"), up to the month the report is as at.
 */
function partialYearOf(layout: SheetLayout, indicator: IndicatorRow, latest: { month: number } | undefined): number | undefined {
  if (!latest || !layout.yearFigure || !YEAR_TO_DATE.test(layout.yearFigure.label) || !isCountNote(indicator.dataNote)) return undefined;
  const start = CALENDAR_YEAR.test(indicator.indicator) ? 1 : FINANCIAL_YEAR_START;
  const months = ((latest.month - start + 12) % 12) + 1;
  return months < 12 ? months : undefined;
}

/** Returns the index of the period three months before the given one, or -1 when the sheet has none. */
function quarterBeforeIndex(periods: readonly { year: number; month: number }[], index: number): number {
  const target = periods[index].year * 12 + periods[index].month - 3;
  return periods.findIndex((period) => period.year * 12 + period.month === target);
}

/**
 * Bands for one row, memoised by the threshold cells' contents, the polarity and the row's unit: a
 * scorecard repeats a few threshold sets ("<82%", "82%+", "90%+") over many rows. The band set is shared
 * between those rows, which only read it.
 */
const BAND_MEMO = new Map<string, BandSet>();
const BAND_MEMO_LIMIT = 5000;
const BAND_COLOURS = ["red", "amber", "green"] as const;

function rowBands(cells: readonly (SnapshotCell | undefined)[] | undefined, layout: SheetLayout, polarity: Polarity, percentRow: boolean): BandSet {
  const { red, amber, green } = layout.columns;
  const redCell = red === undefined ? undefined : cells?.[red - 1];
  const amberCell = amber === undefined ? undefined : cells?.[amber - 1];
  const greenCell = green === undefined ? undefined : cells?.[green - 1];
  const redKey = thresholdKey(redCell);
  const amberKey = thresholdKey(amberCell);
  const greenKey = thresholdKey(greenCell);
  const key = redKey === undefined || amberKey === undefined || greenKey === undefined
    ? undefined
    : `${polarity}\u0000${percentRow ? 1 : 0}\u0000${redKey}\u0000${amberKey}\u0000${greenKey}`;

  const known = key === undefined ? undefined : BAND_MEMO.get(key);
  if (known) return known;
  const [redThreshold, amberThreshold, greenThreshold] = BAND_COLOURS.map((colour, i) => parseThresholdCell([redCell, amberCell, greenCell][i], colour));
  const bands = buildBands({ red: redThreshold, amber: amberThreshold, green: greenThreshold }, polarity, percentRow);
  if (key !== undefined) {
    if (BAND_MEMO.size >= BAND_MEMO_LIMIT) BAND_MEMO.clear();
    BAND_MEMO.set(key, bands);
  }
  return bands;
}

/** Builds the memo key from everything parseThresholdCell reads from a cell. Dates and booleans get none, so they are not memoised. */
function thresholdKey(cell: SnapshotCell | undefined): string | undefined {
  const value = cell === undefined ? null : cell.value;
  if (value === null || value === undefined) return "n";
  if (typeof value === "string") return `s${value}`;
  if (typeof value === "number") return `d${value}\u0001${isPercentFormat(cell!.numberFormat) ? 1 : 0}`;
  return undefined;
}

function rate(bands: BandSet, polarity: Polarity | "unknown", cell: ValueCell | undefined, percentRow: boolean, findings: RowFinding[]): RagEvaluation {
  const value = numberOf(cell);
  const evaluation = evaluateRag(bands, polarity, value, cell ? showCell(cell, percentRow) : "");
  if (!cell || value === undefined || cell.read.kind !== "number") return evaluation;
  if (evaluation.status === "none") {
    const rated = (polarity === "high" || polarity === "low") && !bands.unusable;
    if (rated && !findings.some((f) => f.col === cell.col && f.code === "VALUE_OUTSIDE_BANDS")) {
      findings.push({ col: cell.col, code: "VALUE_OUTSIDE_BANDS", message: `${evaluation.reason} Check the thresholds cover every value, or leave the RAG blank on purpose.` });
    }
    return evaluation;
  }

  const shown = displayedValue(value, cell.read.decimals);
  const shownBand = bandOf(bands.bands, shown);
  if (shownBand !== evaluation.band && !findings.some((f) => f.col === cell.col && f.code === "DISPLAY_BAND_MISMATCH")) {
    findings.push({
      col: cell.col,
      code: "DISPLAY_BAND_MISMATCH",
      message: `The stored value ${showValue(value, null, percentRow)} is ${evaluation.band?.colour ?? "in no band"} (${evaluation.band?.text ?? ""}), but it shows as ${showCell(cell, percentRow)}, which reads as ${shownBand ? `${shownBand.colour} (${shownBand.text})` : "no band"}. The RAG follows the stored value; check whether the value should be rounded.`,
    });
  }
  return evaluation;
}

function valueFindings(values: RowValues): RowFinding[] {
  const findings: RowFinding[] = [];
  for (const cell of values.periods) addValueFinding(cell, findings);
  addValueFinding(values.quarter, findings);
  addValueFinding(values.yearFigure, findings);
  addValueFinding(values.previousYear, findings);
  return findings;
}

function addValueFinding(cell: ValueCell | undefined, findings: RowFinding[]): void {
  if (cell === undefined) return;
  if (cell.read.kind === "error") {
    findings.push({ col: cell.col, code: "VALUE_ERROR", message: `The value is the error ${cell.read.error}, so it is treated as missing. Fix the formula or the source data.` });
  } else if (cell.read.kind === "text") {
    findings.push({ col: cell.col, code: "VALUE_UNREADABLE", message: `"${excerpt(cell.read.text)}" is not a number, so it is treated as missing. Enter a number, "-" or leave the cell blank.` });
  }
}

function reading(cell: ValueCell | undefined): Reading | undefined {
  return cell?.read.kind === "number" ? { value: cell.read.value, decimals: cell.read.decimals } : undefined;
}

function firstBandColumn(sheet: SheetSnapshot, layout: SheetLayout, row: number): number | undefined {
  for (const colour of ["green", "amber", "red"] as const) {
    const col = layout.columns[colour];
    if (col !== undefined && cellAt(sheet, row, col)?.value) return col;
  }
  return layout.columns.green;
}

function lastNumberIndex(cells: readonly ValueCell[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i].read.kind === "number") return i;
  return -1;
}
