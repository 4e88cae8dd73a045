import { Alert, Stack } from '@mantine/core';
import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './error-message';

/**
 * The errors of a query or mutation as sentences. Partial answers (a member's node down) keep
 * their data on the page; this lists what is missing and why.
 */
export function ApiErrors({ error }: { error?: ErrorLike }) {
  const { t } = useTranslation();
  if (!error) return null;
  const messages = CombinedGraphQLErrors.is(error) ? [...new Set(error.errors.map((e) => errorMessage(t, e)))] : [t('errors.network')];
  return (
    <Stack gap="xs" role="alert">
      {messages.map((message) => (
        <Alert key={message} color="red" variant="light">
          {message}
        </Alert>
      ))}
    </Stack>
  );
}
