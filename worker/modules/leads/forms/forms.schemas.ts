import { z } from '@hono/zod-openapi'
import { IdParam } from '../../../lib/router.ts'
import { FormConsent, FormField, FormMarketing, FormSettings } from './form.model.ts'

export const FormIdParam = IdParam('formId', 'lfm_01JD3Q9W2Z8K5V7M4N6P0R1S2T')
export const FormSiteIdParam = IdParam('siteId', 'site_01JD3Q9W2Z8K5V7M4N6P0R1S2T')

const FormName = z.string().trim().min(1).max(80).openapi({ example: 'Viewing request' })
const Timestamp = z.string().openapi({ example: '2026-11-21T09:30:00.000Z' })

export const LeadForm = z
  .object({
    id: z.string().openapi({ example: 'lfm_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
    siteId: z.string(),
    name: FormName,
    fields: z.array(FormField),
    consent: FormConsent.nullable(),
    marketing: FormMarketing.nullable(),
    turnstile: z.boolean(),
    submitLabel: z.string(),
    successMessage: z.string(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    archivedAt: Timestamp.nullable().openapi({ description: 'Archived forms take no submissions (404)' }),
  })
  .openapi('LeadForm')
export type LeadForm = z.infer<typeof LeadForm>

export const LeadFormList = z.object({ data: z.array(LeadForm) }).openapi('LeadFormList')

export const ListFormsQuery = z.object({
  archived: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .openapi({ description: 'Also list archived forms' }),
})

export const CreateFormBody = z
  .strictObject({ name: FormName, ...FormSettings.shape })
  .openapi('CreateFormBody', {
    example: {
      name: 'Viewing request',
      fields: [
        { key: 'name', type: 'text', label: 'Your name', required: true },
        { key: 'email', type: 'email', label: 'Email', required: true },
        {
          key: 'budget',
          type: 'select',
          label: 'Budget',
          required: false,
          options: [
            { value: 'under-500k', label: 'Under 500k' },
            { value: '500k-plus', label: '500k and above' },
          ],
        },
      ],
      consent: { text: 'I agree to be contacted about this enquiry.', required: true },
      marketing: null,
      turnstile: true,
      submitLabel: 'Request a viewing',
      successMessage: '',
    },
  })
export type CreateFormBody = z.infer<typeof CreateFormBody>

// Written out rather than `.partial()`: a default inside an optional property would fill in
// what the caller left out, and a PATCH must change only what it names.
export const UpdateFormBody = z
  .strictObject({
    name: FormName.optional(),
    fields: FormSettings.shape.fields.optional(),
    consent: FormConsent.nullable().optional(),
    marketing: FormMarketing.nullable().optional(),
    turnstile: z.boolean().optional(),
    submitLabel: z.string().trim().max(40).optional(),
    successMessage: z.string().trim().max(400).optional(),
  })
  .openapi('UpdateFormBody')
export type UpdateFormBody = z.infer<typeof UpdateFormBody>
