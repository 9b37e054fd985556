import { strict as assert } from "node:assert";
import { createElement } from "react";
import { App } from "../../src/taskpane/components/App";
import { createRefreshStore } from "../../src/taskpane/state/refresh-store";
import { runReview } from "../../src/taskpane/state/run-review";
import type { ReviewEntry } from "../../src/engine/state";
import { BENCHMARK, sampleOutcome } from "./plan-fixture";
import { renderPane, textOf } from "./render-pane";

const neverCalled = () => Promise.reject(new Error("not expected in this test"));
const ID = "CYPS Benchmark Indicators|B.4|#1|Amber|THRESHOLD_AMBIGUOUS";
const ACCEPTED: ReviewEntry = { status: "accepted", reviewer: "Priya Shah", at: "2025-04-11T10:00:00.000Z", comment: "Agreed with the service lead.", message: "m", sheet: BENCHMARK, cell: "S12", code: "THRESHOLD_AMBIGUOUS" };

function reviewedOutcome() {
  const outcome = sampleOutcome();
  outcome.plan.findings = outcome.plan.findings.map((f) => ({ ...f, id: f.cell === "S12" ? ID : `${f.sheet}|${f.cell}|${f.code}`, review: { status: "open", message: f.message, sheet: f.sheet, cell: f.cell, code: f.code } }));
  outcome.plan.changes = [{ sheet: BENCHMARK, ref: "B.4", measure: "", cell: "Q12", column: "RAG (Yr End)", from: "G", to: "A", text: "B.4 RAG (Yr End): G → A" }];
  outcome.plan.resolved = { "gone": { status: "resolved", at: "2025-05-12T09:00:00.000Z", message: "Q4 is 140%.", sheet: BENCHMARK, cell: "J7", code: "QUARTER_OUT_OF_RANGE" } };
  return outcome;
}

function render(store = createRefreshStore()) {
  return renderPane(createElement(App, { store, refresh: neverCalled, selectCell: neverCalled, setReview: neverCalled, undo: neverCalled }));
}

describe("review in the pane", () => {
  it("changes listed with export", () => {
    const store = createRefreshStore();
    store.publish(reviewedOutcome());
    const text = textOf(render(store));
    assert.ok(text.includes("Changes since last refresh (1)"), text);
    assert.ok(text.includes("Go to Q12 B.4 RAG (Yr End): G → A"), text);
    assert.ok(text.includes("Export changes (CSV)"));
    assert.ok(text.includes("Export findings (CSV)"));
  });

  it("review filter counts states", () => {
    const store = createRefreshStore();
    store.publish(reviewedOutcome());
    const text = textOf(render(store));
    assert.ok(text.includes("Open (4) Accepted (0) Resolved (1)"), text);
    assert.ok(text.includes("Resolved (1) CYPS Benchmark Indicators J7 · QUARTER_OUT_OF_RANGE Q4 is 140%. Resolved on 12 May 2025"), text);
  });

  it("accepted shows reviewer and Reopen", async () => {
    const store = createRefreshStore();
    store.publish(reviewedOutcome());
    const seen: unknown[] = [];
    await runReview(async (...args) => (seen.push(args), ACCEPTED), ID, "accepted", "Priya Shah", "Agreed with the service lead.", store);

    const html = render(store);
    assert.deepEqual(seen, [[ID, "accepted", "Priya Shah", "Agreed with the service lead."]]);
    assert.ok(textOf(html).includes("Accepted by Priya Shah on 11 April 2025"), textOf(html));
    assert.ok(textOf(html).includes("Comment: Agreed with the service lead."));
    assert.ok(html.includes('aria-label="Reopen the finding at S12"'));
    assert.ok(textOf(html).includes("Open (3) Accepted (1)"));
  });

  it("failed review leaves the store", async () => {
    const store = createRefreshStore();
    store.publish(reviewedOutcome());
    const before = store.getState();
    await assert.rejects(runReview(() => Promise.reject(new Error("sync failed")), ID, "accepted", "Priya Shah", "", store));
    assert.equal(store.getState(), before);
  });

  it("indicators show why each RAG", () => {
    const store = createRefreshStore();
    store.publish(reviewedOutcome());
    const text = textOf(render(store));
    assert.ok(text.includes("Indicators (2): why each arrow and RAG"), text);
    assert.ok(text.includes("Why RAG (Yr End): 92.5% is in the green band (90%+) and good performance is high."), text);
    assert.ok(text.includes("RAG (Month) G DOT (Yr on Yr) ↑"), text);
  });

  it("undo button offered", () => {
    assert.ok(textOf(render()).includes("Undo last refresh"));
  });

  it("clear goes back to idle", () => {
    const store = createRefreshStore();
    store.publish(reviewedOutcome());
    store.clear();
    assert.deepEqual(store.getState(), { status: "idle" });
  });
});
