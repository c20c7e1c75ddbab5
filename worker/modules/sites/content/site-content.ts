import { z } from '@hono/zod-openapi'
import { LANGUAGE_CODES } from './languages.ts'
import { localized } from './localized.ts'
import { Section } from './sections.ts'

export const TEMPLATE_IDS = [
  'restaurant',
  'clinic',
  'salon',
  'retail',
  'real-estate',
  'professional-services',
] as const
export type TemplateId = (typeof TEMPLATE_IDS)[number]

/** Look-and-feel that a template sets and the owner may change; colours and fonts come from the brand. */
export const Theme = z
  .strictObject({
    // Page background: light, dark, or tinted with the brand colour.
    surface: z.enum(['light', 'dark', 'tinted']).default('light'),
    corners: z.enum(['rounded', 'square', 'pill']).default('rounded'),
    // How the header and hero use the brand colour.
    header: z.enum(['solid', 'gradient', 'plain']).default('solid'),
    density: z.enum(['comfortable', 'compact']).default('comfortable'),
  })
  .openapi('SiteTheme')
export type Theme = z.infer<typeof Theme>

/** One site, draft or published: its languages, look and ordered sections. */
export const SiteContent = z
  .strictObject({
    template: z.enum(TEMPLATE_IDS).default('professional-services'),
    theme: Theme.default({ surface: 'light', corners: 'rounded', header: 'solid', density: 'comfortable' }),
    defaultLanguage: z.enum(LANGUAGE_CODES).default('en'),
    // Further languages offered in the switcher; the default is always offered.
    languages: z.array(z.enum(LANGUAGE_CODES)).max(10).default([]),
    seo: z
      .strictObject({
        title: localized(70),
        description: localized(160),
        noindex: z.boolean().default(false),
      })
      .default({ title: {}, description: {}, noindex: false }),
    sections: z
      .array(Section)
      .max(40)
      .refine((list) => new Set(list.map((s) => s.id)).size === list.length, 'Section ids must be unique'),
  })
  .openapi('SiteContent')
export type SiteContent = z.infer<typeof SiteContent>
export type SiteContentInput = z.input<typeof SiteContent>
