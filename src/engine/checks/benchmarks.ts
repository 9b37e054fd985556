/** Benchmark checks: the best statistical neighbour, the top quartile and percentage ranges. */
import type { RowFinding, RowValues } from "./context";
import { numberOf, showCell } from "./context";

export function checkBenchmarks(values: RowValues): RowFinding[] {
  const findings: RowFinding[] = [];
  const byName = new Map(values.benchmarks.map((b) => [b.name, b]));
  const polarity = values.indicator.polarity;
  const better = (a: number, b: number) => (polarity === "high" ? a >= b : a <= b);

  const average = byName.get("Stat neigh av.");
  const best = byName.get("Best stat neigh");
  const averageValue = numberOf(average);
  const bestValue = numberOf(best);
  if ((polarity === "high" || polarity === "low") && best && averageValue !== undefined && bestValue !== undefined && !better(bestValue, averageValue)) {
    findings.push({
      col: best.col,
      code: "BENCHMARK_BEST_WORSE_THAN_AVERAGE",
      message: `Best stat neigh ${showCell(best, values.percentRow)} is worse than the stat neigh average ${showCell(average!, values.percentRow)} when good performance is ${polarity}. Check that the two figures are not swapped and are for the same period.`,
    });
  }

  const national = byName.get("Nat av.");
  const topQuartile = byName.get("Top qtile threshold");
  const nationalValue = numberOf(national);
  const topValue = numberOf(topQuartile);
  if ((polarity === "high" || polarity === "low") && topQuartile && nationalValue !== undefined && topValue !== undefined && !better(topValue, nationalValue)) {
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
