import { Typography } from '@mantine/core';
import Markdown from 'react-markdown';

/**
 * 作業手順 as the director wrote them in Markdown. react-markdown builds React elements from the
 * Markdown syntax tree: raw HTML in the text is never rendered and `javascript:` links are
 * dropped, so instructions cannot run script in the worker's browser. Headings start below the
 * screen's own.
 */
export function Instructions({ markdown }: { markdown: string }) {
  return (
    <Typography>
      <Markdown
        skipHtml
        components={{
          h1: ({ children }) => <h3>{children}</h3>,
          h2: ({ children }) => <h4>{children}</h4>,
          h3: ({ children }) => <h5>{children}</h5>,
          a: ({ href, children }) => (
            <a href={href} target="_blank" rel="noopener noreferrer">
              {children}
            </a>
          ),
        }}
      >
        {markdown}
      </Markdown>
    </Typography>
  );
}
