import { Box, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../app/use-session';
import { useActingFor } from './ActingForProvider';
import { landingAfterSwitch } from './ActingForSwitcher';

/**
 * 代理操作中: names the member on every screen while a partner operator's staff act for it. Its
 * text is a live region that is always there (empty when not acting), so a screen reader says the
 * new member when it changes; it stays in view as the screen scrolls.
 */
export function ActingForBanner() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const { member, switchTo } = useActingFor();

  async function backToOwn() {
    await switchTo(null);
    void navigate(landingAfterSwitch(session, null));
  }

  return (
    <Box className={member ? 'acting-banner' : undefined} data-testid={member ? 'acting-banner' : undefined}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <div role="status" aria-live="polite" aria-atomic="true">
          {member && (
            <>
              <Text fw={700} size="lg">
                {t('acting.banner', { member: member.name })}
              </Text>
              <Text size="sm">{t('acting.bannerExplain', { member: member.name })}</Text>
            </>
          )}
        </div>
        {member && (
          <Button variant="default" size="xs" onClick={() => void backToOwn()}>
            {t('acting.backToOwn')}
          </Button>
        )}
      </Group>
    </Box>
  );
}
