// What each kind of code may carry: a static code is printed content, so nothing that needs our
// server (targets, rules, passwords, limits, expiry, pause) can apply to it.
import type { FieldIssue } from '../../../lib/errors.ts'
import { effectiveDesign } from '../design/design-rules.ts'
import { MAX_BYTES } from '../design/matrix.ts'
import type { QrDesign, QrStaticPayload } from '../qr.model.ts'
import type { QrKind } from '../qr.tables.ts'

const DYNAMIC_ONLY = ['target', 'rules', 'utm', 'password', 'scanLimit', 'expiresAt'] as const

type KindFields = Partial<Record<(typeof DYNAMIC_ONLY)[number] | 'payload' | 'status', unknown>>

const given = (value: unknown) =>
  value !== undefined && value !== null && !(Array.isArray(value) && !value.length)

/** Issues for fields that do not belong to this kind, or a payload of another kind. */
export function checkKindFields(kind: QrKind, body: KindFields, issues: FieldIssue[]): void {
  if (kind === 'dynamic') {
    if (given(body.payload))
      issues.push({ path: 'payload', message: 'A dynamic code encodes its short link; use target instead' })
    return
  }
  for (const field of DYNAMIC_ONLY)
    if (given(body[field]))
      issues.push({
        path: field,
        message: `A ${kind} code is read offline, without our server; only dynamic codes can have a ${field}`,
      })
  if (body.status === 'paused')
    issues.push({
      path: 'status',
      message: 'A static code cannot be paused: the printed content is the code',
    })
  const payload = body.payload as QrStaticPayload | undefined | null
  if (payload && payload.type !== kind)
    issues.push({
      path: 'payload.type',
      message: `This is a ${kind} code; its payload must be of type ${kind}`,
    })
}

/** Refuses content too long for any QR code at the error correction the design renders with. */
export function checkFits(content: string, design: QrDesign, issues: FieldIssue[]): void {
  const { errorCorrection } = effectiveDesign(design, { hasLogo: design.logoMediaId !== null })
  const bytes = new TextEncoder().encode(content).length
  if (bytes > MAX_BYTES[errorCorrection])
    issues.push({
      path: 'payload',
      message: `Too much to fit in a QR code (${bytes} bytes; at most ${MAX_BYTES[errorCorrection]} at error correction ${errorCorrection})`,
    })
}
