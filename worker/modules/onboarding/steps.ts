/**
 * The first run, as an ordered registry of steps. Nothing is stored about onboarding itself:
 * each step looks at the organisation's real data (`OnboardingState`) and says whether it is
 * done, so work done anywhere (the builder, the API, another tab) counts.
 *
 * To add a step in a later issue (e.g. "Download your QR code"):
 * 1. Append a definition below with a new kebab-case `id`. `required: false` keeps `complete`
 *    (and the dashboard's redirect to the wizard) unchanged for organisations already set up.
 * 2. `isDone` gets the loaded state and the request's context; a step that needs facts of its
 *    own queries them there through its module's index.ts (one small query, tenant-filtered).
 * 3. Add the step's screen to STEP_SCREENS in web/src/features/onboarding/wizard-steps.tsx;
 *    until then the wizard shows its title and description with a Continue button.
 */
import type { TenantCtx } from '../../context.ts'
import { hasLiveBranchCode } from '../qr/index.ts'

/** What the steps decide on: the brand, branch and site furthest along (see onboarding.repo.ts). */
export interface OnboardingState {
  organisationName: string
  brand: { id: string; slug: string } | null
  branch: { id: string; slug: string } | null
  site: {
    id: string
    /** The template the draft was made from, when there is a draft. */
    template: string | null
    hasDraft: boolean
    published: boolean
  } | null
}

export interface OnboardingStep {
  /** Stable: the wizard maps it to a screen, and clients may remember it. */
  id: string
  title: string
  description: string
  /** Whether the organisation counts as set up only once this step is done. */
  required: boolean
  isDone: (state: OnboardingState, ctx: TenantCtx) => boolean | Promise<boolean>
}

export const ONBOARDING_STEPS: readonly OnboardingStep[] = [
  {
    id: 'brand',
    title: 'Your brand',
    description: 'Name, logo and colours, used on every page of your branches.',
    required: true,
    // A brand always has a primary colour (the column defaults to one), so existing is enough.
    isDone: (state) => state.brand !== null,
  },
  {
    id: 'branch',
    title: 'Your first branch',
    description: 'Where customers find you and how they reach you.',
    required: true,
    isDone: (state) => state.branch !== null,
  },
  {
    id: 'template',
    title: 'A template',
    description: 'The layout and sections your page starts from; you can change it later.',
    required: true,
    // A draft is made from a template; a site published straight through the API chose one too.
    isDone: (state) => state.site !== null && (state.site.hasDraft || state.site.published),
  },
  {
    id: 'publish',
    title: 'Publish',
    description: 'Check the preview and put your page online.',
    required: true,
    isDone: (state) => state.site?.published === true,
  },
  {
    id: 'qr-code',
    title: 'Your QR code',
    description: 'A code in your brand colours that opens your page, ready to print.',
    // Optional: an organisation is set up once its page is live; the code is the way in to it.
    required: false,
    isDone: (state, ctx) =>
      state.branch !== null && hasLiveBranchCode(ctx.d1, ctx.tenantId, state.branch.id, ctx.now()),
  },
]
