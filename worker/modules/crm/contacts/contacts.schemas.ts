import { z } from '@hono/zod-openapi'
import { cursorPage } from '../../../lib/page-schemas.ts'
import { CrmFilter, CrmFilterParam, CrmSort } from '../filters/filter.schemas.ts'
import { LIFECYCLE_STAGES } from './contacts.tables.ts'

const ContactId = z.string().openapi({ example: 'con_01JD3Q9W2Z8K5V7M4N6P0R1S2T' })
const IsoTime = z.string().openapi({ example: '2025-03-01T09:30:00.000Z' })

export const CustomFieldValues = z
  .record(z.string(), z.union([z.string(), z.number(), z.array(z.string()), z.null()]))
  .openapi('CustomFieldValues', { example: { budget: 12000, industry: 'Retail' } })

export const ScoreReason = z
  .object({ ruleId: z.string(), label: z.string(), points: z.number().int() })
  .openapi('ScoreReason')

export const ContactCompanyRef = z
  .object({ id: z.string(), name: z.string() })
  .openapi('ContactCompanyRef', { example: { id: 'cmp_01JD3Q9W2Z8K5V7M4N6P0R1S2T', name: 'Acme' } })

export const Contact = z
  .object({
    id: ContactId,
    name: z.string().openapi({ example: 'Asha Rao' }),
    email: z.string().nullable().openapi({ example: 'asha@example.com' }),
    phone: z.string().nullable().openapi({ example: '+919876543210', description: 'E.164' }),
    otherEmails: z.array(z.string()),
    otherPhones: z.array(z.string()),
    jobTitle: z.string().nullable(),
    ownerUserId: z.string().nullable(),
    branchId: z.string().nullable(),
    tags: z.array(z.string()),
    lifecycleStage: z.enum(LIFECYCLE_STAGES),
    source: z.string().nullable(),
    consentEmail: z.boolean(),
    consentWhatsapp: z.boolean(),
    consentSms: z.boolean(),
    consentUpdatedAt: IsoTime.nullable(),
    customFields: CustomFieldValues,
    score: z.number().int().min(0).max(100),
    scoreReasons: z.array(ScoreReason),
    scoredAt: IsoTime.nullable(),
    lastActivityAt: IsoTime.nullable(),
    primaryCompany: ContactCompanyRef.nullable(),
    createdAt: IsoTime,
    updatedAt: IsoTime,
  })
  .openapi('Contact')
export type Contact = z.infer<typeof Contact>

export const MAX_TAGS = 30
const Tag = z.string().trim().min(1).max(40)
export const Tags = z
  .array(Tag)
  .max(MAX_TAGS)
  .transform((tags) => [...new Set(tags)])
const Text = (max: number) => z.string().trim().max(max)
const OptionalText = (max: number) =>
  Text(max)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional()

/** Fields a create and a change share; normalising e-mail and phone happens in the service. */
const editable = {
  email: z.string().trim().max(254).nullable().optional().openapi({ example: 'asha@example.com' }),
  phone: z.string().trim().max(40).nullable().optional().openapi({ example: '098765 43210' }),
  phoneCountry: z
    .string()
    .regex(/^[A-Za-z]{2}$/)
    .optional()
    .openapi({
      description:
        "ISO country for reading a national phone number; defaults to the branch's country. Not stored.",
      example: 'IN',
    }),
  otherEmails: z.array(z.string().trim().max(254)).max(10).optional(),
  otherPhones: z.array(z.string().trim().max(40)).max(10).optional(),
  jobTitle: OptionalText(120),
  ownerUserId: z.string().max(64).nullable().optional(),
  branchId: z.string().max(64).nullable().optional(),
  tags: Tags.optional(),
  lifecycleStage: z.enum(LIFECYCLE_STAGES).optional(),
  source: OptionalText(60),
  consentEmail: z.boolean().optional(),
  consentWhatsapp: z.boolean().optional(),
  consentSms: z.boolean().optional(),
  customFields: z.record(z.string(), z.unknown()).optional().openapi({ type: 'object' }),
}

export const ContactInput = z
  .strictObject({
    name: Text(200).min(1, 'Give the contact a name').openapi({ example: 'Asha Rao' }),
    ...editable,
    companyId: z
      .string()
      .max(64)
      .optional()
      .openapi({ description: 'Links the new contact to this company as its primary one' }),
  })
  .openapi('ContactInput')
export type ContactInput = z.infer<typeof ContactInput>

export const ContactPatch = z
  .strictObject({ name: Text(200).min(1, 'A contact needs a name').optional(), ...editable })
  .openapi('ContactPatch')
export type ContactPatch = z.infer<typeof ContactPatch>

export const ContactList = cursorPage(Contact).openapi('ContactList')
export type ContactList = z.infer<typeof ContactList>

export const ListContactsQuery = z.object({
  filter: CrmFilterParam.optional().openapi({
    type: 'string',
    description:
      'A CrmFilter as JSON, e.g. `{"match":"all","conditions":[{"field":"custom.budget","op":"gte","value":5000}]}`',
  }),
  q: z.string().trim().max(200).optional().openapi({ description: 'Free text: name, e-mail, phone digits' }),
  sort: z
    .string()
    .max(80)
    .optional()
    .openapi({ description: 'updatedAt (default), createdAt, name, score, lastActivityAt or custom.<key>' }),
  direction: z.enum(['asc', 'desc']).optional(),
  cursor: z.string().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
})
export type ListContactsQuery = z.infer<typeof ListContactsQuery>

export { CrmFilter, CrmSort }

export const ContactCompanyLink = z
  .object({
    companyId: z.string(),
    name: z.string(),
    domain: z.string().nullable(),
    role: z.string().nullable(),
    isPrimary: z.boolean(),
    createdAt: IsoTime,
  })
  .openapi('ContactCompanyLink')
export type ContactCompanyLink = z.infer<typeof ContactCompanyLink>

export const ContactCompanyInput = z
  .strictObject({
    companyId: z.string().min(1).max(64),
    role: OptionalText(80),
    isPrimary: z.boolean().default(false),
  })
  .openapi('ContactCompanyInput')
export type ContactCompanyInput = z.infer<typeof ContactCompanyInput>

export const ContactCompanyList = z
  .object({ items: z.array(ContactCompanyLink) })
  .openapi('ContactCompanyList')
export type ContactCompanyList = z.infer<typeof ContactCompanyList>

export const ContactDeleted = z
  .object({
    deleted: z.literal(true),
    crmUndoId: z.string().openapi({ description: 'POST /crm/undo/{crmUndoId} brings the contact back' }),
    undoExpiresAt: IsoTime,
  })
  .openapi('ContactDeleted')
export type ContactDeleted = z.infer<typeof ContactDeleted>
