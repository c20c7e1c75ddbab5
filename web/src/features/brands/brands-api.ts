import type { z } from 'zod'
import type { FONT_STACKS } from '../../../../worker/modules/brands/branch-details.ts'
import type {
  Branch,
  BranchList,
  Brand,
  BrandList,
  CreateBranchBody,
  CreateBrandBody,
  CreateStaffBody,
  StaffList,
  StaffMember,
  UpdateBranchBody,
  UpdateBrandBody,
  UpdateStaffBody,
} from '../../../../worker/modules/brands/brands.schemas.ts'
import { apiRequest } from '../../api/client.ts'

export type { Branch, Brand, StaffMember }
export type BranchPatch = z.input<typeof UpdateBranchBody>
export type BrandPatch = z.input<typeof UpdateBrandBody>
export type StaffPatch = z.input<typeof UpdateStaffBody>
export type OpeningHours = NonNullable<Branch['hours']>
export type Interval = NonNullable<OpeningHours['weekly']['mon']>[number]
export type FontName = keyof typeof FONT_STACKS

/**
 * The font stacks a brand can choose, for the sample text. Checked against the worker's list
 * by type, so they cannot drift apart (the dashboard imports no worker code at run time).
 */
export const FONTS = {
  system: 'system-ui,-apple-system,"Segoe UI",Roboto,sans-serif',
  humanist: 'Seravek,"Gill Sans Nova",Ubuntu,Calibri,"DejaVu Sans",source-sans-pro,sans-serif',
  geometric: 'Avenir,Montserrat,Corbel,"URW Gothic",source-sans-pro,sans-serif',
  classical: 'Optima,Candara,"Noto Sans",source-sans-pro,sans-serif',
  serif: 'Charter,"Bitstream Charter","Sitka Text",Cambria,serif',
  'old-style': '"Iowan Old Style","Palatino Linotype","URW Palladio L",P052,serif',
  rounded: 'ui-rounded,"Hiragino Maru Gothic ProN",Quicksand,Comfortaa,Manjari,"Arial Rounded MT",sans-serif',
  monospace: 'ui-monospace,"Cascadia Code","Source Code Pro",Menlo,Consolas,monospace',
} as const satisfies typeof FONT_STACKS

const enc = encodeURIComponent

export const listBrands = (signal?: AbortSignal) =>
  apiRequest<BrandList>('/api/v1/brands', { signal }).then((r) => r.data)
export const getBrand = (brandId: string, signal?: AbortSignal) =>
  apiRequest<Brand>(`/api/v1/brands/${enc(brandId)}`, { signal })
export const createBrand = (body: z.input<typeof CreateBrandBody>) =>
  apiRequest<Brand>('/api/v1/brands', { method: 'POST', body })
export const updateBrand = (brandId: string, body: BrandPatch) =>
  apiRequest<Brand>(`/api/v1/brands/${enc(brandId)}`, { method: 'PATCH', body })

export function listBranches(query: { brandId?: string; archived?: 'include' } = {}, signal?: AbortSignal) {
  const params = new URLSearchParams(query)
  return apiRequest<BranchList>(`/api/v1/branches?${params}`, { signal }).then((r) => r.data)
}
export const getBranch = (branchId: string, signal?: AbortSignal) =>
  apiRequest<Branch>(`/api/v1/branches/${enc(branchId)}`, { signal })
export const createBranch = (body: z.input<typeof CreateBranchBody>) =>
  apiRequest<Branch>('/api/v1/branches', { method: 'POST', body })
export const updateBranch = (branchId: string, body: BranchPatch) =>
  apiRequest<Branch>(`/api/v1/branches/${enc(branchId)}`, { method: 'PATCH', body })
export const archiveBranch = (branchId: string) =>
  apiRequest<void>(`/api/v1/branches/${enc(branchId)}`, { method: 'DELETE' })

export const listStaff = (branchId: string, signal?: AbortSignal) =>
  apiRequest<StaffList>(`/api/v1/branches/${enc(branchId)}/staff`, { signal }).then((r) => r.data)
export const createStaff = (branchId: string, body: z.input<typeof CreateStaffBody>) =>
  apiRequest<StaffMember>(`/api/v1/branches/${enc(branchId)}/staff`, { method: 'POST', body })
export const updateStaff = (staffMemberId: string, body: StaffPatch) =>
  apiRequest<StaffMember>(`/api/v1/staff/${enc(staffMemberId)}`, { method: 'PATCH', body })
export const removeStaff = (staffMemberId: string) =>
  apiRequest<void>(`/api/v1/staff/${enc(staffMemberId)}`, { method: 'DELETE' })
