import { type BranchSectionProps, newItemId, useBranchSave } from './branch-section.ts'
import type { Branch } from './brands-api.ts'
import { Field, orUndefined } from './Field.tsx'
import { RowButtons } from './RowButtons.tsx'
import { Section } from './Section.tsx'
import { useList } from './useList.ts'

type Service = {
  id: string
  name: string
  description: string
  price: string
  currency: string
  duration: string
}

const formOf = (s: Branch['services'][number]): Service => ({
  id: s.id,
  name: s.name,
  description: s.description ?? '',
  price: s.price ?? '',
  currency: s.currency ?? '',
  duration: s.durationMinutes === undefined ? '' : String(s.durationMinutes),
})

/** What the branch offers, with optional prices (a currency each) and durations. */
export function ServicesSection(props: BranchSectionProps) {
  const { save, patch } = useBranchSave(props)
  const services = useList(() => props.branch.services.map(formOf))
  const lastCurrency = services.items.findLast((s) => s.currency)?.currency ?? ''

  function submit() {
    patch(
      {
        services: services.items.map((s) => ({
          id: s.id,
          name: s.name.trim(),
          description: orUndefined(s.description),
          price: orUndefined(s.price.replace(',', '.')),
          currency: orUndefined(s.currency.toUpperCase()),
          durationMinutes: s.duration.trim() === '' ? undefined : Number(s.duration),
        })),
      },
      'Services saved.',
    )
  }

  const e = save.errors
  return (
    <Section title="Services and prices" save={save} onSubmit={submit} submitLabel="Save services">
      {services.items.length === 0 && <p className="muted">No services listed.</p>}
      <ol className="plain-list repeat-list">
        {services.items.map((service, i) => (
          <li key={service.id} className="repeat-row repeat-row--block">
            <Field
              label={`Service ${i + 1}`}
              path={`services.${i}.name`}
              errors={e}
              value={service.name}
              onChange={(ev) => services.update(i, { name: ev.target.value })}
              maxLength={120}
            />
            <Field
              label={`Service ${i + 1}, description (optional)`}
              path={`services.${i}.description`}
              errors={e}
              value={service.description}
              onChange={(ev) => services.update(i, { description: ev.target.value })}
              maxLength={500}
            />
            <div className="repeat-row">
              <Field
                label={`Service ${i + 1}, price`}
                path={`services.${i}.price`}
                errors={e}
                inputMode="decimal"
                value={service.price}
                onChange={(ev) => services.update(i, { price: ev.target.value })}
                placeholder="12.50"
              />
              <Field
                label={`Service ${i + 1}, currency`}
                path={`services.${i}.currency`}
                errors={e}
                value={service.currency}
                onChange={(ev) => services.update(i, { currency: ev.target.value.toUpperCase() })}
                maxLength={3}
                placeholder="USD"
              />
              <Field
                label={`Service ${i + 1}, minutes`}
                path={`services.${i}.durationMinutes`}
                errors={e}
                type="number"
                min={1}
                max={1440}
                value={service.duration}
                onChange={(ev) => services.update(i, { duration: ev.target.value })}
              />
            </div>
            <RowButtons list={services} index={i} noun="service" reorder />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button"
        onClick={() =>
          services.add({
            id: newItemId(),
            name: '',
            description: '',
            price: '',
            currency: lastCurrency,
            duration: '',
          })
        }
      >
        Add a service
      </button>
    </Section>
  )
}
