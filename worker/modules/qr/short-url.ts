/** What a dynamic code encodes: the platform host's short link, never a tenant hostname. */
export const shortUrl = (publicOrigin: string, code: string) => new URL(`/q/${code}`, publicOrigin).toString()
