import { errorMessage } from '@imajin/react';

/** An API or signing error as a sentence, announced to screen readers, beside what caused it. */
export function ErrorText({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <p className="error" role="alert">
      {errorMessage(error)}
    </p>
  );
}
