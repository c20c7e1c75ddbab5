import { and, asc, eq } from 'drizzle-orm'
import { ApiError } from '../../../../lib/errors.ts'
import type { PgTx } from '../../../../lib/pg.ts'
import { activityTemplates } from '../activities.tables.ts'
import type { ActivityTemplate } from './templates.schemas.ts'

export type TemplateRow = typeof activityTemplates.$inferSelect

export const toTemplate = ({ tenantId: _, createdAt, ...row }: TemplateRow): ActivityTemplate => ({
  ...row,
  createdAt: createdAt.toISOString(),
})

/** The template, or a 404 naming `path` (the route's id, or `templateId` in an activity). */
export async function getTemplate(
  tx: PgTx,
  tenantId: string,
  templateId: string,
  path?: string,
): Promise<TemplateRow> {
  const [row] = await tx
    .select()
    .from(activityTemplates)
    .where(and(eq(activityTemplates.tenantId, tenantId), eq(activityTemplates.id, templateId)))
    .limit(1)
  if (!row) {
    throw new ApiError('NOT_FOUND', `Activity template ${templateId} was not found`, {
      ...(path ? { errors: [{ path, message: 'No such template' }] } : {}),
    })
  }
  return row
}

export const listTemplateRows = (tx: PgTx, tenantId: string) =>
  tx
    .select()
    .from(activityTemplates)
    .where(eq(activityTemplates.tenantId, tenantId))
    .orderBy(asc(activityTemplates.name), asc(activityTemplates.id))
    // A settings list, not a data set: a tenant keeps a handful.
    .limit(500)
