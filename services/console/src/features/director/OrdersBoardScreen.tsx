import { Anchor, Badge, Button, Card, Group, Progress, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { OrderStatus } from '../../gql/graphql';
import { formatDate, formatYen } from '../../lib/format';
import { ApiErrors } from '../errors/ApiErrors';
import { ScreenLoader } from '../shell/ScreenLoader';

const OrdersBoardQuery = graphql(`
  query OrdersBoard($first: Int!) {
    orders(first: $first) {
      nodes {
        orgId
        id
        title
        status
        deadline
        valueYen
        estimatedHours
        progress
        client {
          orgId
          id
          name
        }
      }
    }
  }
`);

/** The columns a director works through, in the order of an order's life. */
const BOARD: OrderStatus[] = [
  'INQUIRY',
  'FEASIBILITY_CHECKED',
  'CONTRACTED',
  'IN_PROGRESS',
  'DELIVERED',
  'ACCEPTED',
  'INVOICED',
  'PAID',
  'CANCELLED',
];

/** 案件一覧: the member's orders by status, newest first, with what a director checks at a glance. */
export function OrdersBoardScreen() {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(OrdersBoardQuery, { variables: { first: 100 } });
  const [picked, setPicked] = useState<OrderStatus | null>(null);
  const orders = data?.orders?.nodes ?? [];
  const count = (s: OrderStatus) => orders.filter((o) => o.status === s).length;
  // Until the director picks a column, the board opens on the first one with orders in it.
  const status = picked ?? BOARD.find((s) => count(s) > 0) ?? 'INQUIRY';
  const shown = orders.filter((o) => o.status === status);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('orders.title')}</Title>
        <Button component={Link} to="/director/orders/new">
          {t('orders.new')}
        </Button>
      </Group>
      <ApiErrors error={error} />
      {loading && !data ? (
        <ScreenLoader />
      ) : (
        <Tabs value={status} onChange={(value) => value && setPicked(value as OrderStatus)} keepMounted={false}>
          <Tabs.List>
            {BOARD.map((s) => (
              <Tabs.Tab
                key={s}
                value={s}
                rightSection={
                  <Badge size="sm" variant="light" color="gray" c="dark">
                    {count(s)}
                  </Badge>
                }
              >
                {t(`orders.status.${s}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value={status} pt="md">
            {shown.length === 0 ? (
              <Text>{t('orders.empty')}</Text>
            ) : (
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} data-testid="orders-board">
                {shown.map((order) => (
                  <Card key={`${order.orgId}/${order.id}`} withBorder component="article" aria-labelledby={`order-${order.id}`}>
                    <Stack gap={6}>
                      <Title order={3} size="h5" id={`order-${order.id}`}>
                        <Anchor component={Link} to={`/director/orders/${encodeURIComponent(order.id)}`} inherit>
                          {order.title}
                        </Anchor>
                      </Title>
                      <Text size="sm">
                        {t('orders.client')}: {order.client.name}
                      </Text>
                      <Group justify="space-between">
                        <Text size="sm">
                          {t('orders.deadline')}: {formatDate(order.deadline, i18n.language)}
                        </Text>
                        <Text size="sm" fw={700}>
                          {formatYen(order.valueYen)}
                        </Text>
                      </Group>
                      <Progress value={Math.round(order.progress * 100)} aria-label={t('orders.progress')} />
                    </Stack>
                  </Card>
                ))}
              </SimpleGrid>
            )}
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
