/**
 * A software passkey for worker tests: an ES256 key pair answering WebAuthn ceremonies the way
 * a platform authenticator does (attestation "none", discoverable, user verified), so the
 * server's real @simplewebauthn verification runs end to end. The browser test uses Chromium's
 * own virtual authenticator instead.
 */
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/server'
import { isoBase64URL, isoCBOR, isoUint8Array } from '@simplewebauthn/server/helpers'

const FLAG_UP = 0x01
const FLAG_UV = 0x04
const FLAG_AT = 0x40

const sha256 = async (data: Uint8Array) => new Uint8Array(await crypto.subtle.digest('SHA-256', data))
const u32 = (n: number) => new Uint8Array([(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255])

/** WebCrypto signs ECDSA as r‖s; WebAuthn wants ASN.1 DER. */
function derSignature(raw: Uint8Array) {
  const integer = (bytes: Uint8Array) => {
    let start = 0
    while (start < bytes.length - 1 && bytes[start] === 0) start++
    const trimmed = bytes.slice(start)
    const body = (trimmed[0] ?? 0) & 0x80 ? isoUint8Array.concat([new Uint8Array([0]), trimmed]) : trimmed
    return isoUint8Array.concat([new Uint8Array([0x02, body.length]), body])
  }
  const seq = isoUint8Array.concat([integer(raw.slice(0, 32)), integer(raw.slice(32))])
  return isoUint8Array.concat([new Uint8Array([0x30, seq.length]), seq])
}

export class SoftAuthenticator {
  readonly origin: string
  credentialId = ''
  userHandle = ''
  counter = 0
  private keys: CryptoKeyPair | undefined

  constructor(origin: string) {
    this.origin = origin
  }

  private clientData(type: string, challenge: string) {
    return isoUint8Array.fromUTF8String(
      JSON.stringify({ type, challenge, origin: this.origin, crossOrigin: false }),
    )
  }

  async register(options: PublicKeyCredentialCreationOptionsJSON): Promise<RegistrationResponseJSON> {
    this.keys = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
      'sign',
      'verify',
    ])) as CryptoKeyPair
    const jwk = (await crypto.subtle.exportKey('jwk', this.keys.publicKey)) as JsonWebKey
    const cose = new Map<number, number | Uint8Array>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, isoBase64URL.toBuffer(jwk.x ?? '')],
      [-3, isoBase64URL.toBuffer(jwk.y ?? '')],
    ])
    const id = crypto.getRandomValues(new Uint8Array(16))
    this.credentialId = isoBase64URL.fromBuffer(id)
    this.userHandle = options.user.id
    const authData = isoUint8Array.concat([
      await sha256(isoUint8Array.fromUTF8String(options.rp.id ?? '')),
      new Uint8Array([FLAG_UP | FLAG_UV | FLAG_AT]),
      u32(this.counter),
      new Uint8Array(16),
      new Uint8Array([0, id.length]),
      id,
      isoCBOR.encode(cose),
    ])
    const attestationObject = isoCBOR.encode(
      new Map<string, unknown>([
        ['fmt', 'none'],
        ['attStmt', new Map()],
        ['authData', authData],
      ]) as Parameters<typeof isoCBOR.encode>[0],
    )
    return {
      id: this.credentialId,
      rawId: this.credentialId,
      type: 'public-key',
      clientExtensionResults: {},
      authenticatorAttachment: 'platform',
      response: {
        clientDataJSON: isoBase64URL.fromBuffer(this.clientData('webauthn.create', options.challenge)),
        attestationObject: isoBase64URL.fromBuffer(attestationObject),
        transports: ['internal'],
      },
    }
  }

  /** Signs a request; `rpId` defaults to the options' one, and can be forged to test refusal. */
  async authenticate(
    options: PublicKeyCredentialRequestOptionsJSON,
    overrides: { challenge?: string; userVerified?: boolean } = {},
  ): Promise<AuthenticationResponseJSON> {
    if (!this.keys) throw new Error('register() first')
    this.counter += 1
    const authData = isoUint8Array.concat([
      await sha256(isoUint8Array.fromUTF8String(options.rpId ?? '')),
      new Uint8Array([FLAG_UP | (overrides.userVerified === false ? 0 : FLAG_UV)]),
      u32(this.counter),
    ])
    const clientDataJSON = this.clientData('webauthn.get', overrides.challenge ?? options.challenge)
    const signed = isoUint8Array.concat([authData, await sha256(clientDataJSON)])
    const raw = new Uint8Array(
      await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, this.keys.privateKey, signed),
    )
    return {
      id: this.credentialId,
      rawId: this.credentialId,
      type: 'public-key',
      clientExtensionResults: {},
      authenticatorAttachment: 'platform',
      response: {
        clientDataJSON: isoBase64URL.fromBuffer(clientDataJSON),
        authenticatorData: isoBase64URL.fromBuffer(authData),
        signature: isoBase64URL.fromBuffer(derSignature(raw)),
        userHandle: this.userHandle,
      },
    }
  }
}
