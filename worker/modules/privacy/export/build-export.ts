import type { Ctx } from '../../../context.ts'
import { findUserById } from '../../auth/index.ts'
import { enqueueEmail } from '../../email/index.ts'
import { type ExportRow, failExport, findExport, isTenantDeleted, updateExport } from '../privacy.repo.ts'
import { openArchive } from './archive.ts'
import { exportDownloadUrl } from './links.ts'
import type { Section } from './sections.ts'
import { tenantSections } from './tenant-data.ts'
import { userSections } from './user-data.ts'

/** Where an export's archive lives in R2: beside its tenant's objects, or with other people's own exports. */
export const exportObjectKey = (row: Pick<ExportRow, 'id' | 'scope' | 'tenantId'>) =>
  row.scope === 'tenant' ? `exports/${row.tenantId}/${row.id}.zip` : `exports/users/${row.id}.zip`

/**
 * Builds one export: writes the archive to R2 section by section (reporting progress), sends
 * the requester a signed link, then marks the row ready. Safe to run again for the same id:
 * a ready export is left alone, anything else starts over and overwrites the object.
 */
export async function buildExport(ctx: Ctx, exportId: string): Promise<void> {
  const row = await findExport(ctx.d1, exportId)
  if (!row || row.status === 'ready') return
  const requester = await findUserById(ctx.d1, row.requestedBy)
  const sections = await sectionsFor(ctx, row)
  if (!requester || !sections) {
    await failExport(ctx.d1, row.id, 'The account or organisation no longer exists', ctx.now())
    return
  }
  await updateExport(ctx.d1, row.id, { status: 'running', progress: 0, error: null })

  const objectKey = exportObjectKey(row)
  const archive = openArchive(ctx.env.MEDIA, objectKey)
  let bytes: number
  try {
    const files: { file: string; about: string; records: number }[] = []
    for (const [index, section] of sections.entries()) {
      const records = await writeSection(archive, section)
      files.push({ file: section.file, about: section.about, records })
      // The last few percent are for closing the archive and sending the e-mail.
      const progress = Math.floor(((index + 1) / sections.length) * 95)
      await updateExport(ctx.d1, row.id, { progress })
    }
    await archive.addJson('manifest.json', {
      format: 'vitrine-export/1',
      exportId: row.id,
      scope: row.scope,
      tenantId: row.tenantId,
      requestedBy: row.requestedBy,
      generatedAt: ctx.now().toISOString(),
      notes:
        'Each file is UTF-8 JSON. Times are ISO 8601 in UTC. Secrets and their hashes are never exported.',
      files,
    })
    bytes = await archive.finish()
  } catch (error) {
    await archive.abort()
    throw error
  }

  const link = await exportDownloadUrl(ctx.config.PUBLIC_ORIGIN, ctx.config.SESSION_SECRET, row.id, ctx.now())
  // E-mail before marking ready: a failure here retries the whole job rather than leaving a
  // ready export nobody was told about.
  await enqueueEmail(ctx, {
    template: 'export_ready',
    to: requester.email,
    data: { scope: row.scope, url: link.url, expiresAt: link.expiresAt.toISOString() },
  })
  await updateExport(ctx.d1, row.id, {
    status: 'ready',
    progress: 100,
    objectKey,
    bytes,
    error: null,
    completedAt: ctx.now(),
  })
  ctx.log.info('export ready', { exportId: row.id, scope: row.scope, bytes })
}

async function sectionsFor(ctx: Ctx, row: ExportRow): Promise<Section[] | null> {
  if (row.scope === 'user') return userSections(ctx, row.requestedBy)
  if (!row.tenantId || (await isTenantDeleted(ctx.d1, row.tenantId))) return null
  return tenantSections(ctx, row.tenantId)
}

async function writeSection(archive: ReturnType<typeof openArchive>, section: Section): Promise<number> {
  if (!section.single) return archive.addJsonArray(section.file, section.pages())
  let value: unknown = null
  for await (const page of section.pages()) value = page[0] ?? value
  await archive.addJson(section.file, value)
  return value === null ? 0 : 1
}
