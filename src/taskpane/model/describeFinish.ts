/**
 * The sentence reporting when a refresh finished, how long it took and how many syncs it made.
 */
import type { RefreshOutcome } from "../../office/contract";

/**
 * Returns, for example, "Finished at 14:32:05 on 31 March 2025 in 0.4 seconds, with 2 syncs to
 * Excel." The time is local unless `timeZone` (an IANA name such as "Europe/London") is given.
 */
export function describeFinish(outcome: RefreshOutcome, timeZone?: string): string {
  const finished = new Date(outcome.finishedAt);
  const when = Number.isNaN(finished.getTime()) ? outcome.finishedAt : formatWhen(finished, timeZone);
  const seconds = (outcome.durationMs / 1000).toFixed(1);
  const syncs = outcome.syncs === 1 ? "1 sync" : `${outcome.syncs} syncs`;

  return `Finished ${when} in ${seconds} seconds, with ${syncs} to Excel.`;
}

function formatWhen(date: Date, timeZone: string | undefined): string {
  const time = date.toLocaleTimeString("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", second: "2-digit" });
  const day = date.toLocaleDateString("en-GB", { timeZone, day: "numeric", month: "long", year: "numeric" });
  return `at ${time} on ${day}`;
}
