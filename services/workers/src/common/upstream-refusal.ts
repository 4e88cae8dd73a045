import { DomainError } from '@kyodo/subgraph';

/**
 * An upstream node's refusal the caller can act on keeps its own code (the console explains
 * each); anything else stays as it was (UPSTREAM_FAILED, UPSTREAM_NOT_CONFIGURED).
 */
export function passRefusal(error: unknown, codes: ReadonlySet<string>): unknown {
  if (!(error instanceof DomainError) || error.code !== 'UPSTREAM_FAILED') return error;
  const upstreamCode = (error.details as { upstreamCode?: string | null } | undefined)?.upstreamCode;
  return upstreamCode && codes.has(upstreamCode) ? new DomainError(upstreamCode, error.message, { upstreamCode }) : error;
}
