/**
 * The life of one QR sign-in, as pure functions over its record: who asked (the desktop,
 * bound by the hash of a secret only its browser holds), who approved (the phone), and
 * whether it has been used. Time is passed in, so a login lapses at `expiresAt` whether or
 * not the alarm has run yet.
 */
import { fromHex, timingSafeEqual } from '../../worker/lib/crypto.ts'

export const QR_LOGIN_TTL_MS = 2 * 60 * 1000

export const LOGIN_STATES = ['pending', 'approved', 'denied', 'consumed', 'expired'] as const
export type LoginState = (typeof LOGIN_STATES)[number]

export interface Requester {
  userAgent: string | null
  ip: string | null
  location: string | null
}

export interface Approver {
  userId: string
  tenantId: string
}

export interface LoginRecord {
  loginId: string
  /** SHA-256 of the secret in the desktop browser's cookie; the secret itself never comes here. */
  secretHash: string
  requester: Requester
  createdAt: number
  expiresAt: number
  state: LoginState
  decidedBy: Approver | null
  decidedAt: number | null
}

/** What leaves the object: everything but the browser's secret hash. */
export type LoginView = Omit<LoginRecord, 'secretHash'>

export type Refusal =
  | 'not_found'
  | 'wrong_browser'
  | 'already_decided'
  | 'not_approved'
  | 'denied'
  | 'consumed'
  | 'expired'

export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: Refusal }

export function newRecord(
  loginId: string,
  secretHash: string,
  requester: Requester,
  now: number,
): LoginRecord {
  return {
    loginId,
    secretHash,
    requester,
    createdAt: now,
    expiresAt: now + QR_LOGIN_TTL_MS,
    state: 'pending',
    decidedBy: null,
    decidedAt: null,
  }
}

/** The state as of `now`: an undecided or unused login has lapsed once its time is up. */
export function stateAt(record: LoginRecord, now: number): LoginState {
  const live = record.state === 'pending' || record.state === 'approved'
  return live && now >= record.expiresAt ? 'expired' : record.state
}

export function viewOf(record: LoginRecord, now: number): LoginView {
  const { secretHash: _, ...view } = record
  return { ...view, state: stateAt(record, now) }
}

/** The phone's answer; only a pending login can take one, and only once. */
export function decide(
  record: LoginRecord | undefined,
  now: number,
  decision: 'approve' | 'deny',
  by: Approver,
): Outcome<LoginRecord> {
  if (!record) return { ok: false, reason: 'not_found' }
  const state = stateAt(record, now)
  if (state === 'expired') return { ok: false, reason: 'expired' }
  if (state !== 'pending') return { ok: false, reason: 'already_decided' }
  return {
    ok: true,
    value: {
      ...record,
      state: decision === 'approve' ? 'approved' : 'denied',
      decidedBy: by,
      decidedAt: now,
    },
  }
}

/** Checks that the caller is the browser that asked, without telling other browsers anything else. */
export function sameBrowser(record: LoginRecord | undefined, secretHash: string): Outcome<LoginRecord> {
  if (!record) return { ok: false, reason: 'not_found' }
  const valid = /^[0-9a-f]{64}$/.test(secretHash)
  if (!valid || !timingSafeEqual(fromHex(record.secretHash), fromHex(secretHash))) {
    return { ok: false, reason: 'wrong_browser' }
  }
  return { ok: true, value: record }
}

/** The desktop collects an approved login: once, before it expires, from the browser that asked. */
export function consume(
  record: LoginRecord | undefined,
  now: number,
  secretHash: string,
): Outcome<{ record: LoginRecord; approver: Approver }> {
  const browser = sameBrowser(record, secretHash)
  if (!browser.ok) return browser
  const current = browser.value
  const state = stateAt(current, now)
  if (state === 'approved' && current.decidedBy) {
    return { ok: true, value: { record: { ...current, state: 'consumed' }, approver: current.decidedBy } }
  }
  if (state === 'pending' || state === 'approved') return { ok: false, reason: 'not_approved' }
  return { ok: false, reason: state }
}
