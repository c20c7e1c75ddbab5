import type {
  FormField,
  FormFieldType,
  FormSettings,
} from '../../../../worker/modules/leads/forms/form.model.ts'
import type {
  CreateFormBody,
  LeadForm,
  UpdateFormBody,
} from '../../../../worker/modules/leads/forms/forms.schemas.ts'
import { apiRequest } from '../../api/client.ts'

export type { FormField, FormFieldType, FormSettings, LeadForm }

const form = (formId: string) => `/api/v1/forms/${encodeURIComponent(formId)}`
const siteForms = (siteId: string) => `/api/v1/sites/${encodeURIComponent(siteId)}/forms`

export const listForms = (siteId: string, signal?: AbortSignal) =>
  apiRequest<{ data: LeadForm[] }>(siteForms(siteId), { signal }).then((list) => list.data)

export const getForm = (formId: string, signal?: AbortSignal) =>
  apiRequest<LeadForm>(form(formId), { signal })

export const createForm = (siteId: string, body: CreateFormBody) =>
  apiRequest<LeadForm>(siteForms(siteId), { method: 'POST', body })

export const updateForm = (formId: string, body: UpdateFormBody) =>
  apiRequest<LeadForm>(form(formId), { method: 'PATCH', body })

export const archiveForm = (formId: string) => apiRequest<void>(form(formId), { method: 'DELETE' })
