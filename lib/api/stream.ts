/**
 * A response body that `produce` writes as it goes, with backpressure: `write` resolves when the
 * receiver wants more, so a producer reading a server-side cursor holds one batch however large
 * the download. A receiver that goes away ends the producer at its next write (it throws
 * `DownloadAborted`, which rolls back the producer's read-only transaction and frees its
 * connection). An error after the first byte can only cut the body short: the status is sent.
 */
export class DownloadAborted extends Error {
  constructor() {
    super("The receiver closed the download.");
    this.name = "DownloadAborted";
  }
}

export function streamOf(produce: (write: (text: string) => Promise<void>) => Promise<unknown>, onError: (e: unknown) => void): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let wake: (() => void) | null = null;
  let cancelled = false;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const write = async (text: string) => {
          if (cancelled) throw new DownloadAborted();
          if (text) controller.enqueue(encoder.encode(text));
          while (!cancelled && (controller.desiredSize ?? 1) <= 0) await new Promise<void>((r) => (wake = r));
          if (cancelled) throw new DownloadAborted();
        };
        // Started here, not awaited: the response goes out while the producer runs.
        produce(write).then(
          () => controller.close(),
          (e: unknown) => {
            if (cancelled) return;
            onError(e);
            controller.error(e);
          },
        );
      },
      pull() {
        wake?.();
        wake = null;
      },
      cancel() {
        cancelled = true;
        wake?.();
        wake = null;
      },
    },
    // Queued chunks (one per batch) before the producer waits: a few batches in flight at most.
    { highWaterMark: 4 },
  );
}
