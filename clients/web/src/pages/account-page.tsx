import { useState } from 'react';

import { generateKeyPair, MjnActions } from '@imajin/protocol/browser';
import {
  fieldOfError,
  keyFileName,
  parseKeyFile,
  RegisterDocument,
  serializeKeyFile,
  useImajin,
  useSession,
  useSignedMutation,
} from '@imajin/react';

import { DidText } from '../components/did-text';
import { ErrorText } from '../components/error-text';
import { PhraseKeys } from '../components/phrase-keys';
import { navigate } from '../router';
import { useAction } from '../use-action';

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

/** Keys on this device, creating and importing one, registering it and signing in. */
export function AccountPage() {
  const { keyStore } = useImajin();
  const { session, signIn } = useSession();
  const [keys, setKeys] = useState(() => keyStore.list());
  const [selected, setSelected] = useState<string | null>(() => keys.at(-1)?.did ?? null);
  const refresh = () => setKeys(keyStore.list());

  const create = () => {
    const keyPair = generateKeyPair();
    keyStore.save(keyPair);
    refresh();
    setSelected(keyPair.did);
  };
  const importer = useAction(async (file: File) => {
    const keyPair = parseKeyFile(await file.text());
    keyStore.save(keyPair);
    refresh();
    setSelected(keyPair.did);
  });
  const signer = useAction(async (did: string) => {
    await signIn(did);
    navigate('/people');
  });

  return (
    <section className="stack">
      <h1>{session ? 'Your account' : 'Welcome to Imajin'}</h1>
      {!session && (
        <p className="lead">
          Your identity is a key that lives in this browser. Create one (or import your key file), register it
          with a handle, and sign in. The private key never leaves this device.
        </p>
      )}
      {session && (
        <p>
          Signed in as <DidText did={session.did} />.
        </p>
      )}

      <div className="card">
        <h2>Keys on this device</h2>
        {keys.length === 0 && <p className="muted">No key yet.</p>}
        <ul className="list">
          {keys.map((k) => (
            <li key={k.did} className={k.did === selected ? 'selected' : undefined}>
              <label className="row">
                <input
                  type="radio"
                  name="key"
                  checked={k.did === selected}
                  onChange={() => setSelected(k.did)}
                  aria-label={`Use key ${k.did}`}
                />
                <DidText did={k.did} />
              </label>
              <div className="actions">
                {session?.did !== k.did && (
                  <button type="button" disabled={signer.busy} onClick={() => void signer.run(k.did)}>
                    Sign in
                  </button>
                )}
                <button
                  type="button"
                  className="secondary"
                  onClick={() => {
                    const kp = keyStore.get(k.did);
                    if (kp) download(keyFileName(k.did), serializeKeyFile(kp));
                  }}
                >
                  Export key file
                </button>
              </div>
            </li>
          ))}
        </ul>
        <ErrorText error={signer.error} />
        <div className="actions">
          <button type="button" onClick={create}>
            Create a key
          </button>
          <label className="button secondary">
            Import key file
            <input
              type="file"
              accept="application/json,.json"
              hidden
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void importer.run(file);
                e.target.value = '';
              }}
            />
          </label>
        </div>
        <ErrorText error={importer.error} />
      </div>

      <PhraseKeys
        onKey={(did) => {
          refresh();
          setSelected(did);
        }}
      />

      {selected && session?.did !== selected && (
        <RegisterForm did={selected} onRegistered={() => void signer.run(selected)} />
      )}
    </section>
  );
}

function RegisterForm({ did, onRegistered }: { did: string; onRegistered: () => void }) {
  const [handle, setHandle] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [register] = useSignedMutation(RegisterDocument, MjnActions.identity.register);
  const action = useAction(async () => {
    await register(
      {
        input: { did, kind: 'HUMAN', handle: handle.trim() || null, displayName: displayName.trim() || null },
      },
      did,
    );
    onRegistered();
  });
  const field = fieldOfError(action.error);
  return (
    <form
      className="card"
      aria-label="Register"
      onSubmit={(e) => {
        e.preventDefault();
        void action.run();
      }}
    >
      <h2>Register this key</h2>
      <p className="muted">
        New here? Register <DidText did={did} /> with a handle people can find you by. Already registered? Use
        “Sign in” above.
      </p>
      <label>
        Handle
        <input
          name="handle"
          value={handle}
          onChange={(e) => setHandle(e.target.value)}
          placeholder="3–30 of a-z, 0-9, _"
          autoComplete="username"
          aria-invalid={field === 'handle'}
        />
      </label>
      {field === 'handle' && <ErrorText error={action.error} />}
      <label>
        Display name
        <input name="displayName" value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
      </label>
      <button type="submit" disabled={action.busy}>
        {action.busy ? 'Registering…' : 'Register and sign in'}
      </button>
      {field !== 'handle' && <ErrorText error={action.error} />}
    </form>
  );
}
