import { handleLinkClick, pathTo } from '../../app/router.ts'
import { Highlight } from './Highlight.tsx'
import type { Tab } from './SearchTabs.tsx'
import { hitPath, type SearchHit, type SearchResults, type SearchType, TYPE_PLURAL } from './search-api.ts'

function Hit({ hit }: { hit: SearchHit }) {
  return (
    <li className="search-hit">
      <a href={hitPath(hit)} onClick={handleLinkClick} className="search-hit__title">
        <Highlight value={hit.title} />
      </a>
      {hit.about && (
        <span className="muted">
          {' '}
          about the {hit.about.type} <bdi>{hit.about.name}</bdi>
        </span>
      )}
      {hit.details.map((detail) => (
        <span key={detail.text} className="search-hit__detail">
          <Highlight value={detail} />
        </span>
      ))}
    </li>
  )
}

/**
 * The results under the tabs: on "All" a section per kind (its best few, and a way to its
 * tab when there are more), on a kind's tab that kind's list.
 */
export function SearchResultList({
  results,
  tab,
  query,
  onShowKind,
}: {
  results: SearchResults
  tab: Tab
  query: string
  onShowKind: (kind: SearchType) => void
}) {
  const groups = results.groups.filter((g) => g.items.length > 0)
  if (groups.length === 0)
    return (
      <p className="muted">
        Nothing matches “<bdi>{query}</bdi>”. Check the spelling, or try part of a name, an e-mail address or
        three or more digits of a phone number. To narrow contacts by their fields, use the{' '}
        <a href={pathTo('contacts')} onClick={handleLinkClick}>
          contact filters
        </a>
        .
      </p>
    )
  return (
    <>
      {groups.map((group) => (
        <section
          key={group.type}
          className="search-group"
          aria-labelledby={tab === 'all' ? `search-group-${group.type}` : undefined}
        >
          {tab === 'all' && (
            <h2 id={`search-group-${group.type}`} className="section-title">
              {TYPE_PLURAL[group.type]}
            </h2>
          )}
          <ul className="search-hits" aria-label={tab === 'all' ? undefined : TYPE_PLURAL[group.type]}>
            {group.items.map((hit) => (
              <Hit key={hit.id} hit={hit} />
            ))}
          </ul>
          {group.hasMore &&
            (tab === 'all' ? (
              <button type="button" className="button button--quiet" onClick={() => onShowKind(group.type)}>
                More {TYPE_PLURAL[group.type].toLowerCase()}
              </button>
            ) : (
              <p className="muted">Only the best 50 are shown; add words to narrow the search.</p>
            ))}
        </section>
      ))}
    </>
  )
}
