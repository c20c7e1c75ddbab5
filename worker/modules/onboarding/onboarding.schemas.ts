import { z } from '@hono/zod-openapi'

export const OnboardingStepStatus = z
  .object({
    id: z.string().openapi({ example: 'brand' }),
    title: z.string().openapi({ example: 'Your brand' }),
    description: z.string(),
    done: z.boolean(),
    required: z.boolean(),
  })
  .openapi('OnboardingStepStatus')

export const Onboarding = z
  .object({
    steps: z.array(OnboardingStepStatus),
    complete: z.boolean().openapi({ description: 'Every required step is done.' }),
    nextStepId: z.string().nullable().openapi({
      description: 'The first step not done yet, in order; null when all are.',
      example: 'branch',
    }),
    context: z.object({
      brandId: z.string().nullable().openapi({ example: 'brd_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
      branchId: z.string().nullable().openapi({ example: 'bra_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
      siteId: z.string().nullable().openapi({ example: 'site_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
      template: z.string().nullable().openapi({
        description: "The template of the site's draft, once one was chosen.",
        example: 'clinic',
      }),
      liveUrl: z.url().nullable().openapi({
        description: 'The published page, once there is one.',
        example: 'https://vitrine.app/demo/downtown',
      }),
      organisationName: z.string().openapi({ example: 'Demo Trattoria' }),
    }),
  })
  .openapi('Onboarding')
export type Onboarding = z.infer<typeof Onboarding>
