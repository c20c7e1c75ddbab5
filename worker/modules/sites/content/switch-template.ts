import type { Section } from './sections.ts'
import { Section as SectionSchema } from './sections.ts'
import type { SiteContent, TemplateId } from './site-content.ts'
import { type StarterNames, starterSections, TEMPLATES } from './templates.ts'

// SiteContent's limit on sections.
const MAX_SECTIONS = 40

/**
 * Moves content to another template without losing anything: every section and every piece of
 * text stays. Sections are matched to the template's slots by id (else by type), put in the
 * template's order, and those the template does not have follow in their old order; slots the
 * content has no section for get the template's starter section, disabled, so nothing new shows
 * until the owner turns it on. Switching back and forth therefore never piles up or drops sections.
 */
export function switchTemplate(
  content: SiteContent,
  templateId: TemplateId,
  names: StarterNames,
): SiteContent {
  const starters = starterSections(templateId, names, content.defaultLanguage)
  const unmatched = [...content.sections]
  const take = (match: (s: Section) => boolean): Section | undefined => {
    const index = unmatched.findIndex(match)
    return index === -1 ? undefined : unmatched.splice(index, 1)[0]
  }
  const placed: Section[] = []
  const usedIds = new Set(content.sections.map((s) => s.id))
  // New slots fill only the room left under the section limit; content is never dropped for them.
  let room = MAX_SECTIONS - content.sections.length
  for (const starter of starters) {
    const existing =
      take((s) => s.id === starter.id && s.type === starter.type) ?? take((s) => s.type === starter.type)
    if (existing) placed.push(existing)
    else if (!usedIds.has(starter.id) && room-- > 0)
      placed.push(SectionSchema.parse({ ...starter, enabled: false }))
  }
  return {
    ...content,
    template: templateId,
    theme: { ...TEMPLATES[templateId].theme },
    sections: [...placed, ...unmatched],
  }
}
