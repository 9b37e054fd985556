/**
 * Threshold notation, as a table: each entry is a pattern and what it means. The team writes
 * "<X" (below X, X excluded), "X+" (X or above, X included), "X-Y" (X to Y, both ends included), and a
 * bare "X" in Green as the target (at or better than X given the polarity).
 */
import { isCellError, type SnapshotCell } from "./snapshot";
import { isPercentFormat, toPoints } from "./values";
import { excerpt, squashSpaces } from "./text";

export type BandColour = "red" | "amber" | "green";

/** One end of an interval; Infinity stands for an open end. */
export interface Interval {
  low: number;
  lowIncluded: boolean;
  high: number;
  highIncluded: boolean;
}

export type ParsedThreshold =
  | { kind: "none"; text: string }
  | { kind: "interval"; text: string; interval: Interval; percent: boolean; nonStandard?: string }
  | { kind: "target"; text: string; value: number; percent: boolean }
  | { kind: "ambiguous"; text: string; value: number; percent: boolean }
  | { kind: "text-target"; text: string }
  | { kind: "unreadable"; text: string };

const NUMBER = String.raw`(\d+(?:\.\d+)?|\.\d+)\s*(%)?`;

interface Notation {
  pattern: RegExp;
  /** Builds the interval from the captured number(s); percent is true when any number carries "%". */
  interval: (numbers: number[]) => Interval;
  /** Standard form the text was read as, set only for notations outside the team's standard. */
  readAs?: (numbers: number[], unit: string) => string;
}

const below = (x: number): Interval => ({ low: -Infinity, lowIncluded: false, high: x, highIncluded: false });
const atLeast = (x: number): Interval => ({ low: x, lowIncluded: true, high: Infinity, highIncluded: false });
const atMost = (x: number): Interval => ({ low: -Infinity, lowIncluded: false, high: x, highIncluded: true });
const above = (x: number): Interval => ({ low: x, lowIncluded: false, high: Infinity, highIncluded: false });

const NOTATIONS: readonly Notation[] = [
  { pattern: new RegExp(`^<\\s*${NUMBER}$`), interval: ([x]) => below(x) },
  { pattern: new RegExp(`^${NUMBER}\\s*\\+$`), interval: ([x]) => atLeast(x) },
  {
    pattern: new RegExp(`^${NUMBER}\\s*[-–]\\s*${NUMBER}$`),
    interval: ([x, y]) => ({ low: Math.min(x, y), lowIncluded: true, high: Math.max(x, y), highIncluded: true }),
  },
  { pattern: new RegExp(`^${NUMBER}\\s*>$`), interval: ([x]) => atLeast(x), readAs: ([x], unit) => `${x}${unit}+` },
  { pattern: new RegExp(`^(?:>=|≥|=>)\\s*${NUMBER}$`), interval: ([x]) => atLeast(x), readAs: ([x], unit) => `${x}${unit}+` },
  { pattern: new RegExp(`^(?:<=|≤|=<)\\s*${NUMBER}$`), interval: ([x]) => atMost(x), readAs: ([x], unit) => `${x}${unit} or below` },
  { pattern: new RegExp(`^>\\s*${NUMBER}$`), interval: ([x]) => above(x), readAs: ([x], unit) => `above ${x}${unit}` },
  { pattern: new RegExp(`^${NUMBER}\\s*(?:or (?:above|more|higher))$`, "i"), interval: ([x]) => atLeast(x), readAs: ([x], unit) => `${x}${unit}+` },
  { pattern: new RegExp(`^${NUMBER}\\s*(?:or (?:below|less|lower))$`, "i"), interval: ([x]) => atMost(x), readAs: ([x], unit) => `${x}${unit} or below` },
];

const BARE = new RegExp(`^${NUMBER}$`);
const EMPTY = new Set(["", "-", "–", "—", "n/a", "na", "none"]);

/** Parses the text of a Red, Amber or Green cell. Never throws. */
export function parseThreshold(raw: string, colour: BandColour): ParsedThreshold {
  const text = squashSpaces(raw);
  if (EMPTY.has(text.toLowerCase())) return { kind: "none", text };

  for (const notation of NOTATIONS) {
    const match = notation.pattern.exec(text);
    if (!match) continue;
    const numbers = [match[1], match[3]].filter((n) => n !== undefined).map(Number);
    const percent = match[2] === "%" || match[4] === "%";
    const unit = percent ? "%" : "";
    return {
      kind: "interval",
      text,
      interval: notation.interval(numbers),
      percent,
      nonStandard: notation.readAs?.(numbers, unit),
    };
  }

  const bare = BARE.exec(text);
  if (bare) {
    const value = Number(bare[1]);
    const percent = bare[2] === "%";
    return colour === "green" ? { kind: "target", text, value, percent } : { kind: "ambiguous", text, value, percent };
  }

  const words = text.match(/[A-Za-z]{2,}/g) ?? [];
  if (words.length >= 3) return { kind: "text-target", text: excerpt(text) };
  return { kind: "unreadable", text: excerpt(text) };
}

/** Reads a threshold cell, which may hold text or a number (0.9 with a "0%" format is "90%"). */
export function parseThresholdCell(cell: SnapshotCell | undefined, colour: BandColour): ParsedThreshold {
  const value = cell?.value ?? null;
  if (value === null) return { kind: "none", text: "" };
  if (typeof value === "number") {
    const percent = isPercentFormat(cell?.numberFormat);
    const shown = percent ? toPoints(value) : value;
    const text = `${shown}${percent ? "%" : ""}`;
    return colour === "green"
      ? { kind: "target", text, value: shown, percent }
      : { kind: "ambiguous", text, value: shown, percent };
  }
  if (isCellError(value)) return { kind: "unreadable", text: value.error };
  if (value instanceof Date || typeof value === "boolean") return { kind: "unreadable", text: String(value) };
  return parseThreshold(value, colour);
}
