import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { mount } from '../test/fakes';
import { colourFor, contrastRatio, relativeLuminance, textColourOn } from './colour';
import { DistrictMap } from './DistrictMap';
import { loadBinhDinhDistricts } from './districts';

function fillOf(root: HTMLElement, code: string): string {
  return root.querySelector(`path[data-code="${code}"]`)!.getAttribute('fill')!;
}

describe('the district map', () => {
  it("draws Bình Định's 11 districts, darker where the figure is larger", async () => {
    const layout = await loadBinhDinhDistricts();
    const values = new Map([
      ['540', 40],
      ['542', 10],
      ['543', 0],
    ]);
    const root = mount(<DistrictMap layout={layout} values={values} figureLabel="Tổ hòa giải" onSelect={() => {}} />);

    const paths = root.querySelectorAll('path[data-code]');
    expect(paths).toHaveLength(11);
    expect([...paths].map((p) => p.getAttribute('data-code')).sort()).toEqual(
      ['540', '542', '543', '544', '545', '546', '547', '548', '549', '550', '551'],
    );
    for (const path of paths) {
      expect(path.getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+L.*Z$/);
    }

    const quyNhon = relativeLuminance(fillOf(root, '540'));
    const anLao = relativeLuminance(fillOf(root, '542'));
    const hoaiNhon = relativeLuminance(fillOf(root, '543'));
    expect(quyNhon).toBeLessThan(anLao);
    expect(anLao).toBeLessThan(hoaiNhon);
    // A district without figures is not coloured as if it had none.
    expect(fillOf(root, '551')).toBe('#e6e6e6');
    // Names and values are there for screen readers.
    expect(root.querySelector('path[data-code="540"]')!.getAttribute('aria-label')).toBe(
      'Thành phố Quy Nhơn: 40 (Tổ hòa giải)',
    );
  });

  it('drills down when a district is clicked, or chosen with the keyboard', async () => {
    const layout = await loadBinhDinhDistricts();
    const onSelect = vi.fn();
    const root = mount(
      <DistrictMap layout={layout} values={new Map([['547', 3]])} figureLabel="Tổ hòa giải" selectedCode="547" onSelect={onSelect} />,
    );
    const taySon = root.querySelector<SVGPathElement>('path[data-code="547"]')!;
    expect(taySon.getAttribute('aria-current')).toBe('true');
    expect(taySon.getAttribute('tabindex')).toBe('0');

    act(() => {
      root.querySelector('path[data-code="549"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    expect(onSelect).toHaveBeenLastCalledWith('549');

    act(() => {
      taySon.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(onSelect).toHaveBeenLastCalledWith('547');
  });

  it('keeps the colour scale monotonic and labels readable', () => {
    let previous = Infinity;
    for (let value = 0; value <= 100; value += 5) {
      const luminance = relativeLuminance(colourFor(value, 100));
      expect(luminance).toBeLessThan(previous);
      previous = luminance;
    }
    for (let value = 0; value <= 100; value += 5) {
      const fill = colourFor(value, 100);
      expect(contrastRatio(fill, textColourOn(fill))).toBeGreaterThanOrEqual(4.5);
    }
    // Nothing anywhere: everything light, no division by zero.
    expect(colourFor(0, 0)).toBe('#f7fbff');
  });
});
