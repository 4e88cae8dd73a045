/**
 * The minutes a worker may take of an offer, as the server checks them: at least the offer's
 * minimum (or all that is left when less is left), at most what is left.
 */
export function offerMinutesRange(offer: { minimumMinutes: number; remainingMinutes: number }): { min: number; max: number } {
  const max = Math.max(0, offer.remainingMinutes);
  return { min: Math.min(offer.minimumMinutes, max), max };
}

/** Hours as typed (half hours allowed) to whole minutes; null when not a usable number. */
export function hoursToMinutes(hours: number | string): number | null {
  const value = typeof hours === 'number' ? hours : Number(String(hours).trim());
  if (!Number.isFinite(value) || value <= 0) return null;
  return Math.round(value * 60);
}
