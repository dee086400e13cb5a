import { create } from 'qrcode';
import { useMemo } from 'preact/hooks';

/**
 * A QR code drawn as SVG (crisp at any size, black on white for any phone's camera), built in the
 * browser by the `qrcode` library: nothing is fetched. The quiet zone of 4 modules is part of it.
 */
export function QrCode({ text, label, class: className }: { text: string; label: string; class?: string }) {
  const { size, path } = useMemo(() => qrPath(text), [text]);
  return (
    <svg class={className} role="img" aria-label={label} viewBox={`0 0 ${size} ${size}`}
      shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

const QUIET = 4;

/** The dark modules of the code as one SVG path, with the quiet zone around it. */
export function qrPath(text: string): { size: number; path: string; modules: number } {
  const qr = create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const parts: string[] = [];
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      if (qr.modules.get(row, col)) {
        // A run of dark modules on the row is one rectangle.
        let end = col;
        while (end + 1 < n && qr.modules.get(row, end + 1)) {
          end++;
        }
        parts.push(`M${col + QUIET} ${row + QUIET}h${end - col + 1}v1h-${end - col + 1}z`);
        col = end;
      }
    }
  }
  return { size: n + 2 * QUIET, path: parts.join(''), modules: n };
}
