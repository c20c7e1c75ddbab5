import { z } from '@hono/zod-openapi'
import { CRM_ENTITIES } from '../fields/fields.tables.ts'
import { CrmFilter, CrmSort } from '../filters/filter.schemas.ts'

export const MAX_VIEWS_PER_LIST = 50

const Columns = z
  .array(z.string().min(1).max(80))
  .max(40)
  .openapi({ description: 'Column field names in display order (built-in or custom.<key>)' })

export const CrmView = z
  .object({
    id: z.string().openapi({ example: 'view_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
    entity: z.enum(CRM_ENTITIES),
    name: z.string().openapi({ example: 'Hot leads in Downtown' }),
    filter: CrmFilter,
    sort: CrmSort.nullable(),
    columns: z.array(z.string()),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('CrmView')
export type CrmView = z.infer<typeof CrmView>

export const CrmViewInput = z
  .strictObject({
    entity: z.enum(CRM_ENTITIES),
    name: z.string().trim().min(1, 'Name the view').max(80),
    filter: CrmFilter,
    sort: CrmSort.nullable().optional(),
    columns: Columns.optional(),
  })
  .openapi('CrmViewInput')
export type CrmViewInput = z.infer<typeof CrmViewInput>

export const CrmViewPatch = z
  .strictObject({
    name: z.string().trim().min(1, 'Name the view').max(80).optional(),
    filter: CrmFilter.optional(),
    sort: CrmSort.nullable().optional(),
    columns: Columns.optional(),
  })
  .openapi('CrmViewPatch')
export type CrmViewPatch = z.infer<typeof CrmViewPatch>

export const ListCrmViewsQuery = z.object({
  entity: z.enum(CRM_ENTITIES).optional().openapi({ description: 'Only the views of this list' }),
})

export const CrmViewList = z.object({ items: z.array(CrmView) }).openapi('CrmViewList')
export type CrmViewList = z.infer<typeof CrmViewList>
