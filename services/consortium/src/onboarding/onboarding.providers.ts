import type { Provider } from '@nestjs/common';
import { MEMBER_IDENTITY_ADMIN, MemberIdentityAdmin } from '../registry/member-identity';
import { OnboardingResolver } from './onboarding.resolver';
import { OnboardingService, STARTER_DATA_SEEDER } from './onboarding.service';
import { StarterDataSeeder } from './starter-data.seeder';

export interface OnboardingOptions {
  /** Keycloak's admin API; absent when the gateway has no admin credentials (onboarding is then refused). */
  identity?: MemberIdentityAdmin;
  seeder?: StarterDataSeeder;
}

/**
 * Onboarding's providers. They join the consortium app's own module rather than a module of
 * their own: onboarding writes members and nodes in the registry's database and transaction.
 */
export function onboardingProviders(options: OnboardingOptions): Provider[] {
  return [
    ...(options.identity ? [{ provide: MEMBER_IDENTITY_ADMIN, useValue: options.identity }] : []),
    { provide: STARTER_DATA_SEEDER, useValue: options.seeder ?? new StarterDataSeeder() },
    OnboardingService,
    OnboardingResolver,
  ];
}
