import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { useSubscription } from './hooks';

describe('useSubscription', () => {
  it('shows a change made between the first render and the subscription', async () => {
    let value = 'before';
    const listeners = new Set<() => void>();
    const source = {
      subscribe(listener: () => void) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    function View() {
      useSubscription(source);
      return <p>{value}</p>;
    }
    const root = document.createElement('div');

    render(<View />, root);
    // The source changes before the effect has subscribed: nobody is told.
    value = 'after';
    listeners.forEach((listener) => listener());
    // Preact runs the effect after the next paint.
    await new Promise((resolve) => setTimeout(resolve, 200));

    expect(root.textContent).toBe('after');
  });
});
