import { useState } from 'react';

import { useImajin } from '@imajin/react';

import { keyPairFromPhrase, newPhrase } from '../keys/phrase-key';
import { useAction } from '../use-action';

import { ErrorText } from './error-text';

/** Create a key backed up by 12 words, or bring one back from its words. Calls `onKey` with the new DID. */
export function PhraseKeys({ onKey }: { onKey: (did: string) => void }) {
  const { keyStore } = useImajin();
  const [shown, setShown] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const creating = useAction(async () => {
    const phrase = newPhrase();
    const keyPair = await keyPairFromPhrase(phrase);
    keyStore.save(keyPair);
    setShown(phrase);
    onKey(keyPair.did);
  });
  const restoring = useAction(async () => {
    const keyPair = await keyPairFromPhrase(typed);
    keyStore.save(keyPair);
    setTyped('');
    onKey(keyPair.did);
  });

  return (
    <div className="card">
      <h2>Backup phrase</h2>
      <p className="muted">
        A key made from 12 words can be restored anywhere from those words alone. Keys made with “Create a
        key” are backed up with their key file instead.
      </p>
      <div className="actions">
        <button type="button" disabled={creating.busy} onClick={() => void creating.run()}>
          New key with a 12-word phrase
        </button>
      </div>
      <ErrorText error={creating.error} />
      {shown && (
        <div role="status">
          <p>Write these 12 words down, in order, and keep them private: they are your key.</p>
          <ol className="phrase" data-testid="phrase" aria-label="Your 12 words">
            {shown.split(' ').map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ol>
          <button type="button" className="secondary" onClick={() => setShown(null)}>
            I wrote them down
          </button>
        </div>
      )}
      <form
        aria-label="Restore from phrase"
        onSubmit={(e) => {
          e.preventDefault();
          void restoring.run();
        }}
      >
        <label>
          Restore a key from its 12 words
          <textarea
            name="phrase"
            rows={2}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            autoCapitalize="none"
            autoComplete="off"
            spellCheck={false}
            aria-invalid={restoring.error ? true : undefined}
          />
        </label>
        <ErrorText error={restoring.error} />
        <button type="submit" disabled={restoring.busy || typed.trim() === ''}>
          Restore key
        </button>
      </form>
    </div>
  );
}
