import { describe, expect, it, vi } from 'vitest';
import { change, rollup } from '../test/fakes';
import { RollupFeed } from './rollupFeed';
import { RollupStore } from './rollupStore';
import { FakeEventSource } from '../test/fakes';

describe('the live rollup store', () => {
  it('keeps a change that arrived before the answer to an older request', () => {
    const store = new RollupStore();
    store.apply(change('540', { teams: 5 }, 20));
    store.put(rollup('540', 'Thành phố Quy Nhơn', 'DISTRICT', '52', { teams: 4, mediators: 12 }, 19));
    expect(store.get('540')!.figures).toMatchObject({ teams: 5, mediators: 12 });
    expect(store.get('540')!.asOf!.offset).toBe(20);
  });

  it('does not let a stale answer replace newer figures', () => {
    const store = new RollupStore();
    store.put(rollup('52', 'Tỉnh Bình Định', 'PROVINCE', null, { teams: 7 }, 30));
    store.put(rollup('52', 'Tỉnh Bình Định', 'PROVINCE', null, { teams: 6 }, 29));
    expect(store.get('52')!.figures.teams).toBe(7);
  });

  it('asks the pages to load again after the feed was interrupted', () => {
    vi.useFakeTimers();
    try {
      const store = new RollupStore();
      const sources: FakeEventSource[] = [];
      const feed = new RollupFeed(() => {
        const source = new FakeEventSource('/changes');
        sources.push(source);
        return source as unknown as EventSource;
      }, store, [1000]);
      feed.start();
      sources[0]!.open();
      expect(feed.status).toBe('open');
      expect(store.epoch).toBe(0);

      // The browser gave up (the gateway answered 503): the feed opens a new stream later.
      sources[0]!.fail(true);
      expect(feed.status).toBe('reconnecting');
      vi.advanceTimersByTime(1000);
      expect(sources).toHaveLength(2);
      sources[1]!.open();
      expect(feed.status).toBe('open');
      expect(store.epoch).toBe(1);
      feed.stop();
      expect(sources[1]!.closed).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
