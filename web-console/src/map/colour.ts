/**
 * The map's colour scale: light for little, dark for much (a sequential blue ramp, readable by people
 * with the common colour-vision deficiencies), linear from zero to the largest value shown.
 */
export const RAMP = [
  '#f7fbff',
  '#deebf7',
  '#c6dbef',
  '#9ecae1',
  '#6baed6',
  '#4292c6',
  '#2171b5',
  '#08519c',
  '#08306b',
] as const;

/** The fill for `value` when the largest value on the map is `max`. */
export function colourFor(value: number, max: number): string {
  const share = max > 0 ? Math.min(Math.max(value / max, 0), 1) : 0;
  const position = share * (RAMP.length - 1);
  const lower = Math.floor(position);
  const upper = Math.min(lower + 1, RAMP.length - 1);
  const [r0, g0, b0] = rgb(RAMP[lower]!);
  const [r1, g1, b1] = rgb(RAMP[upper]!);
  const f = position - lower;
  return hex([r0 + (r1 - r0) * f, g0 + (g1 - g0) * f, b0 + (b1 - b0) * f]);
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance(colour: string): number {
  const [r, g, b] = rgb(colour).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white, whichever reads better on `background`. */
export function textColourOn(background: string): string {
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? '#000000' : '#ffffff';
}

function rgb(colour: string): [number, number, number] {
  const h = colour.replace('#', '');
  return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)];
}

function hex(channels: number[]): string {
  return `#${channels.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}
