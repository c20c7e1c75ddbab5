import type { AppEnv } from '../../../../env.ts'
import { createRouter } from '../../../../lib/router.ts'
import { createCompanyRoute } from './create-company.ts'
import { deleteCompanyRoute } from './delete-company.ts'
import { getCompanyRoute } from './get-company.ts'
import { listCompaniesRoute } from './list-companies.ts'
import { listCompanyContactsRoute } from './list-company-contacts.ts'
import { updateCompanyRoute } from './update-company.ts'

export const companyRoutes = createRouter<AppEnv>().openapiRoutes([
  listCompaniesRoute,
  createCompanyRoute,
  getCompanyRoute,
  updateCompanyRoute,
  deleteCompanyRoute,
  listCompanyContactsRoute,
] as const)
