import { Anchor, Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrors } from '../errors/ApiErrors';
import { useAction } from '../shell/use-action';

interface PdfFileLike {
  filename: string;
  base64: string;
}

/** A PDF the API sent as base64, as a blob URL the browser's own viewer opens. */
function blobUrlOf(base64: string): string {
  const bytes = Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
  return URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
}

/**
 * A document fetched on demand (PDFs are large: a phone downloads them only when asked), then
 * offered as a link that opens or saves it.
 */
export function PdfButton({ label, load, testId }: { label: string; load: () => Promise<PdfFileLike | undefined>; testId?: string }) {
  const { t } = useTranslation();
  const action = useAction();
  const [file, setFile] = useState<{ url: string; filename: string } | null>(null);
  async function fetchIt() {
    await action.run(async () => {
      const pdf = await load();
      if (pdf) setFile({ url: blobUrlOf(pdf.base64), filename: pdf.filename });
    });
  }
  return (
    <Stack gap={4} align="flex-start">
      {file ? (
        <Anchor href={file.url} target="_blank" rel="noopener" download={file.filename} data-testid={testId}>
          {t('worker.pdf.open', { file: file.filename })}
        </Anchor>
      ) : (
        <Button variant="light" loading={action.busy} onClick={() => void fetchIt()}>
          {label}
        </Button>
      )}
      <ApiErrors error={action.error} />
    </Stack>
  );
}
