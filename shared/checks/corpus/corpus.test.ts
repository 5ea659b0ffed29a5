/**
 * The whole engine over a corpus of realistic German posts of towns, police and federal offices: each must raise
 * the findings it lists and none of the rules it rules out (true negatives count as much as hits).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMIT_SETTINGS } from '../../channels/limitSettings';
import { limitMessagesDe, limitMessagesEn } from '../../channels/messages';
import type { MessageTree } from '../../exchange/checkWorkspace';
import { checkPost, type PostFinding } from '../engine';
import { checkMessagesDe, checkMessagesEn } from '../messages';
import { CHECK_RULES } from '../registry';
import { DEFAULT_CHECK_SETTINGS } from '../types';
import type { CorpusCase } from './corpusCase';
import { CRISIS_CASES, GENDER_CASES, PERSONAL_DATA_CASES } from './corpusPeople';
import { CLEAN_CASES, READABILITY_CASES, TONE_CASES } from './corpusStyle';

const CORPUS: readonly CorpusCase[] = [
  ...GENDER_CASES,
  ...CRISIS_CASES,
  ...PERSONAL_DATA_CASES,
  ...TONE_CASES,
  ...READABILITY_CASES,
  ...CLEAN_CASES,
];

/** The organisation's own contact data, allow-listed in its settings. */
const OWN_CONTACT = ['+49 30 9018-0', 'buergerservice@musterstadt.de', 'Rathausplatz 1, 12345 Musterstadt'];

function run(entry: CorpusCase): PostFinding[] {
  return checkPost(
    {
      variants: [{ channel: entry.channel, format: 'feed', text: entry.text, mediaIds: [] }],
      media: {},
      altTexts: {},
      crisis: entry.crisis,
      settings: { ...DEFAULT_CHECK_SETTINGS, allowList: OWN_CONTACT, ...entry.settings },
      limitSettings: DEFAULT_LIMIT_SETTINGS,
      consents: [],
      scheduledAt: null,
      timeZone: 'Europe/Berlin',
      now: new Date('2026-11-25T08:00:00Z'),
    },
    CHECK_RULES,
  );
}

const describeFinding = (text: string, finding: PostFinding) =>
  finding.range === null
    ? finding.rule
    : `${finding.rule}@${text.slice(finding.range.start, finding.range.end)}`;

function matches(text: string, finding: PostFinding, spec: string): boolean {
  const at = spec.indexOf('@');
  if (at === -1) return finding.rule === spec;
  return describeFinding(text, finding) === spec;
}

const FAMILIES = ['gender', 'crisis', 'personalData', 'tone', 'readability'];
const ruledOut = (finding: PostFinding, spec: string) =>
  spec === '*' || finding.rule === spec || finding.rule.startsWith(`${spec}.`);

describe('the sentence corpus', () => {
  it('holds at least 150 distinct sentences, with hits and true negatives in every family', () => {
    expect(
      new Set(CORPUS.map((e) => `${e.text}|${e.channel}|${e.crisis}|${JSON.stringify(e.settings)}`)).size,
    ).toBe(CORPUS.length);
    expect(new Set(CORPUS.map((entry) => entry.text)).size).toBeGreaterThanOrEqual(150);
    for (const family of FAMILIES) {
      const hits = CORPUS.filter((entry) => entry.raise.some((spec) => spec.startsWith(`${family}.`)));
      const negatives = CORPUS.filter((entry) =>
        entry.not.some((spec) => spec === '*' || spec === family || spec.startsWith(`${family}.`)),
      );
      expect(hits.length, family).toBeGreaterThanOrEqual(8);
      expect(negatives.length, family).toBeGreaterThanOrEqual(8);
    }
    expect(CORPUS.filter((entry) => entry.not.includes('*')).length).toBeGreaterThanOrEqual(40);
    for (const entry of CORPUS) expect(entry.raise.length + entry.not.length, entry.text).toBeGreaterThan(0);
  });

  it.each(CORPUS.map((entry) => [entry.text, entry] as const))('%s', (text, entry) => {
    const findings = run(entry);
    const found = findings.map((finding) => describeFinding(text, finding));
    for (const spec of entry.raise) {
      expect(
        findings.some((finding) => matches(text, finding, spec)),
        `${spec} missing; found ${found.join(', ')}`,
      ).toBe(true);
    }
    for (const spec of entry.not) {
      const wrong = findings.filter((finding) => ruledOut(finding, spec));
      expect(
        wrong.map((finding) => describeFinding(text, finding)),
        `must not raise ${spec}`,
      ).toEqual([]);
    }
  });
});

const CATALOGUES: Record<string, MessageTree> = {
  de: { checks: checkMessagesDe, limits: limitMessagesDe },
  en: { checks: checkMessagesEn, limits: limitMessagesEn },
};

function lookup(tree: MessageTree, key: string): string | undefined {
  let node: string | MessageTree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

describe('the corpus findings’ messages', () => {
  it('each has a German and an English text whose placeholders its parameters fill', () => {
    const findings = CORPUS.flatMap(run);
    expect(new Set(findings.map((finding) => finding.messageKey)).size).toBeGreaterThanOrEqual(20);
    for (const finding of findings) {
      for (const [language, tree] of Object.entries(CATALOGUES)) {
        const template = lookup(tree, finding.messageKey);
        expect(template, `${language}: ${finding.messageKey}`).toBeTypeOf('string');
        for (const [, name] of (template ?? '').matchAll(/\{\{\s*([\w.]+)/gu)) {
          expect(finding.params, `${language}: ${finding.messageKey} needs ${name}`).toHaveProperty([
            name ?? '',
          ]);
        }
      }
      expect(finding.source.trim(), finding.rule).not.toBe('');
    }
  });
});
