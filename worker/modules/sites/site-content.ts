import { z } from '@hono/zod-openapi'

/** What a published site version holds; issue-by-issue the section list grows. */
export const SiteContent = z
  .strictObject({
    language: z.string().min(2).max(12).default('en').openapi({ example: 'en' }),
    direction: z.enum(['ltr', 'rtl']).default('ltr'),
    headline: z.string().min(1).max(120).openapi({ example: 'Fresh pasta, downtown' }),
    tagline: z.string().max(240).optional().openapi({ example: 'Open daily from 11:00' }),
    about: z.string().max(2000).optional(),
    phone: z.string().max(32).optional().openapi({ example: '+1 415 555 0100' }),
    email: z.email().max(254).optional(),
    address: z.string().max(300).optional(),
    leadForm: z
      .strictObject({
        enabled: z.boolean().default(true),
        title: z.string().min(1).max(120).default('Send us a message'),
        submitLabel: z.string().min(1).max(40).default('Send'),
      })
      .default({ enabled: true, title: 'Send us a message', submitLabel: 'Send' }),
  })
  .openapi('SiteContent')

export type SiteContent = z.infer<typeof SiteContent>
