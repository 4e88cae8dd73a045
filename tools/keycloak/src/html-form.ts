/**
 * Just enough HTML reading to drive Keycloak's login pages from a script: forms with their action
 * and input fields, link targets, and the page's error message. Regular expressions over the
 * markup, no DOM: the pages are server-rendered and their structure (a form posting to
 * `login-actions/...`, inputs named `username` and `password`) is stable across themes.
 */

export interface HtmlForm {
  id?: string;
  /** The `action` attribute with entities decoded; relative to the page URL. */
  action: string;
  method: string;
  /** Fields a browser would submit as-is: named inputs except buttons and unchecked boxes. */
  fields: Record<string, string>;
}

const FORM = /<form\b([^>]*)>([\s\S]*?)<\/form\s*>/gi;
const INPUT = /<input\b([^>]*?)\/?>/gi;
const ANCHOR = /<a\b([^>]*)>/gi;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export function parseForms(html: string): HtmlForm[] {
  const forms: HtmlForm[] = [];
  for (const [, formAttributes, body] of html.matchAll(FORM)) {
    const attributes = parseAttributes(formAttributes);
    const fields: Record<string, string> = {};
    for (const [, inputAttributes] of body.matchAll(INPUT)) {
      const input = parseAttributes(inputAttributes);
      const type = (input.type ?? 'text').toLowerCase();
      if (!input.name || ['submit', 'button', 'image', 'reset', 'file'].includes(type)) continue;
      if ((type === 'checkbox' || type === 'radio') && !('checked' in input)) continue;
      fields[input.name] = input.value ?? (type === 'checkbox' ? 'on' : '');
    }
    forms.push({
      id: attributes.id,
      action: attributes.action ?? '',
      method: (attributes.method ?? 'get').toLowerCase(),
      fields,
    });
  }
  return forms;
}

/** Every `href` of an `<a>`, entities decoded, in page order. */
export function parseLinks(html: string): string[] {
  return [...html.matchAll(ANCHOR)].map(([, attributes]) => parseAttributes(attributes).href).filter((h): h is string => !!h);
}

/** The page title and any error text Keycloak shows, for error messages. */
export function describePage(html: string): string {
  const title = textOf(/<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '');
  const error =
    /<[^>]+id="input-error[^"]*"[^>]*>([\s\S]*?)<\/[a-z]+>/i.exec(html)?.[1] ??
    /<[^>]+class="[^"]*(?:kc-feedback-text|pf-m-danger|alert-error)[^"]*"[^>]*>([\s\S]*?)<\/div>/i.exec(html)?.[1] ??
    '';
  const message = textOf(error);
  return message ? `${title}: ${message}` : title;
}

export function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name, doubleQuoted, singleQuoted, bare] of source.matchAll(ATTRIBUTE)) {
    attributes[name.toLowerCase()] = decodeHtmlEntities(doubleQuoted ?? singleQuoted ?? bare ?? '');
  }
  return attributes;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const code = body[1].toLowerCase() === 'x' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}

function textOf(markup: string): string {
  return decodeHtmlEntities(markup.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}
