import { timingSafeEqual } from 'node:crypto';

/** Compares secrets in constant time: how long it takes says nothing about how much matched. */
export function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
