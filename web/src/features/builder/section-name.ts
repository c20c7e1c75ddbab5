import type { LanguageCode } from '../../../../worker/modules/sites/content/languages.ts'
import type { Section } from '../../../../worker/modules/sites/content/sections.ts'
import { SECTION_KINDS } from './section-catalogue.ts'

/** The section's own heading in `language` (else the default language's), or ''. */
export const sectionHeading = (section: Section, language: LanguageCode, fallback: LanguageCode): string =>
  section.heading[language] || section.heading[fallback] || ''

/** How a section is named in labels and announcements: its type, and its own heading if set. */
export function sectionName(section: Section, language: LanguageCode, fallback: LanguageCode): string {
  const label = SECTION_KINDS[section.type].label
  const heading = sectionHeading(section, language, fallback)
  return heading && heading !== label ? `${label} “${heading}”` : label
}
