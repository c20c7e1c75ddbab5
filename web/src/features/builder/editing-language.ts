import { createContext, useContext } from 'react'
import type { LanguageCode } from '../../../../worker/modules/sites/content/languages.ts'

export interface EditingLanguage {
  /** The language whose text the fields show and change. */
  language: LanguageCode
  /** The site's default language: its text stands in where a translation is missing. */
  defaultLanguage: LanguageCode
  dir: 'ltr' | 'rtl'
  /** How to name a language to the person editing, e.g. "Arabic". */
  nameOf: (code: LanguageCode) => string
}

export const EditingLanguageContext = createContext<EditingLanguage>({
  language: 'en',
  defaultLanguage: 'en',
  dir: 'ltr',
  nameOf: (code) => code,
})

export const useEditingLanguage = () => useContext(EditingLanguageContext)

const englishNames = new Intl.DisplayNames(['en'], { type: 'language' })

/** "Arabic — العربية": the English name for finding it, the native one as the visitor reads it. */
export function languageLabel(code: string, nativeName: string): string {
  const english = englishNames.of(code) ?? code
  return english === nativeName ? english : `${english} — ${nativeName}`
}

export const englishLanguageName = (code: string) => englishNames.of(code) ?? code
