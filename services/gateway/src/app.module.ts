import { ApolloGatewayDriver, ApolloGatewayDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module, OnApplicationShutdown } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { Request } from 'express';
import { AuthModule, AuthModuleOptions } from '@kyodo/auth';
import { mayActFor, NODE_SUBGRAPHS } from '@kyodo/domain';
import { EdgeConfig, loadConfig } from '@kyodo/config';
import {
  GATEWAY_OPERATION_LIMITS,
  limitsFromConfig,
  operationLimitsPlugin,
  operationParseOptions,
  ServiceNodeModule,
  withTokenLimitCode,
} from '@kyodo/subgraph';
import { memberAccessPlugin } from './member-access/member-access.plugin';
import { FILE_RELAY_DIRECTORY, FileRelayController } from './files/file-relay.controller';
import { activeMemberCount, fanOutMultiplier } from './routing/fan-out-cost';
import type { OperationRecorder } from './routing/operation-recorder';
import type { GatewayContext } from './routing/gateway-context';
import { HubDataSource } from './routing/hub.data-source';
import type { MemberDirectory, NodeDirectory } from './routing/node-directory';
import { NodeSender } from './routing/node-sender';
import { CONSORTIUM_RULES, OrgRoutedDataSource } from './routing/org-routed.data-source';
import { LogoutTokenVerifier } from './sessions/logout-token-verifier';
import { RevokedSessionStore } from './sessions/revoked-session-store';
import { SessionRevocationController } from './sessions/session-revocation.controller';

export interface GatewayAppOptions {
  auth: AuthModuleOptions;
  supergraphSdl: string;
  /** Where each org's nodes are: the consortium registry's routing snapshot. */
  directory: NodeDirectory;
  /** Members' status and feature sets (the same registry snapshot): suspended members' users and features outside a member's form are refused. */
  members: MemberDirectory;
  /** Subgraphs the hub runs once: reporting and the consortium service. */
  hubUrls: Record<string, string>;
  /** Per hub subgraph, what to await after a mutation sent to it (the consortium's: re-read the routing table). */
  afterHubMutation?: Record<string, () => Promise<void>>;
  /** How the gateway reaches nodes (keep-alive HTTP behind per-node circuit breakers). */
  sender: NodeSender;
  /** Tests only: records every client operation and subgraph request (KYODO_RECORD_OPERATIONS). */
  recorder?: OperationRecorder;
  /**
   * Ended Keycloak sessions shared by the replicas, and the verifier of Keycloak's logout tokens:
   * with them the gateway serves back-channel logout and refuses an ended session's tokens.
   */
  sessions?: { store: RevokedSessionStore; logoutTokens: LogoutTokenVerifier };
  /** Runs when the gateway shuts down: stops what it started beside itself. */
  onShutdown?: () => Promise<void>;
}

/** Stops what the gateway started beside itself (routing-table poll, node pools) when Nest shuts down. */
class Companions implements OnApplicationShutdown {
  constructor(private readonly stop?: () => Promise<void>) {}

  async onApplicationShutdown(): Promise<void> {
    await this.stop?.();
  }
}

/** The consortium gateway: one API over every member's nodes, routed by organization. */
@Module({})
export class GatewayAppModule {
  static forRoot(options: GatewayAppOptions): DynamicModule {
    const sender = options.recorder ? options.recorder.sender(options.sender) : options.sender;
    const edge = loadConfig(EdgeConfig);
    const limits = limitsFromConfig(edge, GATEWAY_OPERATION_LIMITS);
    const sessions = options.sessions;
    return {
      module: GatewayAppModule,
      controllers: [...(sessions ? [SessionRevocationController] : []), FileRelayController],
      providers: [
        { provide: Companions, useValue: new Companions(options.onShutdown) },
        { provide: FILE_RELAY_DIRECTORY, useValue: options.directory },
        ...(sessions
          ? [
              { provide: RevokedSessionStore, useValue: sessions.store },
              { provide: LogoutTokenVerifier, useValue: sessions.logoutTokens },
            ]
          : []),
      ],
      imports: [
        ServiceNodeModule.forRoot({ service: 'gateway' }),
        // The gateway serves no public operation: a request without a valid token stops here.
        AuthModule.forRoot({ ...options.auth, requireToken: true, sessionRevocations: sessions?.store }),
        GraphQLModule.forRoot<ApolloGatewayDriverConfig>({
          driver: ApolloGatewayDriver,
          server: {
            context: ({ req }: { req: Request }): GatewayContext => ({
              authorization: req.headers.authorization,
              defaultOrgId: req.auth?.orgId ?? undefined,
            }),
            plugins: [
              ApolloServerPluginInlineTraceDisabled(),
              // Refused before the query planner sends anything to a node.
              operationLimitsPlugin(limits, { fieldMultiplier: fanOutMultiplier(options.directory) }),
              memberAccessPlugin(options.members),
              ...(options.recorder ? [options.recorder.plugin(() => activeMemberCount(options.directory))] : []),
            ],
            parseOptions: operationParseOptions(limits),
            formatError: (formatted) => withTokenLimitCode(formatted),
            // No "Did you mean …" field names; introspection needs a token like everything here.
            hideSchemaDetailsFromClientErrors: !edge.DEV_ERRORS,
            // Errors name the org and the reason; the gateway's own stack stays in its log.
            includeStacktraceInErrorResponses: edge.DEV_ERRORS,
          },
          gateway: {
            // A static supergraph: the gateway starts whether or not any node is up.
            supergraphSdl: options.supergraphSdl,
            buildService: ({ name, url }) =>
              (NODE_SUBGRAPHS as readonly string[]).includes(name)
                ? new OrgRoutedDataSource(name, options.directory, sender, {
                    ...CONSORTIUM_RULES,
                    // A partner operator names the member it acts for, on the delegated functions only (registry snapshot).
                    actsFor: (caller, target, coordinate) =>
                      caller !== target && mayActFor(caller, target, coordinate, options.members.member(target)?.delegation),
                  })
                : new HubDataSource(name, options.hubUrls[name] ?? url ?? '', sender, options.afterHubMutation?.[name]),
          },
        }),
      ],
    };
  }
}
