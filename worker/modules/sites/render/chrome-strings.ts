// The words a page shows around tenants' own copy (buttons, labels, standard headings), in the
// languages most of our tenants' visitors read, one file each under strings/. Any other language
// falls back to English for these; weekday, date and price formats still come from Intl in the
// page's own language.
import type { SectionType } from '../content/sections.ts'
import { AR, AR_HEADINGS } from './strings/ar.ts'
import { DE, DE_HEADINGS } from './strings/de.ts'
import { type Chrome, EN, EN_HEADINGS, type Headings } from './strings/en.ts'
import { ES, ES_HEADINGS } from './strings/es.ts'
import { FR, FR_HEADINGS } from './strings/fr.ts'
import { HE, HE_HEADINGS } from './strings/he.ts'
import { HI, HI_HEADINGS } from './strings/hi.ts'
import { PT, PT_HEADINGS } from './strings/pt.ts'

export type { Chrome }

const CHROME: Record<string, Chrome> = { en: EN, es: ES, fr: FR, de: DE, pt: PT, hi: HI, ar: AR, he: HE }
const HEADINGS: Record<string, Headings> = {
  en: EN_HEADINGS,
  es: ES_HEADINGS,
  fr: FR_HEADINGS,
  de: DE_HEADINGS,
  pt: PT_HEADINGS,
  hi: HI_HEADINGS,
  ar: AR_HEADINGS,
  he: HE_HEADINGS,
}

/** Chrome strings in `language`, English where we have no translation. */
export const chromeFor = (language: string): Chrome => CHROME[language] ?? EN

/** The standard heading of a section type in `language`; profile and hero have none. */
export function standardHeading(type: SectionType, language: string): string {
  if (type === 'profile' || type === 'hero') return ''
  return (HEADINGS[language] ?? EN_HEADINGS)[type]
}

/** Fills `{name}` placeholders. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole))
