import { strict as assert } from "node:assert";
import { refresh } from "../../src/engine/refresh";
import { undoLastRefresh } from "../../src/engine/undo";
import { decodeState, encodeState, type StoredState } from "../../src/engine/state";
import { setReviewStatus } from "../../src/engine/review";
import type { RefreshPlan } from "../../src/engine/plan";
import type { WorkbookSnapshot } from "../../src/engine/snapshot";
import { col, pct, rowA21, rowB1, sheetOf, workbookOf, type RowInput } from "./sheet-builder";

const APRIL = new Date("2025-04-10T09:00:00Z");
const MAY = new Date("2025-05-12T09:00:00Z");

/** Applies a plan's cell writes, notes and state to a snapshot, as an adapter would to a workbook. */
function applied(snapshot: WorkbookSnapshot, plan: RefreshPlan): WorkbookSnapshot {
  const next = structuredClone(snapshot);
  for (const sheetPlan of plan.sheets) {
    const sheet = next.sheets.find((s) => s.name === sheetPlan.name)!;
    for (const write of sheetPlan.cellWrites) {
      sheet.rows[write.row - 1] ??= [];
      sheet.rows[write.row - 1][write.col - 1] = write.value === "" ? undefined : { value: write.value };
    }
    for (const note of sheetPlan.notes) {
      sheet.notes = sheet.notes.filter((n) => n.row !== note.row || n.col !== note.col);
      if (note.text !== null) sheet.notes.push({ row: note.row, col: note.col, text: note.text });
    }
  }
  if (plan.stateChanged) next.stateChunks = plan.state ? encodeState(plan.state) : undefined;
  return next;
}

function snapshotOf(rows: RowInput[]): WorkbookSnapshot {
  return workbookOf(sheetOf(rows));
}

describe("stored state", () => {
  it("encodes and decodes in chunks", () => {
    const big: StoredState = { version: 1, refreshedAt: "y".repeat(70000), review: {}, rules: {} };
    const chunks = encodeState(big);
    assert.equal(chunks.length, 3);
    assert.ok(decodeState(chunks).state?.refreshedAt === big.refreshedAt, "the chunks should join back into the same text");
    assert.deepEqual(Object.keys(decodeState(chunks).state!), Object.keys(big));
  });

  it("damaged state sheet gives a notice", () => {
    const plan = refresh({ ...snapshotOf([rowB1()]), stateChunks: ["{not json"] }, { now: APRIL });
    assert.equal(plan.notices.length, 1);
    assert.match(plan.notices[0], /cannot be read/);
  });

  it("second refresh changes nothing", () => {
    const first = applied(snapshotOf([rowB1(), rowA21()]), refresh(snapshotOf([rowB1(), rowA21()]), { now: APRIL }));
    const second = refresh(first, { now: MAY });
    assert.deepEqual(second.sheets[0].cellWrites, []);
    assert.deepEqual(second.sheets[0].notes, []);
    assert.equal(second.stateChanged, false);
    assert.deepEqual(second.changes, []);
  });
});

describe("changes since last refresh", () => {
  it("B.4 RAG (Yr End) G to A", () => {
    const before = snapshotOf([rowB1({ "REF NO.": "B.4 (SC)", "2024/25\nOUTTURN": pct(91), "2023/24": pct(84.8) })]);
    const after = applied(before, refresh(before, { now: APRIL }));
    after.sheets[0].rows[2][col("2024/25\nOUTTURN") - 1] = pct(85);
    const plan = refresh(after, { now: MAY });
    assert.deepEqual(plan.changes.map((c) => c.text), ["B.4 (SC) RAG (Yr End): G → A"]);
    assert.equal(plan.changes[0].cell, "N3");
  });

  it("DOT change is written in words", () => {
    const before = snapshotOf([rowB1()]);
    const after = applied(before, refresh(before, { now: APRIL }));
    after.sheets[0].rows[2][col("2024/25\nOUTTURN") - 1] = pct(85);
    const plan = refresh(after, { now: MAY });
    assert.deepEqual(plan.changes.map((c) => c.text), ["B.1 (SC) DOT (Yr on Yr): from ↑ to ↓", "B.1 (SC) RAG (Yr End): G → A"]);
  });
});

describe("review state", () => {
  const a21 = () => snapshotOf([rowA21()]);

  function acceptFirst(snapshot: WorkbookSnapshot, plan: RefreshPlan): WorkbookSnapshot {
    const next = applied(snapshot, plan);
    const state = decodeState(next.stateChunks).state!;
    const id = plan.findings[0].id!;
    next.stateChunks = encodeState({ ...state, review: setReviewStatus(state.review, id, "accepted", "J. Smith", "Q4 is a snapshot; agreed with the data team.", APRIL.toISOString()) });
    return next;
  }

  it("finding ids are stable and readable", () => {
    const plan = refresh(a21(), { now: APRIL });
    assert.equal(plan.findings[0].id, "CYPS Benchmark Indicators|A.21 (SC)|#1|Q4|QUARTER_OUT_OF_RANGE");
  });

  it("accepted state survives two refreshes", () => {
    const first = refresh(a21(), { now: APRIL });
    let snapshot = acceptFirst(a21(), first);
    for (const now of [MAY, new Date("2025-06-10T09:00:00Z")]) {
      const plan = refresh(snapshot, { now });
      assert.equal(plan.findings[0].review?.status, "accepted");
      assert.equal(plan.findings[0].review?.reviewer, "J. Smith");
      snapshot = applied(snapshot, plan);
    }
  });

  it("accepted finding reopens when its values change", () => {
    const snapshot = acceptFirst(a21(), refresh(a21(), { now: APRIL }));
    snapshot.sheets[0].rows[2][col("Q4") - 1] = { value: 19.5 };
    const plan = refresh(snapshot, { now: MAY });
    assert.equal(plan.findings[0].review?.status, "open");
    assert.match(plan.findings[0].review?.comment ?? "", /Reopened because the values changed/);
  });

  it("finding whose cause is gone is resolved", () => {
    const snapshot = applied(a21(), refresh(a21(), { now: APRIL }));
    snapshot.sheets[0].rows[2][col("Q4") - 1] = { value: 18.5 };
    const plan = refresh(snapshot, { now: MAY });
    assert.deepEqual(plan.findings, []);
    const [resolved] = Object.values(plan.resolved);
    assert.equal(resolved.status, "resolved");
    assert.equal(resolved.at, MAY.toISOString());
  });
});

describe("undo last refresh", () => {
  it("restores cells, notes and state", () => {
    const original = snapshotOf([rowB1(), rowA21()]);
    original.sheets[0].notes.push({ row: 4, col: col("Q4"), text: "Checked." });
    const refreshed = applied(original, refresh(original, { now: APRIL }));
    const result = undoLastRefresh(refreshed);
    assert.ok("plan" in result);
    const restored = applied(refreshed, result.plan);
    assert.deepEqual(restored.sheets, original.sheets);
    assert.equal(restored.stateChunks, undefined);
  });

  it("second undo has nothing to undo", () => {
    const original = snapshotOf([rowB1()]);
    const refreshed = applied(original, refresh(original, { now: APRIL }));
    const result = undoLastRefresh(refreshed);
    assert.ok("plan" in result);
    assert.deepEqual(undoLastRefresh(applied(refreshed, result.plan)), { problem: "There is no refresh to undo: this workbook has no Scorecard RAG state, because it was never refreshed or its last refresh was already undone." });
  });

  it("undo after two refreshes goes back one", () => {
    const original = snapshotOf([rowB1()]);
    const first = applied(original, refresh(original, { now: APRIL }));
    first.sheets[0].rows[2][col("Mar-25 (Q4)") - 1] = pct(85);
    const second = applied(first, refresh(first, { now: MAY }));
    assert.equal(second.sheets[0].rows[2][col("RAG\n(Month)") - 1]?.value, "A");
    const result = undoLastRefresh(second);
    assert.ok("plan" in result);
    const back = applied(second, result.plan);
    assert.equal(back.sheets[0].rows[2][col("RAG\n(Month)") - 1]?.value, "G");
    assert.equal(decodeState(back.stateChunks).state?.refreshedAt, APRIL.toISOString());
  });
});
