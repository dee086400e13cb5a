import { layoutDistricts, type DistrictCollection, type MapLayout } from './geo';

let layout: Promise<MapLayout> | undefined;

/**
 * The 11 districts of Bình Định (official boundaries of 2025-03-01; `district_code` is the unit
 * code), laid out once. Loaded on demand, as its own file, so the first page shows without waiting.
 */
export function loadBinhDinhDistricts(): Promise<MapLayout> {
  layout ??= import('./binh-dinh-districts-2025-03-01.geojson?raw').then((module) =>
    layoutDistricts(JSON.parse(module.default) as DistrictCollection),
  );
  return layout;
}

/** The province these districts belong to. */
export const BINH_DINH = '52';
