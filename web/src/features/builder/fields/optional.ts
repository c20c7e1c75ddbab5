/** An optional text field's value: empty means absent, which is how the API wants it. */
export const optional = (value: string): string | undefined =>
  value.trim() === '' ? undefined : value.trim()
