import { strict as assert } from "node:assert";
import { NO_WHY } from "./plan-fixture";
import { createElement } from "react";
import { App, EMPTY_TEXT } from "../../src/taskpane/components/App";
import { DotGlyph } from "../../src/taskpane/components/DotGlyph";
import { RagBadge } from "../../src/taskpane/components/RagBadge";
import { createRefreshStore } from "../../src/taskpane/state/refresh-store";
import { sampleOutcome } from "./plan-fixture";
import { renderPane, textOf } from "./render-pane";

const neverCalled = () => Promise.reject(new Error("not expected in this test"));

function renderApp(setUp: (store: ReturnType<typeof createRefreshStore>) => void): string {
  const store = createRefreshStore();
  setUp(store);
  return renderPane(createElement(App, { store, refresh: neverCalled, selectCell: neverCalled, setReview: neverCalled, undo: neverCalled }));
}

describe("RagBadge", () => {
  it("amber reads as its name", () => {
    const html = renderPane(createElement(RagBadge, { status: "A", count: 4 }));
    assert.match(html, /role="img"[^>]*aria-label="Amber: 4"/);
    assert.equal(textOf(html), "A 4");
  });
});

describe("DotGlyph", () => {
  it("arrow reads direction and assessment", () => {
    const html = renderPane(createElement(DotGlyph, { assessment: "improved", direction: "down" }));
    assert.match(html, /aria-label="Down, improved"/);
    assert.equal(textOf(html), "↓");
  });

  it("summary form shows the word", () => {
    const html = renderPane(createElement(DotGlyph, { assessment: "declined", count: 3, showLabel: true }));
    assert.match(html, /aria-label="Declined: 3"/);
    assert.equal(textOf(html), "Declined 3");
  });
});

describe("App", () => {
  it("idle shows the empty text", () => {
    const text = textOf(renderApp(() => undefined));
    assert.ok(text.includes(EMPTY_TEXT), text);
    assert.ok(text.includes("Refresh RAG"), text);
  });

  it("busy shows the progress message", () => {
    const html = renderApp((store) => store.setBusy({ stage: "writing", message: "Writing 150 cells…" }));
    assert.ok(textOf(html).includes("Writing 150 cells…"));
    assert.match(html, /role="progressbar"/);
  });

  it("failed shows message and details", () => {
    const text = textOf(renderApp((store) => store.publishError(new Error("sync failed"))));
    assert.ok(text.includes("Refresh failed"), text);
    assert.ok(text.includes("Details for support"), text);
    assert.ok(text.includes("Error: sync failed"), text);
  });

  it("done labels every count", () => {
    const html = renderApp((store) => store.publish(sampleOutcome()));
    for (const label of ["Red: 0", "Amber: 1", "Green: 1", "Improved: 2", "Declined: 1", "No RAG status: 3"]) {
      assert.ok(html.includes(`aria-label="${label}"`), label);
    }
  });

  it("done lists findings errors first", () => {
    const text = textOf(renderApp((store) => store.publish(sampleOutcome())));
    const order = ["Go to R7", "Go to Q7", "Go to S12", "Go to R9"].map((cell) => text.indexOf(cell));
    assert.ok(order.every((at) => at >= 0), text);
    assert.deepEqual([...order].sort((a, b) => a - b), order);
  });

  it("finding shows its why line", () => {
    const text = textOf(renderApp((store) => store.publish(sampleOutcome())));
    assert.ok(text.includes("Why: RAG (Month) G 94.8% is in the green band (90%+) and good performance is high."), text);
  });

  it("why line without RAG has no badge", () => {
    const outcome = sampleOutcome();
    outcome.plan.indicators[0].ragMonth = { status: "none", cell: "O7", reason: "No RAG: the target is written as text.", ...NO_WHY };
    const html = renderApp((store) => store.publish(outcome));
    assert.ok(textOf(html).includes("Why: RAG (Month) No RAG: the target is written as text."), textOf(html));
    const findings = html.slice(html.indexOf("Findings on"), html.indexOf("<details"));
    assert.ok(findings.includes("No RAG: the target is written as text."));
    assert.ok(!findings.includes('aria-label="No RAG status"'));
  });

  it("done lists the limitations", () => {
    const outcome = { ...sampleOutcome(), limitations: ["Findings were written as comments because notes need ExcelApi 1.18."] };
    const text = textOf(renderApp((store) => store.publish(outcome)));
    assert.ok(text.includes("This version of Excel limited the refresh"), text);
    assert.ok(text.includes("Findings were written as comments because notes need ExcelApi 1.18."), text);
  });

  it("no limitations, no message", () => {
    const text = textOf(renderApp((store) => store.publish(sampleOutcome())));
    assert.ok(!text.includes("limited the refresh"), text);
  });

  it("finding button has a short name", () => {
    const html = renderApp((store) => store.publish(sampleOutcome()));
    assert.ok(html.includes('aria-label="Error at R7: Red threshold cannot be read."'));
  });
});
