/**
 * Turns a row's Red, Amber and Green thresholds into bands on the row's own scale, and checks them.
 *
 * The team writes bands as a staircase: with "<82%", "82%+" and "90%+", Amber "82%+" means 82% up to the
 * next threshold, 90%. So each open-ended band is cut where the next band in the same direction starts.
 * After that the bands no longer overlap, and Green, Amber, Red can be tested in that order.
 */
import type { Polarity } from "./plan";
import type { BandColour, Interval, ParsedThreshold } from "./thresholds";

export interface Band {
  colour: BandColour;
  interval: Interval;
  /** The threshold text as written, for messages ("90%+"). */
  text: string;
}

export type BandIssueCode =
  | "THRESHOLD_UNREADABLE"
  | "THRESHOLD_AMBIGUOUS"
  | "THRESHOLD_NON_STANDARD"
  | "THRESHOLD_TEXT_TARGET"
  | "UNIT_MISMATCH"
  | "BANDS_GAP"
  | "BANDS_OVERLAP"
  | "BANDS_CONTRADICT_POLARITY";

export interface BandIssue {
  code: BandIssueCode;
  colour: BandColour;
  message: string;
}

export interface BandSet {
  bands: Band[];
  /** Reason no RAG can be set from these bands; undefined when the bands are usable. */
  unusable?: "no-bands" | "text-target" | "unit-mismatch" | "contradiction";
  issues: BandIssue[];
}

export const TEST_ORDER: readonly BandColour[] = ["green", "amber", "red"];
const LABEL: Record<BandColour, string> = { red: "Red", amber: "Amber", green: "Green" };

/** Builds and checks the bands of one row; `percentRow` is true when the row's values are percentages. */
export function buildBands(
  thresholds: Record<BandColour, ParsedThreshold>,
  polarity: Polarity,
  percentRow: boolean,
): BandSet {
  const issues: BandIssue[] = [];
  const bands: Band[] = [];
  let textTarget = false;
  let unitMismatch = false;

  for (const colour of TEST_ORDER) {
    const parsed = thresholds[colour];
    const label = LABEL[colour];
    switch (parsed.kind) {
      case "none":
        break;
      case "text-target":
        textTarget = true;
        issues.push({ code: "THRESHOLD_TEXT_TARGET", colour, message: `${label} "${parsed.text}" is a written target, so no RAG is set. Rate this indicator by hand, or give a number such as "90%+".` });
        break;
      case "unreadable":
        issues.push({ code: "THRESHOLD_UNREADABLE", colour, message: `${label} "${parsed.text}" cannot be read as a threshold. Use "<X", "X+", "X-Y" or a bare target in Green.` });
        break;
      case "ambiguous":
        issues.push({ code: "THRESHOLD_AMBIGUOUS", colour, message: `${label} "${parsed.text}" is a bare number, so it is unclear whether it means below or at least ${parsed.text}. Write "<${parsed.text}" or "${parsed.text}+"; this band is ignored until then.` });
        break;
      case "target":
      case "interval": {
        if (parsed.percent !== percentRow) {
          unitMismatch = true;
          const rowUnit = percentRow ? "percentages" : "numbers, not percentages";
          issues.push({ code: "UNIT_MISMATCH", colour, message: `${label} "${parsed.text}" ${parsed.percent ? "is a percentage" : "has no % sign"}, but this row's values are ${rowUnit}. Make the threshold and the DATA NOTE agree; no RAG is set until then.` });
          break;
        }
        if (parsed.kind === "interval" && parsed.nonStandard) {
          issues.push({ code: "THRESHOLD_NON_STANDARD", colour, message: `${label} "${parsed.text}" is not the team's standard notation; it was read as "${parsed.nonStandard}". Write it as "${parsed.nonStandard}".` });
        }
        const interval = parsed.kind === "interval" ? parsed.interval : targetInterval(parsed.value, polarity);
        if (interval) bands.push({ colour, interval, text: parsed.text });
        break;
      }
    }
  }

  if (textTarget) return { bands: [], unusable: "text-target", issues };
  if (unitMismatch) return { bands: [], unusable: "unit-mismatch", issues };
  if (bands.length === 0) return { bands, unusable: "no-bands", issues };

  const staircase = cutStaircase(bands);
  issues.push(...findGapsAndOverlaps(staircase, percentRow ? "%" : ""));
  const contradiction = findContradiction(staircase, polarity);
  if (contradiction) {
    issues.push(contradiction);
    return { bands: staircase, unusable: "contradiction", issues };
  }
  return { bands: staircase, issues };
}

/** Reads a bare Green target as "at or better than": at least X when high is good, at most X when low is. */
function targetInterval(value: number, polarity: Polarity): Interval | undefined {
  if (polarity === "high") return { low: value, lowIncluded: true, high: Infinity, highIncluded: false };
  if (polarity === "low") return { low: -Infinity, lowIncluded: false, high: value, highIncluded: true };
  return undefined;
}

/** Cuts each upward-open band at the next one above it, and each downward-open band at the next one below. */
export function cutStaircase(bands: Band[]): Band[] {
  const result = bands.map((band) => ({ ...band, interval: { ...band.interval } }));

  const upward = result.filter((b) => b.interval.high === Infinity && b.interval.low > -Infinity).sort((a, b) => a.interval.low - b.interval.low);
  for (let i = 0; i + 1 < upward.length; i++) {
    const next = upward[i + 1].interval;
    if (next.low === upward[i].interval.low) continue;
    upward[i].interval.high = next.low;
    upward[i].interval.highIncluded = !next.lowIncluded;
  }

  const downward = result.filter((b) => b.interval.low === -Infinity && b.interval.high < Infinity).sort((a, b) => b.interval.high - a.interval.high);
  for (let i = 0; i + 1 < downward.length; i++) {
    const next = downward[i + 1].interval;
    if (next.high === downward[i].interval.high) continue;
    downward[i].interval.low = next.high;
    downward[i].interval.lowIncluded = !next.highIncluded;
  }
  return result;
}

function findGapsAndOverlaps(bands: Band[], unit: string): BandIssue[] {
  const sorted = [...bands].sort((a, b) => a.interval.low - b.interval.low || a.interval.high - b.interval.high);
  const issues: BandIssue[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const lower = sorted[i];
    const upper = sorted[i + 1];
    const a = lower.interval;
    const b = upper.interval;
    if (a.high > b.low) {
      issues.push({ code: "BANDS_OVERLAP", colour: "green", message: `${LABEL[lower.colour]} "${lower.text}" and ${LABEL[upper.colour]} "${upper.text}" overlap between ${b.low}${unit} and ${Math.min(a.high, b.high)}${unit}; values there take the first of Green, Amber, Red. Check the thresholds.` });
    } else if (a.high < b.low || (a.high === b.low && !a.highIncluded && !b.lowIncluded)) {
      issues.push({ code: "BANDS_GAP", colour: "green", message: `${LABEL[lower.colour]} "${lower.text}" and ${LABEL[upper.colour]} "${upper.text}" leave a gap from ${a.high}${unit} to ${b.low}${unit}; a value there gets no RAG. Check the thresholds.` });
    }
  }
  return issues;
}

/** With high polarity Red must lie below Amber and Amber below Green; with low polarity the reverse. */
function findContradiction(bands: Band[], polarity: Polarity): BandIssue | undefined {
  if (polarity === "info") return undefined;
  const order = [...bands].sort((a, b) => centre(a.interval) - centre(b.interval)).map((b) => b.colour);
  const expected = (polarity === "high" ? ["red", "amber", "green"] : ["green", "amber", "red"]).filter((c) => order.includes(c as BandColour));
  if (order.join() === expected.join()) return undefined;
  const described = bands.map((b) => `${LABEL[b.colour]} "${b.text}"`).join(", ");
  return {
    code: "BANDS_CONTRADICT_POLARITY",
    colour: "green",
    message: `Good perf is "${polarity}", but ${described} put ${polarity === "high" ? "Green below Red" : "Green above Red"}. Check the polarity or the thresholds; no RAG is set until they agree.`,
  };
}

/** Returns a point that represents an interval when ordering bands; open ends count from the closed end. */
function centre(interval: Interval): number {
  if (interval.low === -Infinity && interval.high === Infinity) return 0;
  if (interval.low === -Infinity) return interval.high - 0.5;
  if (interval.high === Infinity) return interval.low + 0.5;
  return (interval.low + interval.high) / 2;
}
