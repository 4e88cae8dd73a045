import { Matches } from 'class-validator';
import { ORG_ID_PATTERN } from '@kyodo/config';

/** A member's org id, as its Keycloak organization's alias and in every federation key. */
export const IsOrgId = (): PropertyDecorator =>
  Matches(ORG_ID_PATTERN, { message: '$property must be an organization id like "tateshina"' });
