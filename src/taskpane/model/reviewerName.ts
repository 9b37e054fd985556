/**
 * The reviewer's name, remembered in the browser's storage as a preference. Review decisions themselves
 * live in the workbook; only the name typed last is kept here, so it need not be typed again.
 */

const KEY = "scorecard-rag.reviewer-name";

/** Storage can be missing or refused (private windows, locked-down hosts), so both calls tolerate that. */
export function loadReviewerName(storage: Pick<Storage, "getItem"> | undefined = safeStorage()): string {
  try {
    return storage?.getItem(KEY) ?? "";
  } catch {
    return "";
  }
}

export function saveReviewerName(name: string, storage: Pick<Storage, "setItem"> | undefined = safeStorage()): void {
  try {
    storage?.setItem(KEY, name.trim());
  } catch {
    // A name that cannot be remembered is typed again next time; the review itself is unaffected.
  }
}

function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
