import { strict as assert } from "node:assert";
import { readValue, formatDecimals, displayedValue } from "../../src/engine/values";

describe("value reading", () => {
  it("fraction with 0.0% format reads as points", () => {
    assert.deepEqual(readValue({ value: 0.914, numberFormat: "0.0%" }), { kind: "number", value: 91.4, decimals: 1, percent: true });
  });

  it("0.57 reads as 57 without binary noise", () => {
    const read = readValue({ value: 0.57, numberFormat: "0%" });
    assert.equal(read.kind === "number" && read.value, 57);
  });

  it("text 91.4% reads as points", () => {
    assert.deepEqual(readValue({ value: "91.4%" }), { kind: "number", value: 91.4, decimals: 1, period: undefined, percent: true });
  });

  it("plain number keeps its value", () => {
    assert.deepEqual(readValue({ value: 91.4, numberFormat: "0.0" }), { kind: "number", value: 91.4, decimals: 1, percent: false });
  });

  it("dash, blank and n/a are missing", () => {
    assert.deepEqual(readValue({ value: "-" }), { kind: "missing", reason: "dash" });
    assert.deepEqual(readValue(undefined), { kind: "missing", reason: "blank" });
    assert.deepEqual(readValue({ value: "n/a" }), { kind: "missing", reason: "not-applicable" });
  });

  it("number with a period label keeps the label", () => {
    const read = readValue({ value: "171 (Jan 24 - Dec 24)" });
    assert.equal(read.kind, "number");
    if (read.kind !== "number") return;
    assert.equal(read.value, 171);
    assert.equal(read.period?.startYear, 2024);
    assert.equal(read.period?.endMonth, 12);
  });

  it("formula cell uses its cached result", () => {
    const read = readValue({ value: 0.948, numberFormat: "0.0%", formula: "B6/C6" });
    assert.equal(read.kind === "number" && read.value, 94.8);
  });

  it("error value is an error", () => {
    assert.deepEqual(readValue({ value: { error: "#N/A" } }), { kind: "error", error: "#N/A" });
    assert.deepEqual(readValue({ value: "#DIV/0!" }), { kind: "error", error: "#DIV/0!" });
  });

  it("other text is unreadable text", () => {
    assert.deepEqual(readValue({ value: "New measure" }), { kind: "text", text: "New measure" });
  });

  it("format decimals", () => {
    assert.equal(formatDecimals("0.0%"), 1);
    assert.equal(formatDecimals("0.00"), 2);
    assert.equal(formatDecimals("#,##0"), 0);
    assert.equal(formatDecimals("General"), null);
    assert.equal(formatDecimals(undefined), null);
  });

  it("displayed value rounds half up", () => {
    assert.equal(displayedValue(89.996, 1), 90);
    assert.equal(displayedValue(90.84, 1), 90.8);
    assert.equal(displayedValue(90.84, null), 90.84);
  });
});
