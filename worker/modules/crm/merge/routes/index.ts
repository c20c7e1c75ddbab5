import type { AppEnv } from '../../../../env.ts'
import { createRouter } from '../../../../lib/router.ts'
import { listDuplicates } from '../../duplicates/routes/list-duplicates.ts'
import { mergeCompanies } from './merge-companies.ts'
import { mergeContacts } from './merge-contacts.ts'
import { previewMerge } from './preview-merge.ts'

/** Duplicates to review and the merges that settle them. */
export const crmMergeRoutes = createRouter<AppEnv>().openapiRoutes([
  listDuplicates,
  previewMerge,
  mergeContacts,
  mergeCompanies,
] as const)
