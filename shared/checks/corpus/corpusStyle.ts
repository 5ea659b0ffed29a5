/** Corpus part 2: tone, readability and plain everyday posts that must raise nothing (see corpusCase.ts). */
import { c, clean, type CorpusCase } from './corpusCase';

const OFFICE = 'readability.officeGerman';
const ABBREVIATION = 'readability.abbreviation';
const SHORT = 'readability.shortText';

export const TONE_CASES: readonly CorpusCase[] = [
  c('Alle Infos zum Stadtfest unter #stadtfestmusterstadt.', ['tone.hashtagCamelCase@#stadtfestmusterstadt']),
  c('Das Programm zum #StadtfestMusterstadt ist online.', [], ['tone']),
  c('Danke an alle Helfenden. #tagdesehrenamts', ['tone.hashtagCamelCase@#tagdesehrenamts']),
  c('Danke an alle Helfenden. #ehrenamt', [], ['tone']),
  c('Neue Öffnungszeiten für #Sperrmüll und #Wertstoffhof ab Januar.', [], ['tone']),
  c('Wir freuen uns 🎉 auf Ihren Besuch im Museum.', ['tone.emojiInSentence@🎉']),
  c('Wir freuen uns auf Ihren Besuch im Museum. 🎉', [], ['tone']),
  c('Sommerferien im Freibad. ☀️🏖️🍦🚲', ['tone.tooManyEmoji'], ['tone.emojiInSentence']),
  c('𝗪𝗶𝗰𝗵𝘁𝗶𝗴: Die Müllabfuhr kommt einen Tag später.', ['tone.pseudoFormatting']),
  c('𝘉𝘪𝘵𝘵𝘦 beachten Sie die neuen Zeiten.', ['tone.pseudoFormatting']),
  c('ACHTUNG: Die Müllabfuhr kommt einen Tag später.', ['tone.allCaps@ACHTUNG']),
  c('Die EU fördert das Projekt, die BVG setzt es um.', [], ['tone']),
  c('Die BITV 2.0 regelt die Barrierefreiheit von Websites.', [], ['tone']),
  c('Die Polizei NRW bittet um Ihre Hinweise.', [], ['tone']),
  c('Das Freibad ist wieder offen!!!', ['tone.exclamation@!!!']),
  c('Tag der offenen Tür! Alle sind willkommen.', [], ['tone']),
  c('Kommen Sie vorbei, wir freuen uns auf dich.', ['tone.informalAddress@dich']),
  c('Hast du Fragen? Dann melde dich bei uns.', ['tone.informalAddress']),
  c('Haben Sie Fragen? Schreiben Sie uns.', [], ['tone']),
  c('Die Kinder spielen im Hof, sie haben viel Spaß.', [], ['tone']),
  c('Alle Termine finden Sie über den Link in Bio.', ['tone.linkInBio']),
  c('Alle Termine finden Sie über den Link in Bio.', [], ['tone.linkInBio'], { channel: 'instagram' }),
  c('Alle Termine finden Sie unter musterstadt.de/termine.', [], ['tone']),
  c('Komm vorbei, wir zeigen Ihnen das Jugendzentrum.', ['tone.formalAddress@Ihnen'], [], {
    settings: { address: 'du' },
  }),
  c('Komm vorbei, wir zeigen dir das Jugendzentrum.', [], ['tone'], { settings: { address: 'du' } }),
];

export const READABILITY_CASES: readonly CorpusCase[] = [
  c(
    'Die Bezirkshauptmannschaft Graz-Umgebung hat am Montag geschlossen.',
    ['readability.longWord'],
    ['gender'],
  ),
  c('Seitens der Stadtverwaltung wird um Beachtung gebeten.', [`${OFFICE}@Seitens`]),
  c('Diesbezügliche Fragen richten Sie bitte an das Bürgerbüro.', [`${OFFICE}@Diesbezügliche`]),
  c('Zwecks Terminvereinbarung rufen Sie uns bitte an.', [`${OFFICE}@Zwecks`]),
  c('Bitte bringen Sie ein aktuelles Lichtbild mit.', [`${OFFICE}@Lichtbild`]),
  clean('Bitte bringen Sie ein aktuelles Foto mit.'),
  c('Die Anmeldung ist ggf. auch online möglich.', [`${ABBREVIATION}@ggf.`]),
  clean('Die Anmeldung ist auch online möglich.'),
  c('Mehr dazu z. B. auf unserer Website.', [`${ABBREVIATION}@z. B.`]),
  c('Anmeldung zum Beispiel (z. B.) im Rathaus.', [], [ABBREVIATION]),
  c('Die Grundsteuerreformumsetzungsverordnung tritt im Januar in Kraft.', ['readability.longWord']),
  c(
    'Die Verbesserung der Erreichbarkeit und die Sicherstellung der Versorgung erfordern eine Überprüfung der ' +
      'Zuständigkeit.',
    ['readability.nounStyle'],
  ),
  c('Die Anmeldung zur Impfung ist ab heute möglich.', [], ['readability.nounStyle']),
  c(
    'Wegen der Bauarbeiten an der Kanalisation in der Innenstadt ist die Hauptstraße zwischen dem Marktplatz und ' +
      'dem Bahnhof ab Montag bis voraussichtlich Ende März für den gesamten Durchgangsverkehr in beide Richtungen ' +
      'gesperrt.',
    ['readability.longSentence'],
  ),
  clean('Die Hauptstraße ist ab Montag gesperrt. Bitte nutzen Sie die Umleitung.'),
  c(
    'Die ordnungsgemäße Durchführung der Genehmigungsverfahren erfordert die vollständige Vorlage sämtlicher ' +
      'Antragsunterlagen. Unvollständige Antragsunterlagen verursachen erhebliche Verzögerungen der Bearbeitung. ' +
      'Die Verwaltung empfiehlt eine frühzeitige Kontaktaufnahme mit der zuständigen Sachbearbeitung. ' +
      'Entsprechende Informationsmaterialien befinden sich auf der Internetpräsenz der Stadtverwaltung.',
    ['readability.readingEase'],
  ),
  c(
    'Das Freibad öffnet am Samstag. Es ist von neun bis acht Uhr offen. Kinder zahlen zwei Euro. Wer groß ist, ' +
      'zahlt vier Euro. Bitte bringen Sie ein Handtuch mit. Wir freuen uns auf Sie. Bis bald im Bad.',
    [],
    ['*'],
  ),
  c('Der Bescheid muss unverzüglich vorgelegt werden.', [`${OFFICE}@unverzüglich`]),
  c('Die Bibliothek bleibt aufgrund einer Betriebsversammlung geschlossen.', [`${OFFICE}@aufgrund`]),
  clean('Die Bibliothek bleibt wegen einer Betriebsversammlung geschlossen.'),
  c('Fragen bzgl. der Förderung beantworten wir gern.', [`${ABBREVIATION}@bzgl.`]),
  c('Der Pkw war nicht verschlossen.', [`${OFFICE}@Pkw`]),
  c('Der ÖPNV fährt an Heiligabend nur bis 14 Uhr.', ['readability.acronym@ÖPNV']),
  c('Der öffentliche Nahverkehr (ÖPNV) fährt an Heiligabend nur bis 14 Uhr.', [], ['readability']),
  c('Anträge auf BAföG stellen Sie beim Studierendenwerk.', ['readability.acronym@BAföG']),
  c('Die KfW fördert den Umbau von Wohnungen.', ['readability.acronym@KfW']),
  c('Leistungen nach dem SGB II beantragen Sie im Jobcenter.', ['readability.acronym@SGB']),
  c(
    'Das Sozialgesetzbuch (SGB) regelt das Bürgergeld. Das SGB gilt bundesweit.',
    [],
    ['readability.acronym'],
  ),
  c('Die EU und das ZDF berichten live vom Gipfel.', [], ['readability']),
  c('HEUTE ist das Rathaus geschlossen.', ['tone.allCaps@HEUTE'], ['readability']),
  clean('Das Auto war nicht verschlossen.'),
  c('Wir bitten Sie, uns umgehend in Kenntnis zu setzen.', [
    `${OFFICE}@umgehend`,
    `${OFFICE}@in Kenntnis zu setzen`,
  ]),
  c('Die Kosten werden gemäß Gebührenordnung berechnet.', [`${OFFICE}@gemäß`]),
  c('Die Stadt wird Sandsäcke zur Verfügung stellen.', [`${OFFICE}@zur Verfügung stellen`], ['crisis']),
  // Short posts too short for the reading-ease formula: one sentence of officialese is still hard to read.
  c(
    'Unter Berücksichtigung der Witterungsverhältnisse erfolgt die Durchführung der Veranstaltung vorbehaltlich ' +
      'einer kurzfristigen Absage.',
    [SHORT],
    ['readability.readingEase'],
  ),
  c(
    'Im Hinblick auf die Sicherstellung der Trinkwasserversorgung erfolgt seitens der Stadtwerke eine Überprüfung.',
    [SHORT],
  ),
  c('Die Beantragung der Verlängerung der Genehmigung zur Nutzung der Halle ist bis Freitag möglich.', [
    SHORT,
  ]),
  c('Wir prüfen, ob das Trinkwasser sauber ist. Bitte kochen Sie es bis Freitag ab.', [], [SHORT]),
  c('Die Anmeldung zur Impfung ist ab heute online möglich.', [], [SHORT]),
  c('Sie können die Halle länger nutzen. Stellen Sie den Antrag bis Freitag.', [], [SHORT]),
  c('Bei Regen fällt das Konzert im Park aus. Wir sagen es Ihnen hier.', [], [SHORT]),
];

/** Everyday posts that must raise nothing at all: no false alarm in any family. */
export const CLEAN_CASES: readonly CorpusCase[] = [
  clean('Das Bürgerbüro hat am Samstag von 9 bis 12 Uhr geöffnet.'),
  clean('Die Polizei kontrolliert heute die Geschwindigkeit vor Schulen.'),
  clean('Der Weihnachtsmarkt öffnet am Freitag um 16 Uhr.'),
  clean('Die Stadtbibliothek verlängert ihre Öffnungszeiten im Dezember.'),
  clean('Das Bundesamt für Bevölkerungsschutz testet am Donnerstag die Sirenen.'),
  clean('Bitte stellen Sie Ihre Mülltonnen bis 6 Uhr an die Straße.'),
  clean('Die Feuerwehr übt am Mittwoch auf dem Gelände der Kläranlage.'),
  clean('Wir wünschen Ihnen frohe Feiertage und einen guten Rutsch.'),
  clean('Das Standesamt ist zwischen den Jahren nur vormittags geöffnet.'),
  clean('Ab Januar können Sie den Personalausweis online beantragen.'),
  clean('Die Schwimmhalle ist wegen Wartungsarbeiten zwei Wochen geschlossen.'),
  clean('Unser Team im Jugendamt berät Familien kostenlos und vertraulich.'),
  clean('Die Stadtwerke spülen in dieser Woche die Wasserleitungen.'),
  clean('Der Bauhof sammelt ab dem 7. Januar die Weihnachtsbäume ein.'),
  clean('Das Bundesamt für Migration und Flüchtlinge beantwortet Fragen auf seiner Website.'),
  clean('Die Polizei Hamburg warnt vor falschen Gewinnversprechen am Telefon.'),
  clean('Zum Tag der offenen Tür zeigen wir Ihnen die neue Leitstelle.'),
  clean('Die Radwege in der Innenstadt werden ab Montag geräumt.'),
  clean('Das Museum zeigt ab Sonntag Fotos aus hundert Jahren Stadtgeschichte.'),
  clean('Die Kita am Stadtpark sucht Verstärkung für ihr Team.'),
  clean('Die Sprechzeiten des Ordnungsamts ändern sich ab Februar.'),
  clean('Das Kantonsspital Aarau informiert über neue Besuchszeiten.'),
  clean('Bei Glatteis streut der Winterdienst zuerst die Hauptstraßen und Buslinien.'),
  clean('Die Stadt pflanzt in diesem Herbst 300 neue Bäume.'),
  clean('Das Finanzamt erinnert an die Frist für die Steuererklärung.'),
  clean('Die Gemeinde Lollar lädt zum Neujahrsempfang ins Bürgerhaus ein.'),
  clean('Der Bürgersteig vor der Grundschule wird im Sommer verbreitert.'),
  clean('Die Bürgermeisterin dankt dem Team der Stadtreinigung.'),
  clean('Das Bundesministerium des Innern informiert über den Katastrophenschutz.'),
  clean('Die Wache Mitte ist rund um die Uhr für Sie da.'),
  clean('Der Stadtrat hat den Haushalt für das kommende Jahr beschlossen.'),
  clean('Heute ist Welttag des Ehrenamts. Danke für Ihren Einsatz!'),
  clean('Die Sirenen heulen am Donnerstag um 11 Uhr zur Probe.', { crisis: true }),
  clean('Bitte meiden Sie den Bereich um den Hauptbahnhof.', { crisis: true }),
  clean('Die Stadtverwaltung ist am Rosenmontag ab 12 Uhr geschlossen.', { channel: 'x' }),
  clean('Das Landratsamt sucht Verstärkung für die Zulassungsstelle.', { channel: 'linkedin' }),
];
