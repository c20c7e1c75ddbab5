import type { LanguageCode } from '../../../../../worker/modules/sites/content/languages.ts'
import type { CatalogueLanguage } from '../../sites/sites-api.ts'
import { languageLabel } from '../editing-language.ts'
import { Checkbox } from '../fields/Checkbox.tsx'
import { LanguageName } from '../fields/LanguageName.tsx'
import { SelectField } from '../fields/SelectField.tsx'
import { Disclosure } from './Disclosure.tsx'

const MAX_EXTRA = 10

interface LanguagesPanelProps {
  catalogue: CatalogueLanguage[]
  defaultLanguage: LanguageCode
  languages: LanguageCode[]
  onChange: (value: { defaultLanguage: LanguageCode; languages: LanguageCode[] }) => void
}

/** Which languages the page offers visitors; texts are kept when a language is turned off. */
export function LanguagesPanel({ catalogue, defaultLanguage, languages, onChange }: LanguagesPanelProps) {
  const options = catalogue.map((l) => ({ value: l.code, label: languageLabel(l.code, l.name) }))

  function setDefault(code: LanguageCode) {
    onChange({ defaultLanguage: code, languages: languages.filter((l) => l !== code) })
  }
  function toggle(code: LanguageCode, on: boolean) {
    const chosen = new Set(languages)
    if (on) chosen.add(code)
    else chosen.delete(code)
    // The catalogue's order, so the switcher on the page is stable.
    onChange({ defaultLanguage, languages: catalogue.map((l) => l.code).filter((c) => chosen.has(c)) })
  }

  return (
    <Disclosure label="Languages" summary={String(languages.length + 1)}>
      {() => (
        <div className="panel-fields">
          <SelectField
            label="Default language"
            hint="Visitors see it first, and wherever a translation is missing."
            value={defaultLanguage}
            options={options}
            onChange={setDefault}
          />
          <fieldset className="field-group language-choices">
            <legend>More languages</legend>
            <p className="field-hint muted">Offered in a switcher on the page; up to {MAX_EXTRA}.</p>
            {catalogue
              .filter((l) => l.code !== defaultLanguage)
              .map((l) => (
                <Checkbox
                  key={l.code}
                  label={<LanguageName language={l} />}
                  checked={languages.includes(l.code)}
                  onChange={(on) => {
                    if (!on || languages.length < MAX_EXTRA) toggle(l.code, on)
                  }}
                />
              ))}
          </fieldset>
        </div>
      )}
    </Disclosure>
  )
}
