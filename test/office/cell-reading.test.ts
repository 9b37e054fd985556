import assert from "node:assert/strict";
import { isDateFormat, serialToDate } from "../../src/office/date-formats";
import { parseAddress, parseAddressList } from "../../src/office/office-addresses";
import { toSnapshotCell } from "../../src/office/snapshot-cell";
import { asTextInput } from "../../src/office/text-input";

describe("isDateFormat", () => {
  const cases: [string, boolean][] = [
    ["mmm-yy", true],
    ["dd/mm/yyyy", true],
    ["[$-809]d mmmm yyyy", true],
    ["h:mm", true],
    ["General", false],
    ["0.0%", false],
    ['0 "days"', false],
    ["[Red]0.0", false],
    ["0.0\\m", false],
    ["#,##0_m", false],
    ["", false],
  ];
  for (const [format, expected] of cases) {
    it(`${JSON.stringify(format)} is ${expected ? "a date" : "not a date"}`, () => {
      assert.equal(isDateFormat(format), expected);
    });
  }
});

describe("serialToDate", () => {
  it("45658 is 1 January 2025", () => {
    assert.equal(serialToDate(45658).toISOString(), "2025-01-01T00:00:00.000Z");
  });

  it("fraction is the time of day", () => {
    assert.equal(serialToDate(45658.75).toISOString(), "2025-01-01T18:00:00.000Z");
  });

  it("1 is 1 January 1900", () => {
    assert.equal(serialToDate(1).toISOString(), "1900-01-01T00:00:00.000Z");
  });

  it("59 and 61 skip the phantom leap day", () => {
    assert.equal(serialToDate(59).toISOString(), "1900-02-28T00:00:00.000Z");
    assert.equal(serialToDate(61).toISOString(), "1900-03-01T00:00:00.000Z");
  });
});

describe("toSnapshotCell", () => {
  it("empty value with no formula is empty", () => {
    assert.equal(toSnapshotCell("", "0.0%", ""), undefined);
  });

  it("number keeps its format", () => {
    assert.deepEqual(toSnapshotCell(0.914, "0.0%", 0.914), { value: 0.914, numberFormat: "0.0%" });
  });

  it("General format is left out", () => {
    assert.deepEqual(toSnapshotCell(12, "General", 12), { value: 12 });
  });

  it("date-formatted serial becomes a Date", () => {
    assert.deepEqual(toSnapshotCell(45658, "mmm-yy", 45658), { value: new Date(Date.UTC(2025, 0, 1)), numberFormat: "mmm-yy" });
  });

  it("error text becomes an error value", () => {
    assert.deepEqual(toSnapshotCell("#N/A", "General", "=NA()"), { value: { error: "#N/A" }, formula: "NA()" });
    assert.deepEqual(toSnapshotCell("#DIV/0!", "General", "#DIV/0!"), { value: { error: "#DIV/0!" } });
  });

  it("formula keeps its cached result", () => {
    assert.deepEqual(toSnapshotCell("↑", "General", '=IF(H6>G6,"↑","↓")'), { value: "↑", formula: 'IF(H6>G6,"↑","↓")' });
  });

  it("formula returning empty text is kept", () => {
    assert.deepEqual(toSnapshotCell("", "General", '=""'), { value: "", formula: '""' });
  });

  it("text that starts with = is not a formula", () => {
    assert.deepEqual(toSnapshotCell("=see note", "@", "=see note"), { value: "=see note", numberFormat: "@" });
  });
});

describe("asTextInput", () => {
  const quoted = ["=A1", "+5", "-", "-2.1", "@x", "12", "12%", "TRUE", "'quoted"];
  for (const text of quoted) {
    it(`${JSON.stringify(text)} gets an apostrophe`, () => {
      assert.equal(asTextInput(text), `'${text}`);
    });
  }

  const plain = ["↑", "↓", "→", "R", "A", "G", "n/a", ""];
  for (const text of plain) {
    it(`${JSON.stringify(text)} is written as it is`, () => {
      assert.equal(asTextInput(text), text);
    });
  }
});

describe("parseAddress", () => {
  it("cell range on a quoted sheet", () => {
    assert.deepEqual(parseAddress("'CYPS Benchmark Indicators'!B5:Z30"), { sheet: "CYPS Benchmark Indicators", box: { top: 5, left: 2, bottom: 30, right: 26 } });
  });

  it("single cell", () => {
    assert.deepEqual(parseAddress("Sheet1!C3"), { sheet: "Sheet1", box: { top: 3, left: 3, bottom: 3, right: 3 } });
  });

  it("whole columns and whole rows", () => {
    assert.deepEqual(parseAddress("Sheet1!A:C").box, { top: 1, left: 1, bottom: 1_048_576, right: 3 });
    assert.deepEqual(parseAddress("Sheet1!4:9").box, { top: 4, left: 1, bottom: 9, right: 16_384 });
  });

  it("doubled apostrophe in a sheet name", () => {
    assert.equal(parseAddress("'Children''s, services'!A1").sheet, "Children's, services");
  });

  it("address without a sheet is rejected", () => {
    assert.throws(() => parseAddress("B3"), /Invalid address "B3"/);
  });

  it("list keeps commas inside quotes", () => {
    const list = parseAddressList("'A, B'!A1:B2,'A, B'!D1:E2");
    assert.deepEqual(list.map((item) => item.sheet), ["A, B", "A, B"]);
    assert.deepEqual(list[1].box, { top: 1, left: 4, bottom: 2, right: 5 });
  });
});
