/** Languages a site can carry, with their own names for the switcher and their direction. */
export const LANGUAGES = {
  en: { name: 'English', dir: 'ltr' },
  es: { name: 'Español', dir: 'ltr' },
  fr: { name: 'Français', dir: 'ltr' },
  de: { name: 'Deutsch', dir: 'ltr' },
  it: { name: 'Italiano', dir: 'ltr' },
  pt: { name: 'Português', dir: 'ltr' },
  nl: { name: 'Nederlands', dir: 'ltr' },
  tr: { name: 'Türkçe', dir: 'ltr' },
  ru: { name: 'Русский', dir: 'ltr' },
  hi: { name: 'हिन्दी', dir: 'ltr' },
  bn: { name: 'বাংলা', dir: 'ltr' },
  ta: { name: 'தமிழ்', dir: 'ltr' },
  te: { name: 'తెలుగు', dir: 'ltr' },
  mr: { name: 'मराठी', dir: 'ltr' },
  id: { name: 'Bahasa Indonesia', dir: 'ltr' },
  sw: { name: 'Kiswahili', dir: 'ltr' },
  ja: { name: '日本語', dir: 'ltr' },
  ko: { name: '한국어', dir: 'ltr' },
  zh: { name: '中文', dir: 'ltr' },
  ar: { name: 'العربية', dir: 'rtl' },
  he: { name: 'עברית', dir: 'rtl' },
  fa: { name: 'فارسی', dir: 'rtl' },
  ur: { name: 'اردو', dir: 'rtl' },
} as const satisfies Record<string, { name: string; dir: 'ltr' | 'rtl' }>

export type LanguageCode = keyof typeof LANGUAGES
export const LANGUAGE_CODES = Object.keys(LANGUAGES) as [LanguageCode, ...LanguageCode[]]

export const directionOf = (language: LanguageCode) => LANGUAGES[language].dir
