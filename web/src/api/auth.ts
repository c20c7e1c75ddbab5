import type { Session } from '../../../worker/modules/auth/auth.schemas.ts'
import { apiRequest } from './client.ts'

export type { Session }

export interface Credentials {
  email: string
  password: string
}

export const signIn = (credentials: Credentials) =>
  apiRequest<Session>('/api/v1/auth/sessions', { method: 'POST', body: credentials })

export const getSession = (signal?: AbortSignal) => apiRequest<Session>('/api/v1/auth/session', { signal })

export const signOut = () => apiRequest<void>('/api/v1/auth/session', { method: 'DELETE' })
