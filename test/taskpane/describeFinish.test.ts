import { strict as assert } from "node:assert";
import { describeFinish } from "../../src/taskpane/model/describeFinish";
import { countSeverity } from "../../src/taskpane/model/severityWords";
import { sampleOutcome } from "./plan-fixture";

describe("describeFinish", () => {
  it("British summer time, seconds and syncs", () => {
    assert.equal(
      describeFinish(sampleOutcome(), "Europe/London"),
      "Finished at 14:32:05 on 7 April 2025 in 0.4 seconds, with 2 syncs to Excel.",
    );
  });

  it("one sync is singular", () => {
    const outcome = { ...sampleOutcome(), syncs: 1 };
    assert.match(describeFinish(outcome, "UTC"), /with 1 sync to Excel\.$/);
  });

  it("unreadable time is shown as given", () => {
    const outcome = { ...sampleOutcome(), finishedAt: "soon" };
    assert.match(describeFinish(outcome), /^Finished soon in 0\.4 seconds/);
  });
});

describe("countSeverity", () => {
  it("one error is singular", () => {
    assert.equal(countSeverity("error", 1), "1 error");
  });

  it("zero info findings is plural", () => {
    assert.equal(countSeverity("info", 0), "0 info findings");
  });
});
