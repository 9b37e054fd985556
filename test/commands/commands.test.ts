import assert from "node:assert/strict";
import type { RefreshOutcome } from "../../src/office/contract";
import { UserFacingError } from "../../src/office/contract";
import { registerCommands } from "../../src/commands/commands";
import { createRefreshRagHandler, type CommandEvent } from "../../src/commands/refresh-rag";
import { createRefreshStore, type RefreshStore } from "../../src/taskpane/state/refresh-store";

function fakeEvent(): CommandEvent & { calls: number } {
  const event = {
    calls: 0,
    completed() {
      event.calls++;
    },
  };
  return event;
}

const OUTCOME = { syncs: 2, durationMs: 40, finishedAt: "2025-04-07T09:00:00.000Z" } as RefreshOutcome;

describe("refreshRag command", () => {
  it("completes the event on success", async () => {
    const store = createRefreshStore();
    const event = fakeEvent();
    await createRefreshRagHandler({ refresh: async () => OUTCOME, store })(event);

    assert.equal(event.calls, 1);
    assert.deepEqual(store.getState(), { status: "done", outcome: OUTCOME });
  });

  it("reports progress to the store", async () => {
    const store = createRefreshStore();
    const seen: string[] = [];
    store.subscribe((state) => seen.push(state.status === "busy" ? state.progress.message : state.status));
    const refresh = async (onProgress: (p: { stage: "writing"; message: string }) => void) => {
      onProgress({ stage: "writing", message: "Writing 75 indicators…" });
      return OUTCOME;
    };
    await createRefreshRagHandler({ refresh, store })(fakeEvent());

    assert.deepEqual(seen.slice(1), ["Writing 75 indicators…", "done"]);
  });

  it("completes the event on error", async () => {
    const store = createRefreshStore();
    const event = fakeEvent();
    const refresh = async (): Promise<RefreshOutcome> => {
      throw new UserFacingError("No scorecard sheet found.", "no-sheet");
    };
    await createRefreshRagHandler({ refresh, store })(event);

    assert.equal(event.calls, 1);
    const state = store.getState();
    assert.equal(state.status, "failed");
    assert.equal(state.status === "failed" && state.message, "No scorecard sheet found.");
  });

  it("opens the pane on error only", async () => {
    let opened = 0;
    const showPane = async () => {
      opened++;
    };
    const failing = async (): Promise<RefreshOutcome> => {
      throw new Error("boom");
    };
    await createRefreshRagHandler({ refresh: async () => OUTCOME, store: createRefreshStore(), showPane })(fakeEvent());
    assert.equal(opened, 0);
    await createRefreshRagHandler({ refresh: failing, store: createRefreshStore(), showPane })(fakeEvent());
    assert.equal(opened, 1);
  });

  it("completes the event when the pane cannot open", async () => {
    const failing = async (): Promise<RefreshOutcome> => {
      throw new Error("boom");
    };
    const rejects = () => Promise.reject(new Error("not supported"));
    const throws = (): Promise<void> => {
      throw new ReferenceError("Office is not defined");
    };
    for (const showPane of [rejects, throws]) {
      const event = fakeEvent();
      await createRefreshRagHandler({ refresh: failing, store: createRefreshStore(), showPane })(event);
      assert.equal(event.calls, 1, showPane.name);
    }
  });

  it("completes the event when the store throws", async () => {
    const fail = () => {
      throw new Error("listener failed");
    };
    const store: RefreshStore = { ...createRefreshStore(), publish: fail, publishError: fail };
    const event = fakeEvent();
    await assert.rejects(createRefreshRagHandler({ refresh: async () => OUTCOME, store })(event), /listener failed/);

    assert.equal(event.calls, 1);
  });

  it("skips a second refresh while one runs", async () => {
    const store = createRefreshStore();
    let runs = 0;
    let finish: (outcome: RefreshOutcome) => void = () => undefined;
    const slow = () => {
      runs++;
      return new Promise<RefreshOutcome>((resolve) => (finish = resolve));
    };
    const first = fakeEvent();
    const second = fakeEvent();
    const running = createRefreshRagHandler({ refresh: slow, store })(first);
    await createRefreshRagHandler({ refresh: slow, store })(second);

    assert.equal(second.calls, 1);
    assert.equal(runs, 1);
    finish(OUTCOME);
    await running;
    assert.equal(first.calls, 1);
  });
});

describe("registerCommands", () => {
  it("associates refreshRag", () => {
    const registered = new Map<string, unknown>();
    registerCommands({ associate: (name, action) => void registered.set(name, action) });

    assert.deepEqual([...registered.keys()], ["refreshRag"]);
    assert.equal(typeof registered.get("refreshRag"), "function");
  });
});
