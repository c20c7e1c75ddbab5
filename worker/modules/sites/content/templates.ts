// The six industry templates: a look and starter sections with real copy, for a new branch site.
import type { LanguageCode } from './languages.ts'
import type { SectionType } from './sections.ts'
import { SiteContent, type TemplateId, type Theme } from './site-content.ts'
import { clinic } from './templates/clinic.ts'
import { professionalServices } from './templates/professional-services.ts'
import { realEstate } from './templates/real-estate.ts'
import { restaurant } from './templates/restaurant.ts'
import { retail } from './templates/retail.ts'
import { salon } from './templates/salon.ts'
import {
  type SectionInput,
  type StarterNames,
  starterText,
  type TemplateDefinition,
} from './templates/starter.ts'

export type { StarterNames } from './templates/starter.ts'

export const TEMPLATES: Record<TemplateId, TemplateDefinition> = {
  restaurant,
  clinic,
  salon,
  retail,
  'real-estate': realEstate,
  'professional-services': professionalServices,
}

/** New sites with nothing to start from get this one: it suits any business. */
export const DEFAULT_TEMPLATE: TemplateId = 'professional-services'

export interface TemplateSummary {
  id: TemplateId
  name: string
  industry: string
  description: string
  sections: SectionType[]
  theme: Theme
}

const SAMPLE_NAMES: StarterNames = { brandName: 'Brand', branchName: 'Branch' }

/** What the template pickers show: every template with its section types in page order. */
export function templateSummaries(): TemplateSummary[] {
  return Object.values(TEMPLATES).map((t) => ({
    id: t.id,
    name: t.name,
    industry: t.industry,
    description: t.description,
    sections: t.sections(starterText(SAMPLE_NAMES, 'en')).map((s) => s.type),
    theme: t.theme,
  }))
}

/** The template's starter sections, written for this branch in `language`. */
export function starterSections(
  templateId: TemplateId,
  names: StarterNames,
  language: LanguageCode,
): SectionInput[] {
  return TEMPLATES[templateId].sections(starterText(names, language))
}

/**
 * A complete site from a template, with the brand and branch names woven into its copy. The
 * copy is English; it is stored under the site's default language for the owner to rewrite.
 * @example newSiteContent('restaurant', { brandName: 'Demo', branchName: 'Downtown', language: 'en' })
 */
export function newSiteContent(
  templateId: TemplateId,
  options: StarterNames & { language?: LanguageCode },
): SiteContent {
  const language = options.language ?? 'en'
  const text = starterText(options, language)
  const template = TEMPLATES[templateId]
  return SiteContent.parse({
    template: templateId,
    theme: template.theme,
    defaultLanguage: language,
    languages: [],
    seo: { ...template.seo(text), noindex: false },
    sections: template.sections(text),
  })
}
