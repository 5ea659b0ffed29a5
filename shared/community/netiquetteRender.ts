/**
 * A netiquette as plain text and as an HTML fragment for the organisation's website. The HTML is built from a
 * fixed set of elements; every text, including the organisation's data and its own clauses, is escaped, so no
 * markup from anyone reaches the page. Only an https address (urls.ts) becomes a link.
 */
import { formatTemplateDate } from '../templates/render';
import type { Netiquette } from './netiquette';
import { DOCUMENT_WORDING } from './netiquetteClauses';
import { parseHttpsUrl } from './urls';

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe inside an element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

/** The netiquette as plain text (UTF-8, `\n` line ends), e.g. for a PDF or an e-mail. */
export function renderNetiquetteText(netiquette: Netiquette): string {
  const wording = DOCUMENT_WORDING[netiquette.locale];
  const { organisation } = netiquette;
  const date = (value: string) => formatTemplateDate(value, netiquette.locale);
  const lines = [
    `${wording.heading} – ${organisation.name}`,
    wording.version(netiquette.version, date(netiquette.validFrom)),
    '',
    wording.intro(organisation.name),
    wording.criticismWelcome,
    '',
    wording.clausesHeading,
  ];
  netiquette.clauses.forEach((clause, index) => {
    lines.push('', `${index + 1}. ${clause.title}`, clause.text, wording.consequence[clause.consequence]);
    if (clause.legalBasis !== null) lines.push(`${wording.legalBasis}: ${clause.legalBasis}`);
  });
  lines.push(
    '',
    wording.objectionHeading,
    wording.objection(organisation.objectionChannel),
    wording.recorded,
    `${wording.contact}: ${organisation.contact}`,
    `${wording.publishedAt} ${organisation.publishedUrl}`,
    '',
    wording.changesHeading,
    ...netiquette.changes.map(
      (change) => `${wording.version(change.version, date(change.date))}: ${change.note}`,
    ),
  );
  return lines.map((line) => line.replace(/\r\n?/g, '\n')).join('\n');
}

function element(tag: string, text: string): string {
  return `<${tag}>${escapeHtml(text)}</${tag}>`;
}

function link(address: string): string {
  const url = parseHttpsUrl(address);
  return url === null ? escapeHtml(address) : `<a href="${escapeHtml(url.href)}">${escapeHtml(address)}</a>`;
}

/**
 * The netiquette as an HTML fragment (`<section>` … `</section>`) for the website, with the document's language
 * in `lang`. Headings start at `<h2>`, so the fragment fits under a page's own `<h1>`.
 */
export function renderNetiquetteHtml(netiquette: Netiquette): string {
  const wording = DOCUMENT_WORDING[netiquette.locale];
  const { organisation } = netiquette;
  const date = (value: string) => formatTemplateDate(value, netiquette.locale);
  const clauses = netiquette.clauses.map((clause) => {
    const parts = [
      element('h4', clause.title),
      element('p', clause.text),
      element('p', wording.consequence[clause.consequence]),
    ];
    if (clause.legalBasis !== null) parts.push(element('p', `${wording.legalBasis}: ${clause.legalBasis}`));
    return `<li id="netiquette-${escapeHtml(clause.id)}">${parts.join('')}</li>`;
  });
  const changes = netiquette.changes.map((change) =>
    element('li', `${wording.version(change.version, date(change.date))}: ${change.note}`),
  );
  return [
    `<section class="netiquette" lang="${escapeHtml(netiquette.locale)}">`,
    element('h2', `${wording.heading} – ${organisation.name}`),
    element('p', wording.version(netiquette.version, date(netiquette.validFrom))),
    element('p', wording.intro(organisation.name)),
    element('p', wording.criticismWelcome),
    element('h3', wording.clausesHeading),
    `<ol>${clauses.join('')}</ol>`,
    element('h3', wording.objectionHeading),
    element('p', wording.objection(organisation.objectionChannel)),
    element('p', wording.recorded),
    element('p', `${wording.contact}: ${organisation.contact}`),
    `<p>${escapeHtml(wording.publishedAt)} ${link(organisation.publishedUrl)}</p>`,
    element('h3', wording.changesHeading),
    `<ul>${changes.join('')}</ul>`,
    '</section>',
  ].join('\n');
}
