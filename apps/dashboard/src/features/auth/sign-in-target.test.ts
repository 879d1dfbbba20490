import { describe, expect, it } from 'vitest';
import { safeNext, signInHref } from './sign-in-target';

describe('the page to return to after signing in', () => {
  it('keeps a page of the dashboard with its search', () => {
    expect(safeNext('/obligations?state=overdue&unit=VW5pdDoxMA%3D%3D')).toBe(
      '/obligations?state=overdue&unit=VW5pdDoxMA%3D%3D',
    );
    expect(safeNext('/projects/UHJvamVjdDox#analys')).toBe('/projects/UHJvamVjdDox#analys');
  });

  it('never leads to another site', () => {
    for (const raw of [
      '//evil.example/',
      '/\\evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      'units',
      '',
      null,
      undefined,
    ]) {
      expect(safeNext(raw), String(raw)).toBe('/');
    }
  });

  it('never leads back to the sign-in page', () => {
    expect(safeNext('/sign-in?next=/units')).toBe('/');
  });

  it('puts the target in the sign-in address, leaving out the overview', () => {
    expect(signInHref('/memberships?q=baltic')).toBe('/sign-in?next=%2Fmemberships%3Fq%3Dbaltic');
    expect(signInHref('/')).toBe('/sign-in');
    expect(signInHref(null)).toBe('/sign-in');
    expect(signInHref('//evil.example')).toBe('/sign-in');
  });
});
