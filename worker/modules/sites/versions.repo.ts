import { and, desc, eq, isNotNull, max } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import type { D1Db } from '../../lib/d1.ts'
import { apiKeys } from '../api-keys/api-keys.tables.ts'
import { users } from '../auth/index.ts'
import { canonicalJson } from './sites.repo.ts'
import { sites, siteVersions } from './sites.tables.ts'

export type VersionInsert = Omit<typeof siteVersions.$inferInsert, 'tenantId'> & { publishedAt: Date }

export async function nextVersionNumber(db: D1Db, tenantId: string, siteId: string): Promise<number> {
  const [row] = await db
    .select({ top: max(siteVersions.number) })
    .from(siteVersions)
    .where(and(eq(siteVersions.tenantId, tenantId), eq(siteVersions.siteId, siteId)))
  return (row?.top ?? 0) + 1
}

/** Inserts the version and points the site at it in one D1 batch (with `also`, e.g. its audit record): all or nothing. */
export async function insertPublishedVersion(
  db: D1Db,
  tenantId: string,
  version: VersionInsert,
  also: BatchItem<'sqlite'>[] = [],
) {
  await db.batch([
    db.insert(siteVersions).values({ ...version, content: canonicalJson(version.content), tenantId }),
    db
      .update(sites)
      .set({ publishedVersionId: version.id })
      .where(and(eq(sites.tenantId, tenantId), eq(sites.id, version.siteId))),
    ...also,
  ])
}

/** Takes the site offline; its versions stay for history and restoring. */
export async function clearPublishedVersion(
  db: D1Db,
  tenantId: string,
  siteId: string,
  also: BatchItem<'sqlite'>[] = [],
) {
  await db.batch([
    db
      .update(sites)
      .set({ publishedVersionId: null })
      .where(and(eq(sites.tenantId, tenantId), eq(sites.id, siteId))),
    ...also,
  ])
}

/** The site's published versions, newest first, with the name of whoever published each. */
export function listSiteVersions(db: D1Db, tenantId: string, siteId: string) {
  return db
    .select({
      id: siteVersions.id,
      number: siteVersions.number,
      publishedAt: siteVersions.publishedAt,
      note: siteVersions.note,
      userName: users.name,
      userEmail: users.email,
      keyName: apiKeys.name,
    })
    .from(siteVersions)
    .leftJoin(users, eq(users.id, siteVersions.publishedBy))
    .leftJoin(apiKeys, and(eq(apiKeys.id, siteVersions.publishedBy), eq(apiKeys.tenantId, tenantId)))
    .where(
      and(
        eq(siteVersions.tenantId, tenantId),
        eq(siteVersions.siteId, siteId),
        isNotNull(siteVersions.publishedAt),
      ),
    )
    .orderBy(desc(siteVersions.number))
}

export async function findVersion(db: D1Db, tenantId: string, siteId: string, versionId: string) {
  const [version] = await db
    .select()
    .from(siteVersions)
    .where(
      and(
        eq(siteVersions.tenantId, tenantId),
        eq(siteVersions.siteId, siteId),
        eq(siteVersions.id, versionId),
      ),
    )
    .limit(1)
  return version
}
