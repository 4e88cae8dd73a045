import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A wide table that scrolls sideways on a phone. The scrolling box takes keyboard focus, so a
 * keyboard user can scroll it with the arrow keys too (axe: scrollable-region-focusable).
 */
export function ScrollTable({ minWidth, children }: { minWidth: number; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={minWidth} type="native" tabIndex={0} role="region" aria-label={t('app.scrollTable')}>
      {children}
    </Table.ScrollContainer>
  );
}
