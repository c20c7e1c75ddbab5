// The editor's working copy of a code: every field as the form holds it (text for numbers and
// times, empty for "not set"), turned into the API's shapes only when saved.
import type { Weekday } from '../../../../worker/modules/brands/branch-details.ts'
import type {
  CreateQrCodeBody,
  QrCode,
  QrDesign,
  QrKind,
  QrRule,
  QrStaticPayload,
  QrStatus,
  QrTarget,
  QrTargetType,
  StaticKind,
  UpdateQrCodeBody,
} from './qr-api.ts'

export type Device = 'ios' | 'android' | 'desktop'

export interface TargetDraft {
  type: QrTargetType
  branchId: string
  sectionId: string
  staffMemberId: string
  phone: string
  message: string
  url: string
}

export interface RuleDraft {
  /** Stable across reordering, for React keys and focus. */
  key: string
  label: string
  devices: Device[]
  /** Two-letter codes as typed, separated by commas or spaces. */
  countries: string
  days: Weekday[]
  from: string
  until: string
  target: TargetDraft
}

export interface UtmDraft {
  source: string
  medium: string
  campaign: string
  term: string
  content: string
}

export interface PayloadDrafts {
  wifi: { ssid: string; password: string; encryption: 'WPA' | 'WEP' | 'nopass'; hidden: boolean }
  vcard: {
    name: string
    organisation: string
    title: string
    phone: string
    email: string
    url: string
    address: string
  }
  text: { text: string }
  sms: { phone: string; message: string }
  email: { to: string; subject: string; body: string }
  phone: { phone: string }
}

export interface QrDraft {
  kind: QrKind
  label: string
  placement: string
  branchId: string
  target: TargetDraft
  rules: RuleDraft[]
  utmOn: boolean
  utm: UtmDraft
  payloads: PayloadDrafts
  design: QrDesign
  /** The chosen logo's address, for the preview. */
  logoUrl: string | null
  /** keep: leave as saved; set: use `password`; none: no password. */
  passwordMode: 'keep' | 'set' | 'none'
  password: string
  scanLimit: string
  /** A datetime-local value in this browser's time zone. */
  expiresAt: string
  status: QrStatus
}

export const emptyTarget = (branchId: string): TargetDraft => ({
  type: branchId ? 'microsite' : 'url',
  branchId,
  sectionId: '',
  staffMemberId: '',
  phone: '',
  message: '',
  url: '',
})

const EMPTY_PAYLOADS: PayloadDrafts = {
  wifi: { ssid: '', password: '', encryption: 'WPA', hidden: false },
  vcard: { name: '', organisation: '', title: '', phone: '', email: '', url: '', address: '' },
  text: { text: '' },
  sms: { phone: '', message: '' },
  email: { to: '', subject: '', body: '' },
  phone: { phone: '' },
}

const EMPTY_UTM: UtmDraft = { source: 'qr', medium: 'print', campaign: '', term: '', content: '' }

let keys = 0
export const newRuleKey = () => `rule-${++keys}`

export const newRule = (branchId: string): RuleDraft => ({
  key: newRuleKey(),
  label: '',
  devices: [],
  countries: '',
  days: [],
  from: '',
  until: '',
  target: emptyTarget(branchId),
})

export function newDraft(branchId: string, design: QrDesign): QrDraft {
  return {
    kind: 'dynamic',
    label: '',
    placement: '',
    branchId,
    target: emptyTarget(branchId),
    rules: [],
    utmOn: true,
    utm: EMPTY_UTM,
    payloads: EMPTY_PAYLOADS,
    design,
    logoUrl: null,
    passwordMode: 'none',
    password: '',
    scanLimit: '',
    expiresAt: '',
    status: 'active',
  }
}

export function targetDraft(target: QrTarget | null | undefined, branchId: string): TargetDraft {
  if (!target) return emptyTarget(branchId)
  return { ...emptyTarget(''), ...target } as TargetDraft
}

export function draftFromCode(code: QrCode): QrDraft {
  const base = newDraft(code.branchId ?? '', code.design)
  const payloads = code.payload
    ? { ...base.payloads, [code.payload.type]: { ...base.payloads[code.payload.type], ...code.payload } }
    : base.payloads
  return {
    ...base,
    kind: code.kind,
    label: code.label,
    placement: code.placement ?? '',
    target: targetDraft(code.target, code.branchId ?? ''),
    rules: code.rules.map((rule) => ({
      key: newRuleKey(),
      label: rule.label ?? '',
      devices: rule.devices ?? [],
      countries: (rule.countries ?? []).join(', '),
      days: rule.days ?? [],
      from: rule.from ?? '',
      until: rule.until ?? '',
      target: targetDraft(rule.target, code.branchId ?? ''),
    })),
    utmOn: code.utm !== null,
    utm: code.utm
      ? { ...EMPTY_UTM, ...code.utm, campaign: code.utm.campaign ?? '', term: code.utm.term ?? '' }
      : EMPTY_UTM,
    payloads: payloads as PayloadDrafts,
    logoUrl: code.logoUrl,
    passwordMode: code.passwordProtected ? 'keep' : 'none',
    scanLimit: code.scanLimit === null ? '' : String(code.scanLimit),
    expiresAt: code.expiresAt ? toLocalInput(code.expiresAt) : '',
    status: code.status,
  }
}

/** Only the keys a target of its type takes; empty text is "not given". */
export function toTarget(d: TargetDraft): QrTarget {
  const given = (value: string) => (value.trim() === '' ? undefined : value.trim())
  const pick = (keys: (keyof TargetDraft)[]) =>
    Object.fromEntries(keys.flatMap((k) => (given(d[k]) === undefined ? [] : [[k, given(d[k])]])))
  const fields: Record<QrTargetType, (keyof TargetDraft)[]> = {
    microsite: ['branchId'],
    section: ['branchId', 'sectionId'],
    lead_form: ['branchId'],
    vcard: ['branchId', 'staffMemberId'],
    whatsapp: ['branchId', 'phone', 'message'],
    review: ['branchId', 'url'],
    url: ['url'],
  }
  // Incomplete targets go as typed: the server names the missing field next to it.
  return { type: d.type, ...pick(fields[d.type]) } as QrTarget
}

function toRule(r: RuleDraft): QrRule {
  const countries = r.countries
    .split(/[\s,]+/)
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean)
  return {
    ...(r.label.trim() ? { label: r.label.trim() } : {}),
    ...(r.devices.length ? { devices: r.devices } : {}),
    ...(countries.length ? { countries } : {}),
    ...(r.days.length ? { days: r.days } : {}),
    ...(r.from ? { from: r.from } : {}),
    ...(r.until ? { until: r.until } : {}),
    target: toTarget(r.target),
  }
}

export function toPayload(kind: StaticKind, payloads: PayloadDrafts): QrStaticPayload {
  const optional = (entries: Record<string, string>) =>
    Object.fromEntries(Object.entries(entries).filter(([, v]) => v.trim() !== ''))
  switch (kind) {
    case 'wifi': {
      const w = payloads.wifi
      const password = w.encryption === 'nopass' || w.password === '' ? {} : { password: w.password }
      return { type: 'wifi', ssid: w.ssid, encryption: w.encryption, hidden: w.hidden, ...password }
    }
    case 'vcard': {
      const { name, ...rest } = payloads.vcard
      return { type: 'vcard', name, ...optional(rest) }
    }
    case 'text':
      return { type: 'text', text: payloads.text.text }
    case 'sms':
      return { type: 'sms', phone: payloads.sms.phone, ...optional({ message: payloads.sms.message }) }
    case 'email': {
      const { to, ...rest } = payloads.email
      return { type: 'email', to: to.trim(), ...optional(rest) }
    }
    case 'phone':
      return { type: 'phone', phone: payloads.phone.phone }
  }
}

function utmOf(d: QrDraft) {
  if (!d.utmOn) return null
  const { source, medium, ...rest } = d.utm
  const set = (v: string) => (v.trim() === '' ? undefined : v.trim())
  return Object.fromEntries(
    Object.entries({ source: set(source), medium: set(medium), ...rest }).filter(
      ([, v]) => v !== undefined && v.trim() !== '',
    ),
  ) as { source: string; medium: string }
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim())

/** The fields both create and update take, for this draft's kind. */
function commonFields(d: QrDraft) {
  const scanLimit = d.scanLimit.trim() === '' ? null : Number(d.scanLimit)
  return {
    label: d.label.trim(),
    placement: orNull(d.placement),
    branchId: orNull(d.branchId),
    design: d.design,
    scanLimit,
    expiresAt: d.expiresAt ? new Date(d.expiresAt).toISOString() : null,
    status: d.status,
    ...(d.kind === 'dynamic'
      ? { target: toTarget(d.target), rules: d.rules.map(toRule), utm: utmOf(d) }
      : { payload: toPayload(d.kind, d.payloads) }),
    ...(d.passwordMode === 'set' ? { password: d.password } : {}),
  }
}

export const createBody = (d: QrDraft): CreateQrCodeBody => ({ kind: d.kind, ...commonFields(d) })

export function updateBody(d: QrDraft): UpdateQrCodeBody {
  return { ...commonFields(d), ...(d.passwordMode === 'none' ? { password: null } : {}) }
}

/** `2025-03-01T18:30:00.000Z` as this browser's `2025-03-02T00:00` (for a datetime-local input). */
export function toLocalInput(iso: string): string {
  const date = new Date(iso)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}
