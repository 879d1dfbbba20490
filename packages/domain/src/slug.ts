import { z } from 'zod';

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A registry key: lowercase ASCII letters and digits in words joined by single hyphens. */
export const slugSchema = z
  .string()
  .regex(SLUG_PATTERN, 'must be a slug (a-z, 0-9, single hyphens)');
export type Slug = z.infer<typeof slugSchema>;

export function isSlug(value: string): boolean {
  return SLUG_PATTERN.test(value);
}

const TRANSLITERATIONS: Readonly<Record<string, string>> = {
  å: 'a',
  ä: 'a',
  ö: 'o',
  é: 'e',
  ü: 'u',
};

/**
 * Turns a name into a registry key: lowercase, å/ä→a, ö→o, é→e, ü→u, `&` dropped, every other run
 * of non-alphanumerics → one "-". E.g. "Kommunikation & Utveckling" → "kommunikation-utveckling".
 */
export function toSlug(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[åäöéü]/g, (ch) => TRANSLITERATIONS[ch] ?? ch)
    .replace(/&/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
