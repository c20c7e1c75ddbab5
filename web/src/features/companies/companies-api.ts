import type { z } from 'zod'
import type {
  Company,
  CompanyDeleted,
  CompanyDetail,
  CompanyInput,
  CompanyList,
  CompanyPatch,
  CompanyPeople,
  CompanyPerson,
  CompanyRef,
} from '../../../../worker/modules/crm/companies/companies.schemas.ts'
import { apiRequest } from '../../api/client.ts'
import type { Page } from '../../app/usePages.ts'
import { type ContactQuery, contactListSearch } from '../contacts/contacts-api.ts'

export type { Company, CompanyDetail, CompanyPerson, CompanyRef }
export type NewCompany = z.input<typeof CompanyInput>
export type CompanyChanges = z.input<typeof CompanyPatch>
/** The list screen's controls: filter (with search text) and sort, as for contacts. */
export type CompanyQuery = ContactQuery

const enc = encodeURIComponent

export const listCompanies = (query: CompanyQuery, cursor: string | null, signal?: AbortSignal) =>
  apiRequest<CompanyList>(`/api/v1/companies?${contactListSearch(query, cursor)}`, { signal }).then(
    (r): Page<Company> => ({ data: r.items, nextCursor: r.nextCursor }),
  )

export const getCompany = (companyId: string, signal?: AbortSignal) =>
  apiRequest<CompanyDetail>(`/api/v1/companies/${enc(companyId)}`, { signal })

export const createCompany = (body: NewCompany) =>
  apiRequest<Company>('/api/v1/companies', { method: 'POST', body })

export const updateCompany = (companyId: string, body: CompanyChanges) =>
  apiRequest<Company>(`/api/v1/companies/${enc(companyId)}`, { method: 'PATCH', body })

export const deleteCompany = (companyId: string) =>
  apiRequest<CompanyDeleted>(`/api/v1/companies/${enc(companyId)}`, { method: 'DELETE' })

export const listCompanyPeople = (companyId: string, cursor: string | null, signal?: AbortSignal) => {
  const params = new URLSearchParams({ limit: '25', ...(cursor ? { cursor } : {}) })
  return apiRequest<CompanyPeople>(`/api/v1/companies/${enc(companyId)}/contacts?${params}`, { signal }).then(
    (r): Page<CompanyPerson> => ({ data: r.items, nextCursor: r.nextCursor }),
  )
}
