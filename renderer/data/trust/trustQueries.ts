/** Live reads of the organisation's trust root and roster for the set-up and the "Organisation und Schlüssel" page. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { PublicKeyInfo } from '../../../shared/model/profile';
import { verifyRoster, type VerifiedRoster } from '../../../shared/trust/verifyRoster';
import { useTrustData } from '../workflow/approvalVerdicts';
import { loadRootKey } from './trustRepository';

export interface RootInfo {
  publicKey: PublicKeyInfo;
  orgId: string;
  /** Whether this desk holds the root's private key (it made the root). */
  onThisDesk: boolean;
}

/** The desk's root: `undefined` while loading, `null` when there is none yet. */
export function useRootInfo(): RootInfo | null | undefined {
  return useLiveQuery(async () => {
    const row = await loadRootKey();
    return row ? { publicKey: row.publicKey, orgId: row.orgId, onThisDesk: row.privateKey !== null } : null;
  }, []);
}

/** The roster as the desk's root certifies it, live: `undefined` while loading, `null` without a root. */
export function useVerifiedRoster(): VerifiedRoster | null | undefined {
  const data = useTrustData();
  const [state, setState] = useState<{ roster: VerifiedRoster | null } | undefined>(undefined);
  useEffect(() => {
    if (data === undefined) return;
    let cancelled = false;
    const work = data.root === null ? Promise.resolve(null) : verifyRoster(data.roster, data.root);
    void work.then((roster) => {
      if (!cancelled) setState({ roster });
    });
    return () => {
      cancelled = true;
    };
  }, [data]);
  return state?.roster;
}
