import type { MfaChallenge, Session } from '../../../worker/modules/auth/auth.schemas.ts'
import { apiRequest } from './client.ts'

export type { MfaChallenge, Session }

export interface Credentials {
  email: string
  password: string
}

/** A session, or a challenge for the second factor when the account has one. */
export const signIn = (credentials: Credentials) =>
  apiRequest<Session | MfaChallenge>('/api/v1/auth/sessions', { method: 'POST', body: credentials })

export const isMfaChallenge = (result: Session | MfaChallenge): result is MfaChallenge =>
  'mfaRequired' in result

export const getSession = (signal?: AbortSignal) => apiRequest<Session>('/api/v1/auth/session', { signal })

export const signOut = () => apiRequest<void>('/api/v1/auth/session', { method: 'DELETE' })

export interface SecondFactor {
  mfaToken: string
  code?: string
  recoveryCode?: string
}

export const verifySecondFactor = (body: SecondFactor) =>
  apiRequest<Session>('/api/v1/auth/sessions/mfa', { method: 'POST', body })
