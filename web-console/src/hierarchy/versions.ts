import type { HierarchyVersion, UnitLineage, UnitShare } from '../api/reporting';

/*
 * The two versions of the administrative hierarchy (issue #12). A unit's id says its version: the
 * three-tier units of 2025-03-01 by their official code ("52", "540", "21550"), the two-tier units in
 * force from 2025-07-01 by code and suffix ("52@2025-07-01", "21553@2025-07-01"), since some old codes
 * now name other units.
 */

/** Province, district, commune: until 30/06/2025. */
export const THREE_TIER: HierarchyVersion = '2025-03-01';
/** Province, commune: from 01/07/2025. */
export const TWO_TIER: HierarchyVersion = '2025-07-01';

/** The version a unit id belongs to: its suffix, or the three-tier baseline without one. */
export function hierarchyOf(unitId: string): HierarchyVersion {
  const at = unitId.indexOf('@');
  return at < 0 ? THREE_TIER : (unitId.slice(at + 1) as HierarchyVersion);
}

/** The official code without the version: "21553@2025-07-01" → "21553". */
export function officialCode(unitId: string): string {
  const at = unitId.indexOf('@');
  return at < 0 ? unitId : unitId.slice(0, at);
}

export function isTwoTier(unitId: string): boolean {
  return hierarchyOf(unitId) === TWO_TIER;
}

/** The units of the other version a unit is linked to: those it was formed from, or went into. */
export function linksOf(lineage: UnitLineage): UnitShare[] {
  return lineage.formedFrom.length > 0 ? lineage.formedFrom : lineage.wentInto;
}

/**
 * The one unit of the other version that stands for this one, if there is one: the only unit it is
 * linked to, else the linked unit of the same official code (52@2025-07-01 ↔ 52), else none (a new
 * commune formed from several old ones, say).
 */
export function counterpartOf(lineage: UnitLineage): UnitShare['unit'] | null {
  const links = linksOf(lineage);
  if (links.length === 1) {
    return links[0]!.unit;
  }
  const code = officialCode(lineage.unit.code);
  return links.find((link) => officialCode(link.unit.code) === code)?.unit ?? null;
}
