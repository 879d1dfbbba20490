import { describe, expect, it, vi } from 'vitest';
import { waitText } from './SignInForm';
import { createSessionStore, grantOf, sessionEnded, type Viewer } from './session';

const fosie: Viewer = {
  email: 'fosie@malmo.example',
  name: 'Demo SDF Fosie',
  role: 'UNIT_EDITOR',
  unit: { id: 'VW5pdDoxMA==', name: 'SDF Fosie' },
};

describe('the session', () => {
  it('tells its listeners of every change', () => {
    const store = createSessionStore();
    const listener = vi.fn();
    const stop = store.subscribe(listener);
    expect(store.get()).toEqual({ status: 'loading' });
    store.set({ status: 'signedIn', viewer: fosie });
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    store.set({ status: 'signedOut', reason: null });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('an UNAUTHENTICATED answer ends a session that was signed in, and only such a one', () => {
    const store = createSessionStore({ status: 'signedIn', viewer: fosie });
    sessionEnded(store);
    expect(store.get()).toEqual({ status: 'signedOut', reason: 'expired' });
    // Signed out on purpose, or never signed in: it stays as it is.
    const out = createSessionStore({ status: 'signedOut', reason: 'signedOut' });
    sessionEnded(out);
    expect(out.get()).toEqual({ status: 'signedOut', reason: 'signedOut' });
  });

  it('the grant has the domain’s role, and a unit only for a unit editor', () => {
    expect(grantOf(fosie)).toEqual({ role: 'unit_editor', unitId: 'VW5pdDoxMA==' });
    expect(grantOf({ ...fosie, role: 'ADMIN' })).toEqual({ role: 'admin', unitId: null });
    expect(grantOf({ ...fosie, role: 'READER', unit: null })).toEqual({
      role: 'reader',
      unitId: null,
    });
  });
});

describe('how long to wait after too many attempts', () => {
  const t = ((key: string, options?: { count: number }) =>
    `${key}:${options?.count}`) as unknown as Parameters<typeof waitText>[0];

  it('nothing when there is no wait, seconds under a minute, whole minutes rounded up', () => {
    expect(waitText(t, 0)).toBeNull();
    expect(waitText(t, 1)).toBe('auth.waitSeconds:1');
    expect(waitText(t, 59)).toBe('auth.waitSeconds:59');
    expect(waitText(t, 60)).toBe('auth.waitMinutes:1');
    expect(waitText(t, 61)).toBe('auth.waitMinutes:2');
    expect(waitText(t, 900)).toBe('auth.waitMinutes:15');
  });
});
