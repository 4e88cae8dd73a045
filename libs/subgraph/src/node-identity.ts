/** Which service this process is and, for an org node, which organization it belongs to. */
export interface NodeIdentity {
  service: string;
  orgId?: string;
}

export const NODE_IDENTITY = Symbol('NODE_IDENTITY');
