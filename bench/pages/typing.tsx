/**
 * The floor of the keystroke figure: a bare React textarea, controlled like the composer's, holding the same
 * text (`?length=` characters of `typingText`). Nothing else runs on a keystroke.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { typingText } from '../typingText';

function Floor() {
  const length = Number(new URLSearchParams(location.search).get('length') ?? 2200);
  const [text, setText] = useState(() => typingText(length));
  return (
    <label>
      Text
      <textarea rows={12} cols={80} value={text} onChange={(event) => setText(event.target.value)} />
    </label>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Floor />);
