import type {
  BranchAddress,
  BrandColors,
  PhoneNumber,
} from '../../../../worker/modules/brands/branch-details.ts'
import type { MediaRef } from '../../../../worker/modules/media/media.schemas.ts'
import type { Onboarding } from '../../../../worker/modules/onboarding/onboarding.schemas.ts'
import type { TemplateId } from '../../../../worker/modules/sites/content/site-content.ts'
import { apiRequest } from '../../api/client.ts'

export type { BranchAddress, BrandColors, MediaRef, Onboarding, TemplateId }
export type OnboardingStepStatus = Onboarding['steps'][number]

// The parts of brands.schemas.ts the wizard uses, written out: importing that file would pull
// the worker's runtime modules into the dashboard's type check.

export interface Brand {
  id: string
  name: string
  colors: BrandColors
  logo: MediaRef | null
}

export interface BrandInput {
  name: string
  colors: BrandColors
  logoMediaId?: string | null
}

export interface Branch {
  id: string
  brandId: string
  name: string
  address: BranchAddress | null
  phones: PhoneNumber[]
  whatsapp: string | null
  siteId: string
}

export interface BranchInput {
  name: string
  address?: BranchAddress | null
  phones?: PhoneNumber[]
  whatsapp?: string | null
}

export interface Template {
  id: TemplateId
  name: string
  industry: string
  description: string
}

const encode = encodeURIComponent

export const getOnboarding = (signal?: AbortSignal) =>
  apiRequest<Onboarding>('/api/v1/onboarding', { signal })

export const getBrand = (brandId: string, signal?: AbortSignal) =>
  apiRequest<Brand>(`/api/v1/brands/${encode(brandId)}`, { signal })

export const saveBrand = (brandId: string | null, body: BrandInput) =>
  brandId
    ? apiRequest<Brand>(`/api/v1/brands/${encode(brandId)}`, { method: 'PATCH', body })
    : apiRequest<Brand>('/api/v1/brands', { method: 'POST', body })

export const getBranch = (branchId: string, signal?: AbortSignal) =>
  apiRequest<Branch>(`/api/v1/branches/${encode(branchId)}`, { signal })

/** Creates the first branch (in the branch's time zone, taken from this browser) or updates it. */
export const saveBranch = (existing: { branchId: string } | { brandId: string }, body: BranchInput) =>
  'branchId' in existing
    ? apiRequest<Branch>(`/api/v1/branches/${encode(existing.branchId)}`, { method: 'PATCH', body })
    : apiRequest<Branch>('/api/v1/branches', {
        method: 'POST',
        body: { ...body, brandId: existing.brandId, timezone: browserTimeZone() },
      })

export const listTemplates = (signal?: AbortSignal) =>
  apiRequest<{ data: Template[] }>('/api/v1/templates', { signal })

export const chooseTemplate = (siteId: string, template: TemplateId) =>
  apiRequest<unknown>(`/api/v1/sites/${encode(siteId)}/template`, { method: 'POST', body: { template } })

export const publishSite = (siteId: string) =>
  apiRequest<unknown>(`/api/v1/sites/${encode(siteId)}/publish`, { method: 'POST', body: {} })

/** The draft rendered as visitors will see it (API answers are never cached). */
export const previewUrl = (siteId: string) => `/api/v1/sites/${encode(siteId)}/preview`

function browserTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined
  } catch {
    return undefined
  }
}
