/**
 * Draws administrative boundaries (GeoJSON, WGS 84) as SVG paths, with no map tiles: an
 * equirectangular projection scaled by the cosine of the middle latitude, which is true enough at
 * the size of a province.
 */

type Position = [number, number];
type Ring = Position[];

export interface DistrictFeature {
  type: 'Feature';
  properties: { district_code: string; name: string };
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}

export interface DistrictCollection {
  type: 'FeatureCollection';
  features: DistrictFeature[];
}

export interface DistrictShape {
  code: string;
  name: string;
  /** SVG path data, in the layout's coordinates. */
  d: string;
  /** Where a label sits: the centroid of the largest part. */
  labelX: number;
  labelY: number;
}

export interface MapLayout {
  width: number;
  height: number;
  shapes: DistrictShape[];
}

/** Points closer than this (in layout units) to the previous one are dropped. */
const MIN_STEP = 0.6;

export function layoutDistricts(collection: DistrictCollection, width = 400, padding = 6): MapLayout {
  const polygonsOf = (feature: DistrictFeature): Ring[][] =>
    feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;

  let minLon = Infinity;
  let maxLon = -Infinity;
  let minLat = Infinity;
  let maxLat = -Infinity;
  for (const feature of collection.features) {
    for (const polygon of polygonsOf(feature)) {
      for (const ring of polygon) {
        for (const [lon, lat] of ring) {
          minLon = Math.min(minLon, lon);
          maxLon = Math.max(maxLon, lon);
          minLat = Math.min(minLat, lat);
          maxLat = Math.max(maxLat, lat);
        }
      }
    }
  }
  const cos = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const scale = (width - 2 * padding) / ((maxLon - minLon) * cos || 1);
  const height = Math.ceil((maxLat - minLat) * scale + 2 * padding);
  const project = ([lon, lat]: Position): Position => [
    padding + (lon - minLon) * cos * scale,
    padding + (maxLat - lat) * scale,
  ];

  const shapes = collection.features.map((feature): DistrictShape => {
    let d = '';
    let largest: { area: number; x: number; y: number } = { area: -1, x: width / 2, y: height / 2 };
    for (const polygon of polygonsOf(feature)) {
      polygon.forEach((ring, index) => {
        const points = simplify(ring.map(project));
        if (points.length < 3) {
          return;
        }
        d += `M${points.map(([x, y]) => `${round(x)} ${round(y)}`).join('L')}Z`;
        if (index === 0) {
          const centroid = centroidOf(points);
          if (centroid.area > largest.area) {
            largest = centroid;
          }
        }
      });
    }
    return {
      code: feature.properties.district_code,
      name: feature.properties.name,
      d,
      labelX: round(largest.x),
      labelY: round(largest.y),
    };
  });
  return { width, height, shapes };
}

function simplify(points: Position[]): Position[] {
  const kept: Position[] = [];
  for (const point of points) {
    const last = kept[kept.length - 1];
    if (!last || Math.hypot(point[0] - last[0], point[1] - last[1]) >= MIN_STEP) {
      kept.push(point);
    }
  }
  return kept;
}

/** Area and centroid of a ring (shoelace formula). */
function centroidOf(points: Position[]): { area: number; x: number; y: number } {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < points.length; i++) {
    const [x0, y0] = points[i]!;
    const [x1, y1] = points[(i + 1) % points.length]!;
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  area /= 2;
  if (Math.abs(area) < 1e-9) {
    const [x, y] = points[0]!;
    return { area: 0, x, y };
  }
  return { area: Math.abs(area), x: cx / (6 * area), y: cy / (6 * area) };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
