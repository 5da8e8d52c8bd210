export { ApiClient, type ApiClientOptions, type InitiativeQuery, type RequestOptions } from './client.js';
export { ApiError, type ApiErrorKind, type FieldProblem } from './errors.js';
export type * from './resources.js';
