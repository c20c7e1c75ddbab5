import { env } from 'cloudflare:test'
import { expect } from 'vitest'
import type { SiteContent } from '../../../worker/modules/sites/content/site-content.ts'
import { call, type TestTenant, testSiteContent } from '../../helpers/tenant.ts'

export const sitePath = (t: { siteId: string }, rest = '') => `/api/v1/sites/${t.siteId}${rest}`

/** PUT /sites/{siteId}/draft as `as` (a tenant, or a site with another member's token). */
export const putDraft = (
  as: { token: string; siteId: string },
  content: unknown,
  extra: { expectedUpdatedAt?: string | null } = {},
) =>
  call(sitePath(as, '/draft'), {
    method: 'PUT',
    token: as.token,
    body: JSON.stringify({ content, ...extra }),
  })

/** Saves a draft whose hero says `headline`, and returns the site detail. */
export async function saveHeadline(t: TestTenant, headline: string) {
  const res = await putDraft(t, testSiteContent(headline))
  expect(res.status).toBe(200)
  return res.body
}

export const heroHeadline = (content: SiteContent) =>
  content.sections.find((s) => s.type === 'hero' && 'headline' in s)?.headline.en

export async function storedDraft(siteId: string) {
  const row = await env.DB.prepare('select draft, draft_updated_by from sites where id = ?')
    .bind(siteId)
    .first<{ draft: string | null; draft_updated_by: string | null }>()
  return {
    draft: row?.draft ? (JSON.parse(row.draft) as SiteContent) : null,
    updatedBy: row?.draft_updated_by,
  }
}

export async function auditActionsOf(tenantId: string, siteId: string) {
  const { results } = await env.DB.prepare(
    'select action, metadata from audit_events where tenant_id = ? and target_id = ? order by created_at, id',
  )
    .bind(tenantId, siteId)
    .all<{ action: string; metadata: string | null }>()
  return results.map((r) => ({ action: r.action, metadata: r.metadata ? JSON.parse(r.metadata) : null }))
}

/** Takes the site offline behind the API's back, as if it was never published. */
export const neverPublished = (siteId: string) =>
  env.DB.prepare('update sites set published_version_id = null where id = ?').bind(siteId).run()
