import { strict as assert } from "node:assert";
import { explainFinding } from "../../src/taskpane/model/explainFinding";
import { ACTIVITY, NO_WHY, finding, indicator } from "./plan-fixture";

const b1 = indicator({ ref: "B.1", row: 7 });

describe("explainFinding", () => {
  it("finding without ref has no reason", () => {
    assert.equal(explainFinding(finding({ cell: "R7", row: 7, col: 18 }), [b1]), undefined);
  });

  it("unknown ref has no reason", () => {
    assert.equal(explainFinding(finding({ cell: "R7", row: 7, col: 18, ref: "B.99" }), [b1]), undefined);
  });

  it("same ref on another sheet has no reason", () => {
    assert.equal(explainFinding(finding({ sheet: ACTIVITY, cell: "R7", row: 7, col: 18, ref: "B.1" }), [b1]), undefined);
  });

  it("benchmark finding has no reason", () => {
    const benchmark = finding({ cell: "W7", row: 7, col: 23, ref: "B.1", code: "BENCHMARK_BEST_WORSE_THAN_AVERAGE" });
    assert.equal(explainFinding(benchmark, [b1]), undefined);
  });

  it("DOT cell finding has no reason", () => {
    const kept = finding({ cell: "N7", row: 7, col: 14, ref: "B.1", code: "CELL_KEPT_MANUAL" });
    assert.equal(explainFinding(kept, [b1]), undefined);
  });

  it("threshold cell uses the month reason", () => {
    const explanation = explainFinding(finding({ cell: "R7", row: 7, col: 18, ref: "B.1" }), [b1]);
    assert.equal(explanation?.kind, "month");
    assert.equal(explanation?.rag, b1.ragMonth);
  });

  it("RAG (Yr End) cell uses the year-end reason", () => {
    const explanation = explainFinding(finding({ cell: "Q7", row: 7, col: 17, ref: "B.1" }), [b1]);
    assert.equal(explanation?.kind, "yearEnd");
    assert.equal(explanation?.rag, b1.ragYearEnd);
  });

  it("empty month reason falls back to year end", () => {
    const noMonth = indicator({ ref: "B.1", row: 7, ragMonth: { status: "none", cell: "O7", reason: "", ...NO_WHY } });
    assert.equal(explainFinding(finding({ cell: "R7", row: 7, col: 18, ref: "B.1" }), [noMonth])?.kind, "yearEnd");
  });

  it("no reasons at all gives none", () => {
    const silent = indicator({
      ref: "B.1",
      row: 7,
      ragMonth: { status: "none", cell: "O7", reason: "", ...NO_WHY },
      ragYearEnd: { status: "none", cell: "Q7", reason: "", ...NO_WHY },
    });
    assert.equal(explainFinding(finding({ cell: "R7", row: 7, col: 18, ref: "B.1" }), [silent]), undefined);
  });

  it("shared ref picks the finding's row", () => {
    const count = indicator({ ref: "A.3", row: 20, measure: "Count" });
    const percent = indicator({
      ref: "A.3",
      row: 21,
      measure: "%",
      ragMonth: { status: "A", cell: "O21", reason: "36.1% is in the amber band.", ...NO_WHY },
    });
    const explanation = explainFinding(finding({ cell: "R21", row: 21, col: 18, ref: "A.3" }), [count, percent]);
    assert.equal(explanation?.rag.reason, "36.1% is in the amber band.");
  });
});
