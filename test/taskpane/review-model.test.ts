import { strict as assert } from "node:assert";
import { countByReview, describeReview } from "../../src/taskpane/model/describeReview";
import { changesCsv, exportFileName, findingsCsv } from "../../src/taskpane/model/reviewCsv";
import { loadReviewerName, saveReviewerName } from "../../src/taskpane/model/reviewerName";
import { BENCHMARK, samplePlan } from "./plan-fixture";

const ACCEPTED = { status: "accepted", reviewer: "Priya Shah", at: "2025-04-11T10:00:00.000Z", comment: "Checked, fine", message: "m", sheet: BENCHMARK, cell: "S12", code: "THRESHOLD_AMBIGUOUS" } as const;

function reviewedPlan() {
  const plan = samplePlan();
  plan.findings[1] = { ...plan.findings[1], id: "B|B.4|#1|Amber|THRESHOLD_AMBIGUOUS", review: { ...ACCEPTED } };
  plan.resolved = { "B|B.2|#1|Q4|QUARTER_OUT_OF_RANGE": { status: "resolved", at: "2025-05-12T09:00:00.000Z", message: "Q4 is 140%.", sheet: BENCHMARK, cell: "J7", code: "QUARTER_OUT_OF_RANGE" } };
  plan.changes = [{ sheet: BENCHMARK, ref: "B.4 (SC)", measure: "", cell: "P9", column: "RAG (Yr End)", from: "G", to: "A", text: "B.4 (SC) RAG (Yr End): G → A" }];
  return plan;
}

describe("describeReview", () => {
  it("accepted names reviewer and day", () => {
    assert.equal(describeReview({ ...ACCEPTED }, "Europe/London"), "Accepted by Priya Shah on 11 April 2025");
  });

  it("no entry is open", () => {
    assert.equal(describeReview(undefined), "Open");
  });

  it("resolved names the day", () => {
    assert.equal(describeReview({ ...ACCEPTED, status: "resolved", at: "2025-05-12T09:00:00Z" }, "Europe/London"), "Resolved on 12 May 2025");
  });

  it("counts per state", () => {
    const plan = reviewedPlan();
    assert.deepEqual(countByReview(plan.findings, plan.resolved), { open: 3, accepted: 1, resolved: 1 });
  });
});

describe("review CSV", () => {
  it("findings then resolved", () => {
    const lines = findingsCsv(reviewedPlan()).trimEnd().split("\r\n");
    assert.equal(lines[0], "Sheet,Cell,Severity,Code,Message,Review status,Reviewer,When,Comment,Finding id");
    assert.equal(lines.length, 6);
    assert.equal(lines[2], `${BENCHMARK},S12,warning,THRESHOLD_AMBIGUOUS,The Amber threshold is a bare number.,Accepted,Priya Shah,2025-04-11T10:00:00.000Z,"Checked, fine",B|B.4|#1|Amber|THRESHOLD_AMBIGUOUS`);
    assert.equal(lines[5], `${BENCHMARK},J7,,QUARTER_OUT_OF_RANGE,Q4 is 140%.,Resolved,,2025-05-12T09:00:00.000Z,,B|B.2|#1|Q4|QUARTER_OUT_OF_RANGE`);
  });

  it("changes one line each", () => {
    assert.equal(changesCsv(reviewedPlan()), `Sheet,Cell,REF NO.,Measure,Column,From,To,Change\r\n${BENCHMARK},P9,B.4 (SC),,RAG (Yr End),G,A,B.4 (SC) RAG (Yr End): G → A\r\n`);
  });

  it("file name from workbook", () => {
    assert.equal(exportFileName("cyps-scorecard-2025-03.xlsx", "changes"), "cyps-scorecard-2025-03-changes.csv");
  });
});

describe("reviewer name", () => {
  it("remembered and trimmed", () => {
    const items = new Map<string, string>();
    const storage = { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
    saveReviewerName(" Priya Shah ", storage);
    assert.equal(loadReviewerName(storage), "Priya Shah");
  });

  it("refused storage gives blank", () => {
    const storage = { getItem: (): string | null => { throw new Error("denied"); } };
    assert.equal(loadReviewerName(storage), "");
  });
});
