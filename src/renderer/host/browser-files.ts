/** The browser's ways in and out of files: a file picker to open, a download to save. */

export type PickedFile = { name: string; size: number; text: () => Promise<string> };

/** Opens the file picker; resolves to null when the player cancels. */
export function pickFile(accept: string): Promise<PickedFile | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

const MIME_TYPES = {
  csv: 'text/csv',
  markdown: 'text/markdown',
  html: 'text/html',
  json: 'application/json',
} as const;

export function downloadText(name: string, kind: keyof typeof MIME_TYPES, content: string): void {
  const url = URL.createObjectURL(
    new Blob([content], { type: `${MIME_TYPES[kind]};charset=utf-8` }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started once click() returns; the URL is no longer needed after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
