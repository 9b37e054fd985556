/**
 * Checks a quarter column against its months. A count is the sum of the months or a snapshot equal to
 * the latest month. A percentage, rate or average is a weighted average, so it cannot fall outside the
 * range of its months.
 */
import type { RowFinding, RowValues, ValueCell } from "./context";
import { numberOf, showCell, showValue } from "./context";

const COUNT_NOTE = /^(count|number|no\.?)$/i;

/** Tells whether a DATA NOTE marks a count ("Count", "Number", "No."), whose figures add up over time. */
export function isCountNote(dataNote: string): boolean {
  return COUNT_NOTE.test(dataNote.trim());
}
const TOLERANCE = 1e-9;

export function checkQuarter(values: RowValues, monthsInQuarter: number[]): RowFinding[] {
  const quarter = values.quarter;
  const quarterValue = numberOf(quarter);
  if (!quarter || quarterValue === undefined) return [];

  const months: { cell: ValueCell; value: number }[] = [];
  for (const cell of values.periods) {
    if (cell.read.kind === "number" && monthsInQuarter.includes(cell.col)) months.push({ cell, value: cell.read.value });
  }
  if (months.length === 0) return [];

  const label = `Q${quarter.quarter}`;
  const shown = showCell(quarter, values.percentRow);
  const decimals = quarter.read.kind === "number" ? quarter.read.decimals : null;

  if (isCountNote(values.indicator.dataNote)) {
    const sum = months.reduce((total, m) => total + m.value, 0);
    const latest = months[months.length - 1].value;
    if (Math.abs(quarterValue - sum) <= TOLERANCE || Math.abs(quarterValue - latest) <= TOLERANCE) return [];
    return [{
      col: quarter.col,
      code: "QUARTER_COUNT_MISMATCH",
      message: `${label} count ${shown} is neither the sum of its months (${showValue(sum, decimals, false)}) nor the latest month (${showValue(latest, decimals, false)}). Check the quarter figure.`,
    }];
  }

  let low = Infinity;
  let high = -Infinity;
  for (const month of months) {
    low = Math.min(low, month.value);
    high = Math.max(high, month.value);
  }
  if (quarterValue >= low - TOLERANCE && quarterValue <= high + TOLERANCE) return [];
  const range = `${showCell(months.find((m) => m.value === low)!.cell, values.percentRow)} to ${showCell(months.find((m) => m.value === high)!.cell, values.percentRow)}`;
  return [{
    col: quarter.col,
    code: "QUARTER_OUT_OF_RANGE",
    message: `${label} value ${shown} is outside the range of its months (${range}), but a quarter's percentage, rate or average cannot fall outside them. Check the quarter figure.`,
  }];
}
