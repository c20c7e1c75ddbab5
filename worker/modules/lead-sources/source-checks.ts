// What a source's settings must satisfy before they are saved.
import { and, eq, inArray, isNull } from 'drizzle-orm'
import type { TenantCtx } from '../../context.ts'
import { ApiError, issuesOf } from '../../lib/errors.ts'
import { canSeeBranch } from '../auth/permissions.ts'
import { branches } from '../brands/brands.tables.ts'
import type { SourceKind } from './lead-sources.tables.ts'
import { leadGenFormUrn } from './linkedin/linkedin-api.ts'
import { SourceConfig } from './source-config.ts'

/** The kinds whose secret the owner brings (an access token); the others' we generate. */
export const TOKEN_KINDS: readonly SourceKind[] = ['facebook', 'linkedin']
export const GENERATED_SECRET_KINDS: readonly SourceKind[] = ['google_ads', 'webhook']

/** The config for `kind`, defaults filled; a missing or mismatched one is a 400 naming the field. */
export function configFor(kind: SourceKind, config: SourceConfig | undefined): SourceConfig {
  if (config && config.kind !== kind) {
    throw new ApiError('BAD_REQUEST', 'The config is for another kind of source', {
      errors: [{ path: 'config.kind', message: `Use "${kind}" here` }],
    })
  }
  const parsed = SourceConfig.safeParse(config ?? { kind })
  if (!parsed.success) {
    throw new ApiError('BAD_REQUEST', `A ${kind} source needs more settings`, {
      errors: issuesOf(parsed.error).map((i) => ({ ...i, path: `config.${i.path}` })),
    })
  }
  const value = parsed.data
  // Owners paste a LinkedIn form's number or its URN; webhooks name it by URN.
  if (value.kind === 'linkedin') {
    value.forms = value.forms.map((f) => ({ ...f, formRef: leadGenFormUrn(f.formRef) ?? f.formRef }))
  }
  return value
}

/** The platform account app-level webhooks are routed by. */
export function accountIdOf(config: SourceConfig): string | null {
  switch (config.kind) {
    case 'facebook':
      return config.pageId
    case 'linkedin':
      return config.organizationId
    case 'whatsapp':
      return config.phoneNumberId
    default:
      return null
  }
}

/**
 * The brand of the source's branch, after checking it and every mapped form's branch is a live
 * branch of this tenant the actor can see, and of one brand: a platform account is a brand's.
 */
export async function brandOfBranches(
  ctx: TenantCtx,
  branchId: string,
  config: SourceConfig,
): Promise<string> {
  const mapped = 'forms' in config ? config.forms.map((f) => f.branchId) : []
  const ids = [...new Set([branchId, ...mapped])]
  const rows = await ctx.d1
    .select({ id: branches.id, brandId: branches.brandId })
    .from(branches)
    .where(and(eq(branches.tenantId, ctx.tenantId), inArray(branches.id, ids), isNull(branches.archivedAt)))
  const byId = new Map(rows.filter((r) => canSeeBranch(ctx.actor, r.id)).map((r) => [r.id, r.brandId]))
  const brandId = byId.get(branchId)
  if (!brandId) {
    throw new ApiError('BAD_REQUEST', 'That branch does not exist in this organisation', {
      errors: [{ path: 'branchId', message: 'Choose one of your branches' }],
    })
  }
  const errors = ('forms' in config ? config.forms : []).flatMap((f, i) =>
    byId.get(f.branchId) === brandId
      ? []
      : [{ path: `config.forms.${i}.branchId`, message: 'Choose a branch of the same brand as the source' }],
  )
  if (errors.length > 0)
    throw new ApiError('BAD_REQUEST', 'A form is mapped to an unknown branch', { errors })
  return brandId
}

const ACCOUNT_WORDS: Partial<Record<SourceKind, string>> = {
  facebook: 'Facebook page',
  linkedin: 'LinkedIn organization',
  whatsapp: 'WhatsApp phone number',
}

export const accountConflict = (kind: SourceKind) =>
  new ApiError(
    'CONFLICT',
    `This ${ACCOUNT_WORDS[kind] ?? 'account'} is already connected to a Vitrine lead source. Archive that source first, or ask the organisation that connected it.`,
  )

/** D1's message when the (kind, account) unique index refuses a second live connection. */
export const isDuplicateAccount = (error: unknown) => {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    if (/UNIQUE constraint failed: lead_sources\./.test(String((e as Error).message ?? e))) return true
  }
  return false
}
