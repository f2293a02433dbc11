import { fromBase64Url, publicKeyFromDid, verify } from '@imajin/protocol';

/**
 * One signed statement as an agent re-checks it offline: `signature` is base64url Ed25519 over the UTF-8
 * bytes of `signedPayload` (JCS canonical JSON) by the key of `signer` (SPEC.md §3). `checkedByServer` says
 * whether this server's own check passed against the key encoded in the signer's DID (false after a key
 * rotation: then check against the signer's DID document from resolve_identity).
 */
export interface SignedEvidence {
  signer: string | null;
  signedPayload: string;
  signature: string;
  checkedByServer: boolean;
}

export const EVIDENCE_HOWTO =
  'Verify each evidence item offline: Ed25519.verify(base64url-decode(signature), utf8(signedPayload), publicKey(signer)); signedPayload is JCS canonical JSON.';

function signerOf(signedPayload: string): string | null {
  try {
    const parsed = JSON.parse(signedPayload) as { signer?: unknown };
    return typeof parsed.signer === 'string' ? parsed.signer : null;
  } catch {
    return null;
  }
}

/** Packs a stored signature with its payload and this server's own check of it. */
export function evidenceOf(signed: {
  signedPayload?: string | null;
  signature?: string | null;
}): SignedEvidence | null {
  if (!signed.signedPayload || !signed.signature) return null;
  const signer = signerOf(signed.signedPayload);
  let checked: boolean;
  try {
    checked =
      signer !== null &&
      verify(
        fromBase64Url(signed.signature),
        new TextEncoder().encode(signed.signedPayload),
        publicKeyFromDid(signer),
      );
  } catch {
    checked = false;
  }
  return {
    signer,
    signedPayload: signed.signedPayload,
    signature: signed.signature,
    checkedByServer: checked,
  };
}
