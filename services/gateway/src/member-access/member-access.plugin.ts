import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { FieldNode, getVariableValues, GraphQLError, Kind, SelectionSetNode, valueFromASTUntyped } from 'graphql';
import { actorsFor, FEATURE_OF_OPERATION, MemberStatus } from '@kyodo/domain';
import type { GatewayContext } from '../routing/gateway-context';
import type { MemberDirectory } from '../routing/node-directory';

export type MemberAccessCode = 'MEMBER_SUSPENDED' | 'FEATURE_NOT_IN_OPERATING_FORM' | 'OPERATOR_CONFIRMATION_REQUIRED';

/**
 * Member-level access at the gateway, from the registry snapshot (no database read per request):
 * a user of a suspended member is refused before anything runs (their token is still valid until
 * it expires, and their organization is disabled in Keycloak, so no new one is issued), and a
 * mutation of a function the target member's operating form does not include is refused
 * (`FEATURE_OF_OPERATION` in libs/domain) unless the member delegated it to its partner operator
 * (libs/domain delegation.ts): then it is done in the operator's name, by the town's staff or the
 * operator's, except the acts that need the operator's confirmation, which the town's staff may
 * not do (OPERATOR_CONFIRMATION_REQUIRED). Whether the operator may name the member at all is
 * routing's (`actsFor`), and each node decides again.
 */
export function memberAccessPlugin(members: MemberDirectory): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(request) {
          const callerOrg = request.contextValue.defaultOrgId;
          if (callerOrg && members.member(callerOrg)?.status === MemberStatus.SUSPENDED) {
            throw refusal(
              'MEMBER_SUSPENDED',
              `Org "${callerOrg}" is suspended from the consortium: its users have no access until it is resumed.`,
              callerOrg,
            );
          }
          if (request.operation?.operation !== 'mutation') return;
          for (const field of rootFields(request.operation.selectionSet, request)) {
            const coordinate = `Mutation.${field.name.value}`;
            const target = targetOrg(field, request) ?? callerOrg;
            if (!target) continue;
            const member = members.member(target);
            const actors = actorsFor(coordinate, member?.delegation);
            if (actors === 'OPERATOR_ONLY' && callerOrg === target) {
              throw refusal(
                'OPERATOR_CONFIRMATION_REQUIRED',
                `${field.name.value} for "${target}" is confirmed by its partner operator "${member?.delegation?.operatorId}": its staff do it, in the operator's name.`,
                target,
              );
            }
            const feature = FEATURE_OF_OPERATION[coordinate];
            if (!feature || actors !== 'MEMBER') continue;
            if (member && !member.features.includes(feature)) {
              throw refusal(
                'FEATURE_NOT_IN_OPERATING_FORM',
                `${field.name.value} needs ${feature}, which the operating form of "${target}" does not include (a municipality-run member contracts and pays through its partner operator).`,
                target,
              );
            }
          }
        },
      };
    },
  };
}

function refusal(code: MemberAccessCode, message: string, orgId: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, orgId, http: { status: 403 } } });
}

/** The operation's root fields, through inline fragments and fragment spreads. */
function rootFields(selectionSet: SelectionSetNode, request: GraphQLRequestContext<GatewayContext>): FieldNode[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet, request);
    const fragment = request.document?.definitions.find(
      (d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value,
    );
    return fragment?.kind === Kind.FRAGMENT_DEFINITION ? rootFields(fragment.selectionSet, request) : [];
  });
}

function targetOrg(field: FieldNode, request: GraphQLRequestContext<GatewayContext>): string | undefined {
  const argument = field.arguments?.find((a) => a.name.value === 'orgId');
  if (!argument) return undefined;
  const value: unknown = valueFromASTUntyped(argument.value, coercedVariables(request));
  return typeof value === 'string' ? value : undefined;
}

/** The operation's variables as GraphQL coerces them: defaults included (a default must not slip past the check). */
function coercedVariables(request: GraphQLRequestContext<GatewayContext>): Record<string, unknown> {
  const definitions = request.operation?.variableDefinitions ?? [];
  const result = getVariableValues(request.schema, definitions, request.request.variables ?? {});
  return result.coerced ?? request.request.variables ?? {};
}
