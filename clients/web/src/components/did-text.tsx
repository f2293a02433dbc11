/** A DID shortened for reading, whole on hover and when copied. */
export function DidText({ did }: { did: string }) {
  const short = did.length > 28 ? `${did.slice(0, 16)}…${did.slice(-8)}` : did;
  return (
    <code className="did" title={did}>
      {short}
    </code>
  );
}
