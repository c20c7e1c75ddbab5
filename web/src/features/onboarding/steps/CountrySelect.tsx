import { useMemo } from 'react'
import { ChoiceSelect } from '../../../app/components/ChoiceSelect.tsx'
import { countryOptions } from '../defaults.ts'

export function CountrySelect({
  value,
  onChange,
  error,
}: {
  value: string
  onChange: (code: string) => void
  error?: string
}) {
  const options = useMemo(
    () => countryOptions(navigator.language).map(({ code, name }) => ({ value: code, label: name })),
    [],
  )
  return (
    <ChoiceSelect
      label="Country"
      hint="Saved with the address."
      name="country"
      autoComplete="country"
      value={value}
      onChange={onChange}
      error={error}
      options={options}
    />
  )
}
