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

const MISSING_TEXT: Record<string, "dash" | "not-applicable"> = {
  "-": "dash",
  "–": "dash",
  "—": "dash",
  "n/a": "not-applicable",
  na: "not-applicable",
  "n.a.": "not-applicable",
};

const LEADING_NUMBER = /^([-+]?\d[\d,]*(?:\.\d+)?|[-+]?\.\d+)\s*(%)?\s*(.*)$/s;

/** Counts the decimal places of an Excel number format's first section; null for General. */
export function formatDecimals(numberFormat: string | undefined): number | null {
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
  return Number((fraction * 100).toPrecision(12));
}

/**
 * Reads one value cell. A number with a "%" format becomes percentage points; a plain number is returned
 * as stored, which in a row whose DATA NOTE is "%" already means percentage points.
 */
export function readValue(cell: SnapshotCell | undefined): ReadValue {
  const value = cell?.value ?? null;
  if (value === null || value === "") return { kind: "missing", reason: "blank" };
  if (isCellError(value)) return { kind: "error", error: value.error };
  if (typeof value === "boolean" || value instanceof Date) return { kind: "text", text: String(value) };

  if (typeof value === "number") {
    const percent = isPercentFormat(cell?.numberFormat);
    const decimals = formatDecimals(cell?.numberFormat);
    return { kind: "number", value: percent ? toPoints(value) : value, decimals, percent };
  }

  const text = value.trim();
  if (text === "") return { kind: "missing", reason: "blank" };
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
