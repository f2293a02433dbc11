import { CONSENT_DECLARE_TYPE, CONSENT_REVOKE_TYPE } from './consent';
import { DELEGATE_TYPE, REVOKE_DELEGATION_TYPE } from './delegation';
import { FAIR_CONSENT_TYPE, FAIR_MANIFEST_TYPE } from './fair';
import { SIGN_IN_TYPE } from './protocol';
import { RECEIPT_TYPE } from './receipt';
import { TICKET_TOKEN_TYPE } from './ticket';

/**
 * Every signed object's `type`, defined once: the SDK and clients sign with these names and the subgraphs verify
 * with them, so the two sides cannot drift. Fields of each are in SPEC.md's action catalogue.
 */
export const MjnActions = {
  auth: { signIn: SIGN_IN_TYPE },
  identity: {
    register: 'mjn.identity.register',
    updateProfile: 'mjn.identity.updateProfile',
    rotateKey: 'mjn.identity.rotateKey',
    deactivate: 'mjn.identity.deactivate',
    claimSoft: 'mjn.identity.claimSoft',
    delegate: DELEGATE_TYPE,
    revokeDelegation: REVOKE_DELEGATION_TYPE,
  },
  consent: { declare: CONSENT_DECLARE_TYPE, revoke: CONSENT_REVOKE_TYPE },
  trust: {
    vouch: 'mjn.trust.vouch',
    revokeVouch: 'mjn.trust.revokeVouch',
    createInvite: 'mjn.trust.createInvite',
    acceptInvite: 'mjn.trust.acceptInvite',
    attest: 'mjn.trust.attest',
    revokeAttestation: 'mjn.trust.revokeAttestation',
  },
  fair: { manifest: FAIR_MANIFEST_TYPE, consent: FAIR_CONSENT_TYPE },
  payments: {
    createCheckout: 'mjn.payments.createCheckout',
    refundPayment: 'mjn.payments.refundPayment',
    linkStripeAccount: 'mjn.payments.linkStripeAccount',
    receipt: RECEIPT_TYPE,
  },
  events: {
    createEvent: 'mjn.events.createEvent',
    updateEvent: 'mjn.events.updateEvent',
    cancelEvent: 'mjn.events.cancelEvent',
    addScanner: 'mjn.events.addScanner',
    removeScanner: 'mjn.events.removeScanner',
    purchaseTicket: 'mjn.events.purchaseTicket',
    joinWaitlist: 'mjn.events.joinWaitlist',
    checkIn: 'mjn.events.checkIn',
    revokeTicket: 'mjn.events.revokeTicket',
    transferTicket: 'mjn.events.transferTicket',
    claimTickets: 'mjn.events.claimTickets',
    revocations: 'mjn.events.revocations',
    ticket: TICKET_TOKEN_TYPE,
  },
  chat: {
    startDirect: 'mjn.chat.startDirect',
    createGroup: 'mjn.chat.createGroup',
    addMember: 'mjn.chat.addMember',
    removeMember: 'mjn.chat.removeMember',
    message: 'mjn.chat.message',
    editMessage: 'mjn.chat.editMessage',
    deleteMessage: 'mjn.chat.deleteMessage',
    markRead: 'mjn.chat.markRead',
  },
  registry: {
    attestBuild: 'mjn.registry.attestBuild',
    registerNode: 'mjn.registry.registerNode',
    heartbeat: 'mjn.registry.heartbeat',
    renewRegistration: 'mjn.registry.renewRegistration',
    revokeNode: 'mjn.registry.revokeNode',
  },
} as const;

type Values<T> = T[keyof T];
/** Any action name of the catalogue. */
export type MjnAction = Values<{ [D in keyof typeof MjnActions]: Values<(typeof MjnActions)[D]> }>;
