import { parseRoute, paths, type Route } from '../app/router';
import { canOpenRegistry, REGISTRY_CAPABILITIES, type RegistryCapability } from '../people/access';

/** The roles of docs/SECURITY.md. */
export const ROLES = [
  'PROVINCE_ADMIN',
  'DISTRICT_OFFICER',
  'COMMUNE_OFFICER',
  'TRAINER',
  'ANALYST',
  'DISTRICT_SYSTEM',
] as const;

export type Role = (typeof ROLES)[number];

/** Who is signed in, as the access token says (the server checks the token; this is for showing). */
export interface User {
  subject: string;
  /** The name to show (claim `name`, else `preferred_username`, else `sub`). */
  name: string;
  /** The first known role of the `roles` claim; null when the token has none the console knows. */
  role: Role | null;
  /** The official code of the unit the caller's scope covers (claim `unit`). */
  unit: string | null;
}

/** The claims of a JWT, read without checking the signature (the gateway and services check it). */
export function jwtClaims(token: string): Record<string, unknown> | null {
  const payload = token.split('.')[1];
  if (!payload) {
    return null;
  }
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    const claims: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return claims && typeof claims === 'object' && !Array.isArray(claims) ? (claims as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function userOf(claims: Record<string, unknown>): User {
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);
  const roles = Array.isArray(claims.roles) ? claims.roles : typeof claims.roles === 'string' ? [claims.roles] : [];
  const role = (ROLES as readonly unknown[]).find((known) => roles.includes(known)) as Role | undefined;
  const subject = text(claims.sub) ?? '';
  return {
    subject,
    name: text(claims.name) ?? text(claims.preferred_username) ?? subject,
    role: role ?? null,
    unit: text(claims.unit),
  };
}

/** What a user may open or do in the console; the services decide for real, on every request. */
export type Capability = 'overview' | 'teams' | 'createTeams' | 'courses' | 'createCourses' | RegistryCapability;

const CAPABILITIES: Record<Role, readonly Capability[]> = {
  PROVINCE_ADMIN: ['overview', 'teams', 'createTeams', 'courses', 'createCourses'],
  DISTRICT_OFFICER: ['overview', 'teams', 'createTeams', 'courses', 'createCourses'],
  COMMUNE_OFFICER: ['overview', 'teams', 'createTeams', 'courses', 'createCourses'],
  // Trainers read the teams of their area and courses; they change neither.
  TRAINER: ['overview', 'teams', 'courses'],
  // Analysts see aggregates only, never a person.
  ANALYST: ['overview'],
  // A district's software publishes events; it has nothing to do in the console.
  DISTRICT_SYSTEM: [],
};

export function can(user: User, capability: Capability): boolean {
  return (
    user.role !== null &&
    (CAPABILITIES[user.role].includes(capability) ||
      (REGISTRY_CAPABILITIES[user.role] as readonly Capability[]).includes(capability))
  );
}

/** Whether the console has anything for this user at all. */
export function usesConsole(user: User): boolean {
  return can(user, 'overview');
}

/**
 * Where a user starts: a commune officer on the commune's teams, the province on the province's
 * overview, everyone else on the overview of their unit.
 */
export function homeOf(user: User): string {
  if (user.role === 'COMMUNE_OFFICER' && user.unit) {
    return paths.teams(user.unit);
  }
  return paths.overview(user.unit ?? undefined);
}

/** Whether the user may open a page of the console (an unknown page is for the "not found" page). */
export function canOpen(user: User, route: Route): boolean {
  const registry = canOpenRegistry(route, (capability) => can(user, capability));
  if (registry !== null) {
    return registry;
  }
  switch (route.page) {
    case 'overview':
      return can(user, 'overview');
    case 'teams':
      return can(user, 'teams');
    case 'courses':
    case 'course':
      return can(user, 'courses');
    default:
      return true;
  }
}

/** Where to go after sign-in: back where the user was, if they may open it, else their start page. */
export function landingOf(user: User, returnTo: string): string {
  if (returnTo && returnTo !== '#') {
    const route = parseRoute(returnTo);
    if (route.page !== 'notFound' && canOpen(user, route)) {
      return returnTo;
    }
  }
  return homeOf(user);
}
