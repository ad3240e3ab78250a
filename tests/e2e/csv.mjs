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

/** The files inside a zip (an .xlsx workbook), by name: read from the central directory, each
 * stored or deflated. */
export async function unzip(bytes) {
  const { inflateRawSync } = await import('node:zlib');
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const files = new Map();
  for (let i = 0; i < count; i++) {
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30);
    const comment = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + size);
    files.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

/** The first sheet of a workbook as rows of cell values (numbers as numbers, text as text). */
export async function readXlsx(bytes) {
  const files = await unzip(bytes);
  const unescape = (t) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const strings = [...(files.get('xl/sharedStrings.xml') ?? '').matchAll(/<si>(?:<t[^>]*>([\s\S]*?)<\/t>)<\/si>/g)].map((m) => unescape(m[1]));
  const rows = [];
  for (const [, r, cells] of files.get('xl/worksheets/sheet1.xml').matchAll(/<row r="(\d+)"[^>]*>([\s\S]*?)<\/row>/g)) {
    const row = [];
    for (const [, col, type, value, inline] of cells.matchAll(/<c r="([A-Z]+)\d+"(?: s="\d+")?(?: t="(\w+)")?[^>]*>(?:<v>([^<]*)<\/v>|<is><t[^>]*>([\s\S]*?)<\/t><\/is>)?<\/c>/g)) {
      const index = [...col].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      row[index] = type === 's' ? strings[Number(value)] : type === 'inlineStr' ? unescape(inline) : Number(value);
    }
    rows[Number(r) - 1] = row;
  }
  return { files, rows };
}
