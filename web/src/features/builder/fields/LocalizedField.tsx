import { useId } from 'react'
import type { Localized } from '../../../../../worker/modules/sites/content/localized.ts'
import { useEditingLanguage } from '../editing-language.ts'
import { FieldFrame } from './FieldFrame.tsx'

interface LocalizedFieldProps {
  label: string
  value: Localized
  onChange: (value: Localized) => void
  maxLength: number
  multiline?: boolean
  hint?: string
}

/**
 * One visitor-facing text in the language being edited. Where that language has no text yet,
 * the default language's text is shown as a hint, since that is what visitors will see.
 */
export function LocalizedField({ label, value, onChange, maxLength, multiline, hint }: LocalizedFieldProps) {
  const id = useId()
  const { language, defaultLanguage, dir, nameOf } = useEditingLanguage()
  const text = value[language] ?? ''
  const fallback = language !== defaultLanguage && !text ? (value[defaultLanguage] ?? '') : ''
  const describedBy =
    [hint && `${id}-hint`, fallback && `${id}-fallback`].filter(Boolean).join(' ') || undefined

  function change(next: string) {
    const { [language]: _old, ...rest } = value
    onChange(next ? { ...rest, [language]: next } : rest)
  }

  const common = {
    id,
    value: text,
    maxLength,
    dir,
    lang: language,
    'aria-describedby': describedBy,
  }
  return (
    <FieldFrame
      id={id}
      label={
        <>
          {label}
          {language !== defaultLanguage && <span className="field-lang"> ({nameOf(language)})</span>}
        </>
      }
      hint={hint}
    >
      {multiline ? (
        <textarea {...common} rows={4} onChange={(e) => change(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => change(e.target.value)} />
      )}
      {fallback && (
        <p id={`${id}-fallback`} className="field-hint muted localized-fallback">
          Visitors see the {nameOf(defaultLanguage)} text until you add one:{' '}
          <span lang={defaultLanguage} dir="auto">
            {fallback}
          </span>
        </p>
      )}
    </FieldFrame>
  )
}
