import type { AppEnv } from '../../../../env.ts'
import { createRouter } from '../../../../lib/router.ts'
import { archiveForm } from './archive-form.ts'
import { createForm } from './create-form.ts'
import { getForm } from './get-form.ts'
import { listForms } from './list-forms.ts'
import { updateForm } from './update-form.ts'

export const formRoutes = createRouter<AppEnv>().openapiRoutes([
  listForms,
  createForm,
  getForm,
  updateForm,
  archiveForm,
] as const)
