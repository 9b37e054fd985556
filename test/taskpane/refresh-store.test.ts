import { strict as assert } from "node:assert";
import { UserFacingError } from "../../src/office/contract";
import { UNEXPECTED_ERROR_MESSAGE } from "../../src/taskpane/state/describe-error";
import { createRefreshStore, type RefreshState } from "../../src/taskpane/state/refresh-store";
import { sampleOutcome } from "./plan-fixture";

describe("refreshStore", () => {
  it("starts idle", () => {
    assert.deepEqual(createRefreshStore().getState(), { status: "idle" });
  });

  it("setBusy stores the progress", () => {
    const store = createRefreshStore();
    store.setBusy({ stage: "calculating", message: "Calculating RAG…" });
    assert.deepEqual(store.getState(), { status: "busy", progress: { stage: "calculating", message: "Calculating RAG…" } });
  });

  it("publish stores the outcome", () => {
    const store = createRefreshStore();
    const outcome = sampleOutcome();
    store.publish(outcome);
    const state = store.getState();
    assert.equal(state.status, "done");
    assert.equal(state.status === "done" && state.outcome, outcome);
  });

  it("state is stable between changes", () => {
    const store = createRefreshStore();
    store.setBusy({ stage: "reading", message: "Reading…" });
    assert.equal(store.getState(), store.getState());
  });

  it("listeners get every change in order", () => {
    const store = createRefreshStore();
    const seen: RefreshState["status"][] = [];
    store.subscribe((state) => seen.push(state.status));
    store.setBusy({ stage: "reading", message: "Reading…" });
    store.publish(sampleOutcome());
    store.publishError(new Error("boom"));
    assert.deepEqual(seen, ["busy", "done", "failed"]);
  });

  it("unsubscribe stops the calls", () => {
    const store = createRefreshStore();
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    store.setBusy({ stage: "reading", message: "Reading…" });
    unsubscribe();
    store.publish(sampleOutcome());
    assert.equal(calls, 1);
  });

  it("unsubscribing during a call skips no listener", () => {
    const store = createRefreshStore();
    const calls: string[] = [];
    const unsubscribeFirst = store.subscribe(() => {
      calls.push("first");
      unsubscribeFirst();
    });
    store.subscribe(() => calls.push("second"));
    store.setBusy({ stage: "reading", message: "Reading…" });
    assert.deepEqual(calls, ["first", "second"]);
  });

  it("publishError keeps a user-facing message", () => {
    const store = createRefreshStore();
    store.publishError(new UserFacingError("No scorecard sheet found. Open the monthly report.", "NO_SCORECARD", "Sheets: Sheet1"));
    const state = store.getState();
    assert.equal(state.status, "failed");
    assert.equal(state.status === "failed" && state.message, "No scorecard sheet found. Open the monthly report.");
    assert.equal(state.status === "failed" && state.details, "Sheets: Sheet1\nCode: NO_SCORECARD");
  });

  it("publishError hides an unexpected message", () => {
    const store = createRefreshStore();
    store.publishError(new TypeError("x is undefined"));
    const state = store.getState();
    assert.equal(state.status === "failed" && state.message, UNEXPECTED_ERROR_MESSAGE);
    assert.match(state.status === "failed" ? state.details : "", /^TypeError: x is undefined/);
  });
});
