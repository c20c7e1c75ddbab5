import type {
  Accepted,
  EmailConfirmed,
  SessionInfo,
  SessionList,
} from '../../../../worker/modules/account/account.schemas.ts'
import type { Session } from '../../api/auth.ts'
import { apiRequest } from '../../api/client.ts'

export type { Accepted, EmailConfirmed, SessionInfo }

export interface SignUpForm {
  name: string
  email: string
  password: string
  organisationName: string
}

export const signUp = (body: SignUpForm) =>
  apiRequest<Session>('/api/v1/auth/signup', { method: 'POST', body })

export const confirmEmail = (token: string) =>
  apiRequest<EmailConfirmed>('/api/v1/auth/email-verification/confirm', { method: 'POST', body: { token } })

export const resendVerificationEmail = () =>
  apiRequest<Accepted>('/api/v1/auth/email-verification', { method: 'POST' })

export const requestPasswordReset = (email: string) =>
  apiRequest<Accepted>('/api/v1/auth/password-reset', { method: 'POST', body: { email } })

export const confirmPasswordReset = (token: string, password: string) =>
  apiRequest<void>('/api/v1/auth/password-reset/confirm', { method: 'POST', body: { token, password } })

export const changePassword = (currentPassword: string, newPassword: string) =>
  apiRequest<void>('/api/v1/auth/password', { method: 'POST', body: { currentPassword, newPassword } })

export const switchTenant = (tenantId: string) =>
  apiRequest<Session>('/api/v1/auth/session/tenant', { method: 'POST', body: { tenantId } })

export const listSessions = (signal?: AbortSignal) =>
  apiRequest<SessionList>('/api/v1/auth/sessions', { signal })

export const revokeSession = (sessionId: string) =>
  apiRequest<void>(`/api/v1/auth/sessions/${encodeURIComponent(sessionId)}`, { method: 'DELETE' })

export const signOutOtherSessions = () =>
  apiRequest<{ revoked: number }>('/api/v1/auth/sessions', { method: 'DELETE' })
