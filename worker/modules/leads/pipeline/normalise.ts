// Every source sends contacts as people typed them. Dedupe only works on one spelling of an
// address, so the consumer cleans each message here before anything is looked up or stored.
// Pure: no I/O, no clock.
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/min'
import { z } from 'zod'
import type { LeadMessage, LeadUtm } from '../lead-message.ts'

/** A lead message as the pipeline stores it: contact fields cleaned, raw input kept in `fields`. */
export type NormalisedLead = LeadMessage & {
  contact: { name: string; email: string | null; phone: string | null }
  fields: Record<string, string>
  utm: LeadUtm | null
}

const collapse = (value: string) => value.replace(/\s+/g, ' ').trim()

// Lower-case words that stay lower inside a name when it is re-cased ("Ludwig van Beethoven").
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'du',
  'la',
  'le',
  'bin',
  'al',
])

const upperFirst = (word: string) => word.charAt(0).toLocaleUpperCase('en') + word.slice(1)

function titleCase(name: string): string {
  return name
    .toLocaleLowerCase('en')
    .split(' ')
    .map((word, i) =>
      i > 0 && PARTICLES.has(word)
        ? word
        : // Each part of "jean-luc" and "o'brien" starts a capital.
          word.replace(/(^|[-'’])(\p{L})/gu, (_, sep: string, letter: string) => sep + upperFirst(letter)),
    )
    .join(' ')
}

/**
 * Trims and collapses spaces; a name typed wholly in capitals or wholly in lower case is
 * re-cased. Mixed case ("McDonald", "van der Berg") is the person's own spelling and stays, as
 * does any name with letters outside the Latin script, whose casing rules we do not guess.
 */
export function normaliseName(raw: string): string {
  const name = collapse(raw)
  const letters = name.match(/\p{L}/gu) ?? []
  if (letters.length === 0 || letters.some((l) => !/\p{Script=Latin}/u.test(l))) return name
  const allUpper = name === name.toLocaleUpperCase('en')
  const allLower = name === name.toLocaleLowerCase('en')
  return allUpper || allLower ? titleCase(name) : name
}

const Email = z.email()

/** Trimmed and lower-cased; null when it is not an e-mail address at all. */
export function normaliseEmail(raw: string | null | undefined): string | null {
  const email = (raw ?? '').trim().toLowerCase()
  if (!email || email.length > 254) return null
  return Email.safeParse(email).success ? email : null
}

/**
 * E.164, reading national numbers in `country` (ISO 3166 alpha-2). Null when the number is not
 * a valid one for any country, or national with no country to read it in.
 */
export function normalisePhone(raw: string | null | undefined, country?: string | null): string | null {
  const phone = (raw ?? '').trim()
  if (!phone) return null
  const defaultCountry =
    country && /^[A-Za-z]{2}$/.test(country) ? (country.toUpperCase() as CountryCode) : undefined
  try {
    const parsed = parsePhoneNumberFromString(phone, defaultCountry ? { defaultCountry } : undefined)
    return parsed?.isValid() ? parsed.number : null
  } catch {
    return null
  }
}

/** Trimmed and lower-cased values (campaign names arrive in every casing); empty ones dropped. */
export function normaliseUtm(utm: LeadUtm | null | undefined): LeadUtm | null {
  if (!utm) return null
  const entries = Object.entries(utm)
    .map(([key, value]) => [key, collapse(value ?? '').toLowerCase()] as const)
    .filter(([, value]) => value !== '')
  return entries.length > 0 ? Object.fromEntries(entries) : null
}

const blankToNull = (value: string | null | undefined) => {
  const trimmed = value?.trim()
  return trimmed ? trimmed : null
}

/**
 * The answers kept with the lead: the form's custom fields, the contact as given (an address
 * that failed to parse stays readable here, raw) and the booking details; empty values dropped.
 */
function keptFields(message: LeadMessage, contact: NormalisedLead['contact']): Record<string, string> {
  const raw = message.contact
  const fields: Record<string, string | null | undefined> = {
    ...message.fields,
    name: contact.name,
    email: contact.email ?? raw.email,
    phone: contact.phone ?? raw.phone,
    message: message.message,
    language: message.language,
    formKind: message.formKind && message.formKind !== 'lead' ? message.formKind : null,
    ...message.booking,
  }
  return Object.fromEntries(
    Object.entries(fields)
      .map(([key, value]) => [key, value?.trim() ?? ''] as const)
      .filter(([, value]) => value !== ''),
  )
}

/** The message with its contact cleaned, its UTM tidied and its raw answers kept in `fields`. */
export function normaliseLead(message: LeadMessage): NormalisedLead {
  const contact = {
    name: normaliseName(message.contact.name),
    email: normaliseEmail(message.contact.email),
    phone: normalisePhone(message.contact.phone, message.phoneCountry),
  }
  return {
    ...message,
    contact,
    message: blankToNull(message.message),
    language: blankToNull(message.language)?.toLowerCase() ?? null,
    fields: keptFields(message, contact),
    utm: normaliseUtm(message.utm),
  }
}
