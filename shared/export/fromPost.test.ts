import { describe, expect, it } from 'vitest';
import { publishedContent } from '../approval/contentHash';
import { servicePost } from '../exchange/testFixtures';
import { toExportPost } from './fromPost';

describe('toExportPost', () => {
  it('carries the content hash, the published content and the signed approvals with the approver names', () => {
    const base = servicePost({ status: 'approved' });
    const post = {
      ...base,
      workflow: {
        ...base.workflow,
        approvals: [
          {
            step: 0,
            profileId: 'paul',
            at: '2026-11-25T10:00:00.000Z',
            contentHash: base.workflow.contentHash,
            signature: {
              revision: 1,
              keyId: '0123456789abcdef',
              algorithm: 'Ed25519' as const,
              value: 'c2ln',
            },
          },
          {
            step: 1,
            profileId: 'bernd',
            at: '2026-11-25T11:00:00.000Z',
            contentHash: base.workflow.contentHash,
          },
        ],
      },
    };
    const publicKeyJwk = { kty: 'OKP', crv: 'Ed25519', x: 'AAAA' };
    const paul = {
      id: 'paul',
      name: 'Paula Prüfer',
      publicKey: { algorithm: 'Ed25519' as const, keyId: '0123456789abcdef', publicKeyJwk },
    };
    const exported = toExportPost(post, [paul]);
    expect(exported).toMatchObject({
      id: post.id,
      status: 'approved',
      contentHash: base.workflow.contentHash,
      scheduledAt: post.scheduledAt,
      variants: post.variants,
    });
    expect(exported.publishedContent).toEqual(publishedContent(post));
    expect(exported.approvals).toEqual([
      {
        approverId: 'paul',
        approverName: 'Paula Prüfer',
        policyStep: 1,
        revision: 1,
        contentHash: base.workflow.contentHash,
        keyId: '0123456789abcdef',
        algorithm: 'Ed25519',
        at: '2026-11-25T10:00:00.000Z',
        signature: 'c2ln',
        publicKeyJwk,
        // A version 1 signature has no signed statement: it never counts in a package.
        envelope: null,
      },
    ]);
    const rotated = { ...paul, publicKey: { ...paul.publicKey, keyId: 'fedcba9876543210' } };
    expect(toExportPost(post, [rotated]).approvals?.[0]?.publicKeyJwk).toBeNull();
    expect(toExportPost(post, []).approvals?.[0]?.approverName).toBeNull();
  });
});
