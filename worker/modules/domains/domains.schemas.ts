import { z } from '@hono/zod-openapi'
import { HOSTNAME_STATUSES } from './domains.tables.ts'

export const DnsRecord = z
  .object({
    type: z.enum(['CNAME', 'TXT']),
    name: z.string().openapi({ example: '_cf-custom-hostname.shop.example.com' }),
    value: z.string().openapi({ example: '5cc6e9a2-8f4b-4a63-9c2e-3f1f0f6d1c8e' }),
    purpose: z.enum(['routing', 'ownership', 'certificate']).openapi({
      description:
        'routing: points the hostname at Vitrine; ownership: proves the hostname is yours; certificate: lets the certificate authority issue its HTTPS certificate',
    }),
  })
  .openapi('DnsRecord')

export const Domain = z
  .object({
    id: z.string().openapi({ example: 'host_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
    hostname: z.string().openapi({ example: 'shop.example.com' }),
    brandId: z.string(),
    branchId: z.string().nullable().openapi({ description: 'Null when the hostname serves the whole brand' }),
    status: z.enum(HOSTNAME_STATUSES).openapi({
      description:
        'pending: waiting for the DNS records and the certificate; active: serving; failed: Cloudflare gave up (see lastError)',
    }),
    sslStatus: z.string().nullable().openapi({ example: 'pending_validation' }),
    records: z.array(DnsRecord).openapi({ description: 'The DNS records to create at your DNS provider' }),
    redirectTo: z.string().nullable().openapi({
      description: 'Set on a www or apex twin: it answers 301 to this canonical hostname',
      example: null,
    }),
    lastError: z.string().nullable(),
    checkedAt: z.string().nullable().openapi({ description: 'When Cloudflare was last asked' }),
    activatedAt: z.string().nullable(),
    createdAt: z.string().openapi({ example: '2026-11-21T09:30:00.000Z' }),
    twin: z
      .object({ id: z.string(), hostname: z.string() })
      .nullable()
      .openapi({ description: 'The www or apex hostname registered alongside, if any' }),
  })
  .openapi('Domain')
export type Domain = z.infer<typeof Domain>

export const DomainList = z.object({ data: z.array(Domain) }).openapi('DomainList')
export type DomainList = z.infer<typeof DomainList>

export const CreateDomainBody = z
  .strictObject({
    hostname: z.string().min(1).max(300).openapi({
      example: 'shop.example.com',
      description:
        'A hostname you control. A pasted https://Shop.Example.com/ is accepted as shop.example.com',
    }),
    brandId: z.string().min(1).max(64).openapi({ example: 'brd_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
    branchId: z.string().min(1).max(64).nullish().openapi({
      description: 'Serve one branch at `/`; without it the brand is served, each branch at `/{branch}`',
    }),
    includeWww: z.boolean().optional().openapi({
      description:
        'Also register the www name (for example.com) or the apex (for www.example.com), redirecting to this one. Defaults to true for an apex domain',
    }),
  })
  .openapi('CreateDomainBody')
export type CreateDomainBody = z.infer<typeof CreateDomainBody>
