import type {
  ApiKey,
  ApiKeyList,
  CreateApiKeyBody,
  CreatedApiKey,
} from '../../../../worker/modules/api-keys/api-keys.schemas.ts'
import { apiRequest } from '../../api/client.ts'

export type { ApiKey, CreatedApiKey }

export const listApiKeys = (signal?: AbortSignal) => apiRequest<ApiKeyList>('/api/v1/api-keys', { signal })

export const createApiKey = (body: CreateApiKeyBody) =>
  apiRequest<CreatedApiKey>('/api/v1/api-keys', { method: 'POST', body })

export const revokeApiKey = (keyId: string) =>
  apiRequest<void>(`/api/v1/api-keys/${encodeURIComponent(keyId)}`, { method: 'DELETE' })
