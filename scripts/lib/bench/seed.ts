// The bench's D1: the real migrations, the demo seed, and copies of the demo branch's site so
// that every measured page is a real, published page rendered by the real code path.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { D1Database } from '@cloudflare/workers-types/experimental'
import { unstable_splitSqlQuery } from 'wrangler'
import { TEMPLATE_IDS } from '../../../worker/modules/sites/content/site-content.ts'
import { newSiteContent } from '../../../worker/modules/sites/content/templates.ts'
import { DEMO, demoD1Sql } from '../demo.ts'
import { ROOT } from './bundle.ts'

async function runScript(db: D1Database, sql: string) {
  const statements = unstable_splitSqlQuery(sql)
  if (statements.length > 0) await db.batch(statements.map((s) => db.prepare(s)))
}

/** Applies migrations/d1/*.sql in order, then the demo tenant `npm start` seeds. */
export async function migrateAndSeedDemo(db: D1Database) {
  const dir = join(ROOT, 'migrations', 'd1')
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    await runScript(db, readFileSync(join(dir, file), 'utf8'))
  }
  await runScript(db, await demoD1Sql())
}

const quoteId = (name: string) => `"${name.replaceAll('"', '""')}"`

async function columnsOf(db: D1Database, table: string): Promise<string[]> {
  const { results } = await db.prepare(`PRAGMA table_info(${quoteId(table)})`).all<{ name: string }>()
  if (results.length === 0) throw new Error(`No table ${table} in D1`)
  return results.map((r) => r.name)
}

/**
 * `count` copies of the demo row of `table`; `overrides` are SQL expressions that may use the
 * copy's number `n.i` and the parameters bound after the source id (?2…). Every other column is copied, so columns
 * added later follow without changes here.
 */
export async function cloneStatement(
  db: D1Database,
  table: string,
  sourceId: string,
  count: number,
  overrides: Record<string, string>,
  params: unknown[],
) {
  const columns = await columnsOf(db, table)
  const values = columns.map((c) => overrides[c] ?? `src.${quoteId(c)}`)
  return db
    .prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${count})
       INSERT INTO ${quoteId(table)} (${columns.map(quoteId).join(', ')})
       SELECT ${values.join(', ')} FROM n, ${quoteId(table)} AS src WHERE src.id = ?1`,
    )
    .bind(sourceId, ...params)
}

export interface CloneSpec {
  /** Distinguishes this set of copies' ids: `bra_{key}000001`. */
  key: string
  count: number
  /** Slug of each copy: the prefix followed by its six-digit number, or the prefix alone for one copy. */
  slugPrefix: string
  /** Published content of the copies; the demo's own when omitted. */
  content?: unknown
}

/** Copies the demo branch with its site and published version, all in one batch; returns their paths. */
export async function cloneDemoSite(db: D1Database, spec: CloneSpec): Promise<string[]> {
  if (!Number.isInteger(spec.count) || spec.count < 1) throw new Error(`Bad copy count ${spec.count}`)
  const n = `printf('%06d', n.i)`
  // ?2 is always the key; ?3 the slug prefix for branches, the content for versions.
  const id = (prefix: string) => `'${prefix}_' || ?2 || ${n}`
  const slug = spec.count === 1 ? '?3' : `?3 || ${n}`
  const content: Record<string, string> = spec.content === undefined ? {} : { content: '?3' }
  const contentParams = spec.content === undefined ? [] : [JSON.stringify(spec.content)]
  await db.batch([
    await cloneStatement(db, 'branches', DEMO.branchId, spec.count, { id: id('bra'), slug }, [
      spec.key,
      spec.slugPrefix,
    ]),
    await cloneStatement(
      db,
      'sites',
      DEMO.siteId,
      spec.count,
      { id: id('site'), branch_id: id('bra'), published_version_id: id('sv') },
      [spec.key],
    ),
    await cloneStatement(
      db,
      'site_versions',
      DEMO.versionId,
      spec.count,
      { id: id('sv'), site_id: id('site'), ...content },
      [spec.key, ...contentParams],
    ),
  ])
  const slugs =
    spec.count === 1
      ? [spec.slugPrefix]
      : Array.from({ length: spec.count }, (_, i) => `${spec.slugPrefix}${String(i + 1).padStart(6, '0')}`)
  return slugs.map((s) => `/${DEMO.brandSlug}/${s}`)
}

async function demoNames(db: D1Database): Promise<{ brandName: string; branchName: string }> {
  const row = await db
    .prepare(
      'SELECT brands.name AS brandName, branches.name AS branchName FROM branches JOIN brands ON brands.id = branches.brand_id WHERE branches.id = ?1',
    )
    .bind(DEMO.branchId)
    .first<{ brandName: string; branchName: string }>()
  if (!row) throw new Error('The demo branch is missing after seeding')
  return row
}

export interface BenchPages {
  /** One published page per template, each a copy of the demo branch with that template's content. */
  templatePages: { name: string; path: string }[]
  /** Published pages never requested yet: each is a cache miss once. */
  uncachedPaths: string[]
}

/** Publishes one copy of the demo branch per template, and `uncached` copies with the demo's content. */
export async function publishBenchPages(db: D1Database, uncached: number): Promise<BenchPages> {
  const names = await demoNames(db)
  const templatePages: BenchPages['templatePages'] = []
  // Every template the code defines on the day it runs, with the starting content a new site gets.
  for (const [index, templateId] of TEMPLATE_IDS.entries()) {
    const [path] = await cloneDemoSite(db, {
      key: `tpl${index}x`,
      count: 1,
      slugPrefix: `template-${templateId}`,
      content: newSiteContent(templateId, { ...names, language: 'en' }),
    })
    templatePages.push({ name: templateId, path: path! })
  }
  const uncachedPaths =
    uncached > 0 ? await cloneDemoSite(db, { key: 'bench', count: uncached, slugPrefix: 'bench-' }) : []
  return { templatePages, uncachedPaths }
}
