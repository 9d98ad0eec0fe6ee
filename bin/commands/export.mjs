// SPDX-License-Identifier: EUPL-1.2
/** welcome-feed export <feed.json> --format csv|hsds --out <dir> */
import { join } from 'node:path';
import { loadDist, parse, readFeed, writeAll } from '../lib/common.mjs';
import { counts, printProblems } from '../lib/report.mjs';

export const USAGE = `Usage: welcome-feed export <feed.json> --format csv|hsds --out <dir> [options]

Writes the feed as files to edit or to share:
  --format csv    one CSV per list (meta, districts, quarters, categories, welcome-points,
                  closures, offers, dates) plus districts.geojson; see docs/spreadsheets.md
  --format hsds   Open Referral HSDS 3.0: hsds.json (services with everything nested) and
                  the tabular CSV datapackage (organizations.csv, services.csv, …)
  --out <dir>     folder to write into (created if missing; files of the same name are replaced)
CSV options:
  --delimiter ;   use ";" and a decimal comma, as German Excel expects (default ",")
  --bom           start each file with a byte order mark, so Excel reads it as UTF-8
Problems of the feed are listed first; entries the validator drops are not exported.
Exit code: 0 ok, 1 the feed had errors (what is valid was still exported), 2 wrong usage or fatal error.`;

export async function run(args) {
  const { values, positionals } = parse(args, {
    format: { type: 'string' },
    out: { type: 'string', short: 'o' },
    delimiter: { type: 'string' },
    bom: { type: 'boolean' },
  });
  if (positionals.length !== 1 || !values.out || !['csv', 'hsds'].includes(values.format)) return { usage: true };
  if (values.delimiter !== undefined && ![',', ';'].includes(values.delimiter)) return { usage: true };
  const [source] = positionals;
  const { feed, problems } = await readFeed(source);
  const editor = await loadDist('editor.js');
  const files =
    values.format === 'csv'
      ? editor.exportCsv(feed, { delimiter: values.delimiter, bom: values.bom })
      : editor.exportHsds(feed).files;
  const validation = problems.map(p => ({ ...p, file: source, message: `${p.path}: ${p.message}` }));
  printProblems(validation, editor.formatProblem);
  await writeAll(new Map([...files].map(([name, text]) => [join(values.out, name), text])));
  const { errors, text } = counts(validation);
  console.log(`${source}: ${files.size} files written to ${values.out} (${values.format})${validation.length ? `; the feed has ${text}` : ''}`);
  return errors ? 1 : 0;
}
