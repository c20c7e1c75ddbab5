import { pathTo } from '../../app/router.ts'

// The filters the list last showed, so "Back to leads" from a lead returns to the same view.
let lastSearch = ''

export const rememberListSearch = (search: string) => {
  lastSearch = search
}

export const listHref = () => pathTo('leads') + lastSearch
