import { strict as assert } from "node:assert";
import { toCsv } from "../../src/taskpane/model/toCsv";

describe("toCsv", () => {
  it("plain fields stay bare", () => {
    assert.equal(toCsv([["Sheet", "Cell"], ["CYPS Benchmark Indicators", "N6"]]), "Sheet,Cell\r\nCYPS Benchmark Indicators,N6\r\n");
  });

  it("comma, quote and line break are quoted", () => {
    assert.equal(toCsv([["a,b", 'say "hi"', "two\nlines"]]), '"a,b","say ""hi""","two\nlines"\r\n');
  });

  it("blank and missing fields are empty", () => {
    assert.equal(toCsv([["", undefined, null, 0]]), ",,,0\r\n");
  });

  it("formula-like text is defused", () => {
    assert.equal(toCsv([["=SUM(A1)", "+1", "@x", "-5", "-x"]]), "'=SUM(A1),'+1,'@x,-5,'-x\r\n");
  });

  it("edge spaces are kept by quoting", () => {
    assert.equal(toCsv([[" padded "]]), '" padded "\r\n');
  });
});
