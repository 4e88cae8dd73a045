import { Anchor, Button, Card, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate } from '../../../lib/format';
import { ApiErrors } from '../../errors/ApiErrors';
import { ScreenLoader } from '../../shell/ScreenLoader';
import { Section } from '../../shell/Section';
import { useAction } from '../../shell/use-action';
import { Instructions } from './Instructions';
import { AskQuestionMutation, MarkThreadReadMutation, WorkerTaskQuery } from './task.operations';

const QUESTION_MAX = 2000;

/** 1.2 MB, 340 KB: a file's size as people read it. */
function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** 作業手順と Q&A: a task's instructions with their attachments, and the worker's own question thread. */
export function TaskScreen() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { taskOrgId = '', taskId = '' } = useParams();
  // The attachments' signed links last minutes: always ask anew when the screen opens.
  const { data, loading, error } = useQuery(WorkerTaskQuery, { variables: { taskOrgId, taskId }, fetchPolicy: 'network-only' });
  const [ask] = useMutation(AskQuestionMutation, { refetchQueries: ['WorkerTask'], awaitRefetchQueries: true });
  const [markRead] = useMutation(MarkThreadReadMutation);
  const action = useAction();
  const [question, setQuestion] = useState('');
  const threads = data?.taskQuestionThreads ?? [];
  const unread = threads.filter((th) => th.unreadCount > 0).map((th) => th.id);

  const unreadKey = unread.join(',');
  useEffect(() => {
    // Answers shown are answers read: the notification of an answer needs no second tap.
    for (const threadId of unreadKey ? unreadKey.split(',') : []) void markRead({ variables: { threadId } }).catch(() => undefined);
  }, [unreadKey, markRead]);

  if (loading && !data) return <ScreenLoader />;
  const assignment = data?.myAssignments?.find((a) => a.taskOrgId === taskOrgId && a.taskId === taskId);
  const title = assignment?.taskTitle ?? t('worker.untitledTask');
  const instructions = data?.taskInstructions;
  const messages = threads.flatMap((th) => th.messages);
  const trimmed = question.trim();

  async function send() {
    const done = await action.run(() => ask({ variables: { input: { taskOrgId, taskId, body: trimmed } } }));
    if (done) setQuestion('');
  }

  return (
    <Stack>
      <Anchor component={Link} to="/worker" size="sm">
        {t('worker.backHome')}
      </Anchor>
      <Title order={2}>{t('worker.task.title', { task: title })}</Title>
      {assignment?.orderTitle && <Text size="sm">{assignment.orderTitle}</Text>}
      {assignment?.deadline && <Text size="sm">{t('worker.task.deadline', { date: formatDate(assignment.deadline, lang) })}</Text>}
      <ApiErrors error={error} />
      <Section id="task-instructions" title={t('worker.task.instructions')}>
        {instructions ? (
          <Stack gap="sm">
            <Text size="sm">
              {t('worker.task.version', { version: instructions.version, date: formatDate(instructions.createdAt, lang) })}
            </Text>
            <div data-testid="task-instructions">
              <Instructions markdown={instructions.bodyMarkdown} />
            </div>
            {instructions.attachments.length > 0 && (
              <Stack gap={4} component="ul" style={{ paddingLeft: 0, listStyle: 'none', margin: 0 }}>
                {instructions.attachments.map((file) => (
                  <li key={file.id}>
                    {/* A signed link on the console's origin (/files is relayed to the gateway); it expires in minutes. */}
                    <Anchor href={file.downloadUrl} download={file.fileName} data-testid="task-attachment">
                      {t('worker.task.attachment', { file: file.fileName, size: formatBytes(file.sizeBytes) })}
                    </Anchor>
                  </li>
                ))}
              </Stack>
            )}
          </Stack>
        ) : (
          <Text>{t('worker.task.noInstructions')}</Text>
        )}
      </Section>
      <Section id="task-qa" title={t('worker.task.qa')}>
        {messages.length === 0 ? (
          <Text>{t('worker.task.noQuestions')}</Text>
        ) : (
          <Stack gap="xs" data-testid="task-thread">
            {messages.map((m) => (
              <Paper
                key={m.id}
                withBorder
                p="xs"
                bg={m.fromWorker ? 'kyodo.0' : undefined}
                ml={m.fromWorker ? 'xl' : 0}
                mr={m.fromWorker ? 0 : 'xl'}
                component="article"
                aria-label={m.fromWorker ? t('worker.task.mine') : t('worker.task.answer')}
              >
                <Text size="xs" fw={700}>
                  {m.fromWorker ? t('worker.task.mine') : t('worker.task.answer')} ・ {formatDate(m.createdAt, lang)}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {m.body}
                </Text>
              </Paper>
            ))}
          </Stack>
        )}
        <Card withBorder p="sm">
          <Stack gap="xs">
            <Textarea
              label={t('worker.task.ask')}
              value={question}
              onChange={(e) => setQuestion(e.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={QUESTION_MAX}
            />
            <Text size="sm">{t('worker.task.askHint')}</Text>
            <Group>
              <Button disabled={trimmed.length === 0} loading={action.busy} onClick={() => void send()}>
                {t('worker.task.send')}
              </Button>
            </Group>
            <ApiErrors error={action.error} />
          </Stack>
        </Card>
      </Section>
    </Stack>
  );
}
