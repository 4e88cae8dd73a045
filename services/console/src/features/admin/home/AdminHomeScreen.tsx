import { Anchor, Badge, Button, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMonth, previousMonth, tokyoDate } from '../../../lib/format';
import { auditActionLabel, formatAuditTime } from '../audit/audit-labels';
import { ApiErrors } from '../../errors/ApiErrors';
import { ScreenLoader } from '../../shell/ScreenLoader';
import { Section } from '../../shell/Section';
import { AdminHomeAuditQuery, AdminHomeChecklistQuery, AdminHomePayMonthsQuery, AdminHomeWorkersQuery } from './home.operations';

/** The last three months that have ended, newest first (YYYY-MM). */
function endedMonths(): [string, string, string] {
  const m1 = previousMonth(tokyoDate());
  const m2 = previousMonth(m1);
  return [m1, m2, previousMonth(m2)];
}

function OpenChecklist() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(AdminHomeChecklistQuery);
  const open = (data?.onboardingChecklist ?? []).filter((item) => !item.done);
  return (
    <Section id="home-checklist" title={t('admin.home.checklist')}>
      <ApiErrors error={error} />
      {loading && !data ? (
        <ScreenLoader />
      ) : open.length === 0 ? (
        <Text size="sm">{t('admin.home.checklistDone')}</Text>
      ) : (
        <List spacing={4} data-testid="home-checklist">
          {open.map((item) => (
            <List.Item key={item.code}>{item.title}</List.Item>
          ))}
        </List>
      )}
      <Group>
        <Anchor component={Link} to="/admin/menu#checklist">
          {t('admin.home.toChecklist')}
        </Anchor>
      </Group>
    </Section>
  );
}

function WorkersToSee() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(AdminHomeWorkersQuery);
  const ready = data?.workersReadyForPromotion ?? [];
  const gaps = data?.workerPaperworkGaps ?? [];
  const name = (w: { familyName?: string | null; givenName?: string | null } | null | undefined) =>
    `${w?.familyName ?? ''} ${w?.givenName ?? ''}`.trim();
  return (
    <Section id="home-workers" title={t('admin.home.workers')}>
      <ApiErrors error={error} />
      {loading && !data ? (
        <ScreenLoader />
      ) : (
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t('admin.home.readyForPromotion', { count: ready.length })}
          </Text>
          {ready.length > 0 && (
            <List spacing={4} data-testid="home-promotions">
              {ready.map((r) => (
                <List.Item key={`${r.workerId}-${r.axis}`}>
                  {t('admin.home.promotionLine', {
                    name: name(r.worker),
                    axis: t(`admin.axes.${r.axis}`),
                    from: r.currentStage,
                    to: r.nextStage,
                  })}
                </List.Item>
              ))}
            </List>
          )}
          <Text size="sm" fw={600}>
            {t('admin.home.paperwork', { count: gaps.length })}
          </Text>
          {gaps.length > 0 && (
            <List spacing={4} data-testid="home-paperwork">
              {gaps.map((g) => (
                <List.Item key={g.worker.id}>
                  <Group gap="xs">
                    <Text size="sm">{name(g.worker)}</Text>
                    {g.missingBasicContract && (
                      <Badge variant="light" color="orange" c="dark">
                        {t('admin.home.noBasicContract')}
                      </Badge>
                    )}
                    {g.missingBankAccount && (
                      <Badge variant="light" color="orange" c="dark">
                        {t('admin.home.noBankAccount')}
                      </Badge>
                    )}
                  </Group>
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      )}
      <Group>
        <Anchor component={Link} to="/admin/workers">
          {t('admin.home.toWorkers')}
        </Anchor>
        <Anchor component={Link} to="/admin/trainings">
          {t('admin.home.toTrainings')}
        </Anchor>
      </Group>
    </Section>
  );
}

function PayMonthsToClose() {
  const { t, i18n } = useTranslation();
  const [m1, m2, m3] = endedMonths();
  const { data, loading, error } = useQuery(AdminHomePayMonthsQuery, { variables: { m1, m2, m3 } });
  // A month with nothing approved and nothing waiting has nothing to close.
  const open = data ? [data.m1, data.m2, data.m3].filter((m) => !m.closed && (m.statements.length > 0 || m.awaitingReview > 0)) : [];
  return (
    <Section id="home-pay" title={t('admin.home.pay')}>
      <ApiErrors error={error} />
      {loading && !data ? (
        <ScreenLoader />
      ) : open.length === 0 ? (
        <Text size="sm">{t('admin.home.payAllClosed')}</Text>
      ) : (
        <List spacing={4} data-testid="home-pay">
          {open.map((m) => (
            <List.Item key={m.month}>
              {t('admin.home.payOpen', { month: formatMonth(m.month, i18n.language), count: m.statements.length })}
              {m.awaitingReview > 0 && ` ${t('admin.home.payAwaiting', { count: m.awaitingReview })}`}
            </List.Item>
          ))}
        </List>
      )}
      <Group>
        <Anchor component={Link} to="/director/pay">
          {t('admin.home.toPay')}
        </Anchor>
      </Group>
    </Section>
  );
}

function RecentAudit() {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(AdminHomeAuditQuery);
  const lines = data?.auditLog?.nodes ?? [];
  return (
    <Section id="home-audit" title={t('admin.home.audit')}>
      <ApiErrors error={error} />
      {loading && !data ? (
        <ScreenLoader />
      ) : lines.length === 0 ? (
        <Text size="sm">{t('admin.home.auditEmpty')}</Text>
      ) : (
        <List spacing={4} data-testid="home-audit">
          {lines.map((line) => (
            <List.Item key={line.id}>
              {formatAuditTime(line.at, i18n.language)} {line.actorName} {auditActionLabel(t, line.action)}
            </List.Item>
          ))}
        </List>
      )}
      <Group>
        <Anchor component={Link} to="/admin/audit">
          {t('admin.home.toAudit')}
        </Anchor>
      </Group>
    </Section>
  );
}

/** 管理ホーム: where an org admin lands; what needs their attention, each with the way to the screen that settles it. */
export function AdminHomeScreen() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={2}>{t('admin.home.title')}</Title>
      <Text>{t('admin.home.intro')}</Text>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <WorkersToSee />
        <PayMonthsToClose />
        <OpenChecklist />
        <RecentAudit />
      </SimpleGrid>
      <Group>
        <Button component={Link} to="/admin/trainings" variant="light">
          {t('admin.nav.trainings')}
        </Button>
        <Button component={Link} to="/admin/costs" variant="light">
          {t('admin.nav.costs')}
        </Button>
        <Button component={Link} to="/admin/templates" variant="light">
          {t('admin.nav.templates')}
        </Button>
        <Button component={Link} to="/reports" variant="light">
          {t('admin.home.toReports')}
        </Button>
      </Group>
    </Stack>
  );
}
