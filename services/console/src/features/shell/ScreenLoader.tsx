import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A screen's own loading state, announced to screen readers. */
export function ScreenLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader role="img" aria-label={t('app.loading')} />
    </Center>
  );
}
