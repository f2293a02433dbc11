import { useState, type ReactNode } from 'react';

import { MjnActions } from '@imajin/protocol/browser';
import {
  ClaimSoftIdentityDocument,
  useImajin,
  useRegisterSoftMutation,
  useSession,
  useSignedMutation,
} from '@imajin/react';

import { DidText } from '../components/did-text';
import { ErrorText } from '../components/error-text';
import { navigate } from '../router';
import { useAction } from '../use-action';

function until(iso: string): string {
  return new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/** Mails a code to `email`; returns the address's did:email and when the code stops working. */
function useMailCode() {
  const [registerSoft] = useRegisterSoftMutation();
  return async (email: string) => {
    const { data } = await registerSoft({ variables: { email: email.trim() } });
    if (!data) throw new Error('The server did not confirm: try again.');
    return { did: data.registerSoft.identity.did, expiresAt: data.registerSoft.codeExpiresAt };
  };
}

/**
 * The soft onramp: sign in with a code mailed to your address (a did:email session, no key needed), and later
 * claim that address with a key so it becomes yours for good.
 */
export function SoftPage() {
  const { session } = useImajin();
  const keyed = session?.did.startsWith('did:mjn:') ?? false;
  return (
    <section className="stack">
      <h1>Sign in with email</h1>
      <p className="lead">
        No key yet? We mail you a code; with it you are signed in as your email address. Later, claim the
        address with a key from this browser.
      </p>
      {!keyed && <EmailSignIn />}
      <ClaimWithKey keyed={keyed} />
    </section>
  );
}

function EmailSignIn() {
  const { session, signInWithEmailCode } = useSession();
  const mailCode = useMailCode();
  const [email, setEmail] = useState('');
  const [code, setCode] = useState('');
  const [sent, setSent] = useState<{ expiresAt: string } | null>(null);
  const mailing = useAction(async () => setSent(await mailCode(email)));
  const signing = useAction(async () => {
    await signInWithEmailCode(email.trim(), code.trim());
    setCode('');
    setSent(null);
  });
  return (
    <div className="card">
      <h2>1. Your email</h2>
      {session?.did.startsWith('did:email:') && (
        <p className="ok" role="status" data-testid="soft-session">
          Signed in as <DidText did={session.did} />.
        </p>
      )}
      <form
        aria-label="Email me a code"
        onSubmit={(e) => {
          e.preventDefault();
          void mailing.run();
        }}
      >
        <label>
          Email
          <input
            name="email"
            type="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            autoComplete="email"
            aria-invalid={mailing.error ? true : undefined}
          />
        </label>
        <ErrorText error={mailing.error} />
        <button type="submit" disabled={mailing.busy || email.trim() === ''}>
          {mailing.busy ? 'Sending…' : 'Email me a code'}
        </button>
      </form>
      {sent && (
        <CodeForm
          title="Enter the code"
          label="Code from the email"
          name="code"
          code={code}
          setCode={setCode}
          action={signing}
          submit={signing.busy ? 'Signing in…' : 'Sign in with the code'}
        >
          <p className="muted">
            We sent an 8-digit code to {email.trim()}; it works until {until(sent.expiresAt)}.
          </p>
        </CodeForm>
      )}
    </div>
  );
}

/** A form for an emailed 8-digit code, its error beside it. */
function CodeForm(props: {
  title: string;
  label: string;
  name: string;
  code: string;
  setCode: (code: string) => void;
  action: { run: () => Promise<unknown>; busy: boolean; error: unknown };
  submit: string;
  children?: ReactNode;
}) {
  const { action, code } = props;
  return (
    <form
      aria-label={props.title}
      onSubmit={(e) => {
        e.preventDefault();
        void action.run();
      }}
    >
      {props.children}
      <label>
        {props.label}
        <input
          name={props.name}
          inputMode="numeric"
          autoComplete="one-time-code"
          value={code}
          onChange={(e) => props.setCode(e.target.value)}
          aria-invalid={action.error ? true : undefined}
        />
      </label>
      <ErrorText error={action.error} />
      <button type="submit" disabled={action.busy || code.trim() === ''}>
        {props.submit}
      </button>
    </form>
  );
}

function ClaimWithKey({ keyed }: { keyed: boolean }) {
  const { session } = useImajin();
  const mailCode = useMailCode();
  const [email, setEmail] = useState('');
  const [code, setCode] = useState('');
  const [emailDid, setEmailDid] = useState<string | null>(null);
  const [claimed, setClaimed] = useState<string | null>(null);
  const [claim] = useSignedMutation(ClaimSoftIdentityDocument, MjnActions.identity.claimSoft);
  // A code is single-use: the one that signed you in is spent, so claiming asks for a fresh one.
  const mailing = useAction(async () => setEmailDid((await mailCode(email)).did));
  const claiming = useAction(async () => {
    const { claimSoftIdentity } = await claim({ input: { emailDid: emailDid! }, code: code.trim() });
    setClaimed(claimSoftIdentity.did);
    setCode('');
  });

  return (
    <div className="card">
      <h2>2. Claim your email with a key</h2>
      {!keyed ? (
        <p className="muted">
          Create a key (or restore one) and register it on the{' '}
          <a
            href="/"
            onClick={(e) => {
              e.preventDefault();
              navigate('/');
            }}
          >
            Account
          </a>{' '}
          page, sign in with it, then come back here to claim your address.
        </p>
      ) : (
        <>
          <p className="muted">
            Signed in with the key <DidText did={session!.did} />: claiming links your email identity to it.
          </p>
          <form
            aria-label="Email me a claim code"
            onSubmit={(e) => {
              e.preventDefault();
              void mailing.run();
            }}
          >
            <label>
              Email to claim
              <input
                name="claimEmail"
                type="email"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                autoComplete="email"
              />
            </label>
            <ErrorText error={mailing.error} />
            <button type="submit" disabled={mailing.busy || email.trim() === ''}>
              Email me a claim code
            </button>
          </form>
          {emailDid && (
            <CodeForm
              title="Claim"
              label="Claim code from the email"
              name="claimCode"
              code={code}
              setCode={setCode}
              action={claiming}
              submit={claiming.busy ? 'Claiming…' : 'Claim with my key'}
            />
          )}
          {claimed && (
            <p className="ok" role="status" data-testid="claimed">
              Claimed: <DidText did={claimed} /> is now linked to your key.
            </p>
          )}
        </>
      )}
    </div>
  );
}
