import { strict as assert } from "node:assert";
import { countBySeverity, groupFindings } from "../../src/taskpane/model/groupFindings";
import { ACTIVITY, BENCHMARK, finding, samplePlan } from "./plan-fixture";

const order = [BENCHMARK, ACTIVITY];

describe("groupFindings", () => {
  it("sheets follow the plan, errors first", () => {
    const groups = groupFindings(samplePlan().findings, order);
    assert.deepEqual(
      groups.map(({ sheet, groups: bySeverity }) => [sheet, bySeverity.map((group) => group.severity)]),
      [
        [BENCHMARK, ["error", "warning"]],
        [ACTIVITY, ["info"]],
      ],
    );
  });

  it("findings sorted by row then column", () => {
    const findings = [
      finding({ cell: "S12", row: 12, col: 19 }),
      finding({ cell: "R7", row: 7, col: 18 }),
      finding({ cell: "Q7", row: 7, col: 17 }),
    ];
    const [sheet] = groupFindings(findings, order);
    assert.deepEqual(sheet.groups[0].findings.map((item) => item.cell), ["Q7", "R7", "S12"]);
  });

  it("filter leaves out hidden severities", () => {
    const groups = groupFindings(samplePlan().findings, order, new Set(["info"]));
    assert.deepEqual(groups.map((group) => group.sheet), [ACTIVITY]);
    assert.equal(groups[0].groups[0].findings[0].cell, "R9");
  });

  it("empty filter gives no groups", () => {
    assert.deepEqual(groupFindings(samplePlan().findings, order, new Set()), []);
  });

  it("unknown sheet comes last", () => {
    const findings = [finding({ sheet: "Notes", cell: "A1", row: 1, col: 1 }), finding({ cell: "B2", row: 2, col: 2 })];
    assert.deepEqual(groupFindings(findings, order).map((group) => group.sheet), [BENCHMARK, "Notes"]);
  });

  it("input is left unsorted", () => {
    const findings = samplePlan().findings;
    const before = findings.map((item) => item.cell);
    groupFindings(findings, order);
    assert.deepEqual(findings.map((item) => item.cell), before);
  });
});

describe("countBySeverity", () => {
  it("counts each severity", () => {
    assert.deepEqual(countBySeverity(samplePlan().findings), { error: 1, warning: 2, info: 1 });
  });

  it("no findings gives zeros", () => {
    assert.deepEqual(countBySeverity([]), { error: 0, warning: 0, info: 0 });
  });
});
