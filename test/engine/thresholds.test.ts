import { strict as assert } from "node:assert";
import fc from "fast-check";
import { parseThreshold, parseThresholdCell } from "../../src/engine/thresholds";
import { holds } from "../../src/engine/rag";

function intervalOf(text: string, colour: "red" | "amber" | "green" = "amber") {
  const parsed = parseThreshold(text, colour);
  assert.equal(parsed.kind, "interval", `"${text}" should parse as an interval`);
  return parsed.kind === "interval" ? parsed.interval : assert.fail();
}

describe("threshold notation", () => {
  it("<82% excludes 82", () => {
    const interval = intervalOf("<82%", "red");
    assert.equal(holds(interval, 81.9), true);
    assert.equal(holds(interval, 82), false);
    assert.equal(holds(interval, 82.1), false);
  });

  it("82%+ includes 82", () => {
    const interval = intervalOf("82%+");
    assert.equal(holds(interval, 81.9), false);
    assert.equal(holds(interval, 82), true);
    assert.equal(holds(interval, 82.1), true);
  });

  it("50-70% includes both ends", () => {
    const interval = intervalOf("50-70%");
    assert.equal(holds(interval, 49.9), false);
    assert.equal(holds(interval, 50), true);
    assert.equal(holds(interval, 70), true);
    assert.equal(holds(interval, 70.1), false);
  });

  it("percent sign marks the threshold as a percentage", () => {
    const parsed = parseThreshold("90%+", "green");
    assert.equal(parsed.kind === "interval" && parsed.percent, true);
    const rate = parseThreshold("227.1+", "red");
    assert.equal(rate.kind === "interval" && rate.percent, false);
  });

  it("bare number in Green is a target", () => {
    assert.deepEqual(parseThreshold("70%", "green"), { kind: "target", text: "70%", value: 70, percent: true });
  });

  it("bare number in Red or Amber is ambiguous", () => {
    assert.equal(parseThreshold("70%", "red").kind, "ambiguous");
    assert.equal(parseThreshold("75%", "amber").kind, "ambiguous");
  });

  it("85%> is read as 85%+ and flagged non-standard", () => {
    const parsed = parseThreshold("85%>", "green");
    assert.equal(parsed.kind, "interval");
    assert.equal(parsed.kind === "interval" && parsed.nonStandard, "85%+");
    assert.equal(holds(intervalOf("85%>"), 85), true);
  });

  it("sentence is a text target", () => {
    const parsed = parseThreshold("Lower than same qtr previous year & comparable with national trends", "green");
    assert.equal(parsed.kind, "text-target");
  });

  it("dash and blank mean no band", () => {
    assert.equal(parseThreshold("-", "amber").kind, "none");
    assert.equal(parseThreshold("", "amber").kind, "none");
    assert.equal(parseThreshold("  ", "amber").kind, "none");
  });

  it("garbled text is unreadable", () => {
    assert.equal(parseThreshold("82%++", "amber").kind, "unreadable");
    assert.equal(parseThreshold("x9", "red").kind, "unreadable");
  });

  it("numeric threshold cell with a percent format", () => {
    const parsed = parseThresholdCell({ value: 0.9, numberFormat: "0%" }, "green");
    assert.deepEqual(parsed, { kind: "target", text: "90%", value: 90, percent: true });
  });

  it("parser never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom("red" as const, "amber" as const, "green" as const), (text, colour) => {
        const parsed = parseThreshold(text, colour);
        return typeof parsed.kind === "string";
      }),
      { numRuns: 2000 },
    );
  });
});
