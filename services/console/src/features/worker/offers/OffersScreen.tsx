import { Badge, Button, Card, Checkbox, Group, NumberInput, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMinutes, formatYen } from '../../../lib/format';
import { ApiErrors } from '../../errors/ApiErrors';
import { ScreenLoader } from '../../shell/ScreenLoader';
import { Section } from '../../shell/Section';
import { useAction } from '../../shell/use-action';
import { PdfButton } from '../PdfButton';
import { hoursToMinutes, offerMinutesRange } from './offer-minutes';
import {
  AcceptBasicContractMutation,
  AcceptCommissionTermsMutation,
  AcceptOfferMutation,
  CommissionTermsPdfQuery,
  DeclineOfferMutation,
  WorkerOffersQuery,
} from './offers.operations';
import type { WorkerOffersQuery as WorkerOffersData } from '../../../gql/graphql';

type Offer = WorkerOffersData['myOffers']['nodes'][number];
type Terms = WorkerOffersData['myCommissionTerms'][number];
type BasicContract = WorkerOffersData['myBasicContracts'][number];

const REFETCH = { refetchQueries: ['WorkerOffers'], awaitRefetchQueries: true };

function OfferCard({ offer }: { offer: Offer }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const range = offerMinutesRange(offer);
  const [hours, setHours] = useState<number | string>(range.max / 60);
  const [accept] = useMutation(AcceptOfferMutation, REFETCH);
  const [decline] = useMutation(DeclineOfferMutation, REFETCH);
  const action = useAction();
  const title = offer.taskTitle ?? t('worker.untitledTask');
  const minutes = hoursToMinutes(hours);
  const valid = minutes !== null && minutes >= range.min && minutes <= range.max;
  const open = offer.status === 'OPEN' && offer.myResponse === 'PENDING';
  const rate = offer.payBasis === 'PIECE' ? offer.pieceRateYen : offer.hourlyRateYen;

  return (
    <Card withBorder component="article" aria-label={title} p="sm">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div>
            <Text fw={700}>{title}</Text>
            <Text size="sm">{[offer.orderTitle, offer.clientLabel].filter(Boolean).join('・')}</Text>
          </div>
          <Badge variant="light" c="dark" color={offer.myResponse === 'ACCEPTED' ? 'green' : 'kyodo'} style={{ flexShrink: 0 }}>
            {t(`worker.offers.response.${offer.myResponse ?? 'PENDING'}`)}
          </Badge>
        </Group>
        <Text size="sm">{t('worker.period', { from: formatDate(offer.periodFrom, lang), to: formatDate(offer.periodTo, lang) })}</Text>
        {rate && (
          <Text size="sm">
            {offer.payBasis === 'PIECE' ? t('worker.perPiece', { yen: formatYen(rate) }) : t('worker.perHour', { yen: formatYen(rate) })}
            {offer.withholding && ` ・ ${t('worker.withholding')}`}
          </Text>
        )}
        <Text size="sm">
          {t('worker.offers.remaining', {
            remaining: formatMinutes(offer.remainingMinutes, lang),
            total: formatMinutes(offer.totalMinutes, lang),
          })}
        </Text>
        {offer.requiredTrainings.length > 0 && (
          <Text size="sm">{t('worker.offers.trainings', { codes: offer.requiredTrainings.join('、') })}</Text>
        )}
        {offer.confidential && (
          <Badge color="red" variant="light" c="dark">
            {t('worker.offers.confidential')}
          </Badge>
        )}
        {offer.note && <Text size="sm">{offer.note}</Text>}
        {offer.myMinutes != null && offer.myMinutes > 0 && (
          <Text size="sm" fw={700}>
            {t('worker.offers.myMinutes', { duration: formatMinutes(offer.myMinutes, lang) })}
          </Text>
        )}
        {open && (
          <Stack gap="xs">
            <NumberInput
              label={t('worker.offers.hoursToTake')}
              value={hours}
              onChange={setHours}
              min={range.min / 60}
              max={range.max / 60}
              step={0.5}
              decimalScale={1}
              w={200}
            />
            <Text size="sm">
              {t('worker.offers.hoursRange', { min: formatMinutes(range.min, lang), max: formatMinutes(range.max, lang) })}
            </Text>
            <Group gap="xs">
              <Button
                disabled={!valid}
                loading={action.busy}
                onClick={() => void action.run(() => accept({ variables: { offerId: offer.id, minutes: minutes ?? 0 } }))}
                aria-label={t(offer.mode === 'DIRECTOR_PICKS' ? 'worker.offers.raiseFor' : 'worker.offers.acceptFor', { task: title })}
              >
                {t(offer.mode === 'DIRECTOR_PICKS' ? 'worker.offers.raise' : 'worker.offers.accept')}
              </Button>
              <Button
                variant="outline"
                disabled={action.busy}
                onClick={() => void action.run(() => decline({ variables: { offerId: offer.id } }))}
                aria-label={t('worker.offers.declineFor', { task: title })}
              >
                {t('worker.offers.decline')}
              </Button>
            </Group>
          </Stack>
        )}
        <ApiErrors error={action.error} />
      </Stack>
    </Card>
  );
}

function TermsCard({ terms, taskTitle }: { terms: Terms; taskTitle: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const client = useApolloClient();
  const [accept] = useMutation(AcceptCommissionTermsMutation, REFETCH);
  const action = useAction();
  const [read, setRead] = useState(false);
  const rate =
    terms.payBasis === 'PIECE'
      ? t('worker.perPiece', { yen: formatYen(terms.rateYen) })
      : t('worker.perHour', { yen: formatYen(terms.rateYen) });
  return (
    <Card withBorder component="article" aria-label={t('worker.terms.of', { task: taskTitle })} p="sm">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={700}>{t('worker.terms.of', { task: taskTitle })}</Text>
          <Badge variant="light" c="dark" color={terms.acceptedAt ? 'green' : 'orange'} style={{ flexShrink: 0 }}>
            {terms.acceptedAt ? t('worker.terms.accepted') : t('worker.terms.toAccept')}
          </Badge>
        </Group>
        <Text size="sm">{t('worker.terms.version', { version: terms.version, date: formatDate(terms.issuedAt, lang) })}</Text>
        <Text size="sm">{terms.workDescription}</Text>
        <Text size="sm">
          {t('worker.terms.pay')}: {rate}
        </Text>
        <Text size="sm">
          {t('worker.terms.paymentRule')}: {terms.paymentRule}
        </Text>
        <Text size="sm">
          {t('worker.terms.delivery')}: {formatDate(terms.deliveryDate, lang)}・{terms.deliveryPlace}
        </Text>
        <Text size="sm">
          {t('worker.terms.commissioner')}: {terms.commissioner}
        </Text>
        <PdfButton
          label={t('worker.terms.pdf')}
          testId="terms-pdf-link"
          load={async () => {
            const result = await client.query({ query: CommissionTermsPdfQuery, variables: { id: terms.id }, fetchPolicy: 'no-cache' });
            if (result.error) throw result.error;
            return result.data?.commissionTermsPdf;
          }}
        />
        {terms.acceptedAt ? (
          <Text size="sm">{t('worker.terms.acceptedOn', { date: formatDate(terms.acceptedAt, lang) })}</Text>
        ) : (
          <Stack gap="xs">
            <Checkbox label={t('worker.terms.haveRead')} checked={read} onChange={(e) => setRead(e.currentTarget.checked)} />
            <Button
              disabled={!read}
              loading={action.busy}
              onClick={() => void action.run(() => accept({ variables: { id: terms.id, sha256: terms.sha256 } }))}
              aria-label={t('worker.terms.acceptFor', { task: taskTitle })}
            >
              {t('worker.terms.accept')}
            </Button>
          </Stack>
        )}
        <ApiErrors error={action.error} />
      </Stack>
    </Card>
  );
}

function BasicContractCard({ contract }: { contract: BasicContract }) {
  const { t, i18n } = useTranslation();
  const [accept] = useMutation(AcceptBasicContractMutation, REFETCH);
  const action = useAction();
  const [read, setRead] = useState(false);
  return (
    <Card withBorder component="article" aria-label={contract.title} p="sm">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={700}>{contract.title}</Text>
          <Badge variant="light" c="dark" color={contract.acceptedAt ? 'green' : 'orange'} style={{ flexShrink: 0 }}>
            {contract.acceptedAt ? t('worker.terms.accepted') : t('worker.terms.toAccept')}
          </Badge>
        </Group>
        <Text size="sm">
          {t('worker.terms.version', { version: contract.version, date: formatDate(contract.issuedAt, i18n.language) })}
        </Text>
        <ScrollArea.Autosize mah={240} type="auto" tabIndex={0} role="region" aria-label={contract.title}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {contract.body}
          </Text>
        </ScrollArea.Autosize>
        {contract.acceptedAt ? (
          <Text size="sm">{t('worker.terms.acceptedOn', { date: formatDate(contract.acceptedAt, i18n.language) })}</Text>
        ) : (
          <Stack gap="xs">
            <Checkbox label={t('worker.terms.haveReadBasic')} checked={read} onChange={(e) => setRead(e.currentTarget.checked)} />
            <Button
              disabled={!read}
              loading={action.busy}
              onClick={() => void action.run(() => accept({ variables: { id: contract.id, sha256: contract.sha256 } }))}
            >
              {t('worker.terms.acceptBasic')}
            </Button>
          </Stack>
        )}
        <ApiErrors error={action.error} />
      </Stack>
    </Card>
  );
}

/** 依頼・契約: offers to take or decline, the 作業委託契約 of each assignment and the basic contract to read and accept. */
export function OffersScreen() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(WorkerOffersQuery);
  if (loading && !data) return <ScreenLoader />;
  const offers = data?.myOffers?.nodes ?? [];
  const taskOf = (assignmentId: string) => data?.myAssignments?.find((a) => a.id === assignmentId)?.taskTitle ?? t('worker.untitledTask');
  // The newest version of each assignment's terms is the one to accept (the list is newest first).
  const terms = (data?.myCommissionTerms ?? []).filter((c, i, all) => all.findIndex((o) => o.assignmentId === c.assignmentId) === i);
  const basic = data?.myBasicContracts?.[0];
  return (
    <Stack>
      <Title order={2}>{t('worker.offers.title')}</Title>
      <ApiErrors error={error} />
      <Section id="worker-offers" title={t('worker.offers.offers')}>
        {offers.length === 0 ? (
          <Text>{t('worker.offers.none')}</Text>
        ) : (
          <Stack gap="sm" data-testid="worker-offers">
            {offers.map((offer) => (
              <OfferCard key={`${offer.orgId}/${offer.id}`} offer={offer} />
            ))}
          </Stack>
        )}
      </Section>
      <Section id="worker-terms" title={t('worker.terms.title')}>
        {terms.length === 0 ? (
          <Text>{t('worker.terms.none')}</Text>
        ) : (
          <Stack gap="sm" data-testid="worker-terms">
            {terms.map((c) => (
              <TermsCard key={`${c.orgId}/${c.id}`} terms={c} taskTitle={taskOf(c.assignmentId)} />
            ))}
          </Stack>
        )}
      </Section>
      <Section id="worker-basic-contract" title={t('worker.terms.basic')}>
        {basic ? <BasicContractCard contract={basic} /> : <Text>{t('worker.terms.noBasic')}</Text>}
      </Section>
    </Stack>
  );
}
