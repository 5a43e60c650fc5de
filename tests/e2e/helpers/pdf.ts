/** The text of a PDF (e.g. Chromium's print of a page), page by page, with PDF.js. */
export async function pdfText(pdf: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const loading = pdfjs.getDocument({ data: new Uint8Array(pdf) });
  const doc = await loading.promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  await loading.destroy();
  // CJK fonts map some ideographs to look-alike Kangxi radicals (自 as ⾃): NFKC folds them back.
  return pages.join('\n').normalize('NFKC');
}
