import { z } from '@hono/zod-openapi'
// The schema file, not the module's index: the dashboard imports these types, and the index
// would drag the whole worker into its type check.
import { MediaRef } from '../media/media.schemas.ts'
import {
  BranchAddress,
  BranchPayments,
  BrandColors,
  BrandFonts,
  GalleryImage,
  HttpsUrl,
  OpeningHours,
  PhoneNumber,
  PhoneString,
  ServiceItem,
  SocialLink,
} from './branch-details.ts'
import { Slug } from './slugs.ts'

const Id = (example: string) => z.string().openapi({ example })
const MediaId = z.string().min(1).max(64).openapi({ example: 'med_01JD3Q9W2Z8K5V7M4N6P0R1S2T' })
const Name = z.string().trim().min(1, 'Give it a name').max(120)
const Timestamp = z.string().openapi({ example: '2025-01-01T10:00:00.000Z' })

/** What a brand, branch or staff member is created with: a name, and a slug generated from it when left out. */
const naming = (example: string) => ({
  name: Name.openapi({ example }),
  slug: Slug.optional().openapi({ description: 'Generated from the name when left out' }),
})

// ---- Brands ---------------------------------------------------------------------------------

export const Brand = z
  .object({
    id: Id('brd_01JD3Q9W2Z8K5V7M4N6P0R1S2T'),
    slug: z.string().openapi({ example: 'demo-trattoria' }),
    name: z.string().openapi({ example: 'Demo Trattoria' }),
    colors: BrandColors,
    fonts: BrandFonts,
    logo: MediaRef.nullable(),
    cover: MediaRef.nullable(),
    website: z.string().nullable(),
    branchCount: z.number().int().openapi({ description: 'Open (not archived) branches the actor can see' }),
    path: z.string().openapi({ example: '/demo-trattoria' }),
    createdAt: Timestamp,
    updatedAt: Timestamp.nullable(),
  })
  .openapi('Brand')
export type Brand = z.infer<typeof Brand>

export const BrandList = z.object({ data: z.array(Brand) }).openapi('BrandList')
export type BrandList = z.infer<typeof BrandList>

const brandFields = {
  ...naming('Demo Trattoria'),
  colors: BrandColors.optional(),
  fonts: BrandFonts.optional(),
  logoMediaId: MediaId.nullable().optional(),
  coverMediaId: MediaId.nullable().optional(),
  website: HttpsUrl.nullable().optional(),
}

export const CreateBrandBody = z.strictObject(brandFields).openapi('CreateBrandBody')
export type CreateBrandBody = z.infer<typeof CreateBrandBody>

export const UpdateBrandBody = CreateBrandBody.partial({ name: true }).openapi('UpdateBrandBody')
export type UpdateBrandBody = z.infer<typeof UpdateBrandBody>

// ---- Branches -------------------------------------------------------------------------------

const Timezone = z
  .string()
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone })
      return true
    } catch {
      return false
    }
  }, 'Use an IANA time zone such as Europe/Paris')
  .openapi({ example: 'America/Los_Angeles' })

const Email = z
  .email('That e-mail address does not look right')
  .max(254)
  .openapi({ example: 'downtown@example.com' })

/** Hours whose closures end on or after they start. */
const Hours = OpeningHours.superRefine((hours, ctx) => {
  hours.closures.forEach((closure, i) => {
    if (closure.until < closure.from)
      ctx.addIssue({
        code: 'custom',
        path: ['closures', i, 'until'],
        message: 'The last day comes before the first',
      })
  })
})

/** Every detail of a branch; PATCH replaces each field it names whole (e.g. all of `hours`). */
const branchDetails = {
  ...naming('Downtown'),
  address: BranchAddress.nullable().optional(),
  timezone: Timezone.optional(),
  phones: z.array(PhoneNumber).max(10).optional(),
  whatsapp: PhoneString.nullable().optional(),
  email: Email.nullable().optional(),
  hours: Hours.nullable().optional(),
  social: z.array(SocialLink).max(20).optional(),
  services: z.array(ServiceItem).max(200).optional(),
  gallery: z.array(GalleryImage).max(60).optional(),
  payments: BranchPayments.nullable().optional(),
}

export const CreateBranchBody = z
  .strictObject({ brandId: z.string().min(1).max(64), ...branchDetails })
  .openapi('CreateBranchBody')
export type CreateBranchBody = z.infer<typeof CreateBranchBody>

export const UpdateBranchBody = z
  .strictObject(branchDetails)
  .partial({ name: true })
  .openapi('UpdateBranchBody')
export type UpdateBranchBody = z.infer<typeof UpdateBranchBody>

export const Branch = z
  .object({
    id: Id('bra_01JD3Q9W2Z8K5V7M4N6P0R1S2T'),
    brandId: z.string(),
    brandSlug: z.string().openapi({ example: 'demo-trattoria' }),
    brandName: z.string().openapi({ example: 'Demo Trattoria' }),
    slug: z.string().openapi({ example: 'downtown' }),
    name: z.string().openapi({ example: 'Downtown' }),
    address: BranchAddress.nullable(),
    timezone: z.string(),
    phones: z.array(PhoneNumber),
    whatsapp: z.string().nullable(),
    email: z.string().nullable(),
    hours: OpeningHours.nullable(),
    social: z.array(SocialLink),
    services: z.array(ServiceItem),
    gallery: z.array(GalleryImage.extend({ url: z.string() })),
    payments: BranchPayments.nullable(),
    siteId: z.string(),
    published: z.boolean(),
    path: z.string().openapi({ example: '/demo-trattoria/downtown' }),
    archivedAt: Timestamp.nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp.nullable(),
  })
  .openapi('Branch')
export type Branch = z.infer<typeof Branch>

export const BranchList = z.object({ data: z.array(Branch) }).openapi('BranchList')
export type BranchList = z.infer<typeof BranchList>

export const ListBranchesQuery = z.object({
  brandId: z
    .string()
    .max(64)
    .optional()
    .openapi({ param: { name: 'brandId', in: 'query' } }),
  archived: z
    .enum(['exclude', 'include', 'only'])
    .default('exclude')
    .openapi({
      param: { name: 'archived', in: 'query' },
      description: 'Archived branches are left out unless asked for',
    }),
})
export type ListBranchesQuery = z.infer<typeof ListBranchesQuery>

// ---- Staff ----------------------------------------------------------------------------------

export const StaffMember = z
  .object({
    id: Id('stf_01JD3Q9W2Z8K5V7M4N6P0R1S2T'),
    branchId: z.string(),
    slug: z.string().openapi({ example: 'asha-rao' }),
    name: z.string().openapi({ example: 'Asha Rao' }),
    title: z.string().nullable().openapi({ example: 'Head chef' }),
    bio: z.string().nullable(),
    photo: MediaRef.nullable(),
    phone: z.string().nullable(),
    whatsapp: z.string().nullable(),
    email: z.string().nullable(),
    userId: z.string().nullable(),
    position: z.number().int(),
    published: z.boolean(),
    path: z.string().openapi({ example: '/demo-trattoria/downtown/asha-rao' }),
  })
  .openapi('StaffMember')
export type StaffMember = z.infer<typeof StaffMember>

export const StaffList = z.object({ data: z.array(StaffMember) }).openapi('StaffList')
export type StaffList = z.infer<typeof StaffList>

const staffFields = {
  ...naming('Asha Rao'),
  title: z.string().trim().max(120).nullable().optional(),
  bio: z.string().trim().max(1000).nullable().optional(),
  photoMediaId: MediaId.nullable().optional(),
  phone: PhoneString.nullable().optional(),
  whatsapp: PhoneString.nullable().optional(),
  email: Email.nullable().optional(),
  userId: z
    .string()
    .max(64)
    .nullable()
    .optional()
    .openapi({ description: 'A member of the organisation; their card’s leads are assigned to them' }),
  position: z.number().int().min(0).max(10_000).optional(),
  published: z.boolean().optional(),
}

export const CreateStaffBody = z.strictObject(staffFields).openapi('CreateStaffBody')
export type CreateStaffBody = z.infer<typeof CreateStaffBody>

export const UpdateStaffBody = CreateStaffBody.partial({ name: true }).openapi('UpdateStaffBody')
export type UpdateStaffBody = z.infer<typeof UpdateStaffBody>
