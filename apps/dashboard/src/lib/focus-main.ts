import { MAIN_ID } from '@malmo/ui';
import { useEffect } from 'react';
import { useLocation } from 'react-router';

/** The last page a shell showed; module-wide, so it spans the sign-in page and the app's shell. */
let shownPath: string | null = null;

/**
 * After client-side navigation to another page, focus moves to the content; not on load. Both
 * shells use it, so focus also moves when a redirect to sign-in, or sign-in itself, swaps them.
 */
export function useFocusMainOnNavigation() {
  const { pathname } = useLocation();
  useEffect(() => {
    const previous = shownPath;
    shownPath = pathname;
    if (previous === null || previous === pathname) return;
    document.getElementById(MAIN_ID)?.focus({ preventScroll: true });
  }, [pathname]);
}
