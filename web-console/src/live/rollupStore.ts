import type { AsOf, Rollup, RollupChange } from '../api';

/**
 * The rollups the console has seen, by unit code, kept current from two sources: answers to GET
 * requests and changes pushed on the SSE feed. Whichever is newer wins, so a slow GET answer never
 * hides a change that arrived before it (a unit's records stay in one partition of
 * `reporting.rollup`, where a higher offset is newer).
 */
export class RollupStore {
  private readonly rollups = new Map<string, Rollup>();
  /** Changes for units not loaded yet, applied when (and if) they are. */
  private readonly pending = new Map<string, RollupChange>();
  private readonly listeners = new Set<() => void>();
  private epochValue = 0;

  get(unitCode: string): Rollup | undefined {
    return this.rollups.get(unitCode);
  }

  /**
   * Grows when the feed was interrupted and changes may have been missed: whoever shows rollups
   * loads them again.
   */
  get epoch(): number {
    return this.epochValue;
  }

  /** Stores a rollup the API answered with, unless a newer one is already here. */
  put(rollup: Rollup): void {
    const code = rollup.unit.code;
    let incoming = rollup;
    const change = this.pending.get(code);
    if (change) {
      this.pending.delete(code);
      if (isNewer(change.asOf, incoming.asOf)) {
        incoming = merge(incoming, change);
      }
    }
    const current = this.rollups.get(code);
    if (current && !isNewer(incoming.asOf, current.asOf)) {
      return;
    }
    this.rollups.set(code, incoming);
    this.notify();
  }

  /** Applies a change from the feed; true when it changed what is shown. */
  apply(change: RollupChange): boolean {
    const current = this.rollups.get(change.unitCode);
    if (!current) {
      const waiting = this.pending.get(change.unitCode);
      if (!waiting || isNewer(change.asOf, waiting.asOf)) {
        this.pending.set(change.unitCode, change);
      }
      return false;
    }
    if (!isNewer(change.asOf, current.asOf)) {
      return false;
    }
    this.rollups.set(change.unitCode, merge(current, change));
    this.notify();
    return true;
  }

  /** Marks everything as possibly stale (the feed reconnected). */
  invalidate(): void {
    this.pending.clear();
    this.epochValue += 1;
    this.notify();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const listener of [...this.listeners]) {
      listener();
    }
  }
}

function merge(rollup: Rollup, change: RollupChange): Rollup {
  return { unit: rollup.unit, figures: { ...rollup.figures, ...change.figures }, asOf: change.asOf };
}

/** Is `candidate` strictly newer than `current`? Nothing is newer than something; anything is newer than nothing. */
export function isNewer(candidate: AsOf | null, current: AsOf | null): boolean {
  if (!candidate) {
    return false;
  }
  if (!current) {
    return true;
  }
  if (candidate.partition === current.partition) {
    return candidate.offset > current.offset;
  }
  // Another partition (the topic was repartitioned): the later one wins.
  const byEvent = Date.parse(candidate.eventTime) - Date.parse(current.eventTime);
  return byEvent !== 0 ? byEvent > 0 : Date.parse(candidate.appliedAt) > Date.parse(current.appliedAt);
}
