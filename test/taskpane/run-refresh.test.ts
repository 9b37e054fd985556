import { strict as assert } from "node:assert";
import type { RefreshOutcome } from "../../src/office/contract";
import { createRefreshStore, type RefreshState } from "../../src/taskpane/state/refresh-store";
import { runRefresh } from "../../src/taskpane/state/run-refresh";
import { sampleOutcome } from "./plan-fixture";

describe("runRefresh", () => {
  it("passes progress on, then the outcome", async () => {
    const store = createRefreshStore();
    const seen: RefreshState[] = [];
    store.subscribe((state) => seen.push(state));
    const outcome = sampleOutcome();

    await runRefresh(async (onProgress) => {
      onProgress({ stage: "writing", message: "Writing 150 cells…" });
      return outcome;
    }, store);

    assert.deepEqual(
      seen.map((state) => (state.status === "busy" ? state.progress.stage : state.status)),
      ["reading", "writing", "done"],
    );
    assert.deepEqual(store.getState(), { status: "done", outcome });
  });

  it("rejection becomes a failed state", async () => {
    const store = createRefreshStore();
    await runRefresh(() => Promise.reject(new Error("sync failed")), store);
    assert.equal(store.getState().status, "failed");
  });

  it("second call while busy does not start", async () => {
    const store = createRefreshStore();
    let starts = 0;
    let finish: (outcome: RefreshOutcome) => void = () => undefined;
    const refresh = () => {
      starts++;
      return new Promise<RefreshOutcome>((resolve) => (finish = resolve));
    };

    const first = runRefresh(refresh, store);
    await runRefresh(refresh, store);
    finish(sampleOutcome());
    await first;

    assert.equal(starts, 1);
    assert.equal(store.getState().status, "done");
  });
});
