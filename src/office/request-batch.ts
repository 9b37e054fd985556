/**
 * Counts the syncs a refresh makes and keeps each request under Excel on the web's payload limit.
 * Writes are queued with an estimate of their size. The batch syncs early only when the next write
 * would take the request past the budget.
 */

/** Excel on the web rejects a request or a response over 5 MB; planning for 4 MB leaves room for estimates. */
export const DEFAULT_PAYLOAD_BUDGET_BYTES = 4 * 1024 * 1024;

/**
 * Bytes that one queued write adds to a request besides its arguments: the action and the object
 * paths that lead to it (sheet, range, collection). This is an estimate, on the generous side.
 */
const WRITE_OVERHEAD_BYTES = 300;

const PAYLOAD_ERROR_CODES = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded", "RangeExceedsLimit"]);

export class RequestBatch {
  private syncCount = 0;
  private queuedBytes = 0;

  constructor(
    readonly context: Excel.RequestContext,
    readonly budgetBytes: number = DEFAULT_PAYLOAD_BUDGET_BYTES,
  ) {}

  get syncs(): number {
    return this.syncCount;
  }

  async sync(): Promise<void> {
    this.syncCount++;
    this.queuedBytes = 0;
    await this.context.sync();
  }

  /** Queues one write whose arguments are `payload`; syncs first if it would not fit in the current request. */
  async write(payload: unknown, queue: () => void): Promise<void> {
    const bytes = WRITE_OVERHEAD_BYTES + JSON.stringify(payload ?? null).length;
    if (this.queuedBytes > 0 && this.queuedBytes + bytes > this.budgetBytes) await this.sync();
    queue();
    this.queuedBytes += bytes;
  }

  /** Sends what is queued, if anything. */
  async flush(): Promise<void> {
    if (this.queuedBytes > 0) await this.sync();
  }
}

/** True for the errors that mean "ask for less at once": payload limits, and ranges over Excel's cell limit. */
export function isPayloadLimitError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && PAYLOAD_ERROR_CODES.has(code);
}
