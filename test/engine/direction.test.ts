import { strict as assert } from "node:assert";
import { directionOf, assessmentOf } from "../../src/engine/direction";

describe("direction of travel", () => {
  it("B.1 Feb 89.1% to Mar 94.8% is up, improved", () => {
    const direction = directionOf({ value: 94.8, decimals: 1 }, { value: 89.1, decimals: 1 });
    assert.equal(direction, "up");
    assert.equal(assessmentOf(direction, "high"), "improved");
  });

  it("B.3 CIN rate 316.7 to 310.7 is down, improved when low is good", () => {
    const direction = directionOf({ value: 310.7, decimals: 1 }, { value: 316.7, decimals: 1 });
    assert.equal(direction, "down");
    assert.equal(assessmentOf(direction, "low"), "improved");
  });

  it("A.5 re-referrals 15.9% to 25.3% is declined", () => {
    assert.equal(assessmentOf(directionOf({ value: 25.3, decimals: 1 }, { value: 15.9, decimals: 1 }), "low"), "declined");
  });

  it("change below displayed precision is no change", () => {
    assert.equal(directionOf({ value: 90.84, decimals: 1 }, { value: 90.76, decimals: 1 }), "same");
    assert.equal(directionOf({ value: 90.86, decimals: 1 }, { value: 90.76, decimals: 1 }), "up");
  });

  it("coarser display decides", () => {
    assert.equal(directionOf({ value: 19, decimals: 0 }, { value: 18.7, decimals: 1 }), "same");
  });

  it("General format compares stored values", () => {
    assert.equal(directionOf({ value: 36, decimals: null }, { value: 32, decimals: null }), "up");
    assert.equal(directionOf({ value: 100, decimals: null }, { value: 100, decimals: null }), "same");
  });

  it("missing previous value gives no arrow", () => {
    assert.equal(directionOf({ value: 20, decimals: 0 }, undefined), "none");
    assert.equal(assessmentOf("none", "low"), "none");
  });

  it("info polarity assesses as info", () => {
    assert.equal(assessmentOf("up", "info"), "info");
    assert.equal(assessmentOf("same", "high"), "unchanged");
  });
});
