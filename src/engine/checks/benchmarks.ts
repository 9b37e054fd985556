/** Benchmark checks: the best statistical neighbour, the top quartile and percentage ranges. */
import type { RowFinding, RowValues } from "./context";
import { numberOf, showCell } from "./context";

export function checkBenchmarks(values: RowValues): RowFinding[] {
  const findings: RowFinding[] = [];
  const polarity = values.indicator.polarity;
  const rated = polarity === "high" || polarity === "low";

  const average = benchmarkNamed(values, "Stat neigh av.");
  const best = benchmarkNamed(values, "Best stat neigh");
  const averageValue = numberOf(average);
  const bestValue = numberOf(best);
  if (rated && best && averageValue !== undefined && bestValue !== undefined && !better(polarity, bestValue, averageValue)) {
    findings.push({
      col: best.col,
      code: "BENCHMARK_BEST_WORSE_THAN_AVERAGE",
      message: `Best stat neigh ${showCell(best, values.percentRow)} is worse than the stat neigh average ${showCell(average!, values.percentRow)} when good performance is ${polarity}. Check that the two figures are not swapped and are for the same period.`,
    });
  }

  const national = benchmarkNamed(values, "Nat av.");
  const topQuartile = benchmarkNamed(values, "Top qtile threshold");
  const nationalValue = numberOf(national);
  const topValue = numberOf(topQuartile);
  if (rated && topQuartile && nationalValue !== undefined && topValue !== undefined && !better(polarity, topValue, nationalValue)) {
    findings.push({
      col: topQuartile.col,
      code: "BENCHMARK_TOP_QUARTILE_WORSE_THAN_NATIONAL",
      message: `Top qtile threshold ${showCell(topQuartile, values.percentRow)} is worse than the national average ${showCell(national!, values.percentRow)} when good performance is ${polarity}. Check the quartile's direction (for "low" measures the top quartile is the lowest).`,
    });
  }

  if (values.percentRow) {
    for (const benchmark of values.benchmarks) {
      const value = numberOf(benchmark);
      if (value === undefined || (value >= 0 && value <= 100)) continue;
      findings.push({
        col: benchmark.col,
        code: "BENCHMARK_PERCENT_OUT_OF_RANGE",
        message: `${benchmark.name} ${showCell(benchmark, true)} is outside 0–100% for a percentage measure. Check whether it was entered as a fraction or a count.`,
      });
    }
  }
  return findings;
}

function better(polarity: RowValues["indicator"]["polarity"], a: number, b: number): boolean {
  return polarity === "high" ? a >= b : a <= b;
}

/** The last benchmark of that name, as a Map built from the list would give; a row has at most four. */
function benchmarkNamed(values: RowValues, name: string): RowValues["benchmarks"][number] | undefined {
  let found: RowValues["benchmarks"][number] | undefined;
  for (const benchmark of values.benchmarks) if (benchmark.name === name) found = benchmark;
  return found;
}
