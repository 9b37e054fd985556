/**
 * Finds a scorecard's header row and what each column holds. Headers are matched tolerantly (case, spaces,
 * line breaks and punctuation are ignored); a sheet without such a header is not a scorecard.
 */
import { cellAt, columnCount, type SheetSnapshot, type CellScalar } from "./snapshot";
import { headerKey, squashSpaces } from "./text";
import { parsePeriodHeader, type PeriodHeader } from "./periods";

export type ColumnRole =
  | "ref"
  | "indicator"
  | "councilPlan"
  | "timeline"
  | "dataNote"
  | "polarity"
  | "dotMonth"
  | "ragMonth"
  | "dotYear"
  | "ragYearEnd"
  | "red"
  | "amber"
  | "green"
  | "yoyTrend"
  | "statNeighbourAverage"
  | "bestStatNeighbour"
  | "nationalAverage"
  | "topQuartile";

/** Header keys (see headerKey) for each fixed column; the first match wins. */
const HEADER_KEYS: Record<ColumnRole, readonly string[]> = {
  ref: ["refno", "ref", "referenceno", "referencenumber"],
  indicator: ["indicator", "indicators"],
  councilPlan: ["councilplanmeasure", "councilmeasure", "councilplan"],
  timeline: ["timeline", "frequency"],
  dataNote: ["datanote", "note", "unit"],
  polarity: ["goodperfis", "goodperformanceis", "goodperf", "polarity"],
  dotMonth: ["dotmonth", "dotmonthly"],
  ragMonth: ["ragmonth", "ragmonthly"],
  dotYear: ["dotyronyr", "dotyearonyear", "dotyoy", "dotyear"],
  ragYearEnd: ["ragyrend", "ragyearend", "ragyear"],
  red: ["red"],
  amber: ["amber"],
  green: ["greentarget", "green", "target"],
  yoyTrend: ["yronyrtrend", "yearonyeartrend"],
  statNeighbourAverage: ["statneighav", "statneighbourav", "statneighbouraverage", "statisticalneighbouraverage"],
  bestStatNeighbour: ["beststatneigh", "beststatneighbour", "beststatisticalneighbour"],
  nationalAverage: ["natav", "nationalaverage", "nationalav", "england"],
  topQuartile: ["topqtilethreshold", "topquartilethreshold", "topquartile", "topqtile"],
};

/** Roles a header row must have before the sheet counts as a scorecard. */
const REQUIRED_ROLES: readonly ColumnRole[] = ["ref", "indicator", "polarity", "red", "amber", "green"];

export interface PeriodColumn extends PeriodHeader {
  col: number;
  hidden: boolean;
}

export interface SheetLayout {
  headerRow: number;
  firstDataRow: number;
  columns: Partial<Record<ColumnRole, number>>;
  /** Sub-row measure labels: the column right of INDICATOR when its header is merged across both. */
  measureCol?: number;
  /** Monthly (or other) period columns, left to right. */
  periods: PeriodColumn[];
  /** A quarter column such as "Q4", with the quarter number. */
  quarter?: { col: number; quarter: number };
  /** The year figure: "2024/25 OUTTURN" or "2024/25 YTD". */
  yearFigure?: { col: number; label: string; endYear: number };
  /** The other year-like column, such as "2023/24". */
  previousYear?: { col: number; label: string };
  /** Header roles found in more than one column, with those columns. */
  duplicateHeaders: { role: ColumnRole; cols: number[] }[];
}

/**
 * Returns the columns of the first header that appears more than once (a role such as "Red", or a period
 * label such as "Mar-25"), or undefined. With two, it is unclear which column the refresh should read.
 */
export function duplicatedHeaderColumns(layout: SheetLayout): number[] | undefined {
  if (layout.duplicateHeaders.length > 0) return layout.duplicateHeaders[0].cols;
  for (const period of layout.periods) {
    const same = layout.periods.filter((other) => other.label === period.label);
    if (same.length > 1) return same.map((other) => other.col);
  }
  return undefined;
}

const HEADER_SEARCH_ROWS = 30;
const YEAR_FIGURE = /^(\d{4})\s*[/-]\s*(\d{2,4})\s+(outturn|ytd|year to date|actual)/i;
const YEAR_ONLY = /^(\d{4})\s*[/-]\s*(\d{2,4})$/;
const QUARTER = /^q([1-4])$/i;

/** Returns the sheet's layout, or undefined when no header row is found in the first rows. */
export function detectLayout(sheet: SheetSnapshot): SheetLayout | undefined {
  const lastRow = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
  for (let row = 1; row <= lastRow; row++) {
    const layout = layoutFromHeaderRow(sheet, row);
    if (layout) return layout;
  }
  return undefined;
}

function layoutFromHeaderRow(sheet: SheetSnapshot, row: number): SheetLayout | undefined {
  const width = columnCount(sheet);
  const columns: Partial<Record<ColumnRole, number>> = {};
  const seen = new Map<ColumnRole, number[]>();
  const periods: PeriodColumn[] = [];
  const hiddenColumns = new Set(sheet.hiddenColumns);
  let quarter: SheetLayout["quarter"];
  let yearFigure: SheetLayout["yearFigure"];
  let previousYear: SheetLayout["previousYear"];

  for (let col = 1; col <= width; col++) {
    const value = cellAt(sheet, row, col)?.value ?? null;
    const period = periodFromHeaderCell(value, cellAt(sheet, row, col)?.numberFormat);
    if (period) {
      periods.push({ ...period, col, hidden: hiddenColumns.has(col) });
      continue;
    }
    if (typeof value !== "string") continue;

    const text = squashSpaces(value);
    const quarterMatch = QUARTER.exec(text);
    const yearMatch = YEAR_FIGURE.exec(text);
    if (quarterMatch) {
      quarter = { col, quarter: Number(quarterMatch[1]) };
    } else if (yearMatch) {
      yearFigure = { col, label: text, endYear: endYearOf(yearMatch[1], yearMatch[2]) };
    } else if (YEAR_ONLY.test(text)) {
      previousYear = { col, label: text };
    } else {
      const role = roleOfHeader(text);
      if (!role) continue;
      seen.set(role, [...(seen.get(role) ?? []), col]);
      if (columns[role] === undefined) columns[role] = col;
    }
  }

  if (!REQUIRED_ROLES.every((role) => columns[role] !== undefined)) return undefined;
  if (periods.length === 0 && !yearFigure) return undefined;

  return {
    headerRow: row,
    firstDataRow: row + 1,
    columns,
    measureCol: measureColumn(sheet, row, columns.indicator),
    periods,
    quarter,
    yearFigure,
    previousYear,
    duplicateHeaders: [...seen.entries()]
      .filter(([, cols]) => cols.length > 1)
      .map(([role, cols]) => ({ role, cols })),
  };
}

function roleOfHeader(text: string): ColumnRole | undefined {
  const key = headerKey(text);
  if (!key) return undefined;
  for (const role of Object.keys(HEADER_KEYS) as ColumnRole[]) {
    if (HEADER_KEYS[role].includes(key)) return role;
  }
  return undefined;
}

function periodFromHeaderCell(value: CellScalar, numberFormat: string | undefined): PeriodHeader | undefined {
  if (value instanceof Date) return { label: formatMonth(value), year: value.getUTCFullYear(), month: value.getUTCMonth() + 1 };
  if (typeof value === "number" && numberFormat && /m/i.test(numberFormat) && /y/i.test(numberFormat)) {
    const date = new Date(Math.round((value - 25569) * 86400000));
    return { label: formatMonth(date), year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
  }
  if (typeof value === "string") return parsePeriodHeader(squashSpaces(value));
  return undefined;
}

function formatMonth(date: Date): string {
  // An invalid date (a serial number far out of range) is labelled as toLocaleString labels it.
  const month = MONTH_NAMES[date.getUTCMonth()] ?? date.toLocaleString("en-GB", { month: "short", timeZone: "UTC" });
  return `${month}-${String(date.getUTCFullYear() % 100).padStart(2, "0")}`;
}

/**
 * Month names as Excel's "mmm" format shows them, so a date header's label reads as it does on the sheet
 * ("Sep-24"). A fixed table, also because the first toLocaleString call loads locale data on a cold refresh.
 */
const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

function endYearOf(startText: string, endText: string): number {
  const start = Number(startText);
  if (endText.length === 4) return Number(endText);
  return Math.floor(start / 100) * 100 + Number(endText) + (Number(endText) < start % 100 ? 100 : 0);
}

/** Returns the sub-row label column: the one right of INDICATOR when the INDICATOR header is merged across it. */
function measureColumn(sheet: SheetSnapshot, headerRow: number, indicatorCol: number | undefined): number | undefined {
  if (indicatorCol === undefined) return undefined;
  const merge = sheet.merges.find(
    (box) => box.top <= headerRow && box.bottom >= headerRow && box.left === indicatorCol && box.right > indicatorCol,
  );
  return merge ? indicatorCol + 1 : undefined;
}
