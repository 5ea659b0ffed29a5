/** The text typed into: realistic German public-service prose, `length` characters, the same for app and floor. */
const SENTENCES = [
  'Das Bürgeramt am Marktplatz hat ab Montag neue Öffnungszeiten.',
  'Termine können Sie online oder telefonisch vereinbaren.',
  'Bitte bringen Sie Ihren Ausweis und die ausgefüllten Unterlagen mit.',
  'Am Samstag ist das Amt von 9 bis 13 Uhr für Sie geöffnet.',
  'Die Stadtbibliothek lädt zur Lesung mit einer Autorin aus der Region ein.',
  'Der Eintritt ist frei, eine Anmeldung ist nicht nötig.',
  'Wegen Bauarbeiten ist die Brückenstraße bis Freitag gesperrt.',
  'Die Buslinie 5 fährt in dieser Zeit eine Umleitung über den Ring.',
];

export function typingText(length: number): string {
  let text = '';
  for (let index = 0; text.length < length; index += 1) {
    text += `${SENTENCES[index % SENTENCES.length] ?? ''} `;
  }
  return text.slice(0, length).trimEnd();
}
