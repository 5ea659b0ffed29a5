import { describe, expect, it } from 'vitest';
import { checkWorkspace, formatFindingsText, interpolate, summarise } from './checkWorkspace';
import { crisisPost, PHOTO_ID, servicePost, variantsFor, workspaceFile } from './testFixtures';
import { parseWorkspace, type Workspace } from './workspace';

/** The command's clock, fixed: a Wednesday afternoon in Berlin, before every scheduled post. */
const NOW = new Date('2026-11-25T14:00:00Z');

function workspace(file: ReturnType<typeof workspaceFile>): Workspace {
  const result = parseWorkspace(JSON.parse(JSON.stringify(file)));
  if (!result.ok) throw new Error(`${result.path}: ${result.message}`);
  return result.workspace;
}

const photoPost = (altText: string) => {
  const text = 'Unser Team im Bürgeramt Mitte freut sich auf Ihren Besuch.';
  return servicePost({
    id: 'photo-post',
    title: 'Team Bürgeramt',
    channels: ['instagram'],
    text,
    variants: variantsFor(['instagram'], text, [PHOTO_ID]),
    media: [{ mediaId: PHOTO_ID, altText }],
  });
};

describe('checkWorkspace', () => {
  it('finds nothing in a clean post', () => {
    expect(checkWorkspace(workspace(workspaceFile()), NOW)).toEqual([
      { postId: '0b5c7f2e-8d41-4a7b-9c3e-2f1a6d8e4b90', title: 'Bürgeramt am Samstag', findings: [] },
    ]);
  });

  it('blocks a laughing emoji in a crisis post, and only there', () => {
    const crisis = crisisPost();
    const ordinary = crisisPost({ id: 'ordinary', category: 'Service' });
    const [crisisResult, ordinaryResult] = checkWorkspace(workspace(workspaceFile([crisis, ordinary])), NOW);
    expect(crisisResult?.findings[0]).toMatchObject({
      channel: 'x',
      severity: 'block',
      rule: 'crisis.humourEmoji',
      messageKey: 'checks.crisis.humourEmoji',
      params: { emoji: '😂' },
    });
    expect(ordinaryResult?.findings.filter((finding) => finding.severity === 'block')).toEqual([]);
  });

  it('treats a post from the crisis template as a crisis post', () => {
    const post = crisisPost({ category: null, template: { templateId: 'builtin-crisis', values: {} } });
    const [result] = checkWorkspace(workspace(workspaceFile([post])), NOW);
    expect(result?.findings.some((finding) => finding.rule === 'crisis.humourEmoji')).toBe(true);
  });

  it("uses the file's media metadata and the post's alt texts", () => {
    const [missing, written] = checkWorkspace(
      workspace(
        workspaceFile([photoPost(''), photoPost('Fünf Mitarbeitende am Empfangstresen des Bürgeramts')]),
      ),
      NOW,
    );
    expect(missing?.findings.map((finding) => finding.messageKey)).toContain('limits.altTextMissing');
    expect(
      missing?.findings.find((finding) => finding.messageKey === 'limits.altTextMissing')?.params,
    ).toMatchObject({
      fileName: 'buergeramt-team.jpg',
      network: 'Instagram',
    });
    expect(written?.findings.map((finding) => finding.messageKey)).not.toContain('limits.altTextMissing');
  });

  it("uses the file's limit settings", () => {
    const text = 'Ausführliche Information zur Baustelle. '.repeat(140).trim();
    const long = servicePost({ channels: ['facebook'], text, variants: variantsFor(['facebook'], text) });
    const strict = workspaceFile([long]);
    const generous = workspaceFile([long]);
    generous.settings = {
      ...generous.settings,
      limits: { ...generous.settings.limits, facebookTextLimit: 63206 },
    };
    const keys = (file: ReturnType<typeof workspaceFile>) =>
      checkWorkspace(workspace(file), NOW)[0]?.findings.map((finding) => finding.messageKey);
    expect(keys(strict)).toContain('limits.textTooLong');
    expect(keys(generous)).not.toContain('limits.textTooLong');
  });

  it("uses the file's check settings", () => {
    const text = 'Bitte melden Sie sich bis Freitag an 🙂 🎉 🎈';
    const post = servicePost({ channels: ['x'], text, variants: variantsFor(['x'], text) });
    const file = workspaceFile([post]);
    const rules = (maxEmoji: number) => {
      file.settings = { ...file.settings, checks: { ...file.settings.checks, maxEmoji } };
      return checkWorkspace(workspace(file), NOW)[0]?.findings.map((finding) => finding.rule);
    };
    expect(rules(1)).toContain('tone.tooManyEmoji');
    expect(rules(5)).not.toContain('tone.tooManyEmoji');
  });

  it("blocks a photo whose consent in the file has expired by the post's day, and only then", () => {
    const consentRules = (post: ReturnType<typeof photoPost>) =>
      checkWorkspace(workspace(workspaceFile([post])), NOW)[0]
        ?.findings.filter((finding) => finding.rule.startsWith('consent.'))
        .map((finding) => [finding.id, finding.severity]);
    const described = 'Fünf Mitarbeitende am Empfangstresen des Bürgeramts';
    // The file's consent holds from 2026-11-01 until 2027-10-31 (inclusive).
    expect(consentRules(photoPost(described))).toEqual([]);
    expect(
      consentRules({
        ...photoPost(described),
        scheduledAt: '2027-11-01T09:00:00+01:00',
        scheduledAtUtc: '2027-11-01T08:00:00.000Z',
      }),
    ).toEqual([
      [`instagram.consent.consentExpired.${PHOTO_ID}.e2a4c6b8-1d3f-4a5b-9c7d-0e1f2a3b4c5d`, 'block'],
    ]);
    // Unscheduled: the command's `now` decides the day.
    const unscheduled = { ...photoPost(described), scheduledAt: null, scheduledAtUtc: null };
    expect(consentRules(unscheduled)).toEqual([]);
    const later = checkWorkspace(workspace(workspaceFile([unscheduled])), new Date('2027-10-31T23:30:00Z'));
    expect(later[0]?.findings.map((finding) => finding.rule)).toContain('consent.consentExpired');
    const [line] = formatFindingsText(later);
    expect(line).toBe(
      'Team Bürgeramt · Instagram · Blockiert: Die Einwilligung von Erika Mustermann für „buergeramt-team.jpg“ ' +
        'galt nur bis 2027-10-31; der Beitrag erscheint am 2027-11-01. Bitte holen Sie eine neue Einwilligung ' +
        'ein oder wählen Sie ein anderes Bild. (Quelle: DSGVO Art. 6(1)(a), Art. 7; KUG § 22)',
    );
  });

  it('counts blocking findings and warnings', () => {
    const results = checkWorkspace(workspace(workspaceFile([servicePost(), crisisPost()])), NOW);
    expect(summarise(results)).toEqual({ posts: 2, blocking: 1, warnings: 1 });
  });
});

describe('formatFindingsText', () => {
  it('writes one German line per finding, with its source', () => {
    const results = checkWorkspace(workspace(workspaceFile([servicePost(), crisisPost()])), NOW);
    expect(formatFindingsText(results)).toEqual([
      'Wasserausfall Moabit · X · Blockiert: Das Emoji 😂 wirkt scherzhaft. In der Krisenkommunikation ist Humor ' +
        'fehl am Platz: Bitte entfernen Sie es. (Quelle: BMI Leitfaden Krisenkommunikation 2014)',
      expect.stringMatching(
        /^Wasserausfall Moabit · X · Warnung: Das Emoji 😂 steht mitten im Satz\..*\(Quelle: .+\)$/,
      ),
    ]);
  });

  it('adds the suggested fix where there is one', () => {
    const text = 'Alle Mitarbeiter sind heute im Bürgeramt.';
    const post = servicePost({ channels: ['x'], text, variants: variantsFor(['x'], text) });
    const [line] = formatFindingsText(checkWorkspace(workspace(workspaceFile([post])), NOW));
    expect(line).toMatch(
      /^Bürgeramt am Samstag · X · Warnung: .*Mitarbeiter.* Vorschlag: „Mitarbeitende“ \(Quelle: /,
    );
  });

  it('labels hints and falls back to the key of an unknown message', () => {
    const results = [
      {
        postId: 'p',
        title: 'Titel',
        findings: [
          {
            id: 'x.a:0',
            rule: 'future.rule',
            severity: 'info' as const,
            messageKey: 'checks.future.rule',
            params: {},
            range: null,
            suggestion: null,
            source: '',
            channel: 'linkedin' as const,
          },
        ],
      },
    ];
    expect(formatFindingsText(results)).toEqual(['Titel · LinkedIn · Hinweis: checks.future.rule']);
  });
});

describe('interpolate', () => {
  it('fills {{param}} and {{param, format}} with the value as it is', () => {
    expect(
      interpolate('{{used, number}} von {{max}} auf {{network}}', { used: 63206, max: 5000, network: 'X' }),
    ).toBe('63206 von 5000 auf X');
    expect(interpolate('{{ratio, number(maximumFractionDigits: 3)}}:1', { ratio: 1.9123 })).toBe('1.9123:1');
  });

  it('leaves a placeholder without parameter as written', () => {
    expect(interpolate('Datei {{position}}', {})).toBe('Datei {{position}}');
  });
});
