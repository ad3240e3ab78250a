// Reads a CSV file back as a spreadsheet would (quoted fields, doubled quotes, CRLF lines), and
// splits the planner's export into its header block and its table.

export function readCsv(text, separator) {
  const rows = [['']];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const row = rows[rows.length - 1];
    if (c === '"' && quoted && text[i + 1] === '"') { row[row.length - 1] += '"'; i++; }
    else if (c === '"') quoted = !quoted;
    else if (c === separator && !quoted) row.push('');
    else if (c === '\r' && !quoted) continue;
    else if (c === '\n' && !quoted) rows.push(['']);
    else row[row.length - 1] += c;
  }
  if (rows[rows.length - 1].join('') === '') rows.pop();
  return rows;
}

/** The export: `header` (label → values), `headings`, and `rows` as objects by heading. */
export function readExport(bytes, { separator, decimal }) {
  const bom = [...bytes.subarray(0, 3)];
  if (bom.join() !== [0xef, 0xbb, 0xbf].join()) throw new Error('no UTF-8 byte-order mark');
  const lines = readCsv(bytes.toString('utf8').slice(1), separator);
  const blank = lines.findIndex((l) => l.length === 1 && l[0] === '');
  const header = new Map();
  for (const [label, value] of lines.slice(0, blank)) header.set(label, [...(header.get(label) ?? []), value]);
  const headings = lines[blank + 1];
  const number = (cell) => (cell === '' ? null : Number(cell.replace(decimal, '.')));
  const rows = lines.slice(blank + 2).map((cells) => Object.fromEntries(headings.map((h, i) => [h, cells[i]])));
  return { header, headings, rows, number };
}
