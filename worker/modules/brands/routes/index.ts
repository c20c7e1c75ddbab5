import type { AppEnv } from '../../../env.ts'
import { createRouter } from '../../../lib/router.ts'
import { archiveBranchRoute } from './archive-branch.ts'
import { createBranchRoute } from './create-branch.ts'
import { createBrandRoute } from './create-brand.ts'
import { createStaffRoute } from './create-staff.ts'
import { deleteStaffRoute } from './delete-staff.ts'
import { getBranchRoute } from './get-branch.ts'
import { getBrandRoute } from './get-brand.ts'
import { listBranchesRoute } from './list-branches.ts'
import { listBrandsRoute } from './list-brands.ts'
import { listStaffRoute } from './list-staff.ts'
import { updateBranchRoute } from './update-branch.ts'
import { updateBrandRoute } from './update-brand.ts'
import { updateStaffRoute } from './update-staff.ts'

export const brandRoutes = createRouter<AppEnv>().openapiRoutes([
  listBrandsRoute,
  createBrandRoute,
  getBrandRoute,
  updateBrandRoute,
  listBranchesRoute,
  createBranchRoute,
  getBranchRoute,
  updateBranchRoute,
  archiveBranchRoute,
  listStaffRoute,
  createStaffRoute,
  updateStaffRoute,
  deleteStaffRoute,
] as const)
