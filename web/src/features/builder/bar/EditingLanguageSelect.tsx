import type { LanguageCode } from '../../../../../worker/modules/sites/content/languages.ts'
import type { CatalogueLanguage } from '../../sites/sites-api.ts'
import { languageLabel } from '../editing-language.ts'
import { SelectField } from '../fields/SelectField.tsx'

/** Which of the page's languages the fields and the preview show. */
export function EditingLanguageSelect({
  catalogue,
  offered,
  value,
  onChange,
}: {
  catalogue: CatalogueLanguage[]
  offered: LanguageCode[]
  value: LanguageCode
  onChange: (language: LanguageCode) => void
}) {
  const options = offered.map((code) => {
    const known = catalogue.find((l) => l.code === code)
    return { value: code, label: known ? languageLabel(code, known.name) : code }
  })
  if (options.length < 2) return null
  return <SelectField label="Editing language" value={value} options={options} onChange={onChange} />
}
