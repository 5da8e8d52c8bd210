export { ApiClient, type ApiClientOptions, type RequestOptions } from './client.js';
export { staticFetch } from './static.js';
export * from './endpoints.js';
export * from './participation.js';
export * from './similar.js';
export { ApiError, type ApiErrorKind, type FieldProblem } from './errors.js';
export * from './resources.js';
export { any, arr, bool, nullable, num, obj, optional, str, ShapeError, type Check } from './shape.js';
