import type { Section } from '../../../../worker/modules/sites/content/sections.ts'
import type { SiteContent } from '../../../../worker/modules/sites/content/site-content.ts'
import { SECTION_KINDS } from './section-catalogue.ts'

// The formats the API insists on, checked here too so a half-typed value is pointed at beside
// its field instead of failing the whole save. The API stays the authority.

export interface Rule {
  test: (value: string) => boolean
  message: string
}

export const PRICE: Rule = {
  test: (v) => /^\d{1,9}(\.\d{1,2})?$/.test(v),
  message: 'Use digits with up to two decimals, e.g. 12.50',
}
export const CURRENCY: Rule = {
  test: (v) => /^[A-Z]{3}$/.test(v),
  message: 'Use a three-letter currency code, e.g. EUR',
}
export const DATE: Rule = {
  test: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v),
  message: 'Use a date like 2025-03-31',
}
export const WEB_ADDRESS: Rule = {
  test: (v) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(v) && v.length <= 500,
  message: 'Use a full web address starting with https://',
}

/** The rule's message when a value is present and breaks it. */
export const invalidIf = (value: string | undefined, rule: Rule) =>
  value !== undefined && !rule.test(value) ? rule.message : undefined

/** What stops the draft from saving, as sentences naming the section; empty when it can save. */
export function draftProblems(content: SiteContent): string[] {
  return content.sections.flatMap((section, index) =>
    sectionProblems(section).map((p) => `${SECTION_KINDS[section.type].label} (section ${index + 1}): ${p}`),
  )
}

function sectionProblems(section: Section): string[] {
  const problems: string[] = []
  const check = (value: string | undefined, rule: Rule, what: string) => {
    if (invalidIf(value, rule)) problems.push(`${what}: ${rule.message.toLowerCase()}`)
  }
  if (section.type === 'products') {
    section.items.forEach((item, i) => {
      check(item.price, PRICE, `product ${i + 1} price`)
      check(item.currency, CURRENCY, `product ${i + 1} currency`)
      check(item.url, WEB_ADDRESS, `product ${i + 1} link`)
    })
  }
  if (section.type === 'reviews') {
    check(section.reviewUrl, WEB_ADDRESS, 'review link')
    section.reviews.forEach((review, i) => {
      if (!review.author.trim()) problems.push(`review ${i + 1} needs the author’s name`)
      check(review.date, DATE, `review ${i + 1} date`)
    })
  }
  if (section.type === 'hero' && section.cta?.action === 'url') {
    if (!section.cta.url) problems.push('the button needs a web address')
    else check(section.cta.url, WEB_ADDRESS, 'button link')
  }
  return problems
}
