/** RAG status: Green, then Amber, then Red are tested, and the first band that contains the value wins. */
import type { Polarity, RagStatus } from "./plan";
import { TEST_ORDER, type Band, type BandSet } from "./bands";
import type { Interval } from "./thresholds";

const STATUS: Record<Band["colour"], RagStatus> = { green: "G", amber: "A", red: "R" };
const NAME: Record<Band["colour"], string> = { green: "Green", amber: "Amber", red: "Red" };

export function holds(interval: Interval, value: number): boolean {
  const aboveLow = value > interval.low || (interval.lowIncluded && value === interval.low);
  const belowHigh = value < interval.high || (interval.highIncluded && value === interval.high);
  return aboveLow && belowHigh;
}

/** Returns the first band, in Green, Amber, Red order, that contains the value. */
export function bandOf(bands: readonly Band[], value: number): Band | undefined {
  for (const colour of TEST_ORDER) {
    const band = bands.find((b) => b.colour === colour);
    if (band && holds(band.interval, value)) return band;
  }
  return undefined;
}

export interface RagEvaluation {
  status: RagStatus;
  band?: Band;
  reason: string;
}

const UNUSABLE_REASON: Record<NonNullable<BandSet["unusable"]>, string> = {
  "no-bands": "no usable thresholds",
  "text-target": "the target is written as text",
  "unit-mismatch": "the thresholds and the values use different units",
  contradiction: "the thresholds contradict the polarity",
};

/** Rates one value. `shown` is the value as displayed, used only in the reason text. */
export function evaluateRag(set: BandSet, polarity: Polarity | "unknown", value: number | undefined, shown: string): RagEvaluation {
  if (polarity === "info") return { status: "none", reason: "Good perf is info, so no RAG is set." };
  if (polarity === "unknown") return { status: "none", reason: "Good perf is not high, low or info, so no RAG is set." };
  if (set.unusable) return { status: "none", reason: `No RAG: ${UNUSABLE_REASON[set.unusable]}.` };
  if (value === undefined) return { status: "none", reason: "No RAG: there is no value to rate." };

  const band = bandOf(set.bands, value);
  if (!band) return { status: "none", reason: `${shown} falls in none of the bands (${describeBands(set.bands)}), so no RAG is set.` };
  return {
    status: STATUS[band.colour],
    band,
    reason: `${shown} is ${NAME[band.colour]} (${describeBand(band)}); good performance is ${polarity}.`,
  };
}

const BARE_NUMBER = /^\d+(?:\.\d+)?%?$/;

/**
 * Describes the band as it was applied: a bare Green target becomes "70% or more", and a staircase band
 * cut at the next threshold names where it stops ("89%+, below 97%").
 */
export function describeBand(band: Band): string {
  // Band sets are shared by every row with the same thresholds, so each band is described once.
  let text = DESCRIBED.get(band);
  if (text === undefined) {
    text = describeOnce(band);
    DESCRIBED.set(band, text);
  }
  return text;
}

const DESCRIBED = new WeakMap<Band, string>();

function describeOnce(band: Band): string {
  const { low, high, lowIncluded, highIncluded } = band.interval;
  const unit = band.text.includes("%") ? "%" : "";
  if (BARE_NUMBER.test(band.text)) return high === Infinity ? `${band.text} or more` : `${band.text} or less`;
  if (/^\S+\s*[-–]\s*\S+$/.test(band.text) && low > -Infinity && high < Infinity) return band.text;
  if (band.text.endsWith("+") && high < Infinity) return `${band.text}, ${highIncluded ? "up to" : "below"} ${high}${unit}`;
  if (band.text.startsWith("<") && low > -Infinity) return `${band.text}, ${lowIncluded ? "from" : "above"} ${low}${unit}`;
  return band.text;
}

export function describeBands(bands: readonly Band[]): string {
  return bands.map((b) => `${NAME[b.colour]} ${b.text}`).join(", ");
}
