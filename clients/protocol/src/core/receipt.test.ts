import {
  cryptoBackend,
  generateKeyPair,
  ProofError,
  RECEIPT_TYPE,
  signEnvelope,
  verifyReceipt,
} from '../index';

const node = generateKeyPair();
const fields = {
  receiptId: 'rcpt_1',
  paymentId: 'pay_1',
  checkoutId: 'chk_1',
  reference: 'r1',
  manifestId: 'fair_1',
  amount: 1000,
  currency: 'usd',
  buyerDid: 'did:email:a_at_example.com',
  settlementId: 's1',
  recipients: [
    { did: 'did:mjn:a', amount: 700 },
    { did: 'did:mjn:b', amount: 300 },
  ],
  completedAt: '2026-03-01T00:00:00.000Z',
};

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof ProofError ? error.code : 'OTHER';
  }
  return 'NONE';
};

describe('verifyReceipt', () => {
  it('accepts a receipt signed by the node whose parts sum to the amount', () => {
    const receipt = signEnvelope(RECEIPT_TYPE, fields, node);
    expect(verifyReceipt(receipt, node.publicKey, cryptoBackend)).toMatchObject({
      amount: 1000,
      signer: node.did,
    });
  });

  it('rejects another key, a tampered amount, a wrong sum, duplicates and other envelope types', () => {
    const receipt = signEnvelope(RECEIPT_TYPE, fields, node);
    expect(code(() => verifyReceipt(receipt, generateKeyPair().publicKey, cryptoBackend))).toBe(
      'BAD_SIGNATURE',
    );
    const tampered = { ...receipt, payload: { ...receipt.payload, amount: 1001 } };
    expect(code(() => verifyReceipt(tampered, node.publicKey, cryptoBackend))).toBe('BAD_SIGNATURE');
    const wrongSum = signEnvelope(RECEIPT_TYPE, { ...fields, amount: 999 }, node);
    expect(code(() => verifyReceipt(wrongSum, node.publicKey, cryptoBackend))).toBe('MALFORMED');
    const dup = signEnvelope(
      RECEIPT_TYPE,
      {
        ...fields,
        recipients: [
          { did: 'did:mjn:a', amount: 500 },
          { did: 'did:mjn:a', amount: 500 },
        ],
      },
      node,
    );
    expect(code(() => verifyReceipt(dup, node.publicKey, cryptoBackend))).toBe('MALFORMED');
    const other = signEnvelope('mjn.other', fields, node);
    expect(code(() => verifyReceipt(other, node.publicKey, cryptoBackend))).toBe('WRONG_TYPE');
    // Signed by someone else who names themselves: the key given is the node's, so the signature fails.
    const impostor = generateKeyPair();
    const forged = signEnvelope(RECEIPT_TYPE, fields, impostor);
    expect(code(() => verifyReceipt(forged, impostor.publicKey, cryptoBackend))).toBe('NONE');
    expect(code(() => verifyReceipt(forged, node.publicKey, cryptoBackend))).toBe('BAD_SIGNATURE');
  });
});
