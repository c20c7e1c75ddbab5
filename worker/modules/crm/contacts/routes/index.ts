import type { AppEnv } from '../../../../env.ts'
import { createRouter } from '../../../../lib/router.ts'
import { createContactRoute } from './create-contact.ts'
import { deleteContactRoute } from './delete-contact.ts'
import { getContactRoute } from './get-contact.ts'
import { linkContactCompanyRoute } from './link-contact-company.ts'
import { listContactCompaniesRoute } from './list-contact-companies.ts'
import { listContactsRoute } from './list-contacts.ts'
import { unlinkContactCompanyRoute } from './unlink-contact-company.ts'
import { updateContactRoute } from './update-contact.ts'

export const contactRoutes = createRouter<AppEnv>().openapiRoutes([
  listContactsRoute,
  createContactRoute,
  getContactRoute,
  updateContactRoute,
  deleteContactRoute,
  listContactCompaniesRoute,
  linkContactCompanyRoute,
  unlinkContactCompanyRoute,
] as const)
