import {
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  startAuthentication,
  startRegistration,
  WebAuthnError,
} from '@simplewebauthn/browser'
import type {
  Passkey,
  PasskeyList,
  RecoveryCodes,
  TotpEnrolment,
} from '../../../../worker/modules/mfa/mfa.schemas.ts'
import type { Session } from '../../api/auth.ts'
import { ApiProblem, apiRequest } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'

export type { Passkey, TotpEnrolment }

export const startTotpEnrolment = () =>
  apiRequest<TotpEnrolment>('/api/v1/auth/mfa/totp', { method: 'POST', body: {} })

export const confirmTotpEnrolment = (code: string) =>
  apiRequest<RecoveryCodes>('/api/v1/auth/mfa/totp/confirm', { method: 'POST', body: { code } })

export const disableTotp = (proof: { code: string } | { password: string }) =>
  apiRequest<void>('/api/v1/auth/mfa/totp', { method: 'DELETE', body: proof })

export const regenerateRecoveryCodes = (code: string) =>
  apiRequest<RecoveryCodes>('/api/v1/auth/mfa/recovery-codes', { method: 'POST', body: { code } })

export const listPasskeys = (signal?: AbortSignal) =>
  apiRequest<PasskeyList>('/api/v1/auth/passkeys', { signal })

export const removePasskey = (id: string) =>
  apiRequest<void>(`/api/v1/auth/passkeys/${encodeURIComponent(id)}`, { method: 'DELETE' })

/** Asks the browser to create a passkey for this account and stores it under `name`. */
export async function addPasskey(name: string): Promise<Passkey> {
  const optionsJSON = await apiRequest<PublicKeyCredentialCreationOptionsJSON>(
    '/api/v1/auth/passkeys/registration-options',
    { method: 'POST', body: {} },
  )
  const response = await startRegistration({ optionsJSON })
  return apiRequest<Passkey>('/api/v1/auth/passkeys', {
    method: 'POST',
    body: { response, ...(name.trim() ? { name: name.trim() } : {}) },
  })
}

/**
 * Signs in with a passkey: the second step of a password sign-in when given its MFA token,
 * otherwise on its own (the browser offers the passkeys it has for this site).
 */
export async function signInWithPasskey(mfaToken?: string): Promise<Session> {
  const withToken = mfaToken ? { mfaToken } : {}
  const optionsJSON = await apiRequest<PublicKeyCredentialRequestOptionsJSON>(
    '/api/v1/auth/passkeys/authentication-options',
    { method: 'POST', body: withToken },
  )
  const response = await startAuthentication({ optionsJSON })
  return apiRequest<Session>('/api/v1/auth/passkeys/authenticate', {
    method: 'POST',
    body: { response, ...withToken },
  })
}

/** What to tell someone when a passkey ceremony fails: the server's reason, or the browser's. */
export function passkeyMessageOf(error: unknown): string {
  if (error instanceof ApiProblem) return messageOf(error)
  if (error instanceof WebAuthnError && error.code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED')
    return 'This device already holds a passkey for your account.'
  if (error instanceof Error && (error.name === 'NotAllowedError' || error.name === 'AbortError'))
    return 'The passkey request was cancelled or timed out. Try again when you are ready.'
  return 'This browser could not use a passkey. Try another method.'
}
