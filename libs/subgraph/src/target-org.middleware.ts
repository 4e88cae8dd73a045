import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { NODE_IDENTITY, NodeIdentity, servedOrgIds } from './node-identity';
import { runForOrg, TARGET_ORG_HEADER } from './target-org';

/**
 * Puts the rest of a request under the org the gateway named for it (TARGET_ORG_HEADER). An org
 * this node does not serve is refused before anything runs (421 Misdirected Request, code
 * WRONG_NODE): a hosted member's data is only where the registry placed it. Without the header
 * the request is for the node's own org, as on a node that serves one org.
 */
@Injectable()
export class TargetOrgMiddleware implements NestMiddleware {
  private readonly served: ReadonlySet<string>;

  constructor(@Inject(NODE_IDENTITY) private readonly identity: NodeIdentity) {
    this.served = new Set(servedOrgIds(identity));
  }

  use(req: Request, res: Response, next: NextFunction): void {
    if (!this.identity.orgId) return next();
    const named = req.headers[TARGET_ORG_HEADER];
    const orgId = named === undefined ? this.identity.orgId : Array.isArray(named) ? named[0] : named;
    if (!this.served.has(orgId)) {
      res.status(421).json({
        data: null,
        errors: [
          {
            message: `This ${this.identity.service} node does not serve org "${orgId}".`,
            extensions: { code: 'WRONG_NODE', nodeOrgId: this.identity.orgId },
          },
        ],
      });
      return;
    }
    runForOrg(orgId, () => next());
  }
}
