import { Alert, AppShell, Burger, Button, Group, NavLink, SegmentedControl, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useAuth } from 'react-oidc-context';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { currentEntry, navWhileActing } from '../../app/acting-for';
import { useSession } from '../../app/use-session';
import { AREAS } from '../../app/areas';
import { ActingForBanner } from '../acting/ActingForBanner';
import { ActingForSwitcher } from '../acting/ActingForSwitcher';
import { useActingFor } from '../acting/ActingForProvider';
import { ScreenLoader } from './ScreenLoader';

/**
 * The frame of every screen: who is logged in and for which member, the screens their roles
 * open, language and logout. Phone first: the navigation folds behind a button under 768 px.
 * A partner operator's staff choose here the member they act for; while they do, a banner names
 * it on every screen and only the screens of its delegated functions open.
 */
export function AppLayout() {
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  const session = useSession();
  const [opened, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();
  const acting = useActingFor();
  const byRole = AREAS.flatMap((area) => area.nav).filter((item) => item.roles.some((role) => session.roles.includes(role)));
  const visible = acting.member ? navWhileActing(byRole, acting.member.delegatedFunctions) : byRole;
  const current = currentEntry(visible, pathname)?.to ?? null;
  // While acting, a screen outside the delegated functions would ask the own org's node: it is not shown.
  const refused = !!acting.member && !acting.switching && pathname !== '/' && current === null;

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.menu')} aria-expanded={opened} />
            <Title order={1} size="h4">
              {t('app.name')}
            </Title>
          </Group>
          <Group gap="xs" wrap="nowrap">
            {session.operatorFor.length > 0 ? (
              <ActingForSwitcher />
            ) : (
              <Text size="sm" visibleFrom="xs" data-testid="acting-for">
                {session.orgId ? t('app.actingFor', { org: session.orgId }) : t(`roles.${session.roles[0] ?? 'worker'}`)}
              </Text>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('nav.menu')}>
        <Stack justify="space-between" h="100%">
          <nav>
            {visible.map((item) => (
              <NavLink
                key={item.to}
                component={RouterNavLink}
                to={item.to}
                // The router marks only its own page; which entry is current (one, the longest prefix) is decided above.
                end
                label={t(item.labelKey)}
                onClick={close}
                // The current screen is marked in the theme's primary colour with white text (5.0:1, AA).
                active={item.to === current}
                variant="filled"
              />
            ))}
          </nav>
          <Stack gap="xs">
            <Text size="sm">
              {session.name}
              {session.roles.length > 0 && ` · ${session.roles.map((r) => t(`roles.${r}`)).join('・')}`}
            </Text>
            <div>
              <VisuallyHidden id="language-label">{t('app.language')}</VisuallyHidden>
              <SegmentedControl
                aria-labelledby="language-label"
                size="xs"
                value={i18n.language}
                onChange={(language) => void i18n.changeLanguage(language)}
                data={[
                  { value: 'ja', label: '日本語' },
                  { value: 'en', label: 'English' },
                ]}
              />
            </div>
            <Button variant="outline" onClick={() => void auth.signoutRedirect()}>
              {t('app.logout')}
            </Button>
          </Stack>
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <ActingForBanner />
        {acting.switching ? (
          <ScreenLoader />
        ) : refused ? (
          <Alert variant="light" color="orange" c="dark" data-testid="acting-not-delegated">
            {t('acting.notDelegated', { member: acting.member?.name })}
          </Alert>
        ) : (
          // Each member's screens are new ones: nothing of the one before stays on screen.
          <Outlet key={acting.member?.id ?? 'own'} />
        )}
      </AppShell.Main>
    </AppShell>
  );
}
