import { z } from '@hono/zod-openapi'
import { LANGUAGE_CODES, type LanguageCode } from './languages.ts'

/**
 * Visitor-facing copy in every language the site carries: `{ en: 'Welcome', ar: 'أهلاً' }`.
 * A language without its own text falls back to the site's default language.
 */
export const localized = (max: number) =>
  z.partialRecord(z.enum(LANGUAGE_CODES), z.string().trim().max(max)).default({})

export type Localized = Partial<Record<LanguageCode, string>>

/** The text in `language`, else in `fallback`, else ''. */
export function pick(text: Localized | undefined, language: LanguageCode, fallback: LanguageCode): string {
  return text?.[language] || text?.[fallback] || ''
}
