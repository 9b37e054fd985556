/** Refreshes one scorecard sheet: indicator results, cell writes, owned rules, notes and findings. */
import { cellAt, type SheetSnapshot } from "./snapshot";
import type { SheetLayout } from "./layout";
import type { CellWrite, Finding, IndicatorResult, SheetPlan, DotResult, RagResult, Direction, Assessment } from "./plan";
import { cellAddress } from "./address";
import { excerpt } from "./text";
import { severityOf } from "./catalogue";
import { cellText, indicatorRows, MergeIndex } from "./rows";
import { readRowValues, evaluateRow, reportPeriodOf } from "./refresh-row";
import { checkBenchmarks } from "./checks/benchmarks";
import { checkPeriodLabels } from "./checks/period-labels";
import { checkQuarter } from "./checks/quarter";
import { assessmentOf, ARROW } from "./direction";
import { decideOutput, type OutputKind } from "./output-cells";
import { showCell, type RowFinding, type ValueCell } from "./checks/context";
import type { RagEvaluation } from "./rag";
import { buildRules } from "./rules";
import { planNotes } from "./notes";

export interface SheetResult {
  plan: SheetPlan;
  indicators: IndicatorResult[];
  findings: Finding[];
  /** DOT cells that hold the refresh's own arrow after this refresh, so a later one can tell them from typed ones. */
  marks: { row: number; col: number }[];
}

/** Tells whether the arrow in a DOT cell was set by an earlier refresh rather than typed by a person. */
export type MarkOwner = (row: number, col: number) => boolean;

export function refreshSheet(sheet: SheetSnapshot, layout: SheetLayout, ownsMark: MarkOwner = () => false): SheetResult {
  const merges = new MergeIndex(sheet.merges);
  const rows = indicatorRows(sheet, layout, merges);
  const reportYear = layout.periods.at(-1)?.year ?? layout.yearFigure?.endYear;
  const quarterMonths = monthsOfQuarter(layout);
  const reportPeriod = reportPeriodOf(sheet, layout);
  const { columns } = layout;

  const findings: Finding[] = [];
  const cellWrites: CellWrite[] = [];
  const marks: SheetResult["marks"] = [];
  const indicators: IndicatorResult[] = [];
  // Period columns are named by their label, so a date header reads "Mar-25" as on the sheet, not as a date.
  const headerTexts: string[] = [];
  for (const period of layout.periods) headerTexts[period.col] = period.label;

  for (const indicator of rows) {
    const values = readRowValues(sheet, layout, indicator);
    const outcome = evaluateRow(sheet, layout, values, reportPeriod);
    // Appended in place rather than spread into a new array: this runs once per row.
    const rowFindings = outcome.findings;
    appendAll(rowFindings, checkBenchmarks(values));
    appendAll(rowFindings, checkPeriodLabels(values, reportYear));
    appendAll(rowFindings, checkQuarter(values, quarterMonths));
    if (indicator.polarity === "unknown" && columns.polarity !== undefined) {
      rowFindings.push({ col: columns.polarity, code: "POLARITY_UNKNOWN", message: `Good perf is "${indicator.polarityText}"; expected high, low or info. No RAG is set and arrows are not coloured until it is one of those.` });
    }

    const target: OutputTarget = { sheet, row: indicator.row, cellWrites, rowFindings, marks, ownsMark };
    const context: ReasonContext = { sheet, headerRow: layout.headerRow, headerTexts, percentRow: values.percentRow };
    const thresholdTexts = {
      red: columns.red === undefined ? "" : cellText(cellAt(sheet, indicator.row, columns.red)),
      amber: columns.amber === undefined ? "" : cellText(cellAt(sheet, indicator.row, columns.amber)),
      green: columns.green === undefined ? "" : cellText(cellAt(sheet, indicator.row, columns.green)),
    };
    indicators.push({
      sheet: sheet.name,
      row: indicator.row,
      ref: indicator.ref,
      indicator: indicator.indicator,
      measure: indicator.measure,
      polarity: indicator.polarity,
      dotMonth: dotResult(target, outcome.dotMonth, indicator.polarity, columns.dotMonth, context, outcome.dotMonthCells, {
        quarterly: outcome.quarterly,
        partialYearMonths: outcome.dotMonthCells === outcome.dotYearCells ? outcome.partialYearMonths : undefined,
      }),
      ragMonth: ragResult(target, outcome.ragMonth, ragWhy(context, outcome.ragMonthCell, thresholdTexts), columns.ragMonth),
      dotYear: dotResult(target, outcome.dotYear, indicator.polarity, columns.dotYear, context, outcome.dotYearCells, { partialYearMonths: outcome.partialYearMonths }),
      ragYearEnd: ragResult(target, outcome.ragYearEnd, ragWhy(context, outcome.ragYearEndCell, thresholdTexts), columns.ragYearEnd),
    });
    for (const f of rowFindings) {
      findings.push({ sheet: sheet.name, cell: cellAddress(indicator.row, f.col), row: indicator.row, col: f.col, severity: severityOf(f.code), code: f.code, message: f.message, ref: indicator.ref || undefined });
    }
  }

  const rules = buildRules(
    {
      dot: [columns.dotMonth, columns.dotYear].filter((c): c is number => c !== undefined),
      rag: [columns.ragMonth, columns.ragYearEnd].filter((c): c is number => c !== undefined),
      polarity: columns.polarity,
    },
    rows,
  );
  const notes = planNotes(findings, sheet.notes);
  return { plan: { name: sheet.name, headerRow: layout.headerRow, cellWrites, rules, notes }, indicators, findings, marks };
}

/** Destination of one row's DOT and RAG output: the plan's writes, or findings when the cell is kept. */
interface OutputTarget {
  sheet: SheetSnapshot;
  row: number;
  cellWrites: CellWrite[];
  rowFindings: RowFinding[];
  marks: SheetResult["marks"];
  ownsMark: MarkOwner;
}

/**
 * What a row's reasons read: the header row and how the row shows its values. Plain functions rather than
 * closures made per row, which a build that keeps function names would also have to name once per row.
 */
interface ReasonContext {
  sheet: SheetSnapshot;
  headerRow: number;
  /** Header text by column, filled as the rows ask: every row names the same few headers. */
  headerTexts: string[];
  percentRow: boolean;
}

type ComparedCells = [ValueCell | undefined, ValueCell | undefined];

/** Facts about a row that can stop the refresh from judging an arrow from the two cells it compares. */
interface Comparability {
  quarterly?: boolean;
  partialYearMonths?: number;
}

function dotResult(target: OutputTarget, direction: Direction, polarity: IndicatorResult["polarity"], col: number | undefined, context: ReasonContext, cells: ComparedCells, comparability: Comparability = {}): DotResult {
  const assessment = assessmentOf(direction, polarity);
  const reason = dotReason(context, direction, cells, assessment, comparability);
  const arrow = notComparable(cells, comparability) ? "" : ARROW[direction];
  // With no arrow of its own, the refresh keeps one a person typed rather than clear it.
  const cell = (arrow === "" && keepTypedArrow(target, col, reason)) || output(target, "dot", col, arrow);
  return { direction, assessment, cell, reason };
}

/** Tells whether the two cells cannot be compared although both may contain numbers. */
function notComparable([current, previous]: ComparedCells, { quarterly, partialYearMonths }: Comparability): boolean {
  if (current?.read.kind !== "number") return false;
  if (quarterly && previous === undefined) return true;
  return partialYearMonths !== undefined && previous?.read.kind === "number";
}

/**
 * Keeps an arrow a person typed in a DOT cell the refresh has no arrow for, with a finding, and returns the
 * cell's address. Returns undefined for a blank cell, text that is not an arrow, or an arrow an earlier
 * refresh set, which is then cleared like any other.
 */
function keepTypedArrow(target: OutputTarget, col: number | undefined, reason: string): string | undefined {
  if (col === undefined) return undefined;
  const { sheet, row } = target;
  const typed = cellText(cellAt(sheet, row, col));
  if (typed === "" || !decideOutput(sheet, row, col, "dot").write || target.ownsMark(row, col)) return undefined;
  const noArrowBecause = reason.replace(/^No arrow: /, "").replace(/\.$/, "");
  target.rowFindings.push({
    col,
    code: "CELL_KEPT_MANUAL",
    message: `"${excerpt(typed)}" was typed here and is kept, because the refresh has no arrow for this cell: ${noArrowBecause}. Check it by hand.`,
  });
  return cellAddress(row, col);
}

function headerOf(context: ReasonContext, cell: ValueCell): string {
  return (context.headerTexts[cell.col] ??= cellText(cellAt(context.sheet, context.headerRow, cell.col)));
}

/** Says which two figures an arrow compares, so "DOT (Month)" on an annual row reads as year on year. */
function dotReason(context: ReasonContext, direction: Direction, [current, previous]: ComparedCells, assessment: Assessment, { quarterly, partialYearMonths }: Comparability): string {
  if (!current || current.read.kind !== "number") return "No arrow: there is no current value to compare.";
  const now = `${headerOf(context, current)} ${showCell(current, context.percentRow)}`;
  if (quarterly && !previous) return `No arrow: this indicator is quarterly, and the quarter before ${headerOf(context, current)} is not on the sheet.`;
  if (partialYearMonths !== undefined && previous?.read.kind === "number") {
    const before = `${headerOf(context, previous)} ${showCell(previous, context.percentRow)}`;
    const months = partialYearMonths === 1 ? "1 month" : `${partialYearMonths} months`;
    return `No arrow: ${now} counts ${months} of the year, and ${before} is a whole year, so the two are not comparable.`;
  }
  if (!previous || previous.read.kind !== "number") {
    let missing = "";
    if (previous && quarterly) missing = ` (the quarter before, ${headerOf(context, previous)}, is missing)`;
    else if (previous) missing = ` (${headerOf(context, previous)} is missing)`;
    return `No arrow: ${now} has no earlier value to compare with${missing}.`;
  }
  const judged = assessment === "info" ? "for information only" : assessment;
  return `${now} against ${headerOf(context, previous)} ${showCell(previous, context.percentRow)}: ${DIRECTION_WORDS[direction]}, ${judged}.`;
}

function ragWhy(context: ReasonContext, cell: ValueCell | undefined, thresholds: RagWhy["thresholds"]): RagWhy {
  return {
    value: cell ? showCell(cell, context.percentRow) : "",
    compared: cell ? headerOf(context, cell) : "",
    thresholds,
  };
}

const DIRECTION_WORDS: Record<Direction, string> = { up: "up", down: "down", same: "no change at the displayed precision", none: "" };

type RagWhy = Pick<RagResult, "value" | "compared" | "thresholds">;

function ragResult(target: OutputTarget, evaluation: RagEvaluation, why: RagWhy, col: number | undefined): RagResult {
  const { status } = evaluation;
  const reason = status === "none" ? withThresholds(evaluation.reason, why.thresholds) : evaluation.reason;
  const result: RagResult = { status, reason, cell: output(target, "rag", col, status === "none" ? "" : status), value: why.value, compared: why.compared, thresholds: why.thresholds };
  if (evaluation.band) result.band = evaluation.band.colour;
  return result;
}

/** Appends the thresholds to a blank RAG's reason, because the reason alone does not show them. */
function withThresholds(reason: string, { red, amber, green }: RagResult["thresholds"]): string {
  const written: string[] = [];
  if (red !== "") written.push(`Red "${red}"`);
  if (amber !== "") written.push(`Amber "${amber}"`);
  if (green !== "") written.push(`Green "${green}"`);
  return written.length === 0 ? reason : `${reason} Thresholds: ${written.join(", ")}.`;
}

/** Writes the cell when the refresh owns it, or explains why it was kept; returns its address. */
function output(target: OutputTarget, kind: OutputKind, col: number | undefined, text: string): string {
  if (col === undefined) return "";
  const { row } = target;
  const decision = decideOutput(target.sheet, row, col, kind);
  const address = cellAddress(row, col);
  if (decision.write) {
    target.cellWrites.push({ row, col, address, value: text });
    if (kind === "dot" && text !== "") target.marks.push({ row, col });
  } else if (decision.reason === "formula") {
    target.rowFindings.push({ col, code: "CELL_KEPT_FORMULA", message: `This cell contains the formula ${excerpt(decision.text)}, so it was kept; the refresh would write ${text ? `"${text}"` : "nothing"}. Remove the formula to let the refresh set it.` });
  } else {
    const message = text === ""
      ? `"${excerpt(decision.text)}" was typed here and is kept; the refresh has no ${kind === "dot" ? "arrow" : "RAG letter"} for this cell either, so the two agree.`
      : `"${excerpt(decision.text)}" was typed here, so it was kept; the refresh would write "${text}". Clear the cell to let the refresh set it.`;
    target.rowFindings.push({ col, code: "CELL_KEPT_MANUAL", message });
  }
  return address;
}

function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** Lists the period columns a quarter column sums or averages: the (up to) three period columns just left of it. */
function monthsOfQuarter(layout: SheetLayout): number[] {
  if (!layout.quarter) return [];
  const quarterCol = layout.quarter.col;
  return layout.periods.filter((p) => p.col < quarterCol).slice(-3).map((p) => p.col);
}
