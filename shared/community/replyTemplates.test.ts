import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../model/channels';
import { COMMENT_LIMITS } from '../channels/commentLimits';
import { REPLY_TOPICS } from './replyLibrary';
import {
  builtInReplyTemplates,
  fillReply,
  foldForSearch,
  searchReplies,
  type ReplyTemplate,
} from './replyTemplates';

const APPROVAL = { by: 'user-lead', at: '2026-12-01T09:00:00Z' };

function approved(template: ReplyTemplate): ReplyTemplate {
  return { ...template, approval: APPROVAL };
}

function builtIn(id: string): ReplyTemplate {
  const template = builtInReplyTemplates().find((candidate) => candidate.id === id);
  if (template === undefined) throw new Error(`no template ${id}`);
  return approved(template);
}

/** Values that fill every field of a built-in template plausibly. */
function sampleValues(template: ReplyTemplate): Record<string, string> {
  const samples: Record<string, string> = {
    date: '2026-12-10',
    link: 'https://www.musterstadt.example/info',
    netiquetteLink: 'https://www.musterstadt.example/netiquette',
  };
  return Object.fromEntries(
    template.fields.map((field) => [field.id, samples[field.id] ?? 'das Bürgerbüro']),
  );
}

const own = (text: string, fields: ReplyTemplate['fields'] = []): ReplyTemplate => ({
  id: 'own',
  topic: 'criticism',
  language: 'de',
  name: 'Eigene Antwort',
  text,
  fields,
  keywords: [],
  builtIn: false,
  approval: APPROVAL,
});

describe('built-in replies', () => {
  it('cover every topic in German and English', () => {
    const templates = builtInReplyTemplates();
    for (const topic of REPLY_TOPICS) {
      for (const language of ['de', 'en'] as const) {
        expect(templates.some((template) => template.topic === topic && template.language === language)).toBe(
          true,
        );
      }
    }
  });

  it('are unapproved until the organisation approves them', () => {
    const template = builtInReplyTemplates()[0];
    if (template === undefined) throw new Error('no templates');
    const filled = fillReply(template, sampleValues(template), 'facebook');
    expect(filled.ok && filled.approved).toBe(false);
    expect(filled.ok && filled.usable).toBe(false);
  });

  it('fill without findings and within every network’s limit once approved', () => {
    for (const template of builtInReplyTemplates().map(approved)) {
      for (const channel of CHANNELS) {
        const filled = fillReply(template, sampleValues(template), channel);
        expect(filled.ok, template.id).toBe(true);
        if (!filled.ok) continue;
        expect(filled.text).not.toContain('{{');
        // The shipped wording passes its own checks: no finding at all, not even a warning.
        expect(filled.findings, template.id).toEqual([]);
        expect(filled.usable, `${template.id} on ${channel}`).toBe(true);
      }
    }
  });
});

describe('fillReply', () => {
  it('reports missing and invalid values', () => {
    const template = builtIn('builtin-reply-waste-collection-de');
    const filled = fillReply(template, { district: 'Nord', link: 'keine Adresse' }, 'facebook');
    expect(filled).toMatchObject({ ok: false, missing: [], invalid: ['link'] });
    const empty = fillReply(template, {}, 'facebook');
    expect(empty).toMatchObject({ ok: false, missing: ['district', 'link'] });
  });

  it('drops an empty optional line and formats the date in the reply’s language', () => {
    const template = builtIn('builtin-reply-criticism-de');
    const without = fillReply(template, { department: 'das Tiefbauamt' }, 'facebook');
    expect(without.ok && without.text).toBe(
      'Danke, dass Sie uns Ihre Kritik schreiben. Wir nehmen Ihren Hinweis ernst und haben ihn an das Tiefbauamt weitergegeben.',
    );
    const withDate = fillReply(template, { department: 'das Tiefbauamt', date: '2026-12-10' }, 'facebook');
    expect(withDate.ok && withDate.text).toContain('bis zum 10.12.2026');
  });

  it('formats dates of an English template the English way unless a locale is given', () => {
    const template = builtIn('builtin-reply-check-and-return-en');
    const filled = fillReply(template, { date: '2026-12-10' }, 'x');
    expect(filled.ok && filled.text).toContain('by 2026-12-10');
    const german = fillReply(template, { date: '2026-12-10' }, 'x', { locale: 'de-AT' });
    expect(german.ok && german.text).toContain('by 10.12.2026');
  });

  it('writes built-in texts in Swiss spelling for de-CH', () => {
    const template = builtIn('builtin-reply-insult-de');
    const filled = fillReply(
      template,
      { netiquetteLink: 'https://www.gemeinde.example/netiquette' },
      'facebook',
      {
        locale: 'de-CH',
      },
    );
    expect(filled.ok && filled.text).toContain('verstossen');
    expect(filled.ok && filled.text).not.toMatch(/ß/);
  });

  it('measures against the network’s comment limit, X weighted', () => {
    const template = own('{{answer}}', [
      { id: 'answer', label: 'Antwort', type: 'multiline', required: true },
    ]);
    const limit = COMMENT_LIMITS.linkedin.value;
    const atLimit = fillReply(template, { answer: 'a'.repeat(limit) }, 'linkedin');
    expect(atLimit.ok && atLimit.length).toEqual({ used: limit, max: limit, over: false });
    const over = fillReply(template, { answer: 'a'.repeat(limit + 1) }, 'linkedin');
    expect(over.ok && over.length.over).toBe(true);
    expect(over.ok && over.usable).toBe(false);
    // On X an emoji counts 2: 140 emoji fill the 280, one more is over.
    const emoji = fillReply(template, { answer: '🙂'.repeat(141) }, 'x');
    expect(emoji.ok && emoji.length).toEqual({ used: 282, max: 280, over: true });
    expect(fillReply(template, { answer: 'a'.repeat(limit + 1) }, 'facebook').ok).toBe(true);
  });

  it('blocks personal data a value brings in, except the organisation’s own contact data', () => {
    const template = builtIn('builtin-reply-data-protection-de');
    const filled = fillReply(template, { contact: 'max.mustermann@gmail.com' }, 'instagram');
    expect(filled.ok && filled.findings.map((finding) => finding.rule)).toContain('personalData.email');
    expect(filled.ok && filled.usable).toBe(false);
    const ownAddress = fillReply(template, { contact: 'datenschutz@musterstadt.example' }, 'instagram', {
      settings: {
        genderProfile: 'neutralOrPair',
        address: 'sie',
        readingEaseTarget: 50,
        readingEaseTargets: {},
        maxSentenceWords: 20,
        maxEmoji: 3,
        allowList: ['datenschutz@musterstadt.example'],
      },
    });
    expect(ownAddress.ok && ownAddress.usable).toBe(true);
  });

  it('runs the gender, tone and crisis rules but not readability', () => {
    const template = own('Liebe Bürger, das ist doch lustig 😂😂😂😂 haha');
    const filled = fillReply(template, {}, 'facebook', { crisis: true });
    const families = new Set(filled.ok ? filled.findings.map((finding) => finding.rule.split('.')[0]) : []);
    expect(families).toContain('gender');
    expect(families).toContain('crisis');
    expect(families).not.toContain('readability');
  });

  it('names Swiss law in the findings of a Swiss organisation', () => {
    const filled = fillReply(own('Schreiben Sie an max.mustermann@gmail.com'), {}, 'facebook', {
      country: 'CH',
    });
    const sources = filled.ok ? filled.findings.map((finding) => finding.source).join(' ') : '';
    expect(sources).toContain('revDSG');
  });
});

describe('searchReplies', () => {
  const templates = builtInReplyTemplates().map(approved);
  const first = (query: string, list: readonly ReplyTemplate[] = templates) =>
    searchReplies(list, query)[0]?.template.id;

  it('folds case, umlauts and ß', () => {
    expect(foldForSearch('MÜLL')).toBe(foldForSearch('muell'));
    expect(foldForSearch('Straße')).toBe(foldForSearch('STRASSE'));
    expect(foldForSearch('Öffnungszeiten')).toBe(foldForSearch('oeffnungszeiten'));
  });

  it('finds the topic by German and English words, umlaut- and case-insensitive, while typing', () => {
    for (const query of ['Müll', 'muell', 'MULL', 'müllab', 'Abfall']) {
      expect(first(query)).toBe('builtin-reply-waste-collection-de');
    }
    expect(first('öffnungszeiten')).toBe('builtin-reply-opening-hours-de');
    expect(first('oeffnungs')).toBe('builtin-reply-opening-hours-de');
    expect(first('opening hours')).toBe('builtin-reply-opening-hours-en');
    expect(first('Datenschutz')).toBe('builtin-reply-data-protection-de');
  });

  it('matches ß and ss in a template’s own text, inside compounds', () => {
    const street = {
      ...own('Die Straßenreinigung kommt am Montag.'),
      id: 'street',
      topic: 'wasteCollection' as const,
    };
    expect(first('strassen', [street, ...templates])).toBe('street');
    expect(first('REINIGUNG', [street, ...templates])).toBe('street');
  });

  it('needs every word to match and ranks the topic above a word in the text', () => {
    expect(searchReplies(templates, 'Müll Quantenphysik')).toEqual([]);
    const mentions = { ...own('Zur Kritik an der Müllabfuhr: danke!'), id: 'mentions' };
    const hits = searchReplies([mentions, ...templates], 'Müllabfuhr');
    expect(hits[0]?.template.id).toBe('builtin-reply-waste-collection-de');
    expect(hits.map((hit) => hit.template.id)).toContain('mentions');
  });

  it('lists everything for an empty query, approved first', () => {
    const mixed = [
      { ...templates[1], approval: null } as ReplyTemplate,
      ...templates.slice(2),
      templates[0] as ReplyTemplate,
    ];
    const hits = searchReplies(mixed, '  ');
    expect(hits).toHaveLength(mixed.length);
    expect(hits.at(-1)?.template.approval).toBeNull();
  });
});
