import { strict as assert } from "node:assert";
import fc from "fast-check";
import { parseThreshold } from "../../src/engine/thresholds";
import { buildBands } from "../../src/engine/bands";
import { evaluateRag } from "../../src/engine/rag";
import type { Polarity } from "../../src/engine/plan";

function bandsOf(red: string, amber: string, green: string, polarity: Polarity, percentRow = true) {
  return buildBands(
    { red: parseThreshold(red, "red"), amber: parseThreshold(amber, "amber"), green: parseThreshold(green, "green") },
    polarity,
    percentRow,
  );
}

function statusOf(set: ReturnType<typeof bandsOf>, polarity: Polarity, value: number) {
  return evaluateRag(set, polarity, value, String(value)).status;
}

describe("RAG status", () => {
  describe("B.1 assessments in 45 days (<82%, 82%+, 90%+, high)", () => {
    const set = bandsOf("<82%", "82%+", "90%+", "high");
    const cases: [number, string][] = [[81.9, "R"], [82, "A"], [82.1, "A"], [89.9, "A"], [90, "G"], [90.1, "G"], [94.8, "G"]];
    for (const [value, expected] of cases) {
      it(`${value}% is ${expected}`, () => assert.equal(statusOf(set, "high", value), expected));
    }
    it("raises no band issue", () => assert.deepEqual(set.issues, []));
  });

  describe("B.6 plans lasting 2 years (3.5%+, 2.5%+, <2.5%, low)", () => {
    const set = bandsOf("3.5%+", "2.5%+", "<2.5%", "low");
    const cases: [number, string][] = [[0.6, "G"], [2.4, "G"], [2.5, "A"], [3.4, "A"], [3.5, "R"], [4.6, "R"]];
    for (const [value, expected] of cases) {
      it(`${value}% is ${expected}`, () => assert.equal(statusOf(set, "low", value), expected));
    }
    it("reads the staircase without an overlap", () => assert.deepEqual(set.issues, []));
  });

  describe("A.30 EHCP reviews on time (<50%, 50-70%, 70%, high)", () => {
    const set = bandsOf("<50%", "50-70%", "70%", "high");
    const cases: [number, string][] = [[49.9, "R"], [50, "A"], [69.9, "A"], [70, "G"], [99.5, "G"]];
    for (const [value, expected] of cases) {
      it(`${value}% is ${expected}`, () => assert.equal(statusOf(set, "high", value), expected));
    }
    it("shared end point 70% is not an overlap", () => assert.deepEqual(set.issues, []));
  });

  it("B.2 S47 rate with Red and Green only", () => {
    const set = bandsOf("227.1+", "-", "<227.1", "low", false);
    assert.equal(statusOf(set, "low", 221.2), "G");
    assert.equal(statusOf(set, "low", 227.1), "R");
  });

  it("info polarity gets no RAG", () => {
    const set = bandsOf("<82%", "82%+", "90%+", "info");
    assert.equal(statusOf(set, "info", 95), "none");
  });

  it("text target gets no RAG", () => {
    const set = bandsOf("", "", "Lower than same qtr previous year & comparable with national trends", "low", false);
    assert.equal(set.unusable, "text-target");
    assert.equal(statusOf(set, "low", 171), "none");
    assert.deepEqual(set.issues.map((i) => i.code), ["THRESHOLD_TEXT_TARGET"]);
  });

  it("percent threshold on a count row is a unit mismatch", () => {
    const set = bandsOf("<82%", "82%+", "90%+", "high", false);
    assert.equal(set.unusable, "unit-mismatch");
    assert.equal(statusOf(set, "high", 437), "none");
    assert.ok(set.issues.every((i) => i.code === "UNIT_MISMATCH"));
  });

  it("value below a Green-only target falls in no band", () => {
    const set = bandsOf("", "", "95%+", "high");
    assert.equal(statusOf(set, "high", 99.6), "G");
    assert.equal(statusOf(set, "high", 94.9), "none");
  });

  it("A.22 bare Red and Amber are ignored, Green still rates", () => {
    const set = bandsOf("70%", "75%", "80%+", "high");
    assert.deepEqual(set.issues.map((i) => i.code), ["THRESHOLD_AMBIGUOUS", "THRESHOLD_AMBIGUOUS"]);
    assert.equal(statusOf(set, "high", 89.8), "G");
    assert.equal(statusOf(set, "high", 72), "none");
  });

  it("gap between Red and Amber is flagged", () => {
    const set = bandsOf("<78%", "80%+", "86%+", "high");
    assert.deepEqual(set.issues.map((i) => i.code), ["BANDS_GAP"]);
    assert.equal(statusOf(set, "high", 79), "none");
    assert.equal(statusOf(set, "high", 80), "A");
  });

  it("overlapping ranges are flagged and Green wins", () => {
    const set = bandsOf("<80%", "80-92%", "90%+", "high");
    assert.deepEqual(set.issues.map((i) => i.code), ["BANDS_OVERLAP"]);
    assert.equal(statusOf(set, "high", 91), "G");
  });

  it("bands contradicting high polarity get no RAG", () => {
    const set = bandsOf("16%+", "8%+", "<8%", "high");
    assert.equal(set.unusable, "contradiction");
    assert.ok(set.issues.some((i) => i.code === "BANDS_CONTRADICT_POLARITY"));
    assert.equal(statusOf(set, "high", 5), "none");
  });

  it("reason shows where a staircase band stops", () => {
    const set = bandsOf("<89%", "89%+", "97%+", "high");
    assert.equal(evaluateRag(set, "high", 93.9, "93.9%").reason, "93.9% is Amber (89%+, below 97%); good performance is high.");
  });

  it("reason reads a bare target as or more", () => {
    const set = bandsOf("<50%", "50-70%", "70%", "high");
    assert.equal(evaluateRag(set, "high", 99.5, "99.5%").reason, "99.5% is Green (70% or more); good performance is high.");
    assert.equal(evaluateRag(set, "high", 60, "60.0%").reason, "60.0% is Amber (50-70%); good performance is high.");
  });

  it("reason for a low-polarity target reads or less", () => {
    const set = bandsOf("", "", "1.5%", "low");
    assert.equal(evaluateRag(set, "low", 0.4, "0.4%").reason, "0.4% is Green (1.5% or less); good performance is low.");
  });

  it("reason names value, band and polarity", () => {
    const set = bandsOf("<82%", "82%+", "90%+", "high");
    const result = evaluateRag(set, "high", 94.8, "94.8%");
    assert.equal(result.reason, "94.8% is Green (90%+); good performance is high.");
  });

  it("staircase places every value in exactly one band", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 900 }),
        fc.integer({ min: 1, max: 900 }),
        fc.integer({ min: -1000, max: 2000 }),
        (lowStep, highStep, tenths) => {
          const low = lowStep / 10;
          const high = low + highStep / 10;
          const value = tenths / 10;
          const set = bandsOf(`<${low}%`, `${low}%+`, `${high}%+`, "high");
          const status = statusOf(set, "high", value);
          const expected = value < low ? "R" : value < high ? "A" : "G";
          return set.issues.length === 0 && status === expected;
        },
      ),
      { numRuns: 1000 },
    );
  });
});
