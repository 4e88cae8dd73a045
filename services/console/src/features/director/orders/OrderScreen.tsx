import { ScrollTable } from '../../shell/ScrollTable';
import {
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  NativeSelect,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { OrderStatus, PayBasis } from '../../../gql/graphql';
import { formatDate, formatMinutes, formatYen } from '../../../lib/format';
import { ApiErrors } from '../../errors/ApiErrors';
import { ScreenLoader } from '../../shell/ScreenLoader';
import { Section } from '../../shell/Section';
import { useAction } from '../../shell/use-action';
import { parseYenInput } from '../money-input';
import {
  AcceptDeliveryMutation,
  CheckFeasibilityMutation,
  CreateTaskMutation,
  DeliverOrderMutation,
  OrderQuery,
  PassTaskMutation,
  ReturnTaskMutation,
  TransitionOrderMutation,
} from './order.operations';

const REFETCH = { refetchQueries: ['DirectorOrder', 'OrdersBoard'], awaitRefetchQueries: true };

/**
 * The steps a director takes by hand from each status (transitionOrder); delivery, acceptance
 * and invoicing have their own actions below. The server's state machine decides: a step it
 * does not allow is refused with ILLEGAL_TRANSITION.
 */
const MANUAL_STEPS: Partial<Record<OrderStatus, OrderStatus[]>> = {
  INQUIRY: ['FEASIBILITY_CHECKED', 'CANCELLED'],
  FEASIBILITY_CHECKED: ['CONTRACTED', 'CANCELLED'],
  CONTRACTED: ['IN_PROGRESS', 'CANCELLED'],
};
const FEASIBILITY_STATUSES: OrderStatus[] = ['INQUIRY', 'FEASIBILITY_CHECKED', 'CONTRACTED'];
const OPEN_FOR_WORK: OrderStatus[] = ['INQUIRY', 'FEASIBILITY_CHECKED', 'CONTRACTED', 'IN_PROGRESS'];

function NewTaskForm({ orderId }: { orderId: string }) {
  const { t } = useTranslation();
  const [createTask] = useMutation(CreateTaskMutation, REFETCH);
  const action = useAction();
  const [title, setTitle] = useState('');
  const [payBasis, setPayBasis] = useState<PayBasis>('HOURLY');
  const [hours, setHours] = useState('');
  const [quantity, setQuantity] = useState('');
  const [rate, setRate] = useState('');
  const [value, setValue] = useState('');
  const rateYen = parseYenInput(rate);
  const valueYen = parseYenInput(value);
  const hoursNumber = Number(hours.normalize('NFKC'));
  const quantityNumber = Number(quantity.normalize('NFKC'));
  const valid =
    title.trim() &&
    rateYen &&
    valueYen &&
    Number.isInteger(hoursNumber) &&
    hoursNumber >= 0 &&
    (payBasis === 'HOURLY' || quantityNumber > 0);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!valid || !rateYen || !valueYen) return;
    const done = await action.run(() =>
      createTask({
        variables: {
          input: {
            orderId,
            title: title.trim(),
            payBasis,
            hours: hoursNumber,
            quantity: payBasis === 'PIECE' ? quantityNumber : null,
            payRateYen: rateYen,
            valueYen: valueYen,
          },
        },
      }),
    );
    if (done) {
      setTitle('');
      setHours('');
      setQuantity('');
      setRate('');
      setValue('');
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="new-task-title">
      <Stack gap="xs">
        <Title order={4} size="h5" id="new-task-title">
          {t('order.newTask')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('order.taskTitle')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            required
            maxLength={200}
          />
          <NativeSelect
            label={t('order.payBasis')}
            value={payBasis}
            onChange={(e) => setPayBasis(e.currentTarget.value as PayBasis)}
            data={[
              { value: 'HOURLY', label: t('order.payBases.HOURLY') },
              { value: 'PIECE', label: t('order.payBases.PIECE') },
            ]}
          />
          <TextInput
            label={t('order.taskHours')}
            inputMode="numeric"
            value={hours}
            onChange={(e) => setHours(e.currentTarget.value)}
            required
          />
          {payBasis === 'PIECE' && (
            <TextInput
              label={t('order.quantity')}
              inputMode="numeric"
              value={quantity}
              onChange={(e) => setQuantity(e.currentTarget.value)}
              required
            />
          )}
          <TextInput
            label={t('order.payRate')}
            inputMode="numeric"
            value={rate}
            onChange={(e) => setRate(e.currentTarget.value)}
            required
            error={rate && !rateYen ? t('order.yenInvalid') : undefined}
          />
          <TextInput
            label={t('order.taskValue')}
            inputMode="numeric"
            value={value}
            onChange={(e) => setValue(e.currentTarget.value)}
            required
            error={value && !valueYen ? t('order.yenInvalid') : undefined}
          />
        </SimpleGrid>
        <ApiErrors error={action.error} />
        <Group>
          <Button type="submit" variant="light" loading={action.busy} disabled={!valid}>
            {t('order.addTask')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** 内部検収 of one task: pass it, or send it back with what to rework. */
function TaskReview({ taskId, title }: { taskId: string; title: string }) {
  const { t } = useTranslation();
  const [passTask] = useMutation(PassTaskMutation, REFETCH);
  const [returnTask] = useMutation(ReturnTaskMutation, REFETCH);
  const action = useAction();
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap">
        <Button
          size="xs"
          loading={action.busy}
          onClick={() => void action.run(() => passTask({ variables: { id: taskId } }))}
          aria-label={t('order.passTaskOf', { task: title })}
        >
          {t('order.passTask')}
        </Button>
        <Button
          size="xs"
          variant="outline"
          color="red"
          onClick={() => setReturning(true)}
          aria-label={t('order.returnTaskOf', { task: title })}
        >
          {t('order.returnTask')}
        </Button>
      </Group>
      <ApiErrors error={action.error} />
      <Modal opened={returning} onClose={() => setReturning(false)} title={t('order.returnTaskOf', { task: title })}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void action
              .run(() => returnTask({ variables: { id: taskId, comment: comment.trim() } }))
              .then((done) => done && setReturning(false));
          }}
        >
          <Stack>
            <Textarea
              label={t('order.returnComment')}
              value={comment}
              onChange={(e) => setComment(e.currentTarget.value)}
              required
              autosize
              minRows={3}
              maxLength={2000}
              data-autofocus
            />
            <Button type="submit" color="red" disabled={!comment.trim()} loading={action.busy}>
              {t('order.returnTask')}
            </Button>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}

/** 案件: an order with its client, contract, feasibility, tasks, delivery and acceptance. */
export function OrderScreen() {
  const { t, i18n } = useTranslation();
  const { orderId = '' } = useParams();
  const { data, loading, error } = useQuery(OrderQuery, { variables: { id: orderId } });
  const [transitionOrder] = useMutation(TransitionOrderMutation, REFETCH);
  const [checkFeasibility] = useMutation(CheckFeasibilityMutation, REFETCH);
  const [deliverOrder] = useMutation(DeliverOrderMutation, REFETCH);
  const [acceptDelivery] = useMutation(AcceptDeliveryMutation, REFETCH);
  const steps = useAction();
  const feasibilityAction = useAction();
  const deliveryAction = useAction();
  const [deliveryNote, setDeliveryNote] = useState('');
  const [acceptanceNote, setAcceptanceNote] = useState('');

  if (loading && !data) return <ScreenLoader />;
  const order = data?.order;
  if (!order) {
    return (
      <Stack>
        <ApiErrors error={error} />
        <Text>{t('errors.ORDER_NOT_FOUND')}</Text>
        <Anchor component={Link} to="/director/orders">
          {t('nav.orders')}
        </Anchor>
      </Stack>
    );
  }
  const lang = i18n.language;
  const feasibility = order.feasibility;
  const openForWork = OPEN_FOR_WORK.includes(order.status);

  return (
    <Stack>
      <Anchor component={Link} to="/director/orders">
        ← {t('nav.orders')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Title order={2}>{order.title}</Title>
        <Badge size="lg" variant="light" c="dark" data-testid="order-status">
          {t(`orders.status.${order.status}`)}
        </Badge>
      </Group>
      <ApiErrors error={error} />

      <Section id="order-summary" title={t('order.summary')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <Text>
            {t('order.client')}:{' '}
            <Anchor component={Link} to="/director/clients">
              {order.client.name}
            </Anchor>
          </Text>
          <Text>
            {t('order.contract')}:{' '}
            {order.contract
              ? `${t(`clients.contractTypes.${order.contract.type}`)} ${formatDate(order.contract.startsOn, lang)} – ${formatDate(order.contract.endsOn, lang)}${order.contract.ndaSigned ? ` · ${t('clients.nda')}` : ''}`
              : t('order.noContract')}
          </Text>
          <Text>
            {t('order.value')}: {formatYen(order.valueYen)}
          </Text>
          <Text>
            {t('order.hours')}: {t('orders.hoursValue', { hours: order.estimatedHours })}
          </Text>
          <Text>
            {t('order.deadline')}: {formatDate(order.deadline, lang)}
          </Text>
          <Text>
            {t('order.requiredStage')}: {t(`order.stages.${order.requiredStage}`)} ·{' '}
            {t(`order.confidentialityLevels.${order.confidentiality}`)}
          </Text>
        </SimpleGrid>
        <Text size="sm">{t('order.progressValue', { percent: Math.round(order.progress * 100) })}</Text>
        <Progress value={Math.round(order.progress * 100)} aria-label={t('orders.progress')} />
        {(MANUAL_STEPS[order.status] ?? []).length > 0 && (
          <Group>
            {(MANUAL_STEPS[order.status] ?? []).map((to) => (
              <Button
                key={to}
                variant={to === 'CANCELLED' ? 'outline' : 'filled'}
                color={to === 'CANCELLED' ? 'red' : undefined}
                loading={steps.busy}
                onClick={() => void steps.run(() => transitionOrder({ variables: { id: order.id, to } }))}
              >
                {t(`order.stepTo.${to}`)}
              </Button>
            ))}
          </Group>
        )}
        <ApiErrors error={steps.error} />
      </Section>

      <Section id="order-feasibility" title={t('order.feasibility')}>
        {feasibility ? (
          <Stack gap="xs">
            <Text fw={700} data-testid="feasibility-verdict">
              {t(`order.verdicts.${feasibility.verdict}`)}
            </Text>
            <Text size="sm">
              {t('order.checkedPeriod', { from: formatDate(feasibility.periodFrom, lang), to: formatDate(feasibility.periodTo, lang) })}
            </Text>
            <ScrollTable minWidth={360}>
              <Table>
                <Table.Caption>{t('order.feasibilityByStage')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('order.stage')}</Table.Th>
                    <Table.Th scope="col">{t('order.required')}</Table.Th>
                    <Table.Th scope="col">{t('order.free')}</Table.Th>
                    <Table.Th scope="col">{t('order.short')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {feasibility.stages.map((s) => (
                    <Table.Tr key={s.stage}>
                      <Table.Th scope="row">{t(`order.stages.${s.stage}`)}</Table.Th>
                      <Table.Td>{formatMinutes(s.requiredMinutes, lang)}</Table.Td>
                      <Table.Td>{formatMinutes(s.freeMinutes, lang)}</Table.Td>
                      <Table.Td>{formatMinutes(s.shortMinutes, lang)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          </Stack>
        ) : (
          <Text>{t('order.notChecked')}</Text>
        )}
        {FEASIBILITY_STATUSES.includes(order.status) && (
          <Group>
            <Button
              variant={feasibility ? 'light' : 'filled'}
              loading={feasibilityAction.busy}
              onClick={() => void feasibilityAction.run(() => checkFeasibility({ variables: { orderId: order.id } }))}
            >
              {t('order.checkFeasibility')}
            </Button>
          </Group>
        )}
        <ApiErrors error={feasibilityAction.error} />
      </Section>

      <Section id="order-tasks" title={t('order.tasks')}>
        <Text size="sm">
          {t('order.taskTotals', {
            hours: order.taskHoursTotal,
            estimated: order.estimatedHours,
            value: formatYen(order.taskValueTotal),
            orderValue: formatYen(order.valueYen),
          })}
        </Text>
        {order.tasks.length === 0 ? (
          <Text>{t('order.noTasks')}</Text>
        ) : (
          <ScrollTable minWidth={640}>
            <Table data-testid="order-tasks">
              <Table.Caption>{t('order.tasks')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('order.taskTitle')}</Table.Th>
                  <Table.Th scope="col">{t('order.requirements')}</Table.Th>
                  <Table.Th scope="col">{t('order.payRate')}</Table.Th>
                  <Table.Th scope="col">{t('order.taskStatus')}</Table.Th>
                  <Table.Th scope="col">{t('order.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {order.tasks.map((task) => (
                  <Table.Tr key={task.id}>
                    <Table.Th scope="row">{task.title}</Table.Th>
                    <Table.Td>
                      {t('orders.hoursValue', { hours: task.hours })}
                      {task.quantity ? ` · ${t('order.pieces', { count: task.quantity })}` : ''} ·{' '}
                      {t(`order.stages.${order.requiredStage}`)}
                      {order.requiredTrainings.length > 0 && ` · ${order.requiredTrainings.join(', ')}`}
                    </Table.Td>
                    <Table.Td>
                      {formatYen(task.payRateYen)} / {t(`order.per.${task.payBasis}`)}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" c="dark">
                        {t(`order.taskStatuses.${task.status}`)}
                      </Badge>
                      {task.reviewComment && task.status === 'RETURNED' && <Text size="xs">{task.reviewComment}</Text>}
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={4}>
                        {openForWork && (
                          <Anchor
                            component={Link}
                            to={`/director/orders/${encodeURIComponent(order.id)}/tasks/${encodeURIComponent(task.id)}/staffing`}
                            aria-label={t('order.staffTaskOf', { task: task.title })}
                          >
                            {t('order.staffTask')}
                          </Anchor>
                        )}
                        {order.status === 'IN_PROGRESS' && task.status !== 'PASSED' && <TaskReview taskId={task.id} title={task.title} />}
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
        {openForWork && <NewTaskForm orderId={order.id} />}
      </Section>

      <Section id="order-delivery" title={t('order.delivery')}>
        {order.delivery ? (
          <Stack gap="xs">
            <Text data-testid="delivery-status">
              {t(`order.deliveryStatuses.${order.delivery.status}`)} · {formatDate(order.delivery.deliveredAt, lang)} ·{' '}
              {formatYen(order.delivery.amountYen)}
            </Text>
            {order.delivery.note && <Text size="sm">{order.delivery.note}</Text>}
            {order.delivery.acceptedAt && (
              <Text size="sm">
                {t('order.acceptedOn', { date: formatDate(order.delivery.acceptedAt, lang) })}
                {order.delivery.acceptanceNote ? ` · ${order.delivery.acceptanceNote}` : ''}
              </Text>
            )}
            {order.delivery.status === 'DELIVERED' && (
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  const deliveryId = order.delivery?.id ?? '';
                  void deliveryAction.run(() => acceptDelivery({ variables: { id: deliveryId, note: acceptanceNote.trim() || null } }));
                }}
              >
                <Stack gap="xs">
                  <Textarea
                    label={t('order.acceptanceNote')}
                    value={acceptanceNote}
                    onChange={(e) => setAcceptanceNote(e.currentTarget.value)}
                    autosize
                    maxLength={2000}
                  />
                  <Group>
                    <Button type="submit" loading={deliveryAction.busy}>
                      {t('order.recordAcceptance')}
                    </Button>
                  </Group>
                </Stack>
              </form>
            )}
            {order.status === 'ACCEPTED' && (
              <Group>
                <Button component={Link} to="/director/invoices" variant="light">
                  {t('order.toInvoices')}
                </Button>
              </Group>
            )}
          </Stack>
        ) : order.status === 'IN_PROGRESS' ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void deliveryAction.run(() =>
                deliverOrder({ variables: { input: { orderId: order.id, note: deliveryNote.trim() || null } } }),
              );
            }}
          >
            <Stack gap="xs">
              <Textarea
                label={t('order.deliveryNote')}
                value={deliveryNote}
                onChange={(e) => setDeliveryNote(e.currentTarget.value)}
                autosize
                maxLength={2000}
              />
              <Group>
                <Button type="submit" loading={deliveryAction.busy}>
                  {t('order.deliver')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <Text>{t('order.notDelivered')}</Text>
        )}
        <ApiErrors error={deliveryAction.error} />
      </Section>
    </Stack>
  );
}
