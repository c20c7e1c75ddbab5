// Tells the member who started an import that it ended: a notice in their dashboards and an
// e-mail (keyed on the import, so a redelivered last chunk does not send it twice).
import { eq } from 'drizzle-orm'
import type { Ctx } from '../../../context.ts'
import { users } from '../../auth/auth.tables.ts'
import { enqueueEmail } from '../../email/index.ts'
import { publishTenantEvent } from '../../notifications/index.ts'
import type { ImportRow } from './imports.repo.ts'

const n = (value: number) => value.toLocaleString('en')

function summary(row: ImportRow) {
  const noun = row.entity === 'contact' ? 'contacts' : 'companies'
  if (row.status === 'failed')
    return { title: `Import of ${row.filename} stopped`, body: row.error ?? 'The import could not finish.' }
  return {
    title: `Imported ${row.filename}`,
    body: `${n(row.createdCount)} ${noun} created, ${n(row.updatedCount)} merged, ${n(row.skippedCount)} skipped as duplicates, ${n(row.failedCount)} rows not imported.`,
  }
}

export async function notifyImportDone(ctx: Ctx, row: ImportRow): Promise<void> {
  const { title, body } = summary(row)
  const link = `/app/crm/imports/${row.id}`
  try {
    await publishTenantEvent(ctx.env, row.tenantId, {
      type: 'crm.notice',
      userId: row.userId,
      kind: 'import',
      title,
      body,
      link,
      at: ctx.now().toISOString(),
    })
  } catch (error) {
    ctx.log.warn('crm import notice not published', { importId: row.id, error })
  }
  const [user] = await ctx.d1.select({ email: users.email }).from(users).where(eq(users.id, row.userId))
  if (!user) return
  await enqueueEmail(ctx, {
    template: 'crm_notice',
    to: user.email,
    idempotencyKey: `import:${row.id}`,
    data: {
      heading: title,
      paragraphs: [body],
      facts: [
        ['File', row.filename],
        ['Rows', n(row.totalRows)],
        ['Created', n(row.createdCount)],
        ['Merged', n(row.updatedCount)],
        ['Skipped', n(row.skippedCount)],
        ['Not imported', n(row.failedCount)],
      ],
      action: { label: 'See the import', url: new URL(link, ctx.config.PUBLIC_ORIGIN).toString() },
    },
  })
}
