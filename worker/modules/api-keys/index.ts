export { API_KEY_PREFIX, authenticateApiKey, isApiKey } from './api-keys.auth.ts'
export { apiKeyRoutes } from './routes/index.ts'
