/** Property-based tests of the threshold notation and the RAG evaluator, with fast-check. */
import { strict as assert } from "node:assert";
import fc from "fast-check";
import { parseThreshold } from "../../src/engine/thresholds";
import { buildBands } from "../../src/engine/bands";
import { evaluateRag, holds } from "../../src/engine/rag";
import type { Polarity } from "../../src/engine/plan";
import { cellText } from "../../src/engine/rows";
import { squashSpaces } from "../../src/engine/text";

/** Thresholds and values in tenths of a percentage point, as the report prints them. */
const tenths = (min: number, max: number) => fc.integer({ min, max }).map((n) => n / 10);

function interval(text: string) {
  const parsed = parseThreshold(text, "amber");
  assert.equal(parsed.kind, "interval", `"${text}" should be an interval`);
  return parsed.kind === "interval" ? parsed.interval : assert.fail();
}

describe("threshold properties", () => {
  it("X+ includes X and everything above", () => {
    fc.assert(fc.property(tenths(0, 1000), tenths(-100, 1100), (x, value) => holds(interval(`${x}%+`), value) === value >= x));
  });

  it("<X excludes X and everything above", () => {
    fc.assert(fc.property(tenths(0, 1000), tenths(-100, 1100), (x, value) => holds(interval(`<${x}%`), value) === value < x));
  });

  it("X-Y includes both ends", () => {
    fc.assert(
      fc.property(tenths(0, 500), tenths(0, 500), tenths(-100, 1100), (x, width, value) => {
        const y = Number((x + width).toFixed(1));
        return holds(interval(`${x}-${y}%`), value) === (value >= x && value <= y);
      }),
    );
  });

  it("parser never throws on any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), fc.constantFrom("red" as const, "amber" as const, "green" as const), (text, colour) => {
        const parsed = parseThreshold(text, colour);
        return ["none", "interval", "target", "ambiguous", "text-target", "unreadable"].includes(parsed.kind);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("band set properties", () => {
  /**
   * A staircase with an optional gap: with high polarity Red "<a", Amber "b+", Green "c+"; with low polarity
   * Green "<a", Amber "b+", Red "c+"; a ≤ b < c. Values in [a, b) fall in the gap.
   */
  const staircase = fc
    .record({
      polarity: fc.constantFrom<Polarity>("high", "low"),
      a: fc.integer({ min: 0, max: 800 }),
      gap: fc.integer({ min: 0, max: 50 }),
      step: fc.integer({ min: 1, max: 150 }),
      value: fc.integer({ min: -50, max: 1100 }),
    })
    .map(({ polarity, a, gap, step, value }) => ({ polarity, a: a / 10, b: (a + gap) / 10, c: (a + gap + step) / 10, value: value / 10 }));

  it("each value lands in the band the rules say, or the set reports its gap", () => {
    fc.assert(
      fc.property(staircase, ({ polarity, a, b, c, value }) => {
        const [low, middle, high] = polarity === "high" ? ["R", "A", "G"] : ["G", "A", "R"];
        const red = polarity === "high" ? `<${a}%` : `${c}%+`;
        const green = polarity === "high" ? `${c}%+` : `<${a}%`;
        const set = buildBands({ red: parseThreshold(red, "red"), amber: parseThreshold(`${b}%+`, "amber"), green: parseThreshold(green, "green") }, polarity, true);
        const status = evaluateRag(set, polarity, value, `${value}%`).status;

        const hasGap = set.issues.some((issue) => issue.code === "BANDS_GAP");
        if (hasGap !== a < b) return false;
        if (value < a) return status === low;
        if (value < b) return status === "none";
        if (value < c) return status === middle;
        return status === high;
      }),
      { numRuns: 3000 },
    );
  });
});

describe("cell text properties", () => {
  it("cellText squashes as squashSpaces does", () => {
    const text = fc.string({ unit: fc.constantFrom(" ", "  ", "\n", "\t", "\r", "\u00a0", "a", "B", "%", "1") });
    fc.assert(fc.property(text, (value) => cellText({ value }) === squashSpaces(value)), { numRuns: 3000 });
  });
});
