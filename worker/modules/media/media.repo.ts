import { and, desc, eq, inArray, lt } from 'drizzle-orm'
import type { D1Db } from '../../lib/d1.ts'
import { brands } from '../brands/brands.tables.ts'
import { type MEDIA_KINDS, mediaAssets } from './media.tables.ts'

export type MediaRow = typeof mediaAssets.$inferSelect

// D1 binds at most 100 parameters per statement.
const IN_LIST_CHUNK = 90

export const insertMedia = (db: D1Db, row: typeof mediaAssets.$inferInsert) =>
  db.insert(mediaAssets).values(row)

/** Newest first; ids are time-sortable, so the last id of a page is the cursor. */
export function listMedia(
  db: D1Db,
  tenantId: string,
  query: { kind?: (typeof MEDIA_KINDS)[number]; before?: string; limit: number },
) {
  return db
    .select()
    .from(mediaAssets)
    .where(
      and(
        eq(mediaAssets.tenantId, tenantId),
        query.kind ? eq(mediaAssets.kind, query.kind) : undefined,
        query.before ? lt(mediaAssets.id, query.before) : undefined,
      ),
    )
    .orderBy(desc(mediaAssets.id))
    .limit(query.limit)
}

export async function findMedia(db: D1Db, tenantId: string, mediaId: string): Promise<MediaRow | undefined> {
  const [row] = await db
    .select()
    .from(mediaAssets)
    .where(and(eq(mediaAssets.tenantId, tenantId), eq(mediaAssets.id, mediaId)))
    .limit(1)
  return row
}

/** The tenant's media among `ids`; ids of other tenants or of nothing are simply absent. */
export async function findMediaByIds(
  db: D1Db,
  tenantId: string,
  ids: readonly string[],
): Promise<Pick<MediaRow, 'id' | 'key' | 'kind'>[]> {
  const unique = [...new Set(ids)]
  const rows: Pick<MediaRow, 'id' | 'key' | 'kind'>[] = []
  for (let at = 0; at < unique.length; at += IN_LIST_CHUNK) {
    rows.push(
      ...(await db
        .select({ id: mediaAssets.id, key: mediaAssets.key, kind: mediaAssets.kind })
        .from(mediaAssets)
        .where(
          and(
            eq(mediaAssets.tenantId, tenantId),
            inArray(mediaAssets.id, unique.slice(at, at + IN_LIST_CHUNK)),
          ),
        )),
    )
  }
  return rows
}

export const deleteMediaRow = (db: D1Db, tenantId: string, mediaId: string) =>
  db.delete(mediaAssets).where(and(eq(mediaAssets.tenantId, tenantId), eq(mediaAssets.id, mediaId)))

/** The tenant's brands, as cache scopes: every page of the tenant lives under one of them. */
export const brandsOf = (db: D1Db, tenantId: string) =>
  db.select({ brandId: brands.id, brandSlug: brands.slug }).from(brands).where(eq(brands.tenantId, tenantId))
