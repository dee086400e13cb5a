import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import type { RegistryApi, ReportingApi, Rollup, RollupChange, UnitLevel } from '../api';

/** An EventSource the test drives: `open()`, `emit('rollup', data)`, `fail()`. */
export class FakeEventSource extends EventTarget {
  static readonly instances: FakeEventSource[] = [];
  readonly CONNECTING = 0;
  readonly OPEN = 1;
  readonly CLOSED = 2;
  readyState = 0;
  closed = false;

  constructor(readonly url: string) {
    super();
    FakeEventSource.instances.push(this);
  }

  static latest(): FakeEventSource {
    const source = FakeEventSource.instances[FakeEventSource.instances.length - 1];
    if (!source) {
      throw new Error('no EventSource was opened');
    }
    return source;
  }

  open(): void {
    this.readyState = 1;
    this.dispatchEvent(new Event('open'));
  }

  emit(type: string, data: unknown): void {
    this.dispatchEvent(new MessageEvent(type, { data: typeof data === 'string' ? data : JSON.stringify(data) }));
  }

  fail(giveUp = false): void {
    this.readyState = giveUp ? 2 : 0;
    this.dispatchEvent(new Event('error'));
  }

  close(): void {
    this.readyState = 2;
    this.closed = true;
  }
}

export function asOf(offset: number, eventTime = '2026-11-20T03:04:05Z') {
  return { eventTime, appliedAt: eventTime, partition: 0, offset };
}

export function rollup(
  code: string,
  name: string,
  level: UnitLevel,
  parentCode: string | null,
  figures: Partial<Rollup['figures']> = {},
  offset: number | null = 1,
): Rollup {
  return {
    unit: { code, name, level, parentCode },
    figures: {
      teams: 0,
      teamsCompliant: 0,
      mediators: 0,
      mediatorsWomen: 0,
      mediatorsEthnicMinority: 0,
      courses: 0,
      ...figures,
    },
    asOf: offset === null ? null : asOf(offset),
  };
}

export function change(unitCode: string, figures: RollupChange['figures'], offset: number, eventTime?: string): RollupChange {
  return { unitCode, figures, asOf: asOf(offset, eventTime) };
}

export const DISTRICTS: [string, string][] = [
  ['540', 'Thành phố Quy Nhơn'],
  ['542', 'Huyện An Lão'],
  ['543', 'Thị xã Hoài Nhơn'],
  ['544', 'Huyện Hoài Ân'],
  ['545', 'Huyện Phù Mỹ'],
  ['546', 'Huyện Vĩnh Thạnh'],
  ['547', 'Huyện Tây Sơn'],
  ['548', 'Huyện Phù Cát'],
  ['549', 'Thị xã An Nhơn'],
  ['550', 'Huyện Tuy Phước'],
  ['551', 'Huyện Vân Canh'],
];

/** A reporting API answering from a map of rollups and children; its feed is a FakeEventSource. */
export function fakeReporting(rollups: Rollup[], children: Record<string, string[]>): ReportingApi {
  const byCode = new Map(rollups.map((r) => [r.unit.code, r]));
  const find = (code: string) => {
    const found = byCode.get(code);
    return found ? Promise.resolve(structuredClone(found)) : Promise.reject(new Error(`no rollup ${code}`));
  };
  return {
    rollup: (code) => find(code),
    children: (code) => Promise.all((children[code] ?? []).map(find)),
    changes: () => new FakeEventSource('/api/reporting/rollups/changes') as unknown as EventSource,
  };
}

export function unusedRegistry(): RegistryApi {
  const fail = () => Promise.reject(new Error('not used in this test'));
  // Every method of the registry, whichever it has.
  return new Proxy({}, { get: () => fail }) as RegistryApi;
}

/** Renders into a fresh element in the document. */
export function mount(vnode: VNode): HTMLElement {
  const root = document.createElement('div');
  document.body.appendChild(root);
  act(() => {
    render(vnode, root);
  });
  return root;
}

/** Lets pending promises, renders and effects run. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

/** Settles until `check` passes (or fails with its last error after about a second). */
export async function waitFor(check: () => void, attempts = 50): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      check();
      return;
    } catch (error) {
      if (i >= attempts) {
        throw error;
      }
      await settle(1);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}
