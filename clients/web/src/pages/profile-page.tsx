import { useEffect, useState } from 'react';

import { MjnActions } from '@imajin/protocol/browser';
import {
  fieldOfError,
  UpdateProfileDocument,
  useImajin,
  useSignedMutation,
  useViewerQuery,
} from '@imajin/react';

import { DidText } from '../components/did-text';
import { ErrorText } from '../components/error-text';
import { useAction } from '../use-action';

const FIELDS = [
  { name: 'handle', label: 'Handle' },
  { name: 'displayName', label: 'Display name' },
  { name: 'bio', label: 'Bio' },
  { name: 'avatarUrl', label: 'Avatar URL' },
] as const;
type FieldName = (typeof FIELDS)[number]['name'];
type Draft = Record<FieldName, string>;

/** Edit the signed-in identity's public profile; an empty field clears it. */
export function ProfilePage() {
  const { session } = useImajin();
  const viewer = useViewerQuery();
  const profile = viewer.data?.viewer?.profile;
  const [draft, setDraft] = useState<Draft>({ handle: '', displayName: '', bio: '', avatarUrl: '' });
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    setDraft({
      handle: profile?.handle ?? '',
      displayName: profile?.displayName ?? '',
      bio: profile?.bio ?? '',
      avatarUrl: profile?.avatarUrl ?? '',
    });
  }, [profile?.handle, profile?.displayName, profile?.bio, profile?.avatarUrl]);

  const [update] = useSignedMutation(UpdateProfileDocument, MjnActions.identity.updateProfile);
  const action = useAction(async () => {
    setSaved(false);
    // "" clears a field; a handle cannot be cleared, so an empty one means "keep it".
    await update({ input: { did: session!.did, ...draft, handle: draft.handle.trim() || null } });
    setSaved(true);
  });
  const blamed = fieldOfError(action.error);

  return (
    <section className="stack">
      <h1>Your profile</h1>
      {session && (
        <p className="muted">
          <DidText did={session.did} />
        </p>
      )}
      <ErrorText error={viewer.error} />
      <form
        className="card"
        aria-label="Profile"
        onSubmit={(e) => {
          e.preventDefault();
          void action.run();
        }}
      >
        {FIELDS.map((f) => (
          <div key={f.name}>
            <label>
              {f.label}
              {f.name === 'bio' ? (
                <textarea
                  name={f.name}
                  value={draft[f.name]}
                  onChange={(e) => setDraft({ ...draft, [f.name]: e.target.value })}
                  rows={3}
                />
              ) : (
                <input
                  name={f.name}
                  value={draft[f.name]}
                  aria-invalid={blamed === f.name}
                  onChange={(e) => setDraft({ ...draft, [f.name]: e.target.value })}
                />
              )}
            </label>
            {blamed === f.name && <ErrorText error={action.error} />}
          </div>
        ))}
        <button type="submit" disabled={action.busy}>
          {action.busy ? 'Signing and saving…' : 'Save profile'}
        </button>
        {saved && <p className="ok">Saved and signed.</p>}
        {!FIELDS.some((f) => f.name === blamed) && <ErrorText error={action.error} />}
      </form>
    </section>
  );
}
