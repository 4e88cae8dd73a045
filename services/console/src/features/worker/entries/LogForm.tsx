import { Button, NativeSelect, NumberInput, Stack, TextInput } from '@mantine/core';
import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hoursToMinutes } from '../offers/offer-minutes';
import { LogTimeMutation } from '../log-time.operations';
import { SubmitFeedback } from '../SubmitFeedback';
import { useIdempotentSubmit } from '../use-idempotent-submit';

interface AssignmentChoice {
  id: string;
  label: string;
  perPiece: boolean;
}

interface LogFormProps {
  /** Where a pending submission's key is kept: one slot per form. */
  slot: string;
  assignments: AssignmentChoice[];
  /** A correction: the returned entry it replaces, whose assignment and day it keeps. */
  corrects?: { entryId: string; assignmentId: string; workDate: string; minutes: number };
  today: string;
  submitLabel: string;
  onLogged: () => void;
}

/** A day's hours for any day and assignment, or the correction of a returned entry; retried with the same key. */
export function LogForm({ slot, assignments, corrects, today, submitLabel, onLogged }: LogFormProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [assignmentId, setAssignmentId] = useState(corrects?.assignmentId ?? assignments[0]?.id ?? '');
  const [workDate, setWorkDate] = useState(corrects?.workDate ?? today);
  const [hours, setHours] = useState<number | string>(corrects ? corrects.minutes / 60 : '');
  const [quantity, setQuantity] = useState<number | string>('');
  const [note, setNote] = useState('');
  const perPiece = assignments.find((a) => a.id === assignmentId)?.perPiece ?? false;
  const minutes = hoursToMinutes(hours);
  const log = useIdempotentSubmit(slot, async (input: Record<string, unknown>, key: string) => {
    const result = await client.mutate({
      mutation: LogTimeMutation,
      variables: {
        input: {
          assignmentId: input.assignmentId as string,
          workDate: input.workDate as string,
          minutes: input.minutes as number,
          ...(input.quantity ? { quantity: input.quantity as number } : {}),
          ...(input.note ? { note: input.note as string } : {}),
          ...(input.correctsEntryId ? { correctsEntryId: input.correctsEntryId as string } : {}),
          idempotencyKey: key,
        },
      },
    });
    return result.data?.logTime;
  });

  function settled(done: unknown) {
    if (!done) return;
    if (!corrects) {
      setHours('');
      setNote('');
      setQuantity('');
    }
    onLogged();
  }

  async function submit() {
    if (minutes === null) return;
    const input: Record<string, unknown> = { assignmentId, workDate, minutes };
    if (perPiece && typeof quantity === 'number') input.quantity = quantity;
    if (note.trim()) input.note = note.trim();
    if (corrects) input.correctsEntryId = corrects.entryId;
    settled(await log.submit(input));
  }

  return (
    <Stack gap="xs">
      {!corrects && (
        <NativeSelect
          label={t('worker.entries.assignment')}
          value={assignmentId}
          onChange={(e) => setAssignmentId(e.currentTarget.value)}
          data={assignments.map((a) => ({ value: a.id, label: a.label }))}
        />
      )}
      {!corrects && (
        <TextInput
          type="date"
          label={t('worker.entries.workDate')}
          value={workDate}
          max={today}
          onChange={(e) => setWorkDate(e.currentTarget.value)}
        />
      )}
      <NumberInput
        label={t('worker.entries.hours')}
        value={hours}
        onChange={setHours}
        min={0.25}
        max={24}
        step={0.5}
        decimalScale={2}
        w={200}
      />
      {perPiece && (
        <NumberInput label={t('worker.log.quantity')} value={quantity} onChange={setQuantity} min={1} allowDecimal={false} w={200} />
      )}
      <TextInput label={t('worker.entries.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={500} />
      <div>
        <Button onClick={() => void submit()} loading={log.busy} disabled={minutes === null || !assignmentId || !workDate}>
          {submitLabel}
        </Button>
      </div>
      <SubmitFeedback phase={log.phase} error={log.error} onRetry={() => void log.retry().then(settled)} doneText={t('worker.log.done')} />
    </Stack>
  );
}
