import { createTheme, type MantineColorsTuple } from '@mantine/core';

/**
 * Mantine's theme with Japanese typography and colours that meet WCAG 2.2 AA. Mantine's default
 * primary (blue.6, #228be6) gives white text 3.5:1, under AA's 4.5:1 for normal text, so the
 * primary shade is one step darker (#1971c2 on white: 5.0:1) — axe checks every screen.
 */
const indigoBlue: MantineColorsTuple = [
  '#e7f5ff',
  '#d0ebff',
  '#a5d8ff',
  '#74c0fc',
  '#4dabf7',
  '#339af0',
  '#228be6',
  '#1c7ed6',
  '#1971c2',
  '#1864ab',
];

export const theme = createTheme({
  primaryColor: 'kyodo',
  primaryShade: 8,
  colors: { kyodo: indigoBlue },
  fontFamily: '"Noto Sans JP", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic UI", Meiryo, system-ui, sans-serif',
  headings: { fontFamily: '"Noto Sans JP", "Hiragino Sans", "Yu Gothic UI", Meiryo, system-ui, sans-serif', fontWeight: '700' },
  // Japanese text reads better with more leading than Latin defaults.
  lineHeights: { xs: '1.6', sm: '1.7', md: '1.7', lg: '1.7', xl: '1.6' },
  defaultRadius: 'md',
  focusRing: 'always',
});
