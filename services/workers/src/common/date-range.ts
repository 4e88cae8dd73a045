const DAY_MS = 86_400_000;

/** Days from `from` to `to` (both YYYY-MM-DD), both included; 0 or less when `to` comes first. */
export function daysInclusive(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / DAY_MS + 1;
}
