import type { CustomFieldValues } from '../crm-fields/CustomFieldInputs.tsx'
import { tagsFromText } from './contact-format.ts'
import type { Contact, NewContact } from './contacts-api.ts'

/** The contact form's state: text as typed, turned into a request body on submit. */
export interface ContactDraft {
  name: string
  email: string
  phone: string
  phoneCountry: string
  jobTitle: string
  lifecycleStage: NonNullable<NewContact['lifecycleStage']>
  ownerUserId: string
  branchId: string
  tags: string
  consentEmail: boolean
  consentWhatsapp: boolean
  consentSms: boolean
  customFields: CustomFieldValues
}

/** A blank form; a blank owner on a new contact means whoever creates it. */
export const emptyDraft = (): ContactDraft => ({
  name: '',
  email: '',
  phone: '',
  phoneCountry: '',
  jobTitle: '',
  lifecycleStage: 'lead',
  ownerUserId: '',
  branchId: '',
  tags: '',
  consentEmail: false,
  consentWhatsapp: false,
  consentSms: false,
  customFields: {},
})

export const draftOf = (c: Contact): ContactDraft => ({
  name: c.name,
  email: c.email ?? '',
  phone: c.phone ?? '',
  phoneCountry: '',
  jobTitle: c.jobTitle ?? '',
  lifecycleStage: c.lifecycleStage,
  ownerUserId: c.ownerUserId ?? '',
  branchId: c.branchId ?? '',
  tags: c.tags.join(', '),
  consentEmail: c.consentEmail,
  consentWhatsapp: c.consentWhatsapp,
  consentSms: c.consentSms,
  customFields: c.customFields,
})

const orNull = (text: string) => (text.trim() === '' ? null : text.trim())

/**
 * The body for POST or PATCH: blanks become null so clearing a field clears it, except a blank
 * owner on a new contact, left out so the server makes its creator the owner.
 */
export function bodyOf(draft: ContactDraft, mode: 'new' | 'edit', liveKeys: readonly string[]) {
  const owner = orNull(draft.ownerUserId)
  return {
    name: draft.name.trim(),
    email: orNull(draft.email),
    phone: orNull(draft.phone),
    ...(draft.phoneCountry.trim() ? { phoneCountry: draft.phoneCountry.trim().toUpperCase() } : {}),
    jobTitle: orNull(draft.jobTitle),
    lifecycleStage: draft.lifecycleStage,
    ...(owner || mode === 'edit' ? { ownerUserId: owner } : {}),
    branchId: orNull(draft.branchId),
    tags: tagsFromText(draft.tags),
    consentEmail: draft.consentEmail,
    consentWhatsapp: draft.consentWhatsapp,
    consentSms: draft.consentSms,
    // Values of archived fields stay on the record but are not sent back: the server refuses them.
    customFields: Object.fromEntries(
      Object.entries(draft.customFields).filter(([key]) => liveKeys.includes(key)),
    ),
  }
}
