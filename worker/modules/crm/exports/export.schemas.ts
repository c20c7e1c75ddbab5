import { z } from '@hono/zod-openapi'
import { CRM_ENTITIES } from '../fields/fields.tables.ts'
import { CrmFilter } from '../filters/filter.schemas.ts'

export const ExportBody = z
  .strictObject({
    entity: z.enum(CRM_ENTITIES),
    filter: CrmFilter.default({ match: 'all', conditions: [] }),
    columns: z
      .array(z.string().min(1).max(80))
      .max(200)
      .optional()
      .openapi({
        description: 'Column keys in order (id, name, email … or custom.<key>); all of them when left out',
        example: ['name', 'email', 'phone', 'custom.budget'],
      }),
  })
  .openapi('CrmExportBody')
export type ExportBody = z.infer<typeof ExportBody>
