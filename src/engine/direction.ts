/** Direction of travel: which way a value moved, and whether that is better or worse for the polarity. */
import type { Assessment, Direction, Polarity } from "./plan";
import { displayedValue } from "./values";

export interface Reading {
  value: number;
  decimals: number | null;
}

/** Values closer than this are equal when neither cell rounds its display (General format). */
const UNROUNDED_TOLERANCE = 1e-9;

/**
 * Compares two readings as displayed: a change smaller than the displayed precision (both show 90.8%) is
 * no change. When the two cells show different precision, the coarser one decides.
 */
export function directionOf(current: Reading | undefined, previous: Reading | undefined): Direction {
  if (!current || !previous) return "none";
  const decimals = coarser(current.decimals, previous.decimals);
  const a = displayedValue(current.value, decimals);
  const b = displayedValue(previous.value, decimals);
  if (Math.abs(a - b) <= (decimals === null ? UNROUNDED_TOLERANCE * Math.max(1, Math.abs(b)) : 0)) return "same";
  return a > b ? "up" : "down";
}

function coarser(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

const ASSESSMENT: Record<Polarity, Record<Exclude<Direction, "none">, Assessment>> = {
  high: { up: "improved", down: "declined", same: "unchanged" },
  low: { up: "declined", down: "improved", same: "unchanged" },
  info: { up: "info", down: "info", same: "info" },
};

export function assessmentOf(direction: Direction, polarity: Polarity | "unknown"): Assessment {
  if (direction === "none") return "none";
  if (polarity === "unknown") return "info";
  return ASSESSMENT[polarity][direction];
}

export const ARROW: Record<Direction, string> = { up: "↑", down: "↓", same: "→", none: "" };
