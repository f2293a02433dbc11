import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

// Level L keeps the long signed token at the fewest, largest modules a phone camera reads best.
/** The ticket token as a QR code a door scanner reads (drawn locally by the bundled `qrcode`). */
export function TicketQr({ token, label }: { token: string; label: string }) {
  const [svg, setSvg] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    QRCode.toString(token, { type: 'svg', errorCorrectionLevel: 'L', margin: 2 })
      .then((markup) => live && setSvg(markup))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [token]);
  if (failed)
    return <p className="error">This ticket is too long to draw as a QR code: show its token instead.</p>;
  if (!svg) return <p className="muted">Drawing the QR code…</p>;
  return (
    <img
      className="qr"
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      alt={label}
      data-testid="ticket-qr"
    />
  );
}
