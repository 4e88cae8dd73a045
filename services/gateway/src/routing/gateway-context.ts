/** What the gateway knows about the incoming request when it routes a subgraph fetch. */
export interface GatewayContext {
  /** The org a root operation goes to when it names none: the caller's (from the token). */
  defaultOrgId?: string;
  /** Forwarded verbatim so that every node verifies the caller again. */
  authorization?: string;
}
