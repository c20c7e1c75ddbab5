// What a template is made of: its look, and starter sections written for one branch.
import type { z } from '@hono/zod-openapi'
import type { LanguageCode } from '../languages.ts'
import type { Localized } from '../localized.ts'
import type { Section } from '../sections.ts'
import type { TemplateId, Theme } from '../site-content.ts'

export type SectionInput = z.input<typeof Section>

export interface StarterNames {
  brandName: string
  branchName: string
}

/** Starter copy keyed by the site's language, cut to fit its field. */
export type Copy = (text: string, max?: number) => Localized

export interface StarterText {
  names: StarterNames
  /** How the copy names the place: "Brand Branch", or just the branch when it already says the brand. */
  place: string
  copy: Copy
}

export interface TemplateDefinition {
  id: TemplateId
  name: string
  industry: string
  description: string
  theme: Theme
  seo: (text: StarterText) => { title: Localized; description: Localized }
  /** The template's sections in page order; their ids are how a template switch matches content. */
  sections: (text: StarterText) => SectionInput[]
}

/** Cuts text to `max` characters at a word boundary when it can, so names woven into short fields still fit. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`
}

export function starterText(names: StarterNames, language: LanguageCode): StarterText {
  const brand = names.brandName.trim()
  const branch = names.branchName.trim()
  const place = branch.toLowerCase().includes(brand.toLowerCase()) || !brand ? branch : `${brand} ${branch}`
  const copy: Copy = (text, max) => ({ [language]: max ? clip(text, max) : text })
  return { names: { brandName: brand, branchName: branch }, place, copy }
}
