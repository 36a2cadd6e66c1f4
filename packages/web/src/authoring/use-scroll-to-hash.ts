import { useEffect } from 'react';
import { useLocation } from 'react-router';

/** A link from the check (…#indicator-x) lands on the item once the page has drawn it, with focus on it. */
export function useScrollToHash(ready: boolean) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!hash || !ready) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (target) {
      target.scrollIntoView();
      target.focus({ preventScroll: true });
    }
  }, [hash, ready]);
}
