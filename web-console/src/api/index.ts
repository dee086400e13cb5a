import { ApiClient } from './client';
import { registryApi } from './registry';
import { planApi, reportingApi } from './reporting';
import { trainingApi } from './training';

export * from './types';
export * from './problem';
export type { TokenProvider } from './auth';
export { ApiClient } from './client';
export type { RegistryApi } from './registry';
export type { PlanApi, ReportingApi } from './reporting';
export type { TrainingApi } from './training';

/** The console's client of the gateway, on the origin that served it. */
export const apiClient = new ApiClient();

/** Sign-in (src/auth) installs its token source here. */
export const setTokenProvider = apiClient.setTokenProvider.bind(apiClient);

export const reporting = reportingApi(apiClient);
export const registry = registryApi(apiClient);
export const training = trainingApi(apiClient);
export const plan = planApi(apiClient);
