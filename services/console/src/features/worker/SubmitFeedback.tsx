import { Alert, Button, Stack, Text } from '@mantine/core';
import type { ErrorLike } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { ApiErrors } from '../errors/ApiErrors';
import type { SubmitPhase } from './use-idempotent-submit';

/**
 * What became of a submission: sent, refused (with the API's reason), or not through (offline, a
 * failing server) with a button that sends the very same submission again, which cannot log twice.
 */
export function SubmitFeedback({
  phase,
  error,
  onRetry,
  doneText,
}: {
  phase: SubmitPhase;
  error?: ErrorLike;
  onRetry: () => void;
  doneText: string;
}) {
  const { t } = useTranslation();
  if (phase === 'done') {
    return (
      <Alert color="green" variant="light" role="status">
        {doneText}
      </Alert>
    );
  }
  if (phase === 'refused') return <ApiErrors error={error} />;
  if (phase !== 'failed') return null;
  const offline = typeof navigator !== 'undefined' && !navigator.onLine;
  return (
    <Alert color="orange" variant="light" role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm" fw={700}>
          {offline ? t('worker.log.offline') : t('worker.log.notSent')}
        </Text>
        {t('worker.log.retryIsSafe')}
        <Button size="sm" variant="filled" onClick={onRetry} data-testid="retry-submission">
          {t('worker.log.retry')}
        </Button>
      </Stack>
    </Alert>
  );
}
