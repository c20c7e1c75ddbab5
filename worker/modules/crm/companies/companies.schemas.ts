// The companies API's shapes. A company's domain is its identity (imports and duplicates match
// on it): stored as a bare lower-case host and unique among live companies of the tenant.
import { z } from '@hono/zod-openapi'
import { cursorPage } from '../../../lib/page-schemas.ts'
import { Contact, CustomFieldValues, ListContactsQuery, Tags } from '../contacts/contacts.schemas.ts'

const CompanyId = z.string().openapi({ example: 'cmp_01JD3Q9W2Z8K5V7M4N6P0R1S2T' })
const IsoTime = z.string().openapi({ example: '2025-03-01T09:30:00.000Z' })

export const CompanyRef = z
  .object({ id: CompanyId, name: z.string() })
  .openapi('CompanyRef', { example: { id: 'cmp_01JD3Q9W2Z8K5V7M4N6P0R1S2T', name: 'Acme Group' } })
export type CompanyRef = z.infer<typeof CompanyRef>

export const Company = z
  .object({
    id: CompanyId,
    name: z.string().openapi({ example: 'Acme Retail' }),
    domain: z.string().nullable().openapi({ example: 'acme.com' }),
    parentId: z.string().nullable(),
    parent: CompanyRef.nullable(),
    industry: z.string().nullable(),
    employees: z.number().int().nullable(),
    phone: z.string().nullable().openapi({ description: 'E.164' }),
    website: z.string().nullable(),
    city: z.string().nullable(),
    country: z.string().nullable(),
    ownerUserId: z.string().nullable(),
    branchId: z.string().nullable(),
    tags: z.array(z.string()),
    customFields: CustomFieldValues,
    peopleCount: z.number().int(),
    createdAt: IsoTime,
    updatedAt: IsoTime,
  })
  .openapi('Company')
export type Company = z.infer<typeof Company>

export const CompanyDetail = Company.extend({
  parentChain: z
    .array(CompanyRef)
    .openapi({ description: 'From the top of the group down to the direct parent' }),
  children: z.array(CompanyRef),
}).openapi('CompanyDetail')
export type CompanyDetail = z.infer<typeof CompanyDetail>

const Text = (max: number) => z.string().trim().max(max)
const OptionalText = (max: number) =>
  Text(max)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional()

const editable = {
  domain: z.string().trim().max(300).nullable().optional().openapi({
    example: 'https://www.acme.com',
    description: 'A domain or web address; stored as the bare host (acme.com)',
  }),
  parentId: z.string().max(64).nullable().optional(),
  industry: OptionalText(120),
  employees: z.number().int().min(0).max(10_000_000).nullable().optional(),
  phone: z.string().trim().max(40).nullable().optional(),
  phoneCountry: z
    .string()
    .regex(/^[A-Za-z]{2}$/)
    .optional()
    .openapi({
      description: "ISO country for reading a national number; defaults to the branch's. Not stored.",
    }),
  website: z.string().trim().max(2000).nullable().optional().openapi({ example: 'https://acme.com' }),
  city: OptionalText(120),
  country: OptionalText(80),
  ownerUserId: z.string().max(64).nullable().optional(),
  branchId: z.string().max(64).nullable().optional(),
  tags: Tags.optional(),
  customFields: z.record(z.string(), z.unknown()).optional().openapi({ type: 'object' }),
}

export const CompanyInput = z
  .strictObject({
    name: Text(200).min(1, 'Give the company a name').openapi({ example: 'Acme Retail' }),
    ...editable,
  })
  .openapi('CompanyInput')
export type CompanyInput = z.infer<typeof CompanyInput>

export const CompanyPatch = z
  .strictObject({ name: Text(200).min(1, 'A company needs a name').optional(), ...editable })
  .openapi('CompanyPatch')
export type CompanyPatch = z.infer<typeof CompanyPatch>

export const CompanyList = cursorPage(Company).openapi('CompanyList')
export type CompanyList = z.infer<typeof CompanyList>

/** The same list query as contacts: a JSON CrmFilter, free text, sort, cursor and limit. */
export const ListCompaniesQuery = ListContactsQuery.extend({
  q: z.string().trim().max(200).optional().openapi({ description: 'Free text: name (typos too) or domain' }),
  sort: z
    .string()
    .max(80)
    .optional()
    .openapi({ description: 'updatedAt (default), createdAt, name, employees or custom.<key>' }),
})
export type ListCompaniesQuery = z.infer<typeof ListCompaniesQuery>

export const CompanyPerson = z
  .object({ contact: Contact, role: z.string().nullable(), isPrimary: z.boolean() })
  .openapi('CompanyPerson')
export type CompanyPerson = z.infer<typeof CompanyPerson>

export const CompanyPeopleQuery = z.object({
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
})

export const CompanyPeople = z
  .object({ items: z.array(CompanyPerson), nextCursor: z.string().nullable() })
  .openapi('CompanyPeople')
export type CompanyPeople = z.infer<typeof CompanyPeople>

export const CompanyDeleted = z
  .object({
    deleted: z.literal(true),
    crmUndoId: z.string().openapi({ description: 'POST /crm/undo/{crmUndoId} brings the company back' }),
    undoExpiresAt: IsoTime,
  })
  .openapi('CompanyDeleted')
export type CompanyDeleted = z.infer<typeof CompanyDeleted>
