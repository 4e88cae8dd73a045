import { SetMetadata } from '@nestjs/common';

export const PUBLIC_KEY = 'kyodo:public';

/**
 * Open to anyone, even without a token. The global guard (libs/auth) honours it; it is
 * declared here so that routes in this library (/health) can carry it.
 */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
