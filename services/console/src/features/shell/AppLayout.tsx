import { AppShell, Burger, Button, Group, NavLink, SegmentedControl, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useAuth } from 'react-oidc-context';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { useSession } from '../../app/use-session';
import { AREAS } from '../../app/areas';

/**
 * The frame of every screen: who is logged in and for which member, the screens their roles
 * open, language and logout. Phone first: the navigation folds behind a button under 768 px.
 */
export function AppLayout() {
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  const session = useSession();
  const [opened, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();
  const visible = AREAS.flatMap((area) => area.nav).filter((item) => item.roles.some((role) => session.roles.includes(role)));
  // The entry whose path is the longest prefix of the page is the current one: /worker/offers
  // marks 応募 and not the home /worker as well.
  const current = visible
    .filter((item) => pathname === item.to || pathname.startsWith(`${item.to}/`))
    .reduce<string | null>((best, item) => (best === null || item.to.length > best.length ? item.to : best), null);

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
            <Text size="sm" visibleFrom="xs" data-testid="acting-for">
              {session.orgId ? t('app.actingFor', { org: session.orgId }) : t(`roles.${session.roles[0] ?? 'worker'}`)}
            </Text>
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
                // Only the exact path gets the router's aria-current, which Mantine also paints as
                // current: /admin must not light up on /admin/workers beside it.
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
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
