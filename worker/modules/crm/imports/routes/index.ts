import type { AppEnv } from '../../../../env.ts'
import { createRouter } from '../../../../lib/router.ts'
import { getImport } from './get-import.ts'
import { importProblemsCsv } from './import-problems-csv.ts'
import { listImports } from './list-imports.ts'
import { previewImport } from './preview-import.ts'
import { startImport } from './start-import.ts'
import { uploadImport } from './upload-import.ts'

export const crmImportRoutes = createRouter<AppEnv>().openapiRoutes([
  uploadImport,
  listImports,
  getImport,
  previewImport,
  startImport,
  importProblemsCsv,
] as const)
