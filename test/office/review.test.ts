import { strict as assert } from "node:assert";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { UserFacingError } from "../../src/office/contract";
import { refreshWorkbook } from "../../src/office/refresh";
import { setFindingReview } from "../../src/office/review";
import { refreshXlsxOnSimulatedExcel, withSimulatedHost } from "./refresh-on-simulated-excel";
import { openSimulatedExcel } from "./simulated-excel";

const SAMPLE = path.join(__dirname, "..", "..", "assets", "samples", "cyps-scorecard-2025-03.xlsx");
const WHEN = new Date("2025-04-11T10:00:00Z");

async function refreshedSample() {
  return refreshXlsxOnSimulatedExcel(await readFile(SAMPLE));
}

describe("setFindingReview on simulated Excel", () => {
  it("accept is stored in two syncs", async () => {
    const { host, outcome } = await refreshedSample();
    const id = outcome.plan.findings[0].id!;
    host.resetCounters();

    const entry = await withSimulatedHost(host, () => setFindingReview(id, "accepted", " Priya Shah ", "Checked with the DfE tables.", WHEN));

    assert.deepEqual(
      { status: entry.status, reviewer: entry.reviewer, comment: entry.comment, at: entry.at },
      { status: "accepted", reviewer: "Priya Shah", comment: "Checked with the DfE tables.", at: WHEN.toISOString() },
    );
    assert.ok(host.syncs <= 2, `${host.syncs} syncs`);
  });

  it("accepted survives two refreshes", async () => {
    const { host, outcome } = await refreshedSample();
    const id = outcome.plan.findings[0].id!;
    await withSimulatedHost(host, () => setFindingReview(id, "accepted", "Priya Shah", "Checked.", WHEN));

    await withSimulatedHost(host, () => refreshWorkbook());
    const second = await withSimulatedHost(host, () => refreshWorkbook());

    const review = second.plan.findings.find((f) => f.id === id)?.review;
    assert.equal(review?.status, "accepted");
    assert.equal(review?.reviewer, "Priya Shah");
  });

  it("reopen clears acceptance", async () => {
    const { host, outcome } = await refreshedSample();
    const id = outcome.plan.findings[0].id!;
    await withSimulatedHost(host, () => setFindingReview(id, "accepted", "Priya Shah", "Checked.", WHEN));
    const reopened = await withSimulatedHost(host, () => setFindingReview(id, "open", "Sam Okoro", "Not the latest tables.", WHEN));

    assert.equal(reopened.status, "open");
    const next = await withSimulatedHost(host, () => refreshWorkbook());
    assert.equal(next.plan.findings.find((f) => f.id === id)?.review?.comment, "Not the latest tables.");
  });

  it("unknown finding asks for a refresh", async () => {
    const { host } = await refreshedSample();
    await assert.rejects(
      withSimulatedHost(host, () => setFindingReview("No such sheet|X|#1|Q4|BANDS_GAP", "accepted", "Priya Shah", "", WHEN)),
      (error: unknown) => error instanceof UserFacingError && error.code === "FindingNotFound",
    );
  });

  it("never-refreshed workbook asks for a refresh", async () => {
    const fresh = await openSimulatedExcel(await readFile(SAMPLE));
    await assert.rejects(
      withSimulatedHost(fresh, () => setFindingReview("any", "accepted", "Priya Shah", "", WHEN)),
      (error: unknown) => error instanceof UserFacingError && error.code === "NoReviewState",
    );
  });

  it("blank reviewer is refused", async () => {
    await assert.rejects(setFindingReview("any", "accepted", "  ", "", WHEN), (error: unknown) => error instanceof UserFacingError && error.code === "ReviewerMissing");
  });
});
