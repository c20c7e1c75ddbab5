// A contact's e-mail and phone are its identity (leads and imports match on them), so they are
// stored in one spelling: lower-case addresses and E.164 numbers, unique per tenant.
import { ApiError, type FieldIssue } from '../../../lib/errors.ts'
import type { PgTx } from '../../../lib/pg.ts'
import { normaliseEmail, normalisePhone } from '../../leads/pipeline/normalise.ts'
import { isUniqueViolation } from '../fields/pg-errors.ts'
import { findClash } from './contacts.repo.ts'

export interface IdentityInput {
  email?: string | null
  phone?: string | null
  otherEmails?: string[]
  otherPhones?: string[]
}

export interface Identity {
  email?: string | null
  phone?: string | null
  otherEmails?: string[]
  otherPhones?: string[]
}

function emailOf(raw: string, path: string, issues: FieldIssue[]): string | null {
  const email = normaliseEmail(raw)
  if (!email) issues.push({ path, message: `“${raw}” is not an e-mail address` })
  return email
}

function phoneOf(raw: string, country: string | null, path: string, issues: FieldIssue[]): string | null {
  const phone = normalisePhone(raw, country)
  if (!phone)
    issues.push({
      path,
      message: country
        ? `“${raw}” is not a valid phone number in ${country} or internationally`
        : `“${raw}” is not a valid international phone number (start with + and the country code, or give phoneCountry)`,
    })
  return phone
}

const blank = (v: string | null | undefined) => v === null || v === undefined || v.trim() === ''

/** Each non-blank entry cleaned (paths keep the entry's own index), duplicates dropped. */
function cleanList(list: string[], clean: (raw: string, index: number) => string | null): string[] {
  const out = list.map((raw, i) => (blank(raw) ? null : clean(raw, i)))
  return [...new Set(out.filter((v): v is string => v !== null))]
}

/**
 * The identity fields given, normalised; fields not given stay undefined, blanks become null.
 * One 400 naming every address or number that does not parse.
 */
export function normaliseIdentity(input: IdentityInput, country: string | null): Identity {
  const issues: FieldIssue[] = []
  const out: Identity = {}
  if (input.email !== undefined)
    out.email = blank(input.email) ? null : emailOf(input.email ?? '', 'email', issues)
  if (input.phone !== undefined)
    out.phone = blank(input.phone) ? null : phoneOf(input.phone ?? '', country, 'phone', issues)
  if (input.otherEmails)
    out.otherEmails = cleanList(input.otherEmails, (e, i) => emailOf(e, `otherEmails.${i}`, issues))
  if (input.otherPhones)
    out.otherPhones = cleanList(input.otherPhones, (p, i) => phoneOf(p, country, `otherPhones.${i}`, issues))
  if (issues.length > 0)
    throw new ApiError('BAD_REQUEST', issues.map((i) => i.message).join('; '), { errors: issues })
  return out
}

const clashMessage = (field: 'email' | 'phone', id: string, deleted: boolean) =>
  `Contact ${id} already has this ${field === 'email' ? 'e-mail address' : 'phone number'}${deleted ? ' (it was deleted and can still be restored)' : ''}`

/** A 409 naming the contact that already holds the e-mail or phone. */
export async function assertNoClash(
  tx: PgTx,
  tenantId: string,
  identity: { email: string | null; phone: string | null },
  exceptId?: string,
): Promise<void> {
  const clash = await findClash(tx, tenantId, identity, exceptId)
  if (clash)
    throw new ApiError('CONFLICT', clashMessage(clash.field, clash.id, clash.deleted), {
      errors: [{ path: clash.field, message: `Already used by ${clash.id}` }],
    })
}

/**
 * A unique index refusing the write (a race, or a contact in a branch the actor cannot see)
 * as a 409; other errors pass through unchanged.
 */
export function asClash(error: unknown): unknown {
  for (const [index, field] of [
    ['contacts_tenant_email', 'email'],
    ['contacts_tenant_phone', 'phone'],
  ] as const) {
    if (isUniqueViolation(error, index))
      return new ApiError(
        'CONFLICT',
        `Another contact already has this ${field === 'email' ? 'e-mail address' : 'phone number'}`,
        {
          errors: [{ path: field, message: 'Already used by another contact' }],
        },
      )
  }
  return error
}
