/**
 * The double-scan CONFLICT ("… already checked in at <ISO time> by <DID>") as a sentence for the person at the
 * door: local date and time, and “you” when it was this scanner. Null for any other message.
 */
export function doubleScanSentence(message: string, me: string): string | null {
  const m = /already checked in at (\S+) by (did:\S+?)\.?$/i.exec(message.trim());
  if (!m) return null;
  const when = new Date(m[1]);
  if (Number.isNaN(when.getTime())) return null;
  const who = m[2] === me ? 'you' : m[2];
  const day = when.toLocaleDateString([], { dateStyle: 'medium' });
  return `Already checked in: this ticket was admitted on ${day} at ${when.toLocaleTimeString()} by ${who}. Do not let it in again.`;
}
