import { strict as assert } from "node:assert";
import { planNotes } from "../../src/engine/notes";
import { buildRules } from "../../src/engine/rules";
import { isOwnedRuleFormula, OWNED_NOTE_HEADING } from "../../src/engine/ownership";
import { refresh } from "../../src/engine/refresh";
import type { Finding } from "../../src/engine/plan";
import type { IndicatorRow } from "../../src/engine/rows";
import { col, rowA21, rowB1, sheetOf, workbookOf } from "./sheet-builder";

const finding: Finding = { sheet: "S", cell: "J3", row: 3, col: 10, severity: "warning", code: "QUARTER_OUT_OF_RANGE", message: "Q4 value 19 is outside the range of its months (18.2 to 18.7).", ref: "A.21" };

describe("notes", () => {
  it("new finding gets a note with the heading", () => {
    const [write] = planNotes([finding], []);
    assert.equal(write.address, "J3");
    assert.ok(write.text?.startsWith(`${OWNED_NOTE_HEADING}\nWarning: Q4 value 19 is outside the range of its months (18.2 to 18.7).`));
    assert.ok(write.text?.endsWith("(QUARTER_OUT_OF_RANGE)"));
  });

  it("person's note text stays above the block", () => {
    const [write] = planNotes([finding], [{ row: 3, col: 10, text: "Checked with the data team." }]);
    assert.ok(write.text?.startsWith(`Checked with the data team.\n\n${OWNED_NOTE_HEADING}\n`));
  });

  it("resolved finding removes only the block", () => {
    const existing = [
      { row: 3, col: 10, text: `Checked with the data team.\n\n${OWNED_NOTE_HEADING}\nWarning: old` },
      { row: 4, col: 10, text: `${OWNED_NOTE_HEADING}\nWarning: old` },
      { row: 5, col: 10, text: "A person's note" },
    ];
    const writes = planNotes([], existing);
    assert.deepEqual(writes.map((w) => [w.address, w.text]), [["J3", "Checked with the data team."], ["J4", null]]);
  });

  it("unchanged note is not rewritten", () => {
    const [first] = planNotes([finding], []);
    assert.deepEqual(planNotes([finding], [{ row: 3, col: 10, text: first.text! }]), []);
  });
});

describe("owned rules", () => {
  const rows = [
    { row: 6, polarityInherited: false, polarityRow: 6 },
    { row: 7, polarityInherited: true, polarityRow: 6 },
    { row: 8, polarityInherited: false, polarityRow: 8 },
  ] as IndicatorRow[];
  const rules = buildRules({ dot: [13], rag: [14], polarity: 12 }, rows);

  it("RAG rules fill by letter", () => {
    const rag = rules.filter((r) => r.name.startsWith("rag-"));
    assert.deepEqual(rag.map((r) => [r.name, r.range, r.style.fill]), [["rag-red", "N6:N8", "FF0000"], ["rag-amber", "N6:N8", "FFC000"], ["rag-green", "N6:N8", "00B050"]]);
    assert.equal(rag[0].formula, 'AND(N("scorecard-rag")=0,N6="R")');
  });

  it("DOT rules read the row's polarity", () => {
    const improved = rules.find((r) => r.name === "dot-improved" && r.range === "M6:M8")!;
    assert.equal(improved.formula, 'AND(N("scorecard-rag")=0,OR(AND(M6="↑",TRIM($L6)="high"),AND(M6="↓",TRIM($L6)="low")))');
  });

  it("inherited polarity rows point at the block's first row", () => {
    const inherited = rules.filter((r) => r.range === "M7");
    assert.equal(inherited.length, 3);
    assert.ok(inherited.every((r) => r.formula.includes("TRIM($L$6)")));
  });

  it("every rule carries the ownership tag", () => {
    assert.ok(rules.every((r) => isOwnedRuleFormula(r.formula)));
    assert.equal(isOwnedRuleFormula('$G6>0.9'), false);
  });

  it("plan writes only DOT and RAG cells", () => {
    const plan = refresh(workbookOf(sheetOf([rowB1(), rowA21()])));
    const allowed = new Set([col("DOT\n(Month)"), col("RAG\n(Month)"), col("DOT\n(Yr on Yr)"), col("RAG\n(Yr End)")]);
    assert.equal(plan.sheets[0].cellWrites.length, 8);
    assert.ok(plan.sheets[0].cellWrites.every((w) => allowed.has(w.col)));
  });
});
