import type { z } from 'zod'
import type {
  Contact,
  ContactCompanyLink,
  ContactCompanyList,
  ContactDeleted,
  ContactInput,
  ContactList,
  ContactPatch,
} from '../../../../worker/modules/crm/contacts/contacts.schemas.ts'
import type { CrmFilter, CrmSort } from '../../../../worker/modules/crm/filters/filter.schemas.ts'
import { apiRequest } from '../../api/client.ts'
import type { Page } from '../../app/usePages.ts'

export type { Contact, ContactCompanyLink, CrmFilter, CrmSort }
export type NewContact = z.input<typeof ContactInput>
export type ContactChanges = z.input<typeof ContactPatch>

/** One list query: what the list screen's controls say. */
export interface ContactQuery {
  filter: CrmFilter
  sort: CrmSort
}

const enc = encodeURIComponent

/** The query string for a list page; the filter travels as JSON (see GET /contacts). */
export function contactListSearch(query: ContactQuery, cursor: string | null, limit = 50): string {
  const params = new URLSearchParams()
  const { q, ...rest } = query.filter
  if (rest.conditions.length > 0) params.set('filter', JSON.stringify(rest))
  if (q) params.set('q', q)
  params.set('sort', query.sort.field)
  params.set('direction', query.sort.direction)
  params.set('limit', String(limit))
  if (cursor) params.set('cursor', cursor)
  return params.toString()
}

export const listContacts = (query: ContactQuery, cursor: string | null, signal?: AbortSignal) =>
  apiRequest<ContactList>(`/api/v1/contacts?${contactListSearch(query, cursor)}`, { signal }).then(
    (r): Page<Contact> => ({ data: r.items, nextCursor: r.nextCursor }),
  )

export const getContact = (contactId: string, signal?: AbortSignal) =>
  apiRequest<Contact>(`/api/v1/contacts/${enc(contactId)}`, { signal })

export const createContact = (body: NewContact) =>
  apiRequest<Contact>('/api/v1/contacts', { method: 'POST', body })

export const updateContact = (contactId: string, body: ContactChanges) =>
  apiRequest<Contact>(`/api/v1/contacts/${enc(contactId)}`, { method: 'PATCH', body })

export const deleteContact = (contactId: string) =>
  apiRequest<ContactDeleted>(`/api/v1/contacts/${enc(contactId)}`, { method: 'DELETE' })

/** Brings back what a delete removed, while its undo window lasts (the bulk module's route). */
export const undoChange = (crmUndoId: string) =>
  apiRequest<unknown>(`/api/v1/crm/undo/${enc(crmUndoId)}`, { method: 'POST', body: {} })

export const listContactCompanies = (contactId: string, signal?: AbortSignal) =>
  apiRequest<ContactCompanyList>(`/api/v1/contacts/${enc(contactId)}/companies`, { signal }).then(
    (r) => r.items,
  )

export const linkCompany = (
  contactId: string,
  body: { companyId: string; role?: string | null; isPrimary?: boolean },
) =>
  apiRequest<ContactCompanyList>(`/api/v1/contacts/${enc(contactId)}/companies`, {
    method: 'POST',
    body,
  }).then((r) => r.items)

export const unlinkCompany = (contactId: string, companyId: string) =>
  apiRequest<void>(`/api/v1/contacts/${enc(contactId)}/companies/${enc(companyId)}`, { method: 'DELETE' })
