/** Reads one indicator row's values and works out its DOT, RAG and findings. */
import { cellAt, type SheetSnapshot } from "./snapshot";
import type { SheetLayout } from "./layout";
import type { IndicatorRow } from "./rows";
import type { Direction, Polarity } from "./plan";
import { readValue, displayedValue } from "./values";
import { parseThresholdCell, type BandColour } from "./thresholds";
import { buildBands, type BandSet } from "./bands";
import { evaluateRag, bandOf, type RagEvaluation } from "./rag";
import { directionOf, type Reading } from "./direction";
import { numberOf, showCell, showValue, type RowFinding, type RowValues, type ValueCell } from "./checks/context";

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
  ragYearEnd: RagEvaluation;
  findings: RowFinding[];
}

export function readRowValues(sheet: SheetSnapshot, layout: SheetLayout, indicator: IndicatorRow): RowValues {
  const read = (col: number): ValueCell => ({ col, read: readValue(cellAt(sheet, indicator.row, col)) });
  const periods = layout.periods.map((p) => read(p.col));
  const quarter = layout.quarter ? { ...read(layout.quarter.col), quarter: layout.quarter.quarter } : undefined;
  const yearFigure = layout.yearFigure ? read(layout.yearFigure.col) : undefined;
  const previousYear = layout.previousYear ? read(layout.previousYear.col) : undefined;
  const benchmarks = BENCHMARK_ROLES.flatMap(([role, name]) => {
    const col = layout.columns[role];
    return col === undefined ? [] : [{ ...read(col), name }];
  });

  const all = [...periods, quarter, yearFigure, previousYear].filter((c): c is ValueCell => c !== undefined);
  const percentRow = indicator.dataNote.includes("%") || all.some((c) => c.read.kind === "number" && c.read.percent);
  return { indicator, percentRow, periods, quarter, yearFigure, previousYear, benchmarks };
}

export function evaluateRow(sheet: SheetSnapshot, layout: SheetLayout, values: RowValues): RowOutcome {
  const { indicator, percentRow } = values;
  const findings: RowFinding[] = [...valueFindings(values)];
  const polarity: Polarity = indicator.polarity === "unknown" ? "info" : indicator.polarity;

  const threshold = (colour: BandColour) => {
    const col = layout.columns[colour];
    return parseThresholdCell(col === undefined ? undefined : cellAt(sheet, indicator.row, col), colour);
  };
  const bands = buildBands({ red: threshold("red"), amber: threshold("amber"), green: threshold("green") }, polarity, percentRow);
  for (const issue of bands.issues) {
    const col = issue.code.startsWith("BANDS_") ? firstBandColumn(sheet, layout, indicator.row) : layout.columns[issue.colour];
    if (col !== undefined) findings.push({ col, code: issue.code, message: issue.message });
  }

  const latestIndex = findLastIndex(values.periods, (c) => c.read.kind === "number");
  const latest = latestIndex >= 0 ? values.periods[latestIndex] : undefined;
  const beforeLatest = latestIndex > 0 ? values.periods[latestIndex - 1] : undefined;
  const annual = /annual/i.test(indicator.timeline);

  const dotYear = directionOf(reading(values.yearFigure), reading(values.previousYear));
  const dotMonth = annual ? dotYear : directionOf(reading(latest), reading(beforeLatest));

  const ragMonth = rate(bands, indicator.polarity, latest, percentRow, findings);
  const ragYearEnd = rate(bands, indicator.polarity, values.yearFigure, percentRow, findings);
  return { values, bands, dotMonth, dotYear, ragMonth, ragYearEnd, findings };
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
  const cells = [...values.periods, values.quarter, values.yearFigure, values.previousYear].filter((c): c is ValueCell => c !== undefined);
  const findings: RowFinding[] = [];
  for (const cell of cells) {
    if (cell.read.kind === "error") {
      findings.push({ col: cell.col, code: "VALUE_ERROR", message: `The value is the error ${cell.read.error}, so it is treated as missing. Fix the formula or the source data.` });
    } else if (cell.read.kind === "text") {
      findings.push({ col: cell.col, code: "VALUE_UNREADABLE", message: `"${cell.read.text}" is not a number, so it is treated as missing. Enter a number, "-" or leave the cell blank.` });
    }
  }
  return findings;
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

function findLastIndex<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i])) return i;
  return -1;
}
