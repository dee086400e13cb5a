import type { ApiClient } from './client';
import type { Course, PlanCourse } from './types';

/** The training service's courses, through the gateway. */
export interface TrainingApi {
  /** Plans a course; field errors come back as a ProblemError. */
  planCourse(request: PlanCourse): Promise<Course>;
  /** One course (GET /api/training/courses/{id}); 404 when there is none. */
  course(id: string, signal?: AbortSignal): Promise<Course>;
}

export function trainingApi(client: ApiClient): TrainingApi {
  const base = '/api/training/courses';
  return {
    planCourse: (request) => client.post<Course>(base, request),
    course: (id, signal) => client.get<Course>(`${base}/${encodeURIComponent(id)}`, { signal }),
  };
}
