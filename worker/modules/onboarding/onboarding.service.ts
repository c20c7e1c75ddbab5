import type { TenantCtx } from '../../context.ts'
import { findFurthestSetup, findOrganisationName } from './onboarding.repo.ts'
import type { Onboarding } from './onboarding.schemas.ts'
import { ONBOARDING_STEPS, type OnboardingState } from './steps.ts'

export async function loadOnboardingState(ctx: TenantCtx): Promise<OnboardingState> {
  const [organisationName, row] = await Promise.all([
    findOrganisationName(ctx.d1, ctx.tenantId),
    findFurthestSetup(ctx.d1, ctx.tenantId, ctx.actor.branchIds),
  ])
  return {
    organisationName,
    brand: row ? { id: row.brandId, slug: row.brandSlug } : null,
    branch: row?.branchId && row.branchSlug ? { id: row.branchId, slug: row.branchSlug } : null,
    site: row?.siteId
      ? {
          id: row.siteId,
          template: row.draftTemplate,
          hasDraft: Boolean(row.hasDraft),
          published: row.publishedVersionId !== null,
        }
      : null,
  }
}

/** Where the organisation stands in the first run, step by step, derived from its data. */
export async function getOnboarding(ctx: TenantCtx): Promise<Onboarding> {
  const state = await loadOnboardingState(ctx)
  const steps = await Promise.all(
    ONBOARDING_STEPS.map(async ({ isDone, ...step }) => ({ ...step, done: await isDone(state, ctx) })),
  )
  const { brand, branch, site } = state
  return {
    steps,
    complete: steps.every((step) => step.done || !step.required),
    nextStepId: steps.find((step) => !step.done)?.id ?? null,
    context: {
      brandId: brand?.id ?? null,
      branchId: branch?.id ?? null,
      siteId: site?.id ?? null,
      template: site?.template ?? null,
      liveUrl: brand && branch && site?.published ? liveUrl(ctx, brand.slug, branch.slug) : null,
      organisationName: state.organisationName,
    },
  }
}

// Our own host always serves the page; a custom hostname is the builder's business to show.
const liveUrl = (ctx: TenantCtx, brandSlug: string, branchSlug: string) =>
  new URL(`/${brandSlug}/${branchSlug}`, ctx.config.PUBLIC_ORIGIN).toString()
