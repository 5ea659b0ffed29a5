/** Appends a snippet to a text: on a new line when the text has several lines, else after a space. */
export function appendText(text: string, snippet: string): string {
  if (text.trim() === '') return snippet;
  const separator = text.endsWith('\n') || text.endsWith(' ') ? '' : text.includes('\n') ? '\n' : ' ';
  return `${text}${separator}${snippet}`;
}
