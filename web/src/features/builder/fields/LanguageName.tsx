import type { CatalogueLanguage } from '../../sites/sites-api.ts'
import { englishLanguageName } from '../editing-language.ts'

/** "Arabic — العربية", the native name marked with its language so it is read out properly. */
export function LanguageName({ language }: { language: CatalogueLanguage }) {
  const english = englishLanguageName(language.code)
  if (english === language.name) return <>{english}</>
  return (
    <>
      {english} —{' '}
      <span lang={language.code} dir={language.dir}>
        {language.name}
      </span>
    </>
  )
}
