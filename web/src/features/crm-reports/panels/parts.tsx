import { type ReactNode, useId, useState } from 'react'

/** The report's headline numbers. */
export function Kpis({ items }: { items: { term: string; value: string }[] }) {
  return (
    <dl className="report-kpis">
      {items.map((item) => (
        <div key={item.term}>
          <dt>{item.term}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  )
}

/**
 * The currency the charts and headline numbers show: amounts are never added across
 * currencies, so with deals in several the reader picks one (tables list them all).
 */
export function useCurrency(currencies: readonly string[]) {
  const [chosen, setChosen] = useState('')
  const currency = currencies.includes(chosen) ? chosen : (currencies[0] ?? '')
  return [currency, setChosen] as const
}

export function CurrencyPicker({
  currencies,
  value,
  onChange,
}: {
  currencies: readonly string[]
  value: string
  onChange: (currency: string) => void
}) {
  const id = useId()
  if (currencies.length < 2) return null
  return (
    <div className="field report-currency">
      <label htmlFor={id}>Currency</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {currencies.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
      <p className="field-hint muted">Amounts in different currencies are never added together.</p>
    </div>
  )
}

/** What an empty report says instead of empty charts. */
export function EmptyReport({ children }: { children: ReactNode }) {
  return <p className="report-empty">{children}</p>
}

/** A heading for a table or chart group within a panel. */
export function SectionTitle({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <h2 id={id} className="section-title">
      {children}
    </h2>
  )
}
