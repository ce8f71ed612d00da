import { unavailable } from "@/lib/errors";

/**
 * A transaction holds one of the pool's connections from `begin` to `commit`. postgres-js queues a
 * `begin` without any limit when every connection is in a transaction (`connect_timeout` bounds
 * only the TCP/TLS handshake), so a request could wait for ever. Every transaction of the app
 * opens in db/scope.ts, so counting them here is counting reserved connections: a scope waits at
 * most `acquireTimeoutMs` for one of `size` slots, then fails with a clean 503.
 */
export class PoolSlots {
  private used = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    readonly size: number,
    readonly acquireTimeoutMs: number,
  ) {}

  async acquire(): Promise<() => void> {
    if (this.used < this.size) {
      this.used++;
      return this.releaser();
    }
    await new Promise<void>((resolve, reject) => {
      const grant = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(grant), 1);
        reject(unavailable(Math.max(1, Math.ceil(this.acquireTimeoutMs / 1000))));
      }, this.acquireTimeoutMs);
      this.waiting.push(grant);
    });
    // The slot was handed over by a release: `used` already counts it.
    return this.releaser();
  }

  private releaser(): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.used--;
    };
  }
}
