/** What the gateway knows about the incoming request when it routes a subgraph fetch. */
export interface GatewayContext {
  /**
   * The caller's organization from the verified token: where a root operation goes when it
   * names none, and the only org a member may name unless the field is declared cross-org.
   * Absent for callers of no org (the support body, service accounts).
   */
  defaultOrgId?: string;
  /** Forwarded verbatim so that every node verifies the caller again. */
  authorization?: string;
}
