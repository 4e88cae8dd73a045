import { IsOptional, IsString } from 'class-validator';
import { EnvVar, IsHttpUrl } from '@kyodo/config';

/** What `nx run consortium:onboard` reads besides the member file. */
export class OnboardConfig {
  @EnvVar({ description: "The gateway's GraphQL URL." })
  @IsHttpUrl()
  GATEWAY_URL: string = 'http://127.0.0.1:4000/graphql';

  @EnvVar({ description: 'Keycloak base URL, where the consortium admin logs in (realm kyodo, client kyodo-cli).' })
  @IsHttpUrl()
  KEYCLOAK_URL: string = 'http://localhost:8180';

  @EnvVar({ description: 'A consortium-admin login.' })
  @IsString()
  KYODO_USERNAME: string = 'consortium-admin';

  @EnvVar({ description: 'Its password; the demo default is demo-consortium-admin.', secret: true })
  @IsOptional()
  @IsString()
  KYODO_PASSWORD?: string;
}
