import { Button, Chip, Group, Stack, Text, TextInput } from '@mantine/core';
import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMinutes } from '../../lib/format';
import { LogTimeMutation } from './log-time.operations';
import { SubmitFeedback } from './SubmitFeedback';
import { useIdempotentSubmit } from './use-idempotent-submit';

/** The durations a usual day takes, as one-tap choices. */
export const PRESET_MINUTES = [60, 120, 180, 240] as const;

interface QuickLogProps {
  assignmentId: string;
  taskLabel: string;
  perPiece: boolean;
  today: string;
  onLogged: () => void;
}

/**
 * 今日の記録 in two taps: a duration chip, then the confirm button. The entry goes to the
 * director for approval; a retry of the same submission carries the same idempotency key.
 */
export function QuickLog({ assignmentId, taskLabel, perPiece, today, onLogged }: QuickLogProps) {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const [minutes, setMinutes] = useState<string | null>(null);
  const [quantity, setQuantity] = useState('');
  const log = useIdempotentSubmit(`log:${assignmentId}`, async (input: { minutes: number; quantity?: number }, key: string) => {
    const result = await client.mutate({
      mutation: LogTimeMutation,
      variables: { input: { assignmentId, workDate: today, ...input, idempotencyKey: key } },
    });
    return result.data?.logTime;
  });

  const chosen = minutes ? Number(minutes) : null;
  // A plain numeric field: Mantine's NumberInput would bring its formatting library into the first script.
  const pieces = /^\d+$/.test(quantity.trim()) ? Number(quantity.trim()) : NaN;
  const ready = chosen !== null && (!perPiece || (Number.isInteger(pieces) && pieces > 0));

  function settled(done: unknown) {
    if (!done) return;
    setMinutes(null);
    setQuantity('');
    onLogged();
  }

  async function confirm() {
    if (chosen === null) return;
    settled(await log.submit(perPiece ? { minutes: chosen, quantity: pieces } : { minutes: chosen }));
  }

  const groupId = `quick-log-${assignmentId}`;
  return (
    <Stack gap="xs">
      <Text size="sm" fw={700} id={groupId}>
        {t('worker.log.howLong', { date: formatDate(today, i18n.language) })}
      </Text>
      <Chip.Group
        value={minutes}
        onChange={(value) => {
          setMinutes(value);
          log.reset();
        }}
      >
        <Group gap="xs" role="radiogroup" aria-labelledby={groupId}>
          {PRESET_MINUTES.map((m) => (
            <Chip key={m} value={String(m)} size="md">
              {formatMinutes(m, i18n.language)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      {perPiece && chosen !== null && (
        <TextInput
          label={t('worker.log.quantity')}
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          value={quantity}
          onChange={(e) => setQuantity(e.currentTarget.value)}
          w={160}
        />
      )}
      {chosen !== null && (
        <Button
          size="md"
          onClick={() => void confirm()}
          loading={log.busy}
          disabled={!ready}
          aria-label={t('worker.log.confirmFor', { task: taskLabel, duration: formatMinutes(chosen, i18n.language) })}
        >
          {t('worker.log.confirm', { duration: formatMinutes(chosen, i18n.language) })}
        </Button>
      )}
      <SubmitFeedback phase={log.phase} error={log.error} onRetry={() => void log.retry().then(settled)} doneText={t('worker.log.done')} />
    </Stack>
  );
}
