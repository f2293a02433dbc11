import { ForbiddenError, UnauthenticatedError, type Viewer } from '@imajin/subgraph-common';

/**
 * Who may read what is about money (DESIGN.md, Privacy). Balances, ledgers and receipt lists: the identity
 * itself and payments admins. One payment (its checkout, settlement, receipt): the payer, the creator of the
 * manifest it settles along (who may refund it), its recipients, and payments admins. Anyone else is
 * FORBIDDEN; anonymous callers are UNAUTHENTICATED. Manifests and settlement previews stay public.
 */
export class MoneyAccess {
  private readonly admins: ReadonlySet<string>;

  constructor(adminDids: readonly string[]) {
    this.admins = new Set(adminDids);
  }

  isAdmin(did: string): boolean {
    return this.admins.has(did);
  }

  /** The signed-in DID, or UNAUTHENTICATED saying what needed it. */
  signedIn(viewer: Viewer, what: string): string {
    if (!viewer.did)
      throw new UnauthenticatedError(
        `Sign in to read ${what}: money is visible to the people it concerns only`,
      );
    return viewer.did;
  }

  /** `did`'s own balances, ledger and receipts: that identity or a payments admin. */
  requireOwner(viewer: Viewer, did: string, what: string): void {
    const me = this.signedIn(viewer, what);
    if (me === did || this.isAdmin(me)) return;
    throw new ForbiddenError(`Only ${did} itself or a payments admin can read its ${what}`);
  }

  /**
   * One payment's audience. The cheap checks run first; `manifestCreator` and `recipients` are only asked
   * when the viewer is neither the payer nor an admin.
   */
  async requireParty(viewer: Viewer, audience: PaymentAudience, what: string): Promise<void> {
    const me = this.signedIn(viewer, what);
    if (me === audience.payerDid || this.isAdmin(me)) return;
    if ((await audience.manifestCreator()) === me) return;
    if ((await audience.recipients()).includes(me)) return;
    throw new ForbiddenError(
      `Only the payer, the manifest’s creator, the recipients or a payments admin can read ${what}`,
    );
  }
}

/** Said in the description of every payment-level query and entity. */
export const PARTIES_ONLY =
  'Visible to the payer, the manifest’s creator, the recipients and payments admins only (anyone else: FORBIDDEN; anonymous: UNAUTHENTICATED).';

export interface PaymentAudience {
  payerDid: string;
  manifestCreator(): Promise<string | undefined>;
  recipients(): Promise<readonly string[]>;
}
