/**
 * Guards for every web contents: no navigation away from the app, no redirects out of it, no new windows, no
 * webviews. An http(s) link the user clicks (a plain link or one with target=_blank) is not followed in the app but
 * offered to the system browser through the same confirmation as the `openExternal` operation.
 */
import { isAppUrl, isSafeExternalUrl } from './security';

export interface PreventableEvent {
  preventDefault(): void;
}

export interface NavigationEvent extends PreventableEvent {
  readonly url: string;
}

/** Receives external links worth offering to the user; its promise's failure is reported, never thrown. */
export type OfferExternalLink = (url: string) => Promise<unknown>;

export interface ContentsGuards {
  windowOpen(details: { url: string }): { action: 'deny' };
  willNavigate(event: NavigationEvent): void;
  willRedirect(event: NavigationEvent): void;
  willAttachWebview(event: PreventableEvent): void;
}

export function createContentsGuards(
  offerExternalLink: OfferExternalLink,
  onError: (error: unknown) => void = () => undefined,
): ContentsGuards {
  const offer = (url: string) => {
    if (isSafeExternalUrl(url)) offerExternalLink(url).catch(onError);
  };
  return {
    windowOpen: ({ url }) => {
      offer(url);
      return { action: 'deny' };
    },
    willNavigate: (event) => {
      if (isAppUrl(event.url)) return;
      event.preventDefault();
      offer(event.url);
    },
    willRedirect: (event) => {
      if (!isAppUrl(event.url)) event.preventDefault();
    },
    willAttachWebview: (event) => event.preventDefault(),
  };
}
