/** What the companies list can be sorted by. */
export const COMPANY_SORT_FIELDS: readonly { value: string; label: string }[] = [
  { value: 'updatedAt', label: 'Last changed' },
  { value: 'createdAt', label: 'Created' },
  { value: 'name', label: 'Name' },
  { value: 'employees', label: 'Employees' },
]
