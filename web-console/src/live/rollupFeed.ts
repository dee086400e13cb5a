import type { RollupChange } from '../api';
import type { RollupStore } from './rollupStore';

export type FeedStatus = 'connecting' | 'open' | 'reconnecting' | 'closed';

/** How long to wait before opening the stream again after the browser gave up on it. */
const RETRY_DELAYS_MS = [2_000, 5_000, 15_000, 30_000];

/**
 * The live change feed (SSE, event name "rollup") feeding the {@link RollupStore}. The browser
 * reconnects by itself after a dropped connection; when it gives up (the gateway answered 503, say)
 * the feed opens the stream again later. After any interruption the store is invalidated, so the
 * pages load what they show again instead of trusting figures that may have missed a change.
 */
export class RollupFeed {
  private source: EventSource | null = null;
  private statusValue: FeedStatus = 'closed';
  private interrupted = false;
  private attempts = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly open: () => EventSource,
    private readonly store: RollupStore,
    private readonly retryDelaysMs: number[] = RETRY_DELAYS_MS,
  ) {}

  get status(): FeedStatus {
    return this.statusValue;
  }

  start(): void {
    if (this.source || this.timer) {
      return;
    }
    this.connect();
  }

  stop(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.source?.close();
    this.source = null;
    this.setStatus('closed');
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private connect(): void {
    this.timer = null;
    this.setStatus(this.interrupted ? 'reconnecting' : 'connecting');
    let source: EventSource;
    try {
      source = this.open();
    } catch {
      this.retryLater();
      return;
    }
    this.source = source;
    source.addEventListener('open', () => {
      this.attempts = 0;
      if (this.interrupted) {
        this.interrupted = false;
        this.store.invalidate();
      }
      this.setStatus('open');
    });
    source.addEventListener('rollup', (event) => {
      const change = parse((event as MessageEvent<string>).data);
      if (change) {
        this.store.apply(change);
      }
    });
    source.addEventListener('error', () => {
      this.interrupted = true;
      if (source.readyState === 2 /* CLOSED: the browser will not retry */) {
        source.close();
        this.source = null;
        this.retryLater();
      } else {
        this.setStatus('reconnecting');
      }
    });
  }

  private retryLater(): void {
    this.interrupted = true;
    const delay = this.retryDelaysMs[Math.min(this.attempts, this.retryDelaysMs.length - 1)] ?? 30_000;
    this.attempts += 1;
    this.setStatus('reconnecting');
    this.timer = setTimeout(() => this.connect(), delay);
  }

  private setStatus(status: FeedStatus): void {
    if (status !== this.statusValue) {
      this.statusValue = status;
      for (const listener of [...this.listeners]) {
        listener();
      }
    }
  }
}

function parse(data: unknown): RollupChange | null {
  if (typeof data !== 'string') {
    return null;
  }
  try {
    const change = JSON.parse(data) as RollupChange;
    return change && typeof change.unitCode === 'string' && change.figures && change.asOf ? change : null;
  } catch {
    return null;
  }
}
