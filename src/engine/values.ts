/**
 * Reads value cells into numbers on one scale per row. Units are decided here, once: a percentage row's
 * values become percentage points (0.914 with a "%" format and the text "91.4%" both read as 91.4), so no
 * later comparison mixes fractions and points.
 */
import { isCellError, type SnapshotCell } from "./snapshot";
import { parsePeriodSpan, type PeriodSpan } from "./periods";

export type ReadValue =
  | {
      kind: "number";
      value: number;
      /** Decimal places the cell displays, on the row's scale; null when the format shows full precision. */
      decimals: number | null;
      /** Period label that followed the number in a text cell, such as "Jan 24 - Dec 24". */
      period?: PeriodSpan;
      /** True when the cell is marked as a percentage by a "%" format or a "%" in its text. */
      percent: boolean;
    }
  | { kind: "missing"; reason: "blank" | "dash" | "not-applicable" }
  | { kind: "error"; error: string }
  | { kind: "text"; text: string };

/** Shared by every blank cell; readers only look at it, so one object serves them all. */
const BLANK: ReadValue = Object.freeze({ kind: "missing" as const, reason: "blank" as const });

const MISSING_TEXT: Record<string, "dash" | "not-applicable"> = {
  "-": "dash",
  "–": "dash",
  "—": "dash",
  "n/a": "not-applicable",
  na: "not-applicable",
  "n.a.": "not-applicable",
};

const LEADING_NUMBER = /^([-+]?\d[\d,]*(?:\.\d+)?|[-+]?\.\d+)\s*(%)?\s*(.*)$/s;

/** What a number format means for a value, worked out once per format: a workbook uses only a handful. */
interface FormatFacts {
  decimals: number | null;
  percent: boolean;
}

const FORMAT_FACTS = new Map<string, FormatFacts>();
const GENERAL_FACTS: FormatFacts = { decimals: null, percent: false };
/** Bounds the memo for a long-lived add-in; real workbooks stay far below it. */
const FORMAT_FACTS_LIMIT = 1000;

function formatFacts(numberFormat: string | undefined): FormatFacts {
  if (!numberFormat) return GENERAL_FACTS;
  let facts = FORMAT_FACTS.get(numberFormat);
  if (facts === undefined) {
    if (FORMAT_FACTS.size >= FORMAT_FACTS_LIMIT) FORMAT_FACTS.clear();
    facts = { decimals: countDecimals(numberFormat), percent: isPercentFormat(numberFormat) };
    FORMAT_FACTS.set(numberFormat, facts);
  }
  return facts;
}

/** Counts the decimal places of an Excel number format's first section; null for General. */
export function formatDecimals(numberFormat: string | undefined): number | null {
  return formatFacts(numberFormat).decimals;
}

function countDecimals(numberFormat: string | undefined): number | null {
  if (!numberFormat || /^general$/i.test(numberFormat.trim())) return null;
  const section = numberFormat.split(";")[0].replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "");
  const point = section.indexOf(".");
  if (point < 0) return 0;
  let decimals = 0;
  for (const char of section.slice(point + 1)) {
    if (char === "0" || char === "#" || char === "?") decimals++;
    else if (char !== ",") break;
  }
  return decimals;
}

export function isPercentFormat(numberFormat: string | undefined): boolean {
  return !!numberFormat && numberFormat.replace(/"[^"]*"/g, "").includes("%");
}

/** Multiplies by 100 and drops binary noise, so 0.57 becomes 57 and not 56.99999999999999. */
export function toPoints(fraction: number): number {
  // toPrecision is slow, and a scorecard repeats the same few hundred percentages, so results are memoised.
  let points = POINTS.get(fraction);
  if (points === undefined) {
    if (POINTS.size >= POINTS_LIMIT) POINTS.clear();
    points = Number((fraction * 100).toPrecision(12));
    POINTS.set(fraction, points);
  }
  return points;
}

const POINTS = new Map<number, number>();
const POINTS_LIMIT = 20000;

/**
 * Reads one value cell. A number with a "%" format becomes percentage points; a plain number is returned
 * as stored, which in a row whose DATA NOTE is "%" already means percentage points.
 */
export function readValue(cell: SnapshotCell | undefined): ReadValue {
  const value = cell === undefined ? null : cell.value;
  // Numbers come first: they are most of a scorecard's value cells.
  if (typeof value === "number") {
    const { percent, decimals } = formatFacts(cell!.numberFormat);
    return { kind: "number", value: percent ? toPoints(value) : value, decimals, percent };
  }
  if (value === null || value === undefined || value === "") return BLANK;
  if (isCellError(value)) return { kind: "error", error: value.error };
  if (typeof value === "boolean" || value instanceof Date) return { kind: "text", text: String(value) };

  const text = value.trim();
  if (text === "") return BLANK;
  const missing = MISSING_TEXT[text.toLowerCase()];
  if (missing) return { kind: "missing", reason: missing };
  if (/^#[A-Z0-9/]+[!?]?$/i.test(text) && text.length <= 8) return { kind: "error", error: text.toUpperCase() };
  return readNumberText(text);
}

function readNumberText(text: string): ReadValue {
  const match = LEADING_NUMBER.exec(text);
  if (!match) return { kind: "text", text };

  const digits = match[1].replace(/,/g, "");
  const rest = match[3].trim();
  const period = rest ? parsePeriodSpan(rest) : undefined;
  if (rest && !period) return { kind: "text", text };

  const point = digits.indexOf(".");
  return {
    kind: "number",
    value: Number(digits),
    decimals: point < 0 ? 0 : digits.length - point - 1,
    period,
    percent: match[2] === "%",
  };
}

/** Rounds to the displayed decimals; null decimals leave the value as stored. */
export function displayedValue(value: number, decimals: number | null): number {
  if (decimals === null) return value;
  const factor = 10 ** decimals;
  return Math.round(value * factor + Number.EPSILON * Math.sign(value)) / factor;
}
